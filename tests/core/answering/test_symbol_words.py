"""Symbols read as the words they stand for: notes' accidentals, Greek letters and roots."""

from __future__ import annotations

import pytest

from trainer.core.answering.asked_question import Question
from trainer.core.answering.blanks import is_blank
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.symbol_words import GREEK_LETTER_NAMES, symbols_spelled_out
from trainer.core.answering.text_match import match_text
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


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
        ("B-flat major", "bb major"),
        ("B-flat major", "B♭ major"),
        ("A-flat major", "Ab major"),
        ("Alpha cells", "α cells"),
        ("gamma rays", "γ-rays"),
        # A root however written.
        ("√2", "sqrt(2)"),
        ("√2", "root 2"),
        ("√2", "the square root of 2"),
        ("2√3", "2 root 3"),
        ("the square root of the variance", "sqrt of the variance"),
        # A symbol that is an answer by itself.
        ("∞", "infinity"),
        ("∞", "∞"),
        ("∅", "the empty set"),
    ],
)
def test_a_symbol_is_its_name(expected: str, typed: str) -> None:
    assert _accepted(expected, typed)


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("C minor", "C♯ minor"),
        ("C minor", "C# minor"),
        ("B-flat major", "B major"),
        ("alpha cells", "β cells"),
        # The root sign was dropped: "2" was exact for "√2".
        ("√2", "2"),
        ("2√3", "2 3"),
        ("√2", "cube root of 2"),
    ],
)
def test_another_symbol_is_another_thing(expected: str, typed: str) -> None:
    assert not _accepted(expected, typed)


def test_a_small_b_is_a_flat_only_where_a_key_is_named() -> None:
    """Alone, "Bb", "Eb" or "Ab" may be anything (an antibody, a unit); and read by their
    case, "bb" and "Bb" would differ."""
    assert symbols_spelled_out("Eb") == "Eb"
    assert symbols_spelled_out("10 Gb") == "10 Gb"
    assert answer_words("bb major") == answer_words("Bb major") == ("b", "flat", "major")


def test_every_greek_letter_reads_as_its_name() -> None:
    for letter, name in GREEK_LETTER_NAMES.items():
        assert answer_words(f"{letter} cells") == answer_words(f"{name} cells")


def test_greek_words_and_unit_prefixes_are_left_alone() -> None:
    assert answer_words("λόγος") != ("lambda",)
    assert "mu" not in answer_words("100 µm")


def test_an_answer_of_a_symbol_alone_is_graded_and_typed_it_is_no_blank() -> None:
    verdict = grade(Answer(AnswerType.TEXT, "∞"), "∞", policy=Policy(), question="What limit?")
    assert verdict.outcome is Outcome.EXACT
    assert not is_blank("∞") and is_blank("")
