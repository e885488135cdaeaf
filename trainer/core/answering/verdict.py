"""The result of grading one typed answer: its outcome, why, and what it matched."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Outcome(StrEnum):
    """How a typed answer compares with the expected one."""

    EXACT = "exact"  # right, as written (after folding), or in another accepted way
    TYPO = "typo"  # accepted: a small slip, or a number within its tolerance
    CLOSE = "close"  # wrong, but near the right answer
    WRONG = "wrong"
    BLANK = "blank"  # nothing typed, or "I don't know"


RANK = {Outcome.EXACT: 4, Outcome.TYPO: 3, Outcome.CLOSE: 2, Outcome.WRONG: 1, Outcome.BLANK: 0}


@dataclass(frozen=True, slots=True)
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
