"""Sizes of memory and storage: a kilobyte is 1,000 bytes or 1,024, as computing has used both.

The IBM PC's "16 KB" of memory was 16,384 bytes, and a disk's "1.44 MB" neither a
million bytes nor a mebibyte: for most of computing's history a kilobyte was 1,024
bytes, and SI has since made it 1,000 (the binary multiples became KiB, MiB, GiB).
A teacher takes either reading of an answer in kilobytes, megabytes, gigabytes or
terabytes: "16,384 bytes" and "16,000 bytes" for 16 KB, "1 MB" for 1,024 KB; each side
read by the same convention ("16 KiB" is 16 KB read in binary). A question that names
one convention ("in the binary convention") takes that one alone: "1,024,000 bytes" is
then no 1,024 KB. An answer in bytes, bits or KiB has one size and is read as written.

A letter of the multiple typed against a number, "16K", "640k", "4G", is the multiple
of bytes where the answer is in one ("16K" of memory is 16 KB, though "18k" tubes are
18,000): computing wrote memory so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from trainer.core.answering.conversions import (
    asked_in_another_unit,
    measure_of,
    unit_named,
    unit_of_the_question,
)
from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.units import same_units
from trainer.core.answering.words import answer_words

# The multiples of the byte whose size is 1,000 or 1,024 to a power, as `units` names
# them, with the binary unit of each size.
_BINARY_READING = {
    "kilobyte": "kibibyte",
    "megabyte": "mebibyte",
    "gigabyte": "gibibyte",
    "terabyte": "tebibyte",
}
_DECIMAL, _BINARY = "decimal", "binary"
# Words of a question that name one convention ("SI" folds to "si").
_CONVENTION_WORDS = {"binary": _BINARY, "decimal": _DECIMAL, "si": _DECIMAL}
# A number with a multiple's letter against it ("16K", "640k", "4 G"); lower-case "m"
# and "g" are metres, millions and grams, and stay so.
_LETTER_AFTER_NUMBER = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s?([kKMGT])(?![\w.])")
_LETTER_UNITS = {"k": "KB", "K": "KB", "M": "MB", "G": "GB", "T": "TB"}


def in_bytes_multiple(words: Sequence[str]) -> bool:
    """Whether folded words of an answer give an amount in kilobytes, megabytes,
    gigabytes or terabytes (either size)."""
    return any(word in _BINARY_READING for word in same_units(list(words)))


def sizes_of_two_conventions(want_words: Sequence[str], want: Fraction, got: Fraction) -> bool:
    """Whether `got` is the number of the answer (in kilobytes or another such multiple)
    counted by the other convention: 1,000 for 1,024 KB, 1,048,576 for 1,000,000 MB;
    another size, not a rounding of the answer's."""
    if want == 0 or not in_bytes_multiple(want_words):
        return False
    return any(got / want in (_STEP**power, 1 / _STEP**power) for power in range(1, 5))


# How much larger a binary multiple is than the decimal one of its prefix.
_STEP = Fraction(1024, 1000)


def letters_as_bytes(expected: str, typed: str) -> str:
    """The typed text with a multiple's letter after a number written as the multiple of
    bytes ("16K" → "16 KB"), where the answer is in such a multiple; else as typed."""
    if not _LETTER_AFTER_NUMBER.search(typed) or not in_bytes_multiple(answer_words(expected)):
        return typed
    return _LETTER_AFTER_NUMBER.sub(lambda m: f"{m[1]} {_LETTER_UNITS[m[2]]}", typed)


def _conventions(question: Sequence[str]) -> tuple[str, ...]:
    named = {_CONVENTION_WORDS[word] for word in question if word in _CONVENTION_WORDS}
    return tuple(named) if len(named) == 1 else (_DECIMAL, _BINARY)


def _size(words: Sequence[str], convention: str) -> Fraction | None:
    """The amount in bits that one number and one unit of information write, with the
    ambiguous multiples read by `convention`."""
    if convention == _BINARY:
        words = [_BINARY_READING.get(word, word) for word in words]
    measured = measure_of(words)
    return measured[1] if measured is not None and measured[0] == "information" else None


def same_size(want: Sequence[str], got: Sequence[str], question: Sequence[str]) -> TextMatch | None:
    """How an amount of information typed compares with an answer in kilobytes (or
    megabytes, gigabytes, terabytes), where either is read by a convention the other
    is not ("16,384 bytes" for "16 KB"): right where some convention the question allows
    makes them one size; wrong where only one it rules out does. None otherwise (the
    same words, other amounts, or no answer in such a multiple)."""
    if not in_bytes_multiple(want) or unit_of_the_question(got, want, question):
        return None
    allowed = _conventions(question)
    if list(got) == list(want):
        return None
    for convention in allowed:
        if _one_size(want, got, convention):
            rule = f"the same size in another unit (1 KB = {_KILO[convention]} bytes)"
            if (asked := asked_in_another_unit(got, want, question)) is not None:
                rule += f": the question asks for {unit_named(asked)}"
                return TextMatch(False, False, rule, 0.9)
            return TextMatch(True, False, rule, 1.0)
    for convention in {_DECIMAL, _BINARY} - set(allowed):
        if _one_size(want, got, convention):
            rule = f"the same size only in the {convention} convention, not the question's"
            return TextMatch(False, False, rule, 0.5, decisive=True)
    return None


def _one_size(want: Sequence[str], got: Sequence[str], convention: str) -> bool:
    size = _size(want, convention)
    return size is not None and size == _size(got, convention)


_KILO = {_DECIMAL: "1,000", _BINARY: "1,024"}
