"""Guards the functional-core / imperative-shell split and the project's layout rules."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "trainer" / "core"
# Modules the core may import: the standard library, the core itself and these pure helpers
# (zstandard compresses bytes in memory: remembered YAML trees, `core/deck/tree_memo.py`;
# orjson parses the word list's JSON from bytes, `core/lexicon.py`).
ALLOWED_THIRD_PARTY_IN_CORE = {"yaml", "rapidfuzz", "spellchecker", "fsrs", "zstandard", "orjson"}
FORBIDDEN_IN_CORE = {"textual", "rich", "sqlite3", "platformdirs", "trainer.store", "trainer.tui"}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_source_never_imports_ui_or_io_modules() -> None:
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for name in _imported_modules(path):
            top = name.split(".")[0]
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_IN_CORE):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
            elif top not in sys.stdlib_module_names and top not in {"trainer"} | (
                ALLOWED_THIRD_PARTY_IN_CORE
            ):
                offenders.append(f"{path.relative_to(ROOT)} imports third-party {name}")
            elif top == "trainer" and not name.startswith("trainer.core"):
                offenders.append(f"{path.relative_to(ROOT)} imports shell module {name}")
    assert offenders == []


def test_importing_the_whole_core_loads_no_textual() -> None:
    # A fresh interpreter catches indirect imports that the static scan cannot see.
    modules = sorted(
        "trainer.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py"
    )
    script = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'sqlite3'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == ""


def test_every_module_opens_with_a_docstring() -> None:
    missing = []
    for path in sorted((ROOT / "trainer").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if ast.get_docstring(tree) is None:
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []


def test_no_module_grows_past_400_lines() -> None:
    big = [
        f"{p.relative_to(ROOT)} ({n} lines)"
        for p in sorted((ROOT / "trainer").rglob("*.py"))
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    ]
    assert big == []
