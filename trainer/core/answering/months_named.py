"""Months named outside a full date: "in May" typed for "in March" names another month.

A full date is compared as a date (`dates_in_text`); a month alone, or a date whose year
grading does not read as one ("15 March 44 BC"), would otherwise be compared word by
word, and "may" for "march" is one word missing, never a slip. A word counts as a month
when it can be nothing else, or beside what makes it one: a number ("15 May", "May
1944"), or a word of time before it ("in May", "early March", "of August"). So "may" in
"it may be" and "march" in "the march on Rome" are no months.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.dates_in_text import month_name_number
from trainer.core.card_frames import month_of

# English month names that are common words or names too ("Jan van Eyck", French "sept"),
# and every month of another language (French "mars" is also the planet): months only
# beside a number or a word of time.
_ALSO_WORDS = frozenset({"may", "march", "august", "mar", "jan", "dec", "jun", "sept"})
_TIME_WORDS = frozenset(
    {
        *("in", "of", "early", "late", "mid", "by", "until", "till", "since", "from"),
        *("before", "after", "during", "between", "through", "last", "next", "this"),
    }
)


def other_month(want: Sequence[str], got: Sequence[str], asked: Sequence[str] = ()) -> str | None:
    """Why a typed answer is wrong when it names a month the answer does not, while the
    answer names one ("in May" for "in March", "15 May 44 BC" for "15 March 44 BC");
    None when the answer names no month, or the typed one names no other. A month the
    question names (its words `asked`) may be said again, as a number it says may."""
    wanted = _months(want)
    if not wanted:
        return None
    numbers = {number for number, _ in wanted} | {number for number, _ in _months(asked)}
    for number, word in _months(got):
        if number not in numbers:
            named = " or ".join(dict.fromkeys(word for _, word in wanted))
            return f"'{word}' is another month than '{named}'"
    return None


def _months(words: Sequence[str]) -> list[tuple[int, str]]:
    """Each month the folded `words` name, with the word naming it."""
    found: list[tuple[int, str]] = []
    for position, word in enumerate(words):
        english = month_name_number(word)
        number = english or month_of(word)
        if number is None:
            continue
        if english is None or word in _ALSO_WORDS:
            before = words[position - 1] if position else ""
            after = words[position + 1] if position + 1 < len(words) else ""
            beside_number = before.isdecimal() or after.isdecimal()
            if not (beside_number or before in _TIME_WORDS or len(words) == 1):
                continue
        found.append((number, word))
    return found
