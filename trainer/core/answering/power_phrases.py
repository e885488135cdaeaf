"""A power said either way round: "the distance cubed" is "the cube of the distance".

Science answers say a power in words two ways, and a learner may use the other one:
"its mean distance from the Sun cubed" for "the cube of its mean distance from the
Sun", "the square of the speed" for "the speed squared". The typed answer is written
the answer's way round before it is compared, so that each word is judged as ever: "the
distance squared" for "the cube of the distance" stays another power.
"""

from __future__ import annotations

import re

from trainer.core.answering.normalise import fold

# The power's noun ("the cube of …") and its past participle ("… cubed").
_POWERS = {"square": "squared", "cube": "cubed"}
_NOUN_FIRST = re.compile(r"^(?:the\s+)?(square|cube)\s+of\s+(?P<rest>.+)$", re.IGNORECASE)
_PARTICIPLE_LAST = re.compile(r"^(?P<rest>.+?)\s+(squared|cubed)\s*[.!]?$", re.IGNORECASE)


def powers_as_the_answer_says(expected: str, typed: str) -> str:
    """`typed`, with a power written the other way round from `expected` written as it
    writes it; `typed` itself otherwise (most answers, told at a glance)."""
    if "square" not in (folded := typed.casefold()) and "cube" not in folded:
        return typed
    stripped = typed.strip()
    if (found := _PARTICIPLE_LAST.match(stripped)) is not None:
        noun = next(n for n, p in _POWERS.items() if p == found[2].casefold())
        if re.match(rf"(?:the )?{noun} of ", fold(expected)):
            return f"the {noun} of {found['rest']}"
    elif (found := _NOUN_FIRST.match(stripped)) is not None:
        participle = _POWERS[found[1].casefold()]
        if fold(expected).endswith(f" {participle}"):
            return f"{found['rest']} {participle}"
    return typed
