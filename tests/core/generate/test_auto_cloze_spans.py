"""Automatic cloze spans: a name ends at a sentence or a unit, a nation stays outside it."""

from __future__ import annotations

import pytest

from trainer.core.answering.number_scales import SCALES
from trainer.core.generate.auto_cloze import find_candidates


def _found(text: str) -> list[str]:
    return [candidate.text for candidate in find_candidates(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Most enzymes work fastest near 37 °C. Above about 45 °C they are denatured.",
        "Helium boils at 4 K. Below that it is a liquid.",
        "Scurvy comes from too little vitamin C. Sailors once died of it.",
    ],
)
def test_a_unit_or_a_letter_before_a_full_stop_joins_no_name_across_sentences(
    text: str,
) -> None:
    assert not any("." in found for found in _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In 1963 John F. Kennedy spoke in Berlin.", "John F. Kennedy"),
        ("The paper by J. R. R. Tolkien was read aloud.", "J. R. R. Tolkien"),
        ("The speech of George W. Bush was short.", "George W. Bush"),
    ],
)
def test_a_genuine_initial_still_joins_its_name(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "In July 1975 an American Apollo spacecraft docked with the Soviet Soyuz 19.",
            ["Apollo", "Soyuz 19"],
        ),
        ("The German Luftwaffe bombed the port.", ["Luftwaffe"]),
    ],
)
def test_a_word_for_a_nation_stays_outside_the_name_it_qualifies(
    text: str, names: list[str]
) -> None:
    found = _found(text)
    assert all(name in found for name in names)
    assert not any(word in name for name in found for word in ("American", "Soviet", "German"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In 1922 the Soviet Union was founded in Moscow.", "Soviet Union"),
        ("In 1789 the French Revolution began in Paris.", "French Revolution"),
    ],
)
def test_a_nations_word_before_a_common_word_is_part_of_one_name(text: str, name: str) -> None:
    assert name in _found(text)


def test_a_number_blank_stops_before_a_pronoun_for_what_it_counts() -> None:
    assert "2 million" in _found("The bone marrow of an adult makes about 2 million new ones.")


@pytest.mark.parametrize(
    "text",
    [
        "Most animal cells are 10 to 100 micrometres across.",
        "A blue whale weighs between 100 and 150 tonnes in adult life.",
        "The trip took 12 or 14 days by sea.",
        "The mint struck 2 million to 3 million coins.",
    ],
)
def test_neither_end_of_a_range_is_blanked_alone(text: str) -> None:
    assert _found(text) == []


def test_years_of_a_span_are_still_asked_each() -> None:
    assert _found("From 1914 to 1918 the war raged.") == ["1914", "1918"]


def test_every_scale_word_grading_reads_belongs_to_a_quantity() -> None:
    assert "37 trillion" in _found("The body holds an estimated 37 trillion of them.")
    for word in SCALES:
        assert f"37 {word}" in _found(f"The body holds an estimated 37 {word} of them.")


@pytest.mark.parametrize(
    ("text", "blank", "never"),
    [
        ("A 1,000 kg car at 20 m/s has a momentum of 20,000 kg m/s.", "20,000", "20,000 kg"),
        ("Its density is 1,200 kg/m³ at room temperature.", "1,200", "1,200 kg"),
    ],
)
def test_a_compound_unit_is_never_cut_in_half(text: str, blank: str, never: str) -> None:
    found = _found(text)
    assert blank in found
    assert never not in found
