"""Pausing Python's cyclic garbage collector while a bulk step builds many acyclic objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector off for the duration, and restore it after."""
    # Composing a deck, or loading one back, builds hundreds of thousands of small objects
    # and no cycles; the cyclic collector would otherwise run over them again and again,
    # tripling the time taken. Reference counting still frees what is dropped.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
