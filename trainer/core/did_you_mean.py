"""'Did you mean' suggestions for misspelt keys, values and ids."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the closest candidate, or '' when none is close."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{matches[0]}'?)" if matches else ""


def slugify(text: str) -> str:
    """The slug a careless id most likely meant: 'Lipetsk 1926' becomes 'lipetsk-1926'."""
    slug = re.sub(r"[^a-z0-9_-]+", "-", text.strip().lower())
    return slug.strip("-_")
