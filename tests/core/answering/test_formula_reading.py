"""Tests for trainer.core.answering.formula_reading: a typed formula read into canonical terms."""

from __future__ import annotations

import pytest

from trainer.core.answering.formula_reading import (
    Reading,
    in_words,
    indexed_symbols,
    sides,
    writes_both_cases,
)

_PLAIN = Reading(frozenset(), keep_case=False)


def _read(text: str, reading: Reading = _PLAIN) -> list[str] | None:
    found = sides(text, reading)
    return None if found is None else [str(sorted(side.items())) for side in found]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("mc²", "m*c^2"),
        ("mc2", "c**2 m"),  # a power typed without its sign
        ("½mv²", "0.5 m v^2"),
        ("1/2 m v^2", "m v²/2"),
        ("2π√(l/g)", "2 pi sqrt(l/g)"),
        ("h/mv", "h/(m v)"),  # a product side by side binds tighter than "/"
        ("a·b", "b×a"),
    ],
)
def test_writings_of_one_formula_read_alike(first: str, second: str) -> None:
    assert _read(first) == _read(second) is not None


def test_indices_are_read_only_where_the_answer_writes_several() -> None:
    assert indexed_symbols("P1V1 = P2V2") == {"p1", "p2", "v1", "v2"}
    assert indexed_symbols("m₁m₂") == {"m1", "m2"}
    assert indexed_symbols("mc2") == frozenset()


def test_case_is_kept_only_where_the_answer_writes_a_letter_both_ways() -> None:
    assert writes_both_cases("g = GM/r²") and not writes_both_cases("V = IR")


def test_words_are_quantities_only_in_an_equation_in_words() -> None:
    assert in_words("concentration = moles / volume") and not in_words("pV = nRT")
    worded = Reading(frozenset(), keep_case=False, words=True)
    assert _read("moles/volume", worded) == _read("mole / volumes", worded)
    assert _read("number of moles", worded) is None  # words side by side are a phrase
    assert _read("concentration = moles", _PLAIN) is None  # a word is no product of letters


def test_a_power_binds_before_a_division() -> None:
    reading = Reading(frozenset(), keep_case=False)
    assert sides("v^2/2", reading) == sides("(v^2)/2", reading) == sides("½v²", reading)
    assert sides("v^2/2", reading) != sides("v^(2/2)", reading)
    assert sides("v^2/0", reading) is None
