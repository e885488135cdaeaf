"""A power said either way round: "the distance cubed" is "the cube of the distance".

Science answers say a power in words two ways, and a learner may use the other one:
"its mean distance from the Sun cubed" for "the cube of its mean distance from the
Sun", "the square of the speed" for "the speed squared". The typed answer is written
the answer's way round before it is compared, so that each word is judged as ever: "the
distance squared" for "the cube of the distance" stays another power.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.answering.normalise import fold

# The power's noun ("the cube of …") and its past participle ("… cubed").
_POWERS = {"square": "squared", "cube": "cubed"}
_NOUN_FIRST = re.compile(r"^(?:the\s+)?(square|cube)\s+of\s+(?P<rest>.+)$", re.IGNORECASE)
_PARTICIPLE_LAST = re.compile(r"^(?P<rest>.+?)\s+(squared|cubed)\s*[.!]?$", re.IGNORECASE)


def powers_as_the_answer_says(accepted: Sequence[str], typed: str) -> str:
    """`typed`, with a power written the other way round from every accepted answer that
    says one written as the answer writes it; `typed` itself otherwise."""
    said = [fold(text) for text in accepted]
    typed = typed.strip()
    if (found := _PARTICIPLE_LAST.match(typed)) is not None:
        noun = next(n for n, p in _POWERS.items() if p == found[2].casefold())
        if any(re.match(rf"(?:the )?{noun} of ", text) for text in said):
            return f"the {noun} of {found['rest']}"
    elif (found := _NOUN_FIRST.match(typed)) is not None:
        participle = _POWERS[found[1].casefold()]
        if any(text.endswith(f" {participle}") for text in said):
            return f"{found['rest']} {participle}"
    return typed
