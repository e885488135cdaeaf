"""Pausing Python's cyclic garbage collector while a bulk step or a start-up builds many objects."""

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


# Whether `pause_for_start_up` turned the collector off (and `resume_after_start_up` has
# yet to turn it back on).
_paused_for_start_up = False


def pause_for_start_up() -> None:
    """Keep the cyclic collector off while a process starts its app, until
    `resume_after_start_up`.

    Importing the app and mounting its first screen make a few hundred thousand objects
    that live as long as the process; the collector would walk them over and over while
    they are made (about 40 ms of a 450 ms start to the first question, measured), and
    find next to nothing to free.
    """
    global _paused_for_start_up  # one start-up per process
    if gc.isenabled():
        gc.disable()
        _paused_for_start_up = True


def resume_after_start_up() -> None:
    """Free what start-up left in cycles, set the rest apart for good (`gc.freeze`: the
    collector never walks it again) and turn the collector back on. Nothing happens if
    `pause_for_start_up` did not turn it off, or if this ran already."""
    global _paused_for_start_up  # one start-up per process
    if not _paused_for_start_up:
        return
    _paused_for_start_up = False
    gc.collect()
    gc.freeze()
    gc.enable()
