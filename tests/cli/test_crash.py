"""Tests for trainer.cli.crash and main()'s safety net: one line and a crash file, no traceback."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from trainer.cli import EXIT_INTERRUPTED, main
from trainer.cli.crash import EXIT_INTERNAL_ERROR, MESSAGE_LIMIT, crash_line


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path))
    return tmp_path


def break_settings_command(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Make `trainer settings` raise `error`, as a bug would."""
    from trainer.cli import settings_commands

    def broken(args: argparse.Namespace) -> int:
        raise error

    monkeypatch.setattr(settings_commands, "run_settings", broken)


def test_an_unexpected_error_is_one_line_and_a_crash_file(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    break_settings_command(monkeypatch, RuntimeError("boom\x1b[2J\nsecond line"))
    assert main(["settings"]) == EXIT_INTERNAL_ERROR
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("trainer: internal error: RuntimeError: boom\\x1b[2J\\nsecond line (")
    crash_files = list((home / "cache").glob("crash-*.txt"))
    assert len(crash_files) == 1 and f"details in {crash_files[0]})" in err
    details = crash_files[0].read_text(encoding="utf-8")
    assert "Traceback" in details and "RuntimeError" in details and "\x1b" not in details
    assert "command: trainer settings" in details


def test_ctrl_c_is_not_taken_for_a_bug(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    break_settings_command(monkeypatch, KeyboardInterrupt())
    assert main(["settings"]) == EXIT_INTERRUPTED
    assert "internal error" not in capsys.readouterr().err
    assert not (home / "cache").exists() or not list((home / "cache").glob("crash-*"))


def test_a_crash_file_that_cannot_be_written_still_gives_one_line(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainer.cli import crash

    def unwritable() -> Path:
        return home / "no" / "such" / "folder"

    monkeypatch.setattr(crash, "crash_folder", unwritable)
    break_settings_command(monkeypatch, ValueError("bad"))
    assert main(["settings"]) == EXIT_INTERNAL_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("trainer: internal error: ValueError: bad (no details saved: ")


def test_a_long_message_is_cut() -> None:
    line = crash_line(ValueError("x" * 10_000), "details in f")
    assert len(line) < MESSAGE_LIMIT + 100 and "…" in line
