"""Empties the core's bounded memo caches once a compile no longer needs what they hold."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

_PACKAGE = "trainer.core."


def bounded_memo_caches() -> list[Callable[..., Any]]:
    """Every bounded memo (`functools.lru_cache` with a size) defined in a loaded module of
    the core. Unbounded ones (`functools.cache`) are left out: they hold what a process
    keeps on purpose, such as the word list in use, not what a compile happened to ask."""
    found: list[Callable[..., Any]] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith(_PACKAGE) or module is None:
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if (
                callable(info)
                and callable(getattr(value, "cache_clear", None))
                and getattr(value, "__module__", None) == name
                and info().maxsize is not None
            ):
                found.append(value)
    return found


def clear_memo_caches() -> None:
    """Empty every bounded memo of the core.

    A compile fills them with the deck's own strings (folded values, answer words, option
    classes): at 100,000 cards, tens of thousands of entries, about 8 MB, that nothing
    after the compile reads again. Emptied before the cards are encoded and written, their
    memory holds the rows instead of adding to the peak. They refill as they are used.
    """
    for memo in bounded_memo_caches():
        memo.cache_clear()  # type: ignore[attr-defined]
