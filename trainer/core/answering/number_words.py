"""Numbers written in words, as ordinals or with leading zeros, rewritten as plain digits.

Works on folded words (`textnorm.fold(text).split()`), so "twenty-six" arrives as
`twenty six`. `normalize_numbers` turns every number it recognises into its digits:

    fifty thousand          → 50000        a million          → 1000000
    two hundred and five    → 205          nineteen twenty six → 1926
    nineteen oh five        → 1905         50 million         → 50000000
    first, 1st              → 1            twenty first       → 21
    01                      → 1

so "the first of April" and "1 April", or "50 million gold marks" and "50,000,000 gold
marks" (after the thousands separators are dropped), compare equal.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from rapidfuzz.distance import OSA

from trainer.core.answering.number_scales import SCALES, scale_after
from trainer.core.answering.roman_numerals import roman_value
from trainer.core.lexicon import could_be_name, is_given_name, is_known_word

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
    *("seventeen", "eighteen", "nineteen"),
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_UNITS = (
    *("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh"),
    *("eighth", "ninth"),
)
_ORDINAL_TEENS = (
    *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"),
    *("sixteenth", "seventeenth", "eighteenth", "nineteenth"),
)
_ORDINAL_TENS = (
    *("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth"),
    *("eightieth", "ninetieth"),
)
_ORDINAL_SCALES = {"hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000}
# Digits past this many are read as a word, not a number: Python refuses to convert a
# string of more than 4,300 digits, and nobody types a quantity of even a hundred.
MAX_DIGITS = 100
# word → (value, kind, is ordinal); kind: "unit" 0-9, "teen" 10-19, "tens" 20-90.
_SMALL: dict[str, tuple[int, str, bool]] = {
    **{w: (n, "unit", False) for n, w in enumerate(_UNITS)},
    **{w: (n + 10, "teen", False) for n, w in enumerate(_TEENS)},
    **{w: (n * 10 + 20, "tens", False) for n, w in enumerate(_TENS)},
    **{w: (n, "unit", True) for n, w in enumerate(_ORDINAL_UNITS)},
    **{w: (n + 10, "teen", True) for n, w in enumerate(_ORDINAL_TEENS)},
    **{w: (n * 10 + 20, "tens", True) for n, w in enumerate(_ORDINAL_TENS)},
}
_ALL_WORDS = (*_SMALL, "hundred", *SCALES, *_ORDINAL_SCALES)
_DIGITS = re.compile(r"\d+")
_DIGIT_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
# "nineteen oh five": the "oh" of a year said aloud.
_YEAR_ZERO = frozenset({"oh", "o"})
# A misspelt number word is read as one only when it is this long and is no other word
# ("forteen", "fourty"); shorter ones are too easily another word.
_MIN_FUZZY_LENGTH = 5


# Phrases that say "one" of a thing, and say it firmly: "a single vote", "a lone deputy".
_ONE_PHRASES = frozenset(
    (first, second)
    for first in ("a", "an", "one", "1")
    for second in ("single", "lone", "sole", "solitary")
)


def single_as_one(words: Sequence[str]) -> list[str]:
    """The folded words with "a single", "a lone", "one single" … before a word read as
    the number 1: "by a single vote" → "by 1 vote". (Only where a number is looked for:
    "a single market" is a name as often as a count.)"""
    out: list[str] = []
    index = 0
    while index < len(words):
        pair = tuple(words[index : index + 2])
        if pair in _ONE_PHRASES and index + 2 < len(words) and words[index + 2].isalpha():
            out.append("1")
            index += 2
        else:
            out.append(words[index])
            index += 1
    return out


def normalize_numbers(
    words: Sequence[str], *, misspelt: bool = False, initials: Collection[int] = ()
) -> list[str]:
    """The folded words with every number in words, ordinal, zero-padded or in Roman
    numerals ("Henry VIII", "World War I") as digits; with `misspelt`, number words a
    letter off that are no other word too ("forteen"), for answers that must be numbers
    (in a text answer, "seden" is more likely Sweden than seven). The words at the
    positions `initials` are a person's initials joined ("V. I. Lenin" → vi lenin), never
    a Roman numeral."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "one" and _pronoun_one(words, i):
            out.append("one")  # "one of them", "a lower one": a pronoun, not a number
            i += 1
            continue
        if words[i] == "first" and _adverb_first(words, i):
            out.append("first")  # "the most significant byte first": when, not which
            i += 1
            continue
        roman = None if i in initials else roman_value(words, i)
        if roman is not None:
            out.append(str(roman))
            i += 1
            continue
        phrase = _read_number(words, i, misspelt)
        if phrase is None:
            out.append(words[i])
            i += 1
            continue
        value, end = phrase
        out.append(str(value))
        i = end
    return out


# Words after which "one" stands for a thing named before ("the right one", "which one").
# Not "no": grading reads "no one" as a negated count ("no 1"), as tests pin it.
_DETERMINERS = frozenset(
    {
        *("the", "a", "an", "this", "that", "each", "every", "any", "which", "what"),
        *("another", "either", "neither", "its", "his", "her", "their", "our", "my", "your"),
    }
)


# Words after which "one" counts nothing: "one of them", "one another", "one way" (a
# direction: "one-way"), "one by one", "one after another".
_NO_COUNT_AFTER_ONE = frozenset({"of", "another", "way", "by", "after"})


def _adverb_first(words: Sequence[str], index: int) -> bool:
    """Whether the "first" at `index` says when rather than which: last, after a word that
    is neither a determiner, a number, part of one nor a given name ("store the largest
    byte first", "she came first"; not "the first", "twenty-first", "Elizabeth First")."""
    if index == 0 or index != len(words) - 1:
        return False
    before = words[index - 1]
    return (
        before.isalpha()
        and before not in _DETERMINERS
        and not is_number_word(before)
        and not is_given_name(before)
    )


def _pronoun_one(words: Sequence[str], index: int) -> bool:
    """Whether the "one" at `index` is a pronoun: before "of" ("one of them"), or after a
    determiner, directly or past a word that describes ("the right one", "a lower one";
    not "the Vostok one", a name's numeral), and before no number word ("a one hundred")."""
    after = words[index + 1] if index + 1 < len(words) else ""
    if after in _NO_COUNT_AFTER_ONE:
        return True
    if after in ("hundred", *SCALES) or _word_value(after) is not None:
        return False
    before = words[index - 1] if index > 0 else ""
    if before in _DETERMINERS or tuple(words[index - 2 : index]) == ("one", "by"):
        return True
    if index < 2 or words[index - 2] not in _DETERMINERS or not before.isalpha():
        return False
    value = _word_value(before)
    if value is not None:
        return value[2]  # "the first one"; but "the twenty one" is 21
    return is_known_word(before) and not could_be_name(before)


def is_number_word(word: str) -> bool:
    """True for a word that is (part of) a number: `fifty`, `third`, `hundred`, `12th`."""
    return _word_value(word) is not None or word in ("hundred", *SCALES, *_ORDINAL_SCALES)


def _read_number(words: Sequence[str], start: int, misspelt: bool) -> tuple[int, int] | None:
    """The number starting at `start`, and the index after it; None if there is none."""
    first = _read_group(words, start, misspelt)
    if first is None:
        return None
    value, end, kind = first
    # A year said in two halves: "nineteen twenty six", "eighteen seventy", "nineteen oh
    # five". Read as 1926, not 19 + 26.
    if kind == "pair" and end < len(words):
        half = _year_half(words, end, misspelt)
        if half is not None:
            second, after = half
            return value * 100 + second, after
    return value, end


def _year_half(words: Sequence[str], start: int, misspelt: bool) -> tuple[int, int] | None:
    if words[start] in _YEAR_ZERO and start + 1 < len(words):
        unit = _word_value(words[start + 1], misspelt)
        if unit is not None and unit[1] == "unit" and not unit[2]:
            return unit[0], start + 2
        return None
    group = _read_group(words, start, misspelt)
    if group is None or group[2] != "pair":
        return None
    return group[0], group[1]


def _read_group(words: Sequence[str], start: int, misspelt: bool) -> tuple[int, int, str] | None:
    """One number in words or digits from `start`: (value, end, shape). The shape is
    "pair" for 10 to 99 said as one or two words (a possible half of a year)."""
    word = words[start]
    if len(word) > MAX_DIGITS:
        return None  # no quantity anyone writes: left as a word, and never converted
    if _DIGITS.fullmatch(word) or _DIGIT_ORDINAL.fullmatch(word):
        value = int(_DIGIT_ORDINAL.sub(r"\1", word))
        if _DIGIT_ORDINAL.fullmatch(word):  # "5th": no scale, but "5th hundred" is 500
            hundred = start + 1 < len(words) and words[start + 1] == "hundred"
            return value * 100 if hundred else value, start + 1 + hundred, "digits"
        factor, end = scale_after(words, start + 1)  # "132 thousand million"
        return value * factor, end, "digits"
    if (
        word in ("a", "an")
        and start + 1 < len(words)
        and words[start + 1]
        in (
            "hundred",
            *SCALES,
        )
    ):
        return _read_words(words, start + 1, implicit_one=True, misspelt=misspelt)
    if _word_value(word, misspelt) is None:
        return None
    return _read_words(words, start, implicit_one=False, misspelt=misspelt)


def _read_words(
    words: Sequence[str], start: int, *, implicit_one: bool, misspelt: bool
) -> tuple[int, int, str] | None:
    total = largest = 0
    current = 1 if implicit_one else 0
    last = "start"
    i = start
    small_words = 0
    while i < len(words):
        word = words[i]
        small = _word_value(word, misspelt)
        if small is not None:
            value, kind, ordinal = small
            if last in ("unit", "teen") or (last == "tens" and kind != "unit"):
                break  # "five six", "nineteen twenty": a new number starts here
            current += value
            last = kind
            small_words += 1
            i += 1
            if ordinal:
                break
            continue
        if word == "hundred" and last in ("start", "unit", "teen", "tens"):
            current = (current or 1) * 100
            last = "hundred"
        elif word in SCALES and (last != "scale" or SCALES[word] > largest):
            if SCALES[word] > largest and total:  # "two thousand million": all so far
                total = (total + current) * SCALES[word]
            else:
                total += (current or 1) * SCALES[word]
            largest, current, last = max(largest, SCALES[word]), 0, "scale"
        elif word in _ORDINAL_SCALES and last != "scale":
            total += (current or 1) * _ORDINAL_SCALES[word]
            current = 0
            i += 1
            break
        elif word == "and" and last in ("hundred", "scale") and _continues(words, i + 1, misspelt):
            last = "and"
        else:
            break
        i += 1
    if i == start:
        return None
    value = total + current
    shape = "pair" if total == 0 and last in ("teen", "tens", "unit") and value >= 10 else "words"
    if small_words == 1 and last == "unit" and value < 10:
        shape = "words"
    return value, i, shape


def _continues(words: Sequence[str], index: int, misspelt: bool) -> bool:
    return index < len(words) and _word_value(words[index], misspelt) is not None


def _word_value(word: str, misspelt: bool = False) -> tuple[int, str, bool] | None:
    """(value, kind, ordinal) of a number word, or with `misspelt` of a near misspelling."""
    known = _SMALL.get(word)
    if known is not None or not misspelt:
        return known
    return _misspelt_value(word)


@cache
def _misspelt_value(word: str) -> tuple[int, str, bool] | None:
    if len(word) < _MIN_FUZZY_LENGTH or not word.isalpha() or is_known_word(word):
        return None
    near = {
        _SMALL[w]
        for w in _SMALL
        if abs(len(w) - len(word)) <= 1 and OSA.distance(word, w, score_cutoff=1) <= 1
    }
    if len({value for value, _, _ in near}) > 1:
        # "fourty" is a letter from forty and from fourth: the cardinal is meant.
        near = {entry for entry in near if not entry[2]}
    values = {value for value, _, _ in near}
    return min(near) if len(values) == 1 else None


def cardinal_value(word: str) -> int | None:
    """The value of a folded cardinal number word from "zero" to "ninety" ("eleven" is
    11), else None."""
    known = _SMALL.get(word)
    return None if known is None or known[2] else known[0]


def number_word_list() -> tuple[str, ...]:
    """Every number word read here (for documentation and tests)."""
    return _ALL_WORDS


# Vulgar fractions after a whole number, as words read: "2½" is "2 and a half".
_VULGAR_FRACTIONS = {"½": " and a half ", "¼": " and a quarter ", "¾": " and three quarters "}


def vulgar_fractions_as_words(text: str) -> str:
    """`text` with each vulgar fraction as its words: "2½ hours" → "2 and a half hours"
    (Unicode would make "2½" "21⁄2", a number of its own)."""
    for vulgar, words in _VULGAR_FRACTIONS.items():
        text = text.replace(vulgar, words)
    return text


def misspelt_as_numbers(want: Sequence[str], got: Sequence[str]) -> list[str]:
    """`got` with each word a letter off the word of a number `want` holds and `got`
    lacks read as that number: "the fith amendment" holds the answer's 5. Only the
    answer's own numbers, and only small ones written in one word: elsewhere "seden" is
    more likely Sweden than seven. A word the answer writes itself, or a number's word
    in the plural ("seconds", "thirds": units and shares), is no slip."""
    wanted = {word for word in want if word.isdecimal() and len(word) <= 2} - set(got)
    if not wanted:
        return list(got)
    out = list(got)
    for at, word in enumerate(got):
        if not word.isalpha() or len(word) < 3 or word in want or _plural_of_a_number(word):
            continue
        for value in wanted:
            if any(OSA.distance(word, name, score_cutoff=1) <= 1 for name in _names_of(int(value))):
                out[at] = value
                break
    return out


def _plural_of_a_number(word: str) -> bool:
    """Whether `word` is a number's word with an "s": "seconds", "tens", "fifths"."""
    return word.endswith("s") and any(word[:-1] in _names_of(value) for value in range(100))


def _names_of(value: int) -> tuple[str, ...]:
    """The words that write a number under a hundred alone, cardinal and ordinal."""
    if value < 10:
        return _UNITS[value], _ORDINAL_UNITS[value]
    if value < 20:
        return _TEENS[value - 10], _ORDINAL_TEENS[value - 10]
    if value % 10 == 0:
        return _TENS[value // 10 - 2], _ORDINAL_TENS[value // 10 - 2]
    return ()
