"""Settings for the whole suite: property tests judge results, never speed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from trainer.core.deck import tree_memo, yaml_source
from trainer.core.deck.yaml_source import YamlDocument

# CI machines are shared and noisy; a slow example is not a failing one. Timing targets
# live in bench/, not here.
settings.register_profile("trainer", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("trainer")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private TRAINER_HOME (not created yet) and the real clock: nothing of the
    developer's own collection or environment leaks into a test."""
    folder = tmp_path / "home"
    monkeypatch.setenv("TRAINER_HOME", str(folder))
    monkeypatch.delenv("TRAINER_NOW", raising=False)
    return folder


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every deck file parsed from now on (not rebuilt or replayed from a
    compile's memo, see `trainer.core.deck.tree_memo` and `file_memo`), in the order
    parsed."""
    names: list[str] = []
    parse = tree_memo.parse_yaml

    def counting(data: bytes, path: str) -> YamlDocument:
        names.append(Path(path).name)
        return parse(data, path)

    monkeypatch.setattr(tree_memo, "parse_yaml", counting)
    monkeypatch.setattr(yaml_source, "parse_yaml", counting)
    return names
