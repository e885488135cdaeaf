"""Tests for trainer.paths: platform folders by default, everything under TRAINER_HOME if set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from trainer import paths


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the platform folders at a temporary place so tests never touch the real home."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("TRAINER_HOME", raising=False)
    return tmp_path


def test_trainer_home_puts_everything_under_one_folder(tmp_path: Path) -> None:
    home = tmp_path / "course"
    env = {"TRAINER_HOME": str(home)}
    assert paths.collection_path(env) == home / "collection.sqlite"
    assert paths.backups_dir(env) == home / "backups"
    assert paths.settings_path(env) == home / "settings.toml"
    assert paths.cache_dir(env) == home / "cache"
    assert paths.data_dir(env) == home
    assert paths.config_dir(env) == home


def test_folders_are_created_on_demand(tmp_path: Path) -> None:
    home = tmp_path / "course"
    env = {"TRAINER_HOME": str(home)}
    assert paths.settings_path(env) == home / "settings.toml"
    assert not home.exists(), "the settings file's folder is only needed to write it"
    paths.collection_path(env)
    assert home.is_dir()
    assert not (home / "backups").exists()
    assert paths.backups_dir(env).is_dir()
    assert paths.cache_dir(env).is_dir()


def test_defaults_follow_platformdirs(xdg: Path) -> None:
    env: dict[str, str] = {}
    data = Path(platformdirs.user_data_dir("trainer", appauthor=False))
    config = Path(platformdirs.user_config_dir("trainer", appauthor=False))
    cache = Path(platformdirs.user_cache_dir("trainer", appauthor=False))
    assert data.is_relative_to(xdg), "the fixture must keep the test out of the real home"
    assert paths.collection_path(env) == data / "collection.sqlite"
    assert paths.backups_dir(env) == data / "backups"
    assert paths.settings_path(env) == config / "settings.toml"
    assert paths.cache_dir(env) == cache
    assert data.is_dir() and cache.is_dir()


def test_an_empty_trainer_home_counts_as_unset(xdg: Path) -> None:
    data = Path(platformdirs.user_data_dir("trainer", appauthor=False))
    assert paths.collection_path({"TRAINER_HOME": "  "}) == data / "collection.sqlite"


def test_trainer_home_expands_the_tilde(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    env = {"TRAINER_HOME": "~/studies"}
    assert paths.collection_path(env) == tmp_path / "studies" / "collection.sqlite"


def test_the_default_environment_is_os_environ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "from-env"))
    assert paths.collection_path() == tmp_path / "from-env" / "collection.sqlite"


def test_importing_creates_no_folder(tmp_path: Path) -> None:
    home = tmp_path / "untouched"
    subprocess.run(
        [sys.executable, "-c", "import trainer.paths, trainer.settings, trainer.store"],
        check=True,
        env={"TRAINER_HOME": str(home), "PATH": ""},
    )
    assert not home.exists()


def test_display_path_abbreviates_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    inside = tmp_path / ".config" / "trainer" / "settings.toml"
    assert paths.display_path(inside) == "~/.config/trainer/settings.toml"
    assert paths.display_path(Path("/elsewhere/x.toml")) == "/elsewhere/x.toml"
