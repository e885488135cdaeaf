"""The wheel an installed user gets: the docs the tutorial cites, the LICENSE, the export stubs."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_license_file_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "The trainer developers" in text


def test_the_wheel_ships_the_docs_and_the_license(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if built.returncode != 0 and "No matching distribution" in built.stderr:
        pytest.skip("no package index to fetch the build backend from")
    assert built.returncode == 0, built.stderr
    [wheel] = tmp_path.glob("trainer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for doc in sorted((ROOT / "docs").glob("*.md")):
        assert f"trainer/docs/{doc.name}" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names), sorted(names)
    assert "trainer/decks/tutorial.yaml" in names
    # Without its stub, a package whose exports load lazily cannot be imported at all.
    assert {"trainer/store/__init__.pyi", "trainer/engine/__init__.pyi"} <= names
