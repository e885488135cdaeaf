"""`record`: a frozen, slotted dataclass whose equality and hash are compiled when first used.

Python 3.11's `dataclasses` writes the source of six methods for every frozen class and
compiles each with its own `exec` (3.13 compiles them together). Trainer makes about 60
such classes before the first question and dozens more before a deck compiles, and that
compiling was most of the time their modules took to import, though most of those
classes are never compared, hashed or shown in a run.

A record is made by `dataclasses.dataclass` itself, which still writes `__init__` and the
two guards that keep it frozen. Its `__eq__` and `__hash__` are written as dataclasses
writes them, but only the first time one is called on the class (tuples of the fields,
so that they run as fast); `__repr__` is one function for every record. They behave as
the generated ones do: equal only to an instance of the very same class with equal
compared fields (`field(compare=False)` left out), hashed on the same fields, shown as
`Card(id='…', …)` without the fields marked `repr=False`. A class that writes one of them
keeps its own.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

_Class = TypeVar("_Class", bound=type)

# The fields `__repr__` shows, kept on each record's class.
_SHOWN = "_record_shown"


def _fields_tuple(instance: str, names: tuple[str, ...]) -> str:
    """Source of a tuple of `instance`'s fields: `(self.a, self.b,)`."""
    return "(" + "".join(f"{instance}.{name}," for name in names) + ")"


def _compiled(source: str, name: str) -> Callable[..., Any]:
    # Field names are identifiers of trainer's own classes, never outside text.
    scope: dict[str, Any] = {}
    exec(source, {}, scope)
    function: Callable[..., Any] = scope[name]
    return function


def _lazy_eq(owner: type, names: tuple[str, ...]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        compiled = _compiled(
            "def __eq__(self, other):\n"
            "    if other.__class__ is self.__class__:\n"
            f"        return {_fields_tuple('self', names)} == {_fields_tuple('other', names)}\n"
            "    return NotImplemented\n",
            "__eq__",
        )
        setattr(owner, "__eq__", compiled)  # noqa: B010 (mypy refuses a method assigned)
        return compiled(self, other)

    return __eq__


def _lazy_hash(owner: type, names: tuple[str, ...]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        compiled = _compiled(
            f"def __hash__(self):\n    return hash({_fields_tuple('self', names)})\n", "__hash__"
        )
        setattr(owner, "__hash__", compiled)  # noqa: B010
        result: int = compiled(self)
        return result

    return __hash__


@reprlib.recursive_repr()
def _record_repr(self: Any) -> str:
    cls = self.__class__
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in getattr(cls, _SHOWN))
    return f"{cls.__qualname__}({shown})"


def _make(cls: type, kw_only: bool) -> type:
    own = dict(cls.__dict__)
    made: type[Any] = dataclasses.dataclass(
        cls, frozen=True, slots=True, kw_only=kw_only, eq=False, repr=False
    )
    fields = dataclasses.fields(made)
    setattr(made, _SHOWN, tuple(f.name for f in fields if f.repr))
    if "__eq__" not in own:
        compared = tuple(f.name for f in fields if f.compare)
        setattr(made, "__eq__", _lazy_eq(made, compared))  # noqa: B010
    if "__repr__" not in own:
        setattr(made, "__repr__", _record_repr)  # noqa: B010
    # A class body that defines `__eq__` gets `__hash__ = None` from Python: that is not
    # a hash of its own, and dataclasses would add one, as this does.
    if own.get("__hash__") is None:
        hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
        setattr(made, "__hash__", _lazy_hash(made, hashed))  # noqa: B010
    return made


@overload
def record(cls: _Class, /) -> _Class: ...
@overload
def record(*, kw_only: bool = False) -> Callable[[_Class], _Class]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: Any = None, /, *, kw_only: bool = False) -> Any:
    """`@record` (or `@record(kw_only=True)`) on a class: what `@dataclass(frozen=True,
    slots=True)` makes of it, made faster (see the module's docstring)."""
    if cls is None:
        return lambda later: _make(later, kw_only)
    return _make(cls, kw_only)
