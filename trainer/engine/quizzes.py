"""Drawing a quiz: the seed its questions are drawn by, the same for the app and line mode."""

from __future__ import annotations

import zlib
from datetime import datetime


def quiz_seed(moment: datetime, deck_id: str | None, tags: tuple[str, ...], count: int) -> int:
    """A seed from the engine's clock and what the quiz draws from: a fixed clock draws
    the same quiz, whichever of the app and line mode asks it."""
    key = f"{moment.isoformat()}|{deck_id}|{','.join(tags)}|{count}"
    return zlib.crc32(key.encode("utf-8"))
