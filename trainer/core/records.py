"""`record`: a frozen, slotted dataclass whose methods are written when first used.

Python 3.11's `dataclasses` writes the source of six methods for every frozen class and
compiles each with its own `exec` (3.13 compiles them together). Trainer makes about 60
such classes before the first question and dozens more before a deck compiles, and that
compiling was most of the time their modules took to import, though most of those
classes are never compared, hashed or shown in a run.

A record is made by `dataclasses.dataclass` itself, which finds its fields, sets its slots
and answers `dataclasses.fields`, `replace` and `is_dataclass`; it writes none of the
methods. Its `__init__`, `__eq__` and `__hash__` are written as dataclasses writes them,
but only when first called or looked at (`inspect.signature` sees the real `__init__`,
and records of one shape share their code, byte-compiled for trainer's own records:
`record_init.py`); the two guards that keep it frozen are closures over the class, whose
code is compiled once, with this module; `__repr__` is one function for every record.
They behave as the generated ones do: the same parameters and defaults, a field
assigned or deleted raising `FrozenInstanceError`, equal only to an instance of the very
same class with equal compared fields (`field(compare=False)` left out), hashed on the
same fields, shown as `Card(id='…', …)` without the fields marked `repr=False`. A class
that writes one of them keeps its own. `__dataclass_params__.frozen` is False, as
dataclasses would refuse a frozen class that sets its own guards.
"""

from __future__ import annotations

import dataclasses
import inspect
import reprlib
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

from trainer.core.record_init import check_defaults_order, written_init, written_method

_Class = TypeVar("_Class", bound=type)

# The fields `__repr__` shows, kept on each record's class.
_SHOWN = "_record_shown"


def _lazy_eq(owner: type, names: tuple[str, ...]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        written = written_method(owner, "__eq__", names)
        setattr(owner, "__eq__", written)  # noqa: B010 (mypy refuses a method assigned)
        return written(self, other)

    return __eq__


def _lazy_hash(owner: type, names: tuple[str, ...]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        written = written_method(owner, "__hash__", names)
        setattr(owner, "__hash__", written)  # noqa: B010
        result: int = written(self)
        return result

    return __hash__


@reprlib.recursive_repr()
def _record_repr(self: Any) -> str:
    cls = self.__class__
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in getattr(cls, _SHOWN))
    return f"{cls.__qualname__}({shown})"


class _LazyInit:
    """A record's `__init__` until it is first called or looked at: it compiles the real
    one then, puts it on the class in its own place, and hands that on."""

    def __init__(self, owner: type) -> None:
        self._owner = owner

    def __get__(self, instance: object, kind: type | None = None) -> Any:
        owner = self._owner
        init = written_init(owner, dataclasses.fields(owner), hasattr(owner, "__post_init__"))
        type.__setattr__(owner, "__init__", init)
        return init if instance is None else init.__get__(instance, kind)


def _frozen_guards(owner: type[Any]) -> None:
    """`__setattr__` and `__delattr__` that refuse a field, as a frozen dataclass's do."""
    names = frozenset(f.name for f in dataclasses.fields(owner))

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is owner or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(owner, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is owner or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(owner, self).__delattr__(name)

    for method in (__setattr__, __delattr__):
        method.__qualname__ = f"{owner.__qualname__}.{method.__name__}"
        setattr(owner, method.__name__, method)


def _record_getstate(self: Any) -> list[Any]:
    # What dataclasses gives a frozen slotted class, so that pickle can set its fields.
    return [getattr(self, f.name) for f in dataclasses.fields(self)]


def _record_setstate(self: Any, state: list[Any]) -> None:
    for f, value in zip(dataclasses.fields(self), state, strict=False):
        object.__setattr__(self, f.name, value)


def _takes_init_vars(cls: type) -> bool:
    annotations = inspect.get_annotations(cls)
    return any("InitVar" in str(annotation) for annotation in annotations.values())


def _make(cls: type, kw_only: bool) -> type:
    own = dict(cls.__dict__)
    for name in ("__setattr__", "__delattr__"):
        if name in own:
            raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
    # An `InitVar` is passed on to `__post_init__`: rare enough to leave to dataclasses.
    eager = _takes_init_vars(cls)
    if not eager and not own.get("__doc__"):
        # dataclasses would read the signature of a class with no `__init__` yet (the
        # first such read tokenizes `object`'s text signature: 12 ms); the doc is made
        # below, from the real `__init__`.
        cls.__doc__ = cls.__name__
    made: type[Any] = dataclasses.dataclass(
        cls,
        init=eager,
        frozen=eager,
        slots=True,
        kw_only=kw_only,
        eq=False,
        repr=False,
    )
    fields = dataclasses.fields(made)
    if not eager:
        check_defaults_order(fields)
        _frozen_guards(made)
        if "__getstate__" not in own:
            setattr(made, "__getstate__", _record_getstate)  # noqa: B010
        if "__setstate__" not in own:
            setattr(made, "__setstate__", _record_setstate)  # noqa: B010
        if "__init__" not in own:
            type.__setattr__(made, "__init__", _LazyInit(made))
        if not own.get("__doc__"):
            # dataclasses shows the signature as the doc of a class without one.
            signature = str(inspect.signature(made)).replace(" -> None", "")
            made.__doc__ = made.__name__ + signature
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
