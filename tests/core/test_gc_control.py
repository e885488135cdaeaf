"""Pausing the cyclic garbage collector for bulk steps and for an app's start-up."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from trainer.core import gc_control
from trainer.core.gc_control import gc_paused, pause_for_start_up, resume_after_start_up


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    """Each test leaves the collector on, nothing frozen and no start-up pause pending."""
    yield
    gc_control._paused_for_start_up = False
    gc.unfreeze()
    gc.enable()


def test_a_bulk_step_runs_with_the_collector_off_and_restores_it() -> None:
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_start_up_turns_the_collector_off_until_it_is_resumed() -> None:
    pause_for_start_up()
    assert not gc.isenabled()
    resume_after_start_up()
    assert gc.isenabled()


def test_resuming_frees_what_start_up_left_in_cycles_and_freezes_the_rest() -> None:
    pause_for_start_up()

    class Node:
        other: object = None

    cycle = Node()
    cycle.other = cycle
    lost = weakref.ref(cycle)
    del cycle
    assert lost() is not None  # only the cyclic collector can free it
    frozen_before = gc.get_freeze_count()
    resume_after_start_up()
    assert lost() is None
    assert gc.get_freeze_count() > frozen_before


def test_resuming_without_a_pause_changes_nothing() -> None:
    gc.disable()
    resume_after_start_up()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0
    gc.enable()
    resume_after_start_up()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_already_off_stays_off_after_start_up() -> None:
    gc.disable()
    pause_for_start_up()
    resume_after_start_up()
    assert not gc.isenabled()


def test_start_up_resumes_once() -> None:
    pause_for_start_up()
    resume_after_start_up()
    gc.disable()  # by someone else, later
    resume_after_start_up()
    assert not gc.isenabled()
