"""The result of grading one typed answer: its outcome, why, and what it matched."""

from __future__ import annotations

import re
from enum import StrEnum

from trainer.core.records import record


class Outcome(StrEnum):
    """How a typed answer compares with the expected one."""

    EXACT = "exact"  # right, as written (after folding), or in another accepted way
    TYPO = "typo"  # accepted: a small slip, or a number within its tolerance
    CLOSE = "close"  # wrong, but near the right answer
    WRONG = "wrong"
    BLANK = "blank"  # nothing typed, or "I don't know"


RANK = {Outcome.EXACT: 4, Outcome.TYPO: 3, Outcome.CLOSE: 2, Outcome.WRONG: 1, Outcome.BLANK: 0}


@record
class Verdict:
    """The result of grading one typed answer."""

    outcome: Outcome
    # How alike the typed answer and the best-matching accepted answer are, 0 to 1.
    similarity: float
    # The accepted answer (or option) the typed one matched best; "" when blank.
    matched: str
    # The right answer, as it should be shown to the learner.
    expected: str
    # Why an answer could not be read ("not a year"), for the learner; usually "".
    note: str = ""
    # The rule that decided, for instructors and `trainer grade`: "exact", "typo in
    # 'lipetks' (1 edit)", "'prussian' is another answer of this deck: Prussian"...
    rule: str = ""
    # For an order: the options (0-based) out of place, the typed order's distance from
    # the right one in swaps of neighbours (Kendall tau), and how many events there are.
    misplaced: tuple[int, ...] = ()
    swaps: int = 0
    events: int = 0

    @property
    def correct(self) -> bool:
        return self.outcome in (Outcome.EXACT, Outcome.TYPO)


# The rules that say a typed word stands where a word of the answer should be. They are
# written here and read back here (`stand_in_of`), so that a rule reworded in one place
# is never missed by the code that reads it.
_STAND_IN = re.compile(r"^'([^']+)' (?:instead of|is the opposite of) '([^']+)'$")


def instead_rule(typed: str, wanted: str) -> str:
    """ "'kazan' instead of 'lipetsk'": a typed word in the place of an answer's word."""
    return f"'{typed}' instead of '{wanted}'"


def opposite_rule(typed: str, wanted: str) -> str:
    """ "'lowest' is the opposite of 'highest'": a typed word in the place of its opposite."""
    return f"'{typed}' is the opposite of '{wanted}'"


def stand_in_of(rule: str) -> str | None:
    """The typed word a rule of `instead_rule` or `opposite_rule` names, else None."""
    found = _STAND_IN.match(rule)
    return None if found is None else found.group(1)


def stood_for(rule: str) -> str | None:
    """The answer's word a rule of `instead_rule` or `opposite_rule` names, else None."""
    found = _STAND_IN.match(rule)
    return None if found is None else found.group(2)
