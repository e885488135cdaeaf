"""The store's and the engine's exports: listed once, in a stub, and imported on first use."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from trainer.lazy_exports import EAGER_VARIABLE, StubError, read_stub

FACADES = ["trainer.store", "trainer.engine"]


def _package(name: str) -> ModuleType:
    return importlib.import_module(name)


@pytest.mark.parametrize("name", FACADES)
def test_every_listed_name_is_the_object_its_module_defines(name: str) -> None:
    package = _package(name)
    assert package.__file__ is not None
    source_of = read_stub(Path(package.__file__).with_suffix(".pyi"), name)
    assert package.__all__ == sorted(source_of)
    for exported, module in source_of.items():
        assert getattr(package, exported) is getattr(importlib.import_module(module), exported)


@pytest.mark.parametrize("name", FACADES)
def test_no_exported_name_is_also_a_submodule(name: str) -> None:
    # Importing a submodule sets it as the package's attribute, which would hide the export.
    package = _package(name)
    assert package.__file__ is not None
    folder = Path(package.__file__).parent
    submodules = {path.stem for path in folder.glob("*.py")} | {
        path.parent.name for path in folder.glob("*/__init__.py")
    }
    assert set(package.__all__) & submodules == set()


@pytest.mark.parametrize("name", FACADES)
def test_a_name_not_listed_is_an_attribute_error(name: str) -> None:
    with pytest.raises(AttributeError, match="no attribute 'not_exported'"):
        _ = _package(name).not_exported


def test_dir_lists_the_exports_before_they_are_imported() -> None:
    assert {"Engine", "StudySession", "CardStatus"} <= set(dir(_package("trainer.engine")))


def test_the_stub_may_import_from_the_package_relatively_or_absolutely(tmp_path: Path) -> None:
    stub = tmp_path / "__init__.pyi"
    stub.write_text(
        '"""Exports."""\n\nfrom .cards import Card as Card\n'
        "from other.place import Thing as Thing\n",
        encoding="utf-8",
    )
    assert read_stub(stub, "pkg") == {"Card": "pkg.cards", "Thing": "other.place"}


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("from .cards import Card as Other\n", "Card is renamed"),
        ("import os\n", "only `from module import name` lines"),
        ("x = 1\n", "only `from module import name` lines"),
        ("from ..up import Card as Card\n", "import from the package or absolutely"),
    ],
)
def test_a_stub_line_that_is_not_an_export_is_refused_with_its_place(
    tmp_path: Path, line: str, problem: str
) -> None:
    stub = tmp_path / "__init__.pyi"
    stub.write_text('"""Exports."""\n\n' + line, encoding="utf-8")
    with pytest.raises(StubError, match=f"__init__.pyi:3: {problem}"):
        read_stub(stub, "pkg")


def test_eager_exports_import_every_module_at_once() -> None:
    script = (
        "import sys\n"
        "import trainer.store\n"
        "print('trainer.store.stats' in sys.modules, 'trainer.store.imports' in sys.modules)\n"
    )
    lazy = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    eager = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, EAGER_VARIABLE: "1"},
    ).stdout.split()
    assert lazy == ["False", "False"]
    assert eager == ["True", "True"]
