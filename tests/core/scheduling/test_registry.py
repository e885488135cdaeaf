"""The scheduler registry: every name known at once, each scheduler's module imported on use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from trainer.core.scheduling import registry
from trainer.core.scheduling.registry import scheduler_named, scheduler_names
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER

ROOT = Path(__file__).resolve().parents[3]

# Checked in a fresh interpreter: the test process has imported FSRS long before.
_LAZY_FSRS = """
import sys
from trainer.core.scheduling.registry import scheduler_named, scheduler_names
from trainer.settings import RULES
assert scheduler_named("sm2").name == "sm2"
assert "fsrs" in scheduler_names() and "fsrs" in RULES["scheduler"].choices
assert "fsrs" not in sys.modules, "FSRS was imported before it was asked for"
assert scheduler_named("fsrs").name == "fsrs"
assert "fsrs" in sys.modules
"""


def test_fsrs_is_imported_only_when_asked_for() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _LAZY_FSRS], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_a_scheduler_asked_for_twice_is_the_same_one() -> None:
    assert scheduler_named("fsrs") is scheduler_named("fsrs")
    assert scheduler_named("sm2") is SM2_SCHEDULER


def test_a_scheduler_registered_later_is_named_and_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.SCHEDULERS, "copy", SM2_SCHEDULER)
    assert scheduler_names() == ("sm2", "fsrs", "copy")
    assert scheduler_named("copy") is SM2_SCHEDULER
