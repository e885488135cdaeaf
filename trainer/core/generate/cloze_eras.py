"""Eras beside numbers in automatic cloze: `399 BC` and `AD 79` are years, never part of a name.

An era written beside a number (`BC`, `BCE`, `AD`, `CE`, `B.C.`, `A.D.`, `B.C.E.`, `C.E.`,
and `bc` or `bce` in small letters, which no English word is) says when that number is:
"Around 387 BC Plato founded the Academy" names Plato, not "BC Plato", and dates 387.
So is one after a century ("the fourth century BC Athens"). Such an era never starts or
ends a name, and the number with it is a year, blanked whole and answered as the deck
format shows a year with its era ("399 BC", "AD 79"). An era goes with the number before
it where the two read as a year ("In 480 BC 300 Spartans …"), else with the number after
it ("AD 79"). A number with an era that reads as no year (`10,000 BC`) is not blanked:
blanked as a number, it would leave half of a date shown.
"""

from __future__ import annotations

import re

from trainer.core.generate.cloze_kinds import Candidate, CandidateKind
from trainer.core.generate.cloze_words import Token
from trainer.core.partial_dates import era_year

# The eras as a text writes them. `AD` and `CE` in small letters are words ("an ad"), and
# a dotted era in small letters is read as letters apart.
_ERA_WORDS = frozenset("BC BCE AD CE B.C. B.C.E. A.D. C.E. bc bce".split())  # noqa: SIM905
# Those that may stand before their number, as the era of our years does ("AD 79").
_BEFORE_A_NUMBER = frozenset("AD A.D. CE C.E.".split())  # noqa: SIM905
# What an era follows besides a number: "the fifth century BC".
_SPAN_WORDS = frozenset({"century", "centuries", "millennium", "millennia"})


class EraYears:
    """The eras of a text beside a number, and the years they make with their numbers."""

    __slots__ = ("dated", "eras", "years")

    def __init__(self, words: list[Token], usable: list[bool], text: str) -> None:
        """`words` are the tokens of `text` with the author's deletions masked; `text`
        is unmasked, so that an era beside a number the author deleted ("{{c1::399}}
        BC") is one all the same."""
        # Ids of the era tokens beside a number or a century, which no name takes.
        self.eras: set[int] = set()
        # Ids of the numbers that an era dates, whether or not they read as a year.
        self.dated: set[int] = set()
        # For the index of a number that makes a year with its era: the year's tokens.
        self.years: dict[int, list[Token]] = {}
        for index, word in enumerate(words):
            if word.text not in _ERA_WORDS or word.number:
                continue
            before = words[index - 1] if index else None
            after = words[index + 1] if index + 1 < len(words) else None
            number_before = _number_beside(before, word)
            leads = word.text in _BEFORE_A_NUMBER
            number_after = leads and _number_beside(word, after)
            # A digit beside it, with or without a number token of its own ("490–479
            # BC", "216BC", a deleted number), or a century before it.
            if _digit_beside(text, word.start, word.end, leads) or (
                before is not None and word.follows_closely and before.text in _SPAN_WORDS
            ):
                self.eras.add(id(word))
            if number_before or number_after:
                at = index - 1 if number_before else index + 1
                run = [words[at], word] if number_before else [word, words[at]]
                self.dated.add(id(words[at]))
                if usable[at] and usable[index] and _reads_as_year(run):
                    self.years[at] = run


def _number_beside(first: Token | None, second: Token | None) -> bool:
    """One of the two is a number, the other an era, and only spaces part them."""
    if first is None or second is None or not second.gap_before.isspace():
        return False
    return first.number != second.number


def _digit_beside(text: str, start: int, end: int, after: bool) -> bool:
    """A digit stands right before `start`, or spaces and a digit; or, with `after`,
    right after `end`."""
    at = start
    while at > 0 and text[at - 1] in " \t\n":
        at -= 1
    if at > 0 and text[at - 1].isdecimal():
        return True
    return after and _DIGIT_AFTER.match(text, end) is not None


_DIGIT_AFTER = re.compile(r"\s*\d")


def _reads_as_year(run: list[Token]) -> bool:
    return era_year(" ".join(token.text for token in run)) is not None


def era_year_value(written: str) -> str:
    """A year with its era as the deck format shows one: "399 B.C." → "399 BC", "79 CE"
    → "AD 79"; any other text as it is."""
    when = era_year(written)
    if when is None:
        return written
    return f"{-when.year} BC" if when.year < 0 else f"AD {when.year}"


def looked_for(candidate: Candidate) -> str:
    """What the rest of a text must not show for `candidate` to stay hidden: a year with
    its era is given away by its number alone ("AD 79" by a "79" elsewhere), as a year
    is; its era names nothing."""
    if candidate.kind is not CandidateKind.YEAR or candidate.text.isdecimal():
        return candidate.text
    return "".join(char for char in candidate.text if char.isdecimal())
