"""What makes a value a fair wrong option or swap: a like value that neither names nor overlaps."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from trainer.core.answering.normalise import fold
from trainer.core.deck.answer_types import is_number, is_year
from trainer.core.model import AnswerType
from trainer.core.partial_dates import parse_iso_date

_ARTICLES = frozenset({"the", "a", "an"})
_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")
_ASCII_WORD = re.compile(r"[a-z0-9]+")
# What joins the people or parts of one answer: "Watson and Crick", "Marx & Engels", "A, B".
_PART_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)


class ValueClass(StrEnum):
    """The kinds of value that may stand in for one another."""

    TEXT = "text"
    YEAR = "year"
    DATE = "date"
    NUMBER = "number"


@lru_cache(maxsize=1 << 14)
def value_class(value: str, declared: AnswerType | None = None) -> ValueClass:
    """What kind of value `value` is; a field declared `number` keeps year-like numbers."""
    if declared is AnswerType.NUMBER and is_number(value):
        return ValueClass.NUMBER
    if is_year(value):
        return ValueClass.YEAR
    if parse_iso_date(value) is not None:
        return ValueClass.DATE
    if is_number(value):
        return ValueClass.NUMBER
    return ValueClass.TEXT


def alike(first: ValueClass, second: ValueClass) -> bool:
    """True when a value of one class may replace a value of the other (a year is a date)."""
    return first is second or {first, second} == {ValueClass.YEAR, ValueClass.DATE}


def value_distance(value: str, anchor: str, kind: ValueClass) -> float:
    """How far apart two years, dates or numbers are (0 for text: text has no distance)."""
    if kind in (ValueClass.YEAR, ValueClass.DATE):
        first, second = parse_iso_date(value), parse_iso_date(anchor)
        if first is None or second is None:
            return math.inf
        return abs((first.first_day - second.first_day).days)
    if kind is ValueClass.NUMBER:
        first_number, second_number = _number(value), _number(anchor)
        if first_number is None or second_number is None:
            return math.inf
        # Ratios, not differences: 40,000 is nearer to 50,000 than 3 is to 10.
        return abs(math.log1p(abs(first_number)) - math.log1p(abs(second_number)))
    return 0.0


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").removesuffix("%"))
    except ValueError:
        return None


def quick_fold(text: str) -> str:
    """`fold(text)`, computed faster for plain ASCII text, which most deck text is.

    For ASCII, folding lowercases and turns everything but letters and digits into
    spaces; other text goes through `fold` itself. Short text (values and options, which
    recur from card to card) is kept once folded; text read once should use `fold_once`.
    """
    if len(text) <= _KEPT_FOLD_LENGTH:
        return _kept_fold(text)
    return fold_once(text)


_KEPT_FOLD_LENGTH = 80


@lru_cache(maxsize=1 << 16)
def _kept_fold(text: str) -> str:
    return fold_once(text)


def fold_once(text: str) -> str:
    """`quick_fold`, never kept: for text folded once (a sentence, a statement, a title)."""
    if text.isascii():
        return " ".join(_NOT_ASCII_ALNUM.sub(" ", text.lower()).split())
    return fold(text)


def folded_words(text: str) -> list[str]:
    """`quick_fold(text).split()`, without joining the words only to split them again."""
    if text.isascii():
        return _ASCII_WORD.findall(text.lower())
    return fold(text).split()


@lru_cache(maxsize=1 << 16)
def core_words(text: str) -> str:
    """The folded words of `text` without a leading article: 'The Nazis' → 'nazis'."""
    words = quick_fold(text).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def value_parts(text: str) -> frozenset[str]:
    """The people or parts of a value, folded: 'Watson and Crick' → {'watson', 'crick'}."""
    pieces = (core_words(piece) for piece in _PART_SEPARATOR.split(text))
    return frozenset(piece for piece in pieces if piece)


def holds_words(haystack: str, needle: str) -> bool:
    """True when folded `needle` is a run of whole words of folded `haystack`."""
    return bool(needle) and f" {needle} " in f" {haystack} "


@dataclass(frozen=True, slots=True)
class OptionRules:
    """Refuses values that would make a card unfair, given its answer and its prompt.

    A value is refused when it folds equal to the answer, an accepted answer or an alias
    of it (a leading article aside); when it shares a person or part with the answer,
    contains it or is contained in it; or when it, or one of its parts, is named in the
    prompt.
    """

    # The answer's and its accepted answers' core words.
    taken: frozenset[str]
    answer_core: str
    answer_parts: frozenset[str]
    prompt: str
    _padded_answer: str = field(init=False, repr=False, compare=False)
    _padded_prompt: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_padded_answer", f" {self.answer_core} ")
        object.__setattr__(self, "_padded_prompt", f" {self.prompt} ")

    @classmethod
    def of(cls, answer: str, accepted: Iterable[str], prompt: str) -> OptionRules:
        return cls(
            taken=frozenset({core_words(answer), *(core_words(text) for text in accepted)}),
            answer_core=core_words(answer),
            answer_parts=value_parts(answer),
            prompt=quick_fold(prompt),
        )

    def refuses(self, value: str) -> bool:
        return self.refuses_shaped(quick_fold(value), core_words(value), value_parts(value))

    def refuses_shaped(self, key: str, core: str, parts: frozenset[str]) -> bool:
        """`refuses` for a value whose fold, core words and parts are known already."""
        return self.refuses_padded(key, core, f" {core} ", parts)

    def refuses_padded(self, key: str, core: str, padded_core: str, parts: frozenset[str]) -> bool:
        """`refuses_shaped`, given the core words between spaces too (` core `), as pools
        keep them for each of their values."""
        # Each test is a `holds_words`, on text padded once rather than at every test.
        if not key or core in self.taken:
            return True
        if self.answer_core and self._padded_answer in padded_core:
            return True
        if core and padded_core in self._padded_answer:
            return True
        if parts & self.answer_parts:
            return True
        padded_prompt = self._padded_prompt
        if core and padded_core in padded_prompt:
            return True
        return any(part and f" {part} " in padded_prompt for part in parts)
