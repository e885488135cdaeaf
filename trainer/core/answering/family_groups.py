"""A family named by its surname in the plural: "the Wrights" for "the Wright brothers".

Kin named together by their surname and what they are to each other ("the Wright
brothers", "the Brontë sisters", "the Medici family") are as often named by the surname
alone in the plural, "the Wrights", "the Brontës", "the Medicis".
"""

from __future__ import annotations

import re

_KIN_GROUP = re.compile(
    r"(?:the\s+)?(?P<surname>[^\W\d_][\w'’-]*)\s+(?:brothers|sisters|family|twins)",
    re.IGNORECASE,
)


def family_by_plural(answer: str) -> str | None:
    """`answer`'s kin by their surname in the plural, for kin named by surname and how
    they are related ("the Wright brothers" → "the Wrights"); None for any other answer."""
    found = _KIN_GROUP.fullmatch(answer.strip())
    if found is None or not found["surname"][0].isupper():
        return None
    surname = found["surname"]
    plural = f"{surname}es" if surname.endswith(("s", "sh", "ch", "x", "z")) else f"{surname}s"
    return f"the {plural}"
