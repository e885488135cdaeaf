"""Tests for trainer.core.answering.information_sizes: a kilobyte of 1,000 bytes or 1,024."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import grade
from trainer.core.answering.information_sizes import (
    letters_as_bytes,
    sizes_of_two_conventions,
)
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

MEMORY = "How much memory did the computer come with?"
BINARY = "How many kilobytes are in a megabyte in the binary convention?"


def right(answer: str, typed: str, question: str = MEMORY) -> bool:
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question).correct


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # The unit in words or by symbol: "KB" is computing's kilobyte, as "kB" is SI's.
        ("16 KB", "16 kilobytes"),
        ("64 KB", "64 kB"),
        ("640 kilobytes", "640 KB"),
        ("2 MB", "2 megabytes"),
        # Either convention, each side read alike.
        ("16 KB", "16,384 bytes"),
        ("16 KB", "16,000 bytes"),
        ("64 KB", "65,536 bytes"),
        ("16 KB", "131,072 bits"),
        ("32 KB", "32 KiB"),
        ("4 GB", "4,096 MB"),
        ("4 GB", "4 GiB"),
        ("1.44 MB", "1,440 KB"),
        ("2 TB", "2,048 GB"),
        # A multiple's letter against the number: memory as computing wrote it.
        ("16 KB", "16k"),
        ("16 KB", "16K"),
        ("640 KB", "640K"),
        ("4 GB", "4G"),
        ("8 MB", "8M"),
    ],
)
def test_a_size_in_either_convention_or_notation_is_right(answer: str, typed: str) -> None:
    assert right(answer, typed)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("16 KB", "16 MB"),
        ("16 KB", "16 GB"),
        ("16 KB", "64 KB"),
        ("16 KB", "16,383 bytes"),
        ("16 KB", "16,384 bits"),
        ("16 KB", "16 kilobits"),
        ("16 KB", "16kb"),  # SI's kilobit, as "Mb" is a megabit
        ("16 KB", "16M"),
        ("4 GB", "4 TB"),
        ("4 GB", "4,000 GiB"),
        ("64 KB", "65,536 KB"),
    ],
)
def test_another_size_or_unit_stays_wrong(answer: str, typed: str) -> None:
    assert graded(answer, typed, MEMORY) is Outcome.WRONG


def test_the_other_conventions_count_is_no_rounding() -> None:
    # "1000 KB" is a decimal megabyte, not 1,024 KB rounded: wrong, never close.
    assert graded("1,024 KB", "1000 KB", BINARY) is Outcome.WRONG
    assert graded("1,024 KB", "1048 KB", BINARY) is Outcome.WRONG
    assert graded("1.44 MB", "1.4 MB", "How much does a floppy disk hold?") is Outcome.CLOSE


def test_a_question_naming_one_convention_takes_it_alone() -> None:
    assert right("1,024 KB", "1,048,576 bytes", BINARY)
    assert not right("1,024 KB", "1,024,000 bytes", BINARY)
    decimal = "How much did the chip hold, counted in the decimal convention?"
    assert right("2 kB", "2,000 bytes", decimal)
    assert not right("2 kB", "2,048 bytes", decimal)


def test_only_an_answer_in_a_multiple_of_either_size_reads_both() -> None:
    # Bytes, bits and KiB have one size: "16 KB" is no 16,384 bytes read decimally.
    assert not right("16,384 bytes", "16 KB")
    assert not right("16 KiB", "16,000 bytes")
    # A scale letter elsewhere is a thousand: 18k tubes are 18,000.
    assert right("about 18,000", "18k", "About how many vacuum tubes did ENIAC use?")


def test_letters_are_bytes_only_beside_an_answer_in_a_multiple() -> None:
    assert letters_as_bytes("16 KB", "16K of memory") == "16 KB of memory"
    assert letters_as_bytes("4 gigabytes", "4G") == "4 GB"
    assert letters_as_bytes("18,000", "18k") == "18k"
    assert letters_as_bytes("16 KB", "16m") == "16m"  # metres or millions, as ever


def test_two_conventions_apart_is_a_power_of_1024_over_1000() -> None:
    words = answer_words("1,024 KB")
    assert sizes_of_two_conventions(words, Fraction(1024), Fraction(1000))
    assert sizes_of_two_conventions(answer_words("1 TB"), Fraction(1), Fraction(1024**4, 1000**4))
    assert not sizes_of_two_conventions(words, Fraction(1024), Fraction(1023))
    lengths = answer_words("1,024 metres")
    assert not sizes_of_two_conventions(lengths, Fraction(1024), Fraction(1000))
