"""Starting the app from the command line: the collector is paused only while it starts."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator

import pytest

from trainer.cli import study_commands
from trainer.cli.study_commands import build_app
from trainer.core.gc_control import pause_for_start_up, resume_after_start_up
from trainer.tui.app import TrainerApp
from trainer.tui.start import StartAt


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    yield
    resume_after_start_up()
    gc.unfreeze()
    gc.enable()


def test_the_app_is_built_with_the_collector_paused_for_its_start() -> None:
    app = build_app(StartAt("review", "some-deck"))
    assert isinstance(app, TrainerApp)
    assert not gc.isenabled()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _QuitAtOnce:
    """An app that ends before its start-up timer could turn the collector back on."""

    return_code = 0

    def run(self) -> None:
        assert not gc.isenabled()


def test_an_app_that_ends_early_leaves_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    def built(start: StartAt) -> _QuitAtOnce:
        pause_for_start_up()
        return _QuitAtOnce()

    monkeypatch.setattr(study_commands, "build_app", built)
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("sys.stdout", _Terminal())
    monkeypatch.setenv("TERM", "xterm")
    assert study_commands._launch(StartAt()) == 0
    assert gc.isenabled()
