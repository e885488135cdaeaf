"""A record's `__init__`, `__eq__` and `__hash__`, written as `dataclasses` writes them.

Compiling a function takes a few hundred microseconds, and a process builds dozens of
record classes for the first time just when it should answer at once (the first card of
a sitting). Most records take each field as a plain argument, with or without a default:
their `__init__` is the same code for every class with as many fields, names aside, and
so are their `__eq__` and `__hash__`. That code is byte-compiled with the package for the
shapes trainer's records have (`record_shapes`, generated) and compiled once per shape
for any other; each class gets a copy with its own names (`CodeType.replace`). Any other
`__init__` (a factory, a field left out of it) is written out and compiled.
"""

from __future__ import annotations

import builtins
import dataclasses
from collections.abc import Callable, Iterable
from functools import cache
from types import CodeType, FunctionType
from typing import Any

from trainer.core import record_shapes

Fields = tuple[dataclasses.Field[Any], ...]


class _FactorySentinel:
    """The default shown for a field made by a factory, as dataclasses shows it."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _FactorySentinel()


# The generated code's own names are dunders, as dataclasses' are, so that no field's name
# (an argument, hence a local) hides one: a field may be called `self` or `set`.
_SET, _FACTORY_NAME = "__record_set__", "__record_factory__"


def _self_name(fields: Fields) -> str:
    """What `__init__` calls its instance: `self`, unless a field is called that."""
    return "__record_self__" if any(f.name == "self" for f in fields) else "self"


def _init_source(fields: Fields, post_init: bool) -> tuple[str, dict[str, Any]]:
    """The source of `__init__` for `fields`, as dataclasses writes it for a frozen slotted
    class, and the globals it reads (defaults, factories)."""
    scope: dict[str, Any] = {_SET: object.__setattr__, _FACTORY_NAME: _FACTORY}
    me = _self_name(fields)
    positional: list[str] = []
    keywords: list[str] = []
    body: list[str] = []
    for f in fields:
        default, factory = f"__record_default_{f.name}__", f"__record_make_{f.name}__"
        if f.default_factory is not dataclasses.MISSING:
            scope[factory] = f.default_factory
            if f.init:
                value = f"{factory}() if {f.name} is {_FACTORY_NAME} else {f.name}"
                parameter = f"{f.name}={_FACTORY_NAME}"
            else:
                value = f"{factory}()"
        elif f.default is not dataclasses.MISSING:
            scope[default] = f.default
            value, parameter = (f.name, f"{f.name}={default}") if f.init else (default, "")
        else:
            if not f.init:
                continue  # nothing to set: reading it raises AttributeError, as with slots
            value, parameter = f.name, f.name
        body.append(f"    {_SET}({me}, {f.name!r}, {value})")
        if f.init:
            (keywords if f.kw_only else positional).append(parameter)
    if post_init:
        body.append(f"    {me}.__post_init__()")
    parameters = [me, *positional, *(["*", *keywords] if keywords else [])]
    lines = [f"def __init__({', '.join(parameters)}):", *(body or ["    pass"])]
    return "\n".join(lines) + "\n", scope


def check_defaults_order(fields: Fields) -> None:
    """Refuse, at once, a field without a default after one with a default, as
    dataclasses does (the `__init__` written later could not be compiled)."""
    seen_default = False
    for f in fields:
        if not f.init or f.kw_only:
            continue
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            if seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        else:
            seen_default = True


def written_init(owner: type, fields: Fields, post_init: bool) -> Callable[..., None]:
    """`owner`'s `__init__` for `fields`, calling `__post_init__` after if `post_init`."""
    plain = all(f.init and f.default_factory is dataclasses.MISSING for f in fields)
    if plain and _self_name(fields) == "self":
        init = _renamed_init(fields, post_init)
    else:
        source, scope = _init_source(fields, post_init)
        exec(source, scope)  # field names are identifiers of trainer's own classes
        init = scope["__init__"]
    init.__qualname__ = f"{owner.__qualname__}.__init__"
    init.__module__ = owner.__module__
    init.__annotations__ = {f.name: f.type for f in fields if f.init} | {"return": None}
    return init


# Names that no field can have (a field's name never starts with two underscores and a
# digit), standing in for the fields' names in the shared code.
def _stand_in(index: int) -> str:
    return f"__{index}"


def shape_name(positional: int, keywords: int, post_init: bool) -> str:
    """The name of the shape's `__init__` in `trainer.core.record_shapes`."""
    return f"init_{positional}_{keywords}" + ("_post" if post_init else "")


@cache
def _shared_code(positional: int, keywords: int, post_init: bool) -> CodeType:
    """The code of an `__init__` taking `positional` then `keywords` fields, stand-ins for
    their names: byte-compiled with the package for the shapes trainer's records have,
    else compiled once for every record of that shape."""
    return _written_code(
        shape_name(positional, keywords, post_init),
        lambda: compiled_shared_code(positional, keywords, post_init),
    )


def _written_code(name: str, compiled: Callable[[], CodeType]) -> CodeType:
    """The code of the function `name` in `record_shapes`, or else `compiled()`."""
    written: Any = getattr(record_shapes, name, None)
    if written is None:
        return compiled()
    code: CodeType = written.__code__
    return code


def shared_source(positional: int, keywords: int, post_init: bool) -> str:
    """The source of the shared `__init__` of that shape (stand-ins for the names)."""
    fields = []
    for index in range(positional + keywords):
        stand_in = dataclasses.field(kw_only=index >= positional)
        stand_in.name = _stand_in(index)
        fields.append(stand_in)
    source, _ = _init_source(tuple(fields), post_init)
    return source


def compiled_shared_code(positional: int, keywords: int, post_init: bool) -> CodeType:
    """`shared_source` of that shape, compiled here."""
    scope: dict[str, Any] = {_SET: object.__setattr__, _FACTORY_NAME: _FACTORY}
    exec(shared_source(positional, keywords, post_init), scope)
    code: CodeType = scope["__init__"].__code__
    return code


def _fields_tuple(instance: str, count: int) -> str:
    """Source of a tuple of `count` of `instance`'s fields: `(self.__0, self.__1,)`."""
    return "(" + "".join(f"{instance}.{_stand_in(index)}," for index in range(count)) + ")"


def method_source(method: str, count: int) -> str:
    """The source of a record's `__eq__` or `__hash__` over `count` fields (stand-ins for
    their names), as dataclasses writes it."""
    if method == "__eq__":
        return (
            "def __eq__(self, other):\n"
            "    if other.__class__ is self.__class__:\n"
            f"        return {_fields_tuple('self', count)} == {_fields_tuple('other', count)}\n"
            "    return NotImplemented\n"
        )
    if method == "__hash__":
        return f"def __hash__(self):\n    return hash({_fields_tuple('self', count)})\n"
    raise ValueError(method)


def method_name(method: str, count: int) -> str:
    """The name of that method's code in `trainer.core.record_shapes`."""
    return f"{method.strip('_')}_{count}"


@cache
def _shared_method_code(method: str, count: int) -> CodeType:
    return _written_code(method_name(method, count), lambda: compiled_method_code(method, count))


def compiled_method_code(method: str, count: int) -> CodeType:
    """`method_source` of that method and count, compiled here."""
    scope: dict[str, Any] = {}
    exec(method_source(method, count), scope)
    code: CodeType = scope[method].__code__
    return code


def written_method(owner: type, method: str, names: tuple[str, ...]) -> Callable[..., Any]:
    """`owner`'s `__eq__` or `__hash__` over the fields `names`."""
    shared = _shared_method_code(method, len(names))
    renamed = {_stand_in(index): name for index, name in enumerate(names)}
    code = shared.replace(co_names=tuple(renamed.get(name, name) for name in shared.co_names))
    function = FunctionType(code, {"__builtins__": builtins}, method)
    function.__qualname__ = f"{owner.__qualname__}.{method}"
    function.__module__ = owner.__module__
    return function


def shapes_module_text(
    shapes: Iterable[tuple[int, int, bool]], compared: Iterable[int], hashed: Iterable[int]
) -> str:
    """The text of `trainer.core.record_shapes` holding the `__init__` of `shapes`, and
    `__eq__` and `__hash__` over as many fields as `compared` and `hashed` list."""
    parts = [
        '"""Generated by tests/core/test_record_shapes.py: the shared `__init__`, `__eq__` and',
        "`__hash__` of every record shape trainer defines, byte-compiled with the package (see",
        "`record_init`).",
        "",
        "Never called as they are: `record_init` gives each record its own copy of the code,",
        'with the fields\' names and its own globals."""',
        "",
        "# mypy: ignore-errors",
        "",
        "from __future__ import annotations",
        "",
        f"{_SET} = object.__setattr__",
    ]
    # One blank line between functions (the module is not formatted): its length grows
    # with the shapes records have, and stays within a module's.
    for shape in sorted(set(shapes)):
        source = shared_source(*shape).rstrip("\n")
        parts += ["", source.replace("def __init__(", f"def {shape_name(*shape)}(", 1)]
    for method, counts in (("__eq__", compared), ("__hash__", hashed)):
        for count in sorted(set(counts)):
            source = method_source(method, count).rstrip("\n")
            parts += ["", source.replace(method, method_name(method, count), 1)]
    return "\n".join(parts).rstrip("\n") + "\n"


def _renamed_init(fields: Fields, post_init: bool) -> Callable[..., None]:
    keywords = [f for f in fields if f.kw_only]
    positional = [f for f in fields if not f.kw_only]
    ordered = [*positional, *keywords]
    shared = _shared_code(len(positional), len(keywords), post_init)
    names = {_stand_in(i): f.name for i, f in enumerate(ordered)}
    code = shared.replace(
        co_varnames=tuple(names.get(name, name) for name in shared.co_varnames),
        co_consts=tuple(
            names.get(value, value) if isinstance(value, str) else value
            for value in shared.co_consts
        ),
        co_name="__init__",
    )
    defaults = tuple(f.default for f in positional if f.default is not dataclasses.MISSING)
    init = FunctionType(code, {_SET: object.__setattr__}, "__init__", defaults or None)
    init.__kwdefaults__ = {
        f.name: f.default for f in keywords if f.default is not dataclasses.MISSING
    } or None
    return init
