"""Starting the app from the command line: the collector is paused only while it starts."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator
from pathlib import Path

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
    crashed: Exception | None = None

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


class _Crashed(_QuitAtOnce):
    """An app that a bug ended (see `TrainerApp._handle_exception`)."""

    return_code = 70
    crashed: Exception | None = ValueError("\x1b[31mdeck text in a bug's message")


def test_a_bug_that_ends_the_app_is_reported_in_one_line_with_a_crash_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def built(start: StartAt) -> _Crashed:
        pause_for_start_up()
        return _Crashed()

    monkeypatch.setattr(study_commands, "build_app", built)
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("sys.stdout", _Terminal())
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path))
    assert study_commands._launch(StartAt()) == 70
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("trainer: internal error: ValueError: \\x1b[31mdeck text")
    assert "details in" in line and "\x1b" not in line


def test_the_app_keeps_a_bug_for_the_command_line_instead_of_printing_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = build_app(StartAt())
    exits: list[int | None] = []
    monkeypatch.setattr(TrainerApp, "is_headless", property(lambda self: False))
    monkeypatch.setattr(
        app, "exit", lambda result=None, return_code=0, message=None: exits.append(return_code)
    )
    error = RuntimeError("boom")
    app._handle_exception(error)
    app._handle_exception(KeyError("later"))  # the first bug is the one reported
    assert app.crashed is error and exits == [70, 70]
