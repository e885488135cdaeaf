"""Tests for trainer.core.answering.abbreviations: abbreviations known whatever their letters."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.abbreviations import WELL_KNOWN_ABBREVIATIONS
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("DNA", "deoxyribonucleic acid"),
        ("deoxyribonucleic acid", "DNA"),
        ("ATP", "adenosine triphosphate"),
        ("mRNA", "messenger RNA"),
        ("TNT", "trinitrotoluene"),
        ("the USSR", "the Soviet Union"),
    ],
)
def test_a_compound_words_abbreviation_is_its_words(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Which?") is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("DNA", "ribonucleic acid"),
        ("ATP", "adenosine diphosphate"),
        ("DNA", "deoxyribonucleic"),
        ("mRNA", "transfer RNA"),
    ],
)
def test_another_molecules_words_are_not(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Which?") not in (Outcome.EXACT, Outcome.TYPO)


def test_every_expansion_is_folded_words() -> None:
    for letters, expansions in WELL_KNOWN_ABBREVIATIONS.items():
        assert letters == letters.casefold()
        assert all(word == word.casefold() for words in expansions for word in words)


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # Each was wrong: the plural's "s" was read as a letter of the initials.
        ("red blood cells", "RBCs", "Which cells carry oxygen?"),
        ("MPs", "members of parliament", "Who sits in the House of Commons?"),
        ("UFOs", "unidentified flying objects", "What did they report?"),
        # Compound words, whose initials are not the words' (as DNA's are not).
        ("ultraviolet", "UV", "Which radiation causes sunburn?"),
        ("electrocardiogram", "ECG", "Which test records the heart's electrical activity?"),
        ("television", "TV", "What did Baird demonstrate in 1926?"),
        # Initials before a well-known meaning: IR is all of "infrared radiation".
        ("infrared radiation", "IR", "What does carbon dioxide absorb?"),
        ("infrared", "IR", "What does carbon dioxide absorb?"),
    ],
)
def test_an_abbreviation_in_the_plural_or_of_a_compound_is_its_words(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("red blood cell", "RBCs", "Which cell carries oxygen?"),  # one cell, not many
        ("IR", "infrared", "Infrared light, or [...], is invisible."),  # copies the text
        ("white blood cells", "RBCs", "Which cells fight infection?"),
        # An "S" of the acronym's own is no plural.
        ("the NHS", "national hospitals", "What did Attlee's government found?"),
        ("GPS", "general practitioners", "What satellite system finds your position?"),
        ("AIDS", "acquired immune deficiencies", "What disease does HIV cause?"),
    ],
)
def test_another_number_another_thing_or_the_text_copied_is_not(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is not Outcome.EXACT
