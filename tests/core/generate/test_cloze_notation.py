"""Numbers written as powers are one value to automatic cloze: blanked whole or not at all."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.generate.cloze_candidates import find_candidates
from trainer.core.generate.cloze_notation import is_notation, notation_key, notation_spans


def _blanked(text: str) -> dict[str, str]:
    return {c.text: c.blanked(text) for c in find_candidates(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("One mole contains 6.022 × 10^23 particles.", "6.022 × 10^23"),
        ("Planck's constant is 6.626 × 10⁻³⁴ J s.", "6.626 × 10⁻³⁴"),
        ("The prefix nano- stands for 10^−9.", "10^−9"),
        ("The Earth's mass is about 5.97e24 kg.", "5.97e24"),
        ("Green light is about 5 x 10^-7 m long.", "5 x 10^-7"),
        ("An electron carries −1.6 × 10^−19 C.", "−1.6 × 10^−19"),
        ("A kilobyte was once 2^10 bytes.", "2^10"),
        ("The constant is 7 × 10^(-7) per second.", "7 × 10^(-7)"),
    ],
)
def test_a_power_is_blanked_whole_and_none_of_its_pieces_alone(text: str, value: str) -> None:
    found = _blanked(text)
    assert value in found
    assert value not in found[value]
    pieces = {"10", "23", "6.022", "19", "9", "34", "−1.6", "1.6", "5.97", "24", "7"}
    assert not pieces & set(found)


def test_one_power_written_two_ways_is_one_card_with_both_blanked() -> None:
    text = "A nanometre is 10^−9 m, written 10⁻⁹ m in print, unlike 10^−6 m."
    (card,) = [c for c in find_candidates(text) if c.text == "10^−9"]
    assert len(card.spans) == 2
    assert notation_key("10^−9") == notation_key("10⁻⁹") == notation_key("10**-9")
    assert notation_key("6.022e23") == notation_key("6.022 x 10²³")
    assert notation_key("10^-9") != notation_key("10^9")


def test_exponents_of_units_are_not_values_and_plain_numbers_stay() -> None:
    text = "The plate of 25 m^2 fell at 9.81 m/s^2 in 1905, for 1939–45 and 3 x 4 cm."
    found = _blanked(text)
    assert {"25", "9.81", "1905"} <= set(found)
    assert "2" not in found and not any(is_notation(value) for value in found)
    assert notation_spans("T-34 tanks, 1939–45, x10^3 and 3 x 4") == []


def test_a_number_written_in_a_name_gives_the_same_number_away() -> None:
    text = "A mole of carbon-12 has a mass of exactly 12 grams; one of water weighs 18 grams."
    found = _blanked(text)
    assert "12 grams" not in found and "18 grams" in found
    assert "235" not in _blanked("Of 235 atoms, uranium-235 made up 7.")


_DIGITS = st.integers(1, 9)


@given(
    _DIGITS,
    st.integers(0, 999),
    st.integers(-40, 40),
    st.sampled_from([" × ", " x ", "×", "*", " · "]),
    st.sampled_from(["^{}", "^({})", "**{}"]),
    st.sampled_from(["particles", "m", "kg", "C", ""]),
)
def test_no_blank_ever_cuts_into_a_power(
    whole: int, fraction: int, exponent: int, times: str, raised: str, unit: str
) -> None:
    power = f"{whole}.{fraction}{times}10{raised.format(exponent)}"
    text = f"Some 12 stars hold {power} {unit} in 1926, said Hubble."
    start = text.index(power)
    end = start + len(power)
    for candidate in find_candidates(text):
        for a, b in candidate.spans:
            assert b <= start or a >= end or (a, b) == (start, end)
