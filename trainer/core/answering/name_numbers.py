"""A name's number left out: "Darius" for "Darius I", "Consul" for "First Consul": which one?

A ruler's numeral, an ordinal in a capitalised name and a year opening one ("the 1980
Moscow Olympics") say which of several bearers of the name is meant. Typed without it,
the rest of the name right, the answer is not another number ("Darius II" is another
king) but an incomplete one: close, told which number is missing, and never right, since
the name alone may be any of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from trainer.core.answering.asked_synonyms import named_by_question
from trainer.core.answering.roman_numerals import regnal_numbers
from trainer.core.answering.word_lists import TITLES
from trainer.core.answering.words import content_words
from trainer.core.answering.written_numbers import signed_numbers

_ORDINALS = (
    *("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth"),
    *("Ninth", "Tenth", "Eleventh", "Twelfth"),
)
# An ordinal written with a capital before a capitalised word: part of a name ("the
# Fourth Crusade", "the Second World War"), where "second place" is a rank.
_ORDINAL_IN_NAME = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+[A-Z][^\W\d_]")
# A year opening a name: "the 1980 Moscow Olympics", "the 1848 Revolution".
_YEAR_IN_NAME = re.compile(r"\b(\d{4})\s+[A-Z][^\W\d_]")
# A name's numeral as it is written: "Darius I", "Henry VIII".
_NUMERAL_AFTER_NAME = re.compile(r"\b((?:[A-Z][^\W\d_]+\s+)*?([A-Z][^\W\d_]+))\s+([IVXL]+)\b")


def _numbers_of_names(expected: str) -> dict[str, str]:
    """Each number that is part of a name in `expected`, by value: how it is told."""
    told: dict[str, str] = {}
    regnal = dict(regnal_numbers(expected))
    for found in _NUMERAL_AFTER_NAME.finditer(expected):
        name, last, numeral = found.groups()
        value = regnal.get(last.casefold())
        if value is not None:
            told[value] = f"'{numeral}' left out: which {name}?"
    for found in _ORDINAL_IN_NAME.finditer(expected):
        value = str(_ORDINALS.index(found.group(1)) + 1)
        told.setdefault(value, f"'{found.group(1)}' left out: which one?")
    for found in _YEAR_IN_NAME.finditer(expected):
        told.setdefault(str(int(found.group(1))), f"'{found.group(1)}' left out: which one?")
    return told


def name_number_left_out(
    expected: str,
    want: Sequence[str],
    got: Sequence[str],
    asked: Callable[[str], bool] = lambda word: False,
) -> str | None:
    """Why `got` is the answer's words but for the numbers of its names, which no number
    typed stands for; None when it is not ("Darius II", "the Crusade of 1204"). Words the
    question gives (`asked`, or another word for one) may be left out or typed besides:
    "the Paris Olympics" for "the 1900 Paris Games", asked "At which Games …?"."""
    if signed_numbers(got):
        return None
    numbers = signed_numbers(want)
    wanted = {value for _, value in numbers}
    if not wanted:
        return None
    told = _numbers_of_names(expected)
    if not wanted <= told.keys():
        return None
    written = {word for word, _ in numbers}
    rest = [word for word in want if word not in written]
    typed = [word for word in content_words(got) if not named_by_question(word, asked)]
    # A title may go with the number: "Nicholas" for "Tsar Nicholas II".
    kept = [
        word
        for word in content_words(rest)
        if word in typed or not (word in TITLES or named_by_question(word, asked))
    ]
    if not typed or kept != typed:
        return None
    return "; ".join(told[value] for value in sorted(wanted, key=int))
