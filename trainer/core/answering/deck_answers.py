"""A typed answer against the card's other accepted answers and the deck's other answers.

Two rules that grade a typed answer by what else the card and its deck hold, beside how
near it is to one accepted form:

- Several accepted answers named together are right: "Pretoria and Cape Town" where
  both are accepted (South Africa has three capitals), "The Stranger or The Outsider"
  for two titles of one novel. Each names the answer; none is a hedge between it and a
  wrong one.
- A number that is another answer of the deck is wrong, not close: "8611", K2's height,
  for Everest's 8849 is near by its value, but the learner has confused the mountains.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.model import AnswerType

# Grades a typed answer against one accepted form: (accepted, typed) -> verdict.
Judge = Callable[[str, str], Verdict]

# Answers whose near misses are near by their value, not their letters.
NUMERIC = frozenset({AnswerType.NUMBER, AnswerType.YEAR, AnswerType.DATE})
# What joins answers named together: words, not punctuation, which never changes a
# verdict ("Pretoria, Cape Town" is read as "Pretoria Cape Town" is).
JOINERS = re.compile(r"\s*(?:&|\band\b|\bor\b)\s*", re.IGNORECASE)
_MOST_NAMED = 4


def each_accepted(accepted: Sequence[str], typed: str, judge: Judge) -> Verdict | None:
    """Right when `typed` names two or more of the `accepted` forms, each its own, joined
    by "and", "&" or "or"; a slip if any is typed with one. None otherwise."""
    if len(accepted) < 2:
        return None
    parts = [part for part in JOINERS.split(typed) if part.strip()]
    if not 2 <= len(parts) <= _MOST_NAMED:
        return None
    named: list[Verdict] = []
    for part in parts:
        verdicts = [judge(text, part) for text in accepted]
        best = next((v for v in verdicts if v.outcome is Outcome.EXACT), None) or next(
            (v for v in verdicts if v.outcome is Outcome.TYPO), None
        )
        if best is None:
            return None
        named.append(best)
    if len({verdict.matched for verdict in named}) < len(named):
        return None  # one answer twice is no second one
    slip = any(verdict.outcome is Outcome.TYPO for verdict in named)
    first = named[0]
    return replace(
        first,
        outcome=Outcome.TYPO if slip else Outcome.EXACT,
        rule="each an accepted answer: " + "; ".join(v.matched for v in named),
    )


def another_answers_value(
    confusables: Sequence[str], typed: str, verdict: Verdict, judge: Judge
) -> Verdict:
    """`verdict` (close), or wrong where the typed value is another answer of the deck
    (`confusables`)."""
    for other in confusables:
        if judge(other, typed).outcome is Outcome.EXACT:
            shown = typed.strip()
            rule = f"'{shown}' is another answer of this deck" + (
                "" if shown == other else f" ({other})"
            )
            return replace(verdict, outcome=Outcome.WRONG, rule=rule)
    return verdict
