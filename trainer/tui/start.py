"""Where the app opens: home, or straight at a deck's review or quiz (from the command line)."""

from __future__ import annotations

from typing import Literal

from trainer.core.records import record

Destination = Literal["home", "review", "quiz"]


@record
class StartAt:
    """The first screen to show; `deck` is a deck id or a deck file's path."""

    screen: Destination = "home"
    deck: str | None = None
    count: int = 20
