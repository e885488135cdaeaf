"""`trainer settings`: shows the file's path and values; --init writes the template once."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.cli import main


def test_settings_lists_defaults_and_init_writes_a_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path))
    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    assert "not created yet" in out and "new_per_day = 20" in out
    assert main(["settings", "--init"]) == 0
    assert "# new_per_day = 20" in (tmp_path / "settings.toml").read_text(encoding="utf-8")
    (tmp_path / "settings.toml").write_text("new_per_day = 5\n", encoding="utf-8")
    assert main(["settings", "--init"]) == 0  # an existing file is left alone
    assert "new_per_day = 5" in capsys.readouterr().out


def test_a_bad_setting_is_named_with_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path))
    (tmp_path / "settings.toml").write_text('new_per_day = "lots"\n', encoding="utf-8")
    assert main(["settings"]) == 1
    err = capsys.readouterr().err
    assert 'settings.toml: new_per_day: expected a whole number from 0 to 10000, got "lots"' in err
