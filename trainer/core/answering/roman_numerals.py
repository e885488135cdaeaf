"""Roman numerals in answers: a ruler's or a war's number ("Henry VIII", "World War I")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.answering.word_lists import DESCRIPTORS
from trainer.core.lexicon import could_be_name, frequency

# Roman numerals up to 89 (kings, popes, wars, symphonies); larger ones read too often
# as abbreviations (CD, MC, DC).
_ROMAN = re.compile(r"(?=[ivxl])(xl|l?x{0,3})(ix|iv|v?i{0,3})")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
# Words after which a lone "x", "v" or "i" is a variable, never a number: "log x", "ln
# x", "sin x", "f of x", "2 times x", "two x", "cosine x" (no "Henry Ten" or "Pius Six"
# is written so: a numeral after a name is written as one).
_BEFORE_A_VARIABLE = frozenset(
    {"log", "ln", "lg", "sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh"}
    | {"exp", "sqrt", "lim", "max", "min", "mod", "abs", "det", "arg", "times", "plus"}
    | {"minus", "over", "equals", "divided", "multiplied", "by", "of", "to", "and", "is"}
    | {"sine", "cosine", "tangent", "root", "square", "cube", "twice", "thrice", "half"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}
)
# Words after which a lone "I" or "V" ends a ruler's name, before the realm or house.
_AFTER_A_NUMBER = frozenset({"of", "de", "di", "da", "von", "van", "del", "della"})
# pyspellchecker's rarest words have this count; a Roman numeral seen more often than
# that is a word ("mix", "di"), except "xi".
_RAREST_WORD_COUNT = 50


def roman_value(words: Sequence[str], index: int) -> int | None:
    """A Roman numeral: two letters or more that are no attested word ("VIII", "XIV"), or
    an I, V or X after a name, last, before what the name is ("World War I", "Henry
    V", "the Saturn V rocket") or before the realm of a ruler's name ("Charles V of
    Spain")."""
    word = words[index]
    if not _ROMAN.fullmatch(word):
        return None
    if len(word) == 1:
        # Last, or before a word for what the name is ("the Saturn V rocket"), or a
        # ruler's "of" ("Henry I of England"; not "so I of course").
        after = words[index + 1] if index + 1 < len(words) else None
        ends_name = (
            after is None
            or after in DESCRIPTORS
            # A ruler's "of", or a house's particle: "Cosimo I de' Medici".
            or (after in _AFTER_A_NUMBER and index > 0 and could_be_name(words[index - 1]))
        )
        last_after_name = (
            ends_name
            and index > 0
            and words[index - 1].isalpha()
            and len(words[index - 1]) > 1
            and words[index - 1] not in _BEFORE_A_VARIABLE
            and word in "ivx"
        )
        if not last_after_name:
            return None
    elif frequency(word) > _RAREST_WORD_COUNT and word != "xi":
        return None  # "li", "vi"…: words
    value = 0
    for letter, following in zip(word, [*word[1:], ""], strict=True):
        amount = _ROMAN_VALUES[letter]
        value += -amount if following and _ROMAN_VALUES[following] > amount else amount
    return value


# A capitalised name and the Roman numeral in capitals after it: "Napoleon III".
_REGNAL = re.compile(r"\b([A-Z][^\W\d_]+)\s+([IVXL]+)\b")


def regnal_numbers(text: str) -> list[tuple[str, str]]:
    """Each ruler's number written after a name ("Napoleon III", "Henry V"), as the name
    (folded) and the number's value: part of who is meant, not a count."""
    found = []
    for match in _REGNAL.finditer(text):
        name = match.group(1).casefold()
        value = roman_value([name, match.group(2).casefold()], 1)
        if value is not None:
            found.append((name, str(value)))
    return found


# A whole typed answer in capitals that a Roman numeral could spell: "LV", "XL", "CV".
_CAPITAL_NUMERAL = re.compile(r"\s*([IVXLCDM]{2,})\s*")


def numeral_as_letters(want: Sequence[str], got: Sequence[str], typed: str) -> list[str]:
    """`got` with a whole typed answer in capitals that reads as a Roman numeral kept as
    its letters, where the answer holds no number: "LV" for "the left ventricle" is its
    initials, never the number 55 (and "numbers differ" would tell the learner so)."""
    found = _CAPITAL_NUMERAL.fullmatch(typed)
    if found is None or len(got) != 1 or not got[0].isdecimal():
        return list(got)
    if any(any(char.isdecimal() for char in word) for word in want):
        return list(got)
    return [found.group(1).casefold()]
