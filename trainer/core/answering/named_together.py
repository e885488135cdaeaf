"""One of the names an answer joins with "and": near, not the answer.

Asked who discovered oxygen, a learner who types "Scheele" for *Carl Wilhelm Scheele and
Joseph Priestley* knows half of it: close, told who is missing, as one of two cities or
two treaties named together is. Only names are taken apart (each part capitalised): "salt
and pepper" is one thing. Naming another beside the one is no such half ("Scheele and
Lavoisier"): that is judged as typed. The names are the value's parts as generation
reads them (`value_split`): "the Food and Agriculture Organization" is one body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from trainer.core.answering.deck_answers import JOINERS
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.value_split import split_parts

__all__ = ["one_of_those_named"]

# Names are joined by "and" or "&" (commas before them too, "Britain, France and
# Russia"); a comma alone is no list ("Valdivia, Chile" says where Valdivia is).
_AND = re.compile(r"&|\band\b", re.IGNORECASE)
_MOST_NAMES = 4
# How alike the half typed is to the whole: close, never more.
_HALF = 0.75


def _a_name(text: str) -> bool:
    """Capitalised, after "the" or not: "Mexico", "the US"."""
    words = text.split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def one_of_those_named(
    accepted: Sequence[str], typed: str, judge: Callable[[str, str], Verdict]
) -> Verdict | None:
    """Close where `typed` is right for one of the names an accepted answer joins with
    "and" ("Scheele" for "Scheele and Priestley"), naming no other; None otherwise."""
    if JOINERS.search(typed) or "," in typed:
        return None  # two typed: one of them wrong or missing is judged as typed
    for answer in accepted:
        if not _AND.search(answer):
            continue
        names = [name for name in split_parts(answer.strip()) if name]
        if not 2 <= len(names) <= _MOST_NAMES or not all(map(_a_name, names)):
            continue
        for index, name in enumerate(names):
            verdict = judge(name, typed)
            if verdict.outcome in (Outcome.EXACT, Outcome.TYPO):
                missing = [f"'{other}'" for i, other in enumerate(names) if i != index]
                told = missing[0] if len(missing) == 1 else ", ".join(missing[:-1])
                told += " is missing" if len(missing) == 1 else f" and {missing[-1]} are missing"
                rule = f"one of those named: {told}"
                return replace(verdict, outcome=Outcome.CLOSE, similarity=_HALF, rule=rule)
    return None
