"""Tests for trainer.core.answering.based_numbers: hexadecimal, binary and octal numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.based_numbers import asked_base
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.words import answer_words
from trainer.core.model import AnswerType

HEX = "What is 255 in hexadecimal?"
BINARY = "What is 255 in binary?"


@pytest.mark.parametrize("typed", ["0xFF", "FF", "ff", "0xff", "FFh", "#FF", "hex FF", "0x00FF"])
def test_a_hexadecimal_number_in_any_writing_is_itself(typed: str) -> None:
    assert graded("0xFF", typed, HEX) is Outcome.EXACT


@pytest.mark.parametrize("typed", ["11111111", "1111 1111", "0b11111111", "0b1111_1111"])
@pytest.mark.parametrize("answer_type", [AnswerType.TEXT, AnswerType.NUMBER])
def test_a_binary_number_in_any_writing_is_itself(typed: str, answer_type: AnswerType) -> None:
    assert graded("11111111", typed, BINARY, answer_type=answer_type) is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("0xFF", "0xFE", HEX),  # a bit pattern or an address: near digits are no nearer
        ("0xFF", "255", HEX),  # the question given back
        ("11111111", "11111110", BINARY),
    ],
)
def test_another_number_in_the_base_is_wrong(expected: str, typed: str, question: str) -> None:
    assert graded(expected, typed, question) is Outcome.WRONG


def test_a_base_is_asked_by_name_or_number() -> None:
    assert asked_base(answer_words("Write 255 in base 16.")) == 16
    assert asked_base(answer_words("What is 5 in binary?")) == 2
    assert asked_base(answer_words("What is the capital of France?")) is None


def test_a_name_ending_in_h_is_no_number() -> None:
    assert graded("Bach", "Bach", "Who composed it?") is Outcome.EXACT
    assert graded("Bach", "0xBAC", "Who composed it?") is Outcome.WRONG


@given(st.integers(min_value=0, max_value=2**32))
def test_every_writing_of_a_number_in_hex_is_the_same_answer(number: int) -> None:
    expected = f"0x{number:X}"
    for typed in (f"{number:x}", f"{number:X}h", f"0x{number:08X}"):
        assert graded(expected, typed, HEX) is Outcome.EXACT


def test_the_same_number_in_another_base_than_asked_is_close() -> None:
    assert graded("11111111", "0xFF", BINARY) is Outcome.CLOSE
    assert graded("0xFF", "0b11111111", HEX) is Outcome.CLOSE
