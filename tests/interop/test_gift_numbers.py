"""GIFT numeric answers: exponents as Moodle reads them, and numbers written as a reader counts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from trainer.core.model import DeckError
from trainer.interop.gift_numbers import _text
from trainer.interop.sources import read_bank


def _numeric(tmp_path: Path, answers: str) -> tuple[str, tuple[str, ...], float | None]:
    path = tmp_path / "bank.gift"
    path.write_text(f"How much?{{#{answers}}}\n", encoding="utf-8")
    (item,) = read_bank(path, named="gift").items
    (question,) = item.questions
    return question.answer, question.accept, question.tolerance


@pytest.mark.parametrize(
    ("answers", "answer", "tolerance"),
    [
        ("3e8:1e6", "300000000", 1e6),
        ("6.626E-34", "6.626e-34", None),
        ("6.022e+23:0.001E23", "6.022e23", 1e20),
        ("-1.602e-19", "-1.602e-19", None),
        ("1e2..3e2", "100 to 300", None),  # a range stays one
        ("=1.5E3:10 =%50%1500:100", "1500", 10.0),
        (".5e1", "5", None),
    ],
)
def test_a_number_with_an_exponent_is_read(
    tmp_path: Path, answers: str, answer: str, tolerance: float | None
) -> None:
    got, _, got_tolerance = _numeric(tmp_path, answers)
    assert got == answer
    assert got_tolerance == pytest.approx(tolerance) if tolerance else got_tolerance is None


@pytest.mark.parametrize("answers", ["1e", "2e-", "1e1234", "e5", "2,5", "3 e8"])
def test_what_is_no_number_stays_an_error_at_its_place(tmp_path: Path, answers: str) -> None:
    path = tmp_path / "bank.gift"
    path.write_text(f"How much?{{#{answers}}}\n", encoding="utf-8")
    with pytest.raises(DeckError, match=r"bank\.gift:1:12: error: .* is not a number"):
        read_bank(path, named="gift")


@pytest.mark.parametrize(
    ("number", "text"),
    [
        ("1822", "1822"),
        ("3.1400", "3.14"),
        ("0.000001", "0.000001"),
        ("0.00000015", "1.5e-7"),
        ("1E+3", "1000"),
        ("123456789012345678", "1.23456789012345678e17"),
        ("-0", "0"),
    ],
)
def test_numbers_are_written_in_digits_unless_too_many_zeros(number: str, text: str) -> None:
    assert _text(Decimal(number)) == text


def test_a_range_stays_a_range_and_goes_back_out_as_one(tmp_path: Path) -> None:
    assert _numeric(tmp_path, "110..125") == ("110 to 125", (), None)
    assert _numeric(tmp_path, "3.142..3.141") == ("3.141 to 3.142", (), None)
    assert _numeric(tmp_path, "5..5") == ("5", (), None)
