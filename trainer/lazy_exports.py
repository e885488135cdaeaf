"""A package's exports, imported from their modules on first use (PEP 562), as its stub lists them.

`trainer.store` and `trainer.engine` each name, in one place, what the layer above may use.
Importing every module behind those names cost the app's start-up about 10 ms (of 270
at 1,000 cards), mostly dataclasses built for statistics, imports and exams that a
sitting of review may never touch. So the package's `__init__.pyi` lists the exports as
imports (type checkers read it as they would the package), and its `__init__.py` calls
`lazy_exports`, which reads the same stub once and imports a name's module only when the
name is first asked for. The stub is the one list: nothing is written twice.

Setting TRAINER_EAGER_EXPORTS=1 imports everything at once, as before.
"""

from __future__ import annotations

import ast
import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

EAGER_VARIABLE = "TRAINER_EAGER_EXPORTS"


class StubError(ValueError):
    """The stub has something other than `from module import name as name` lines."""


def read_stub(stub: Path, package: str) -> dict[str, str]:
    """Each exported name, mapped to the module it comes from."""
    tree = ast.parse(stub.read_text(encoding="utf-8"), filename=str(stub))
    source_of: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        if not isinstance(node, ast.ImportFrom) or node.module is None:
            raise StubError(f"{stub}:{node.lineno}: only `from module import name` lines")
        if node.level > 1:
            raise StubError(f"{stub}:{node.lineno}: import from the package or absolutely")
        module = f"{package}.{node.module}" if node.level == 1 else node.module
        for alias in node.names:
            if alias.asname not in (None, alias.name):
                raise StubError(f"{stub}:{node.lineno}: {alias.name} is renamed")
            source_of[alias.name] = module
    return source_of


def lazy_exports(
    package: str, init_file: str, namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]], list[str]]:
    """`__getattr__`, `__dir__` and `__all__` for the package whose `__init__.py` is
    `init_file`, reading `__init__.pyi` beside it; `namespace` is the package's globals,
    where each name is kept once imported."""
    source_of = read_stub(Path(init_file).with_suffix(".pyi"), package)
    exported = sorted(source_of)

    def __getattr__(name: str) -> Any:
        try:
            module = source_of[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(exported))

    if os.environ.get(EAGER_VARIABLE):
        for name in exported:
            __getattr__(name)
    return __getattr__, __dir__, exported
