"""Tests of the words a card puts around a deck's text in each language, and their reading back."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.date_parsing import parse_date
from trainer.core.answering.parsing import parse_choice
from trainer.core.card_frames import (
    ENGLISH,
    FRAMES,
    FRENCH,
    GERMAN,
    SPANISH,
    frame_of_verdicts,
    is_verdict_word,
    month_of,
    verdict_index,
)
from trainer.core.partial_dates import Precision


def test_dates_in_words_follow_each_language() -> None:
    assert ENGLISH.date("1810", 5, 25) == "25 May 1810"
    assert SPANISH.date("1810", 5, 25) == "25 de mayo de 1810"
    assert SPANISH.date("1810", 5) == "mayo de 1810"
    assert FRENCH.date("1804", 1, 1) == "1er janvier 1804"
    assert GERMAN.date("1789", 7, 14) == "14. Juli 1789"


@given(
    st.sampled_from(sorted(FRAMES)),
    st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)),
    st.booleans(),
)
def test_every_date_a_card_shows_is_read_back_as_that_date(
    language: str, when: date, to_the_day: bool
) -> None:
    frame = FRAMES[language]
    shown = frame.date(str(when.year), when.month, when.day if to_the_day else None)
    read = parse_date(shown)
    assert read is not None, shown
    assert (read.year, read.month) == (when.year, when.month)
    if to_the_day:
        assert read.precision is Precision.DAY and read.day == when.day
    else:
        assert read.precision is Precision.MONTH


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("el 25 de mayo de 1810", (1810, 5, 25)),
        ("le 1er janvier 1804", (1804, 1, 1)),
        ("am 14. Juli 1789", (1789, 7, 14)),
        ("17 marzo 1861", (1861, 3, 17)),
        ("3 März 1871", (1871, 3, 3)),
        ("12 de setiembre de 1821", (1821, 9, 12)),
    ],
)
def test_a_date_typed_in_another_language_is_read(
    typed: str, expected: tuple[int, int, int]
) -> None:
    read = parse_date(typed)
    assert read is not None and (read.year, read.month, read.day) == expected


def test_other_languages_months_are_read_as_months() -> None:
    assert month_of("mayo") == 5 and month_of("fevrier") == 2 and month_of("dezember") == 12
    assert month_of("mars") == 3  # French, read so only where a date is asked
    # English's own, and words that are no month, are left to `month_number`.
    assert month_of("may") is None and month_of("august") is None and month_of("mayor") is None


@pytest.mark.parametrize(
    ("choices", "typed", "chosen"),
    [
        (("Verdadero", "Falso"), "v", 0),
        (("Verdadero", "Falso"), "falso", 1),
        (("Verdadero", "Falso"), "true", 0),
        (("Verdadero", "Falso"), "sí", 0),
        (("Vrai", "Faux"), "oui", 0),
        (("Vrai", "Faux"), "F", 1),
        (("Faux", "Vrai"), "vrai", 1),
        (("Richtig", "Falsch"), "wahr", 0),
        (("Richtig", "Falsch"), "nein", 1),
        (("Vero", "Falso"), "giusto", 0),
        (("True", "False"), "yes", 0),
        (("True", "False"), "faux", 1),
    ],
)
def test_a_verdict_is_typed_in_any_language(
    choices: tuple[str, str], typed: str, chosen: int
) -> None:
    assert verdict_index(typed, choices) == chosen
    assert parse_choice(typed, choices) == chosen


def test_words_of_one_language_choose_nothing_among_anothers_options() -> None:
    # "v" is true in French, Spanish and Italian, nothing in English or German.
    assert verdict_index("v", ("True", "False")) is None
    assert verdict_index("v", ("Richtig", "Falsch")) is None
    assert verdict_index("maybe", ("Vrai", "Faux")) is None
    assert verdict_index("true", ("Yes", "No")) is None


def test_options_are_known_as_a_frames_verdicts() -> None:
    assert frame_of_verdicts(("Falso", "Verdadero")) is SPANISH
    assert frame_of_verdicts(("True", "False")) is ENGLISH
    assert frame_of_verdicts(("Vrai", "Falso")) is None
    assert is_verdict_word("falsch") and is_verdict_word("vero") and not is_verdict_word("v")
