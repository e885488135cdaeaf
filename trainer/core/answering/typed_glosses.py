"""A gloss typed in brackets after an answer: "mens rea (guilty mind)", "Darwin (naturalist)".

A learner who adds what the answer means or what the person was, in brackets, has
given the answer; the gloss is not weighed as words of the answer ("'guilty' is an
extra word"). Only words in small letters count as a gloss: a name in brackets is
another answer beside it ("Canberra (Sydney)"), and "or" or "not" makes a hedge or a
denial, which grading reads on its own.
"""

from __future__ import annotations

import re

_GLOSS = re.compile(r"\s*\(([^()]*)\)\s*$")
_GLOSS_WORDS = re.compile(r"[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,7}")
_NOT_GLOSSES = frozenset({"or", "not", "nor", "either"})


def without_gloss(typed: str) -> str | None:
    """`typed` without a gloss in brackets at its end; None where it has none."""
    found = _GLOSS.search(typed)
    if found is None or not typed[: found.start()].strip():
        return None
    gloss = found.group(1).strip()
    if not _GLOSS_WORDS.fullmatch(gloss) or not _NOT_GLOSSES.isdisjoint(gloss.split()):
        return None
    return typed[: found.start()]
