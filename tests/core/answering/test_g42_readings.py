"""Symbols read as words, Roman numerals that are initials, counts in groups, compound units
and particles of surnames."""

from __future__ import annotations

import pytest

from trainer.core.answering.option_names import other_given_name
from trainer.core.answering.symbol_words import GREEK_LETTER_NAMES
from trainer.core.answering.text_alignment import Question
from trainer.core.answering.text_match import match_text
from trainer.core.answering.words import answer_words


def _accepted(expected: str, typed: str) -> bool:
    return match_text(
        expected, typed, question=Question.of("", cloze=False), typo_tolerance=0.25
    ).accepted


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("F-sharp minor", "F# minor"),
        ("F-sharp minor", "F♯ minor"),
        ("B-flat major", "Bb major"),
        ("B-flat major", "B♭ major"),
        ("A-flat major", "Ab major"),
        ("Alpha cells", "α cells"),
        ("gamma rays", "γ-rays"),
        ("the inferior vena cava", "IVC"),
        ("7.0 mmol/L", "7"),
        ("125 mL/min", "125"),
    ],
)
def test_written_otherwise_is_right(expected: str, typed: str) -> None:
    assert _accepted(expected, typed)


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("C minor", "C♯ minor"),
        ("C minor", "C# minor"),
        ("B-flat major", "B major"),
        ("alpha cells", "β cells"),
        ("the left ventricle", "RV"),
        ("World War II", "World War III"),
        ("7.0 mmol/L", "8"),
        ("125 mL/min", "125 mL"),
    ],
)
def test_another_thing_stays_wrong(expected: str, typed: str) -> None:
    assert not _accepted(expected, typed)


def test_every_greek_letter_reads_as_its_name() -> None:
    for letter, name in GREEK_LETTER_NAMES.items():
        assert answer_words(f"{letter} cells") == answer_words(f"{name} cells")


def test_greek_words_and_unit_prefixes_are_left_alone() -> None:
    assert answer_words("λόγος") != ("lambda",)
    assert "mu" not in answer_words("100 µm")


def test_one_way_is_no_count() -> None:
    assert "1" not in answer_words("one way, towards the heart")
    assert "1" not in answer_words("one by one")
    assert "1" in answer_words("one day")


@pytest.mark.parametrize(
    ("typed", "option", "form", "other"),
    [
        ("Johann van Beethoven", "Ludwig van Beethoven", "Beethoven", "johann"),
        ("Theo van Gogh", "Vincent van Gogh", "Gogh", "theo"),
        ("Alexander von Humboldt", "Wilhelm von Humboldt", "Humboldt", "alexander"),
        ("Abdullah ibn Sina", "Abu Ali ibn Sina", "Sina", "abdullah"),
        ("van Beethoven", "Ludwig van Beethoven", "Beethoven", None),
        ("Jean de La Fontaine", "Jean de La Fontaine", "Fontaine", None),
        ("José Ortega y Gasset", "José Ortega y Gasset", "Gasset", None),
        ("Pablo Ortega y Gasset", "José Ortega y Gasset", "Gasset", "pablo"),
        # A capital letter alone is an initial, never a particle: "D" is not Edward's.
        ("D Smith", "Edward Smith", "Smith", "d"),
        ("E Smith", "Edward Smith", "Smith", None),
    ],
)
def test_a_particle_belongs_to_the_surname(
    typed: str, option: str, form: str, other: str | None
) -> None:
    assert other_given_name(typed, option, form, 0.25) == other
