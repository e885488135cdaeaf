"""`trainer.core.record_shapes` holds, byte-compiled, exactly the code `record_init` would
compile for each shape, and the shapes of every record trainer defines.

Run this file (`python tests/core/test_record_shapes.py`) to write the module again after
adding a record of a new shape.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import sys
from pathlib import Path
from types import CodeType

import trainer
from trainer.core import record_init, record_shapes
from trainer.core.records import record

MODULE = Path(record_shapes.__file__)


def _written_shapes() -> dict[tuple[int, int, bool], CodeType]:
    shapes = {}
    for name, function in vars(record_shapes).items():
        if name.startswith("init_"):
            counts = name.removeprefix("init_").removesuffix("_post").split("_")
            shape = (int(counts[0]), int(counts[1]), name.endswith("_post"))
            assert record_init.shape_name(*shape) == name
            shapes[shape] = function.__code__
    return shapes


def _written_methods() -> dict[tuple[str, int], CodeType]:
    methods = {}
    for name, function in vars(record_shapes).items():
        method, _, count = name.rpartition("_")
        if method in ("eq", "hash"):
            methods[(f"__{method}__", int(count))] = function.__code__
    return methods


Shapes = tuple[set[tuple[int, int, bool]], set[int], set[int]]


def _trainers_record_shapes() -> Shapes:
    """The shape of every record in the package whose `__init__` is shared code, and how
    many fields each record's `__eq__` and `__hash__` read."""
    package = Path(trainer.__file__).parent
    for path in sorted(package.rglob("*.py")):
        name = ".".join(path.relative_to(package.parent).with_suffix("").parts)
        if name != "trainer.__main__":
            importlib.import_module(name.removesuffix(".__init__"))
    shapes, compared, hashed = set(), set(), set()
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("trainer."):
            continue
        for cls in vars(module).values():
            if not (isinstance(cls, type) and "_record_shown" in cls.__dict__):
                continue
            fields = dataclasses.fields(cls)
            compared.add(sum(f.compare for f in fields))
            hashed.add(sum(bool(f.compare if f.hash is None else f.hash) for f in fields))
            if all(f.init and f.default_factory is dataclasses.MISSING for f in fields) and all(
                f.name != "self" for f in fields
            ):
                keywords = sum(f.kw_only is True for f in fields)
                post_init = hasattr(cls, "__post_init__")
                shapes.add((len(fields) - keywords, keywords, post_init))
    return shapes, compared, hashed


_ATTRIBUTES = ("co_code", "co_consts", "co_names", "co_varnames", "co_argcount")


def test_each_written_shape_is_the_code_record_init_compiles() -> None:
    written = _written_shapes()
    assert written
    for shape, code in written.items():
        compiled = record_init.compiled_shared_code(*shape)
        for attribute in (*_ATTRIBUTES, "co_kwonlyargcount", "co_flags"):
            assert getattr(code, attribute) == getattr(compiled, attribute), (shape, attribute)


def test_each_written_method_is_the_code_record_init_compiles() -> None:
    written = _written_methods()
    assert {method for method, _ in written} == {"__eq__", "__hash__"}
    for (method, count), code in written.items():
        compiled = record_init.compiled_method_code(method, count)
        for attribute in (*_ATTRIBUTES, "co_flags"):
            assert getattr(code, attribute) == getattr(compiled, attribute), (method, count)


def test_the_module_is_as_the_generator_writes_it_for_every_record_of_trainer() -> None:
    shapes, compared, hashed = _trainers_record_shapes()
    assert len(shapes) > 10 and len(compared) > 10 and len(hashed) > 10
    expected = record_init.shapes_module_text(shapes, compared, hashed)
    assert MODULE.read_text(encoding="utf-8") == expected, (
        "a record of a new shape: run `python tests/core/test_record_shapes.py`"
    )


def test_a_record_of_a_shape_not_written_is_compiled_and_works() -> None:
    names = [f"f{i}" for i in range(30)]
    assert (30, 0, False) not in _written_shapes()
    wide = record(type("Wide", (), {"__annotations__": dict.fromkeys(names, "int")}))
    made = wide(*range(30))
    assert [getattr(made, name) for name in names] == list(range(30))
    assert "f29" in str(inspect.signature(wide))


def test_a_record_of_a_written_shape_runs_the_written_code() -> None:
    @record
    class Pair:
        left: int
        right: int

    assert (2, 0, False) in _written_shapes()
    pair = Pair(1, right=2)
    assert (pair.left, pair.right) == (1, 2)
    assert Pair.__init__.__code__.co_filename == str(MODULE)
    assert Pair.__init__.__code__.co_varnames == ("self", "left", "right")
    assert pair == Pair(1, 2) and pair != Pair(2, 1) and hash(pair) == hash(Pair(1, 2))
    assert Pair.__eq__.__code__.co_filename == str(MODULE)
    assert Pair.__hash__.__code__.co_filename == str(MODULE)
    assert Pair.__eq__.__qualname__.endswith("Pair.__eq__")


def test_a_record_of_a_count_not_written_compares_and_hashes_its_fields() -> None:
    names = [f"f{i}" for i in range(40)]
    assert ("__eq__", 40) not in _written_methods()
    wide = record(type("Wide", (), {"__annotations__": dict.fromkeys(names, "int")}))
    one, same, other = wide(*range(40)), wide(*range(40)), wide(*range(1, 41))
    assert one == same and one != other and hash(one) == hash(same)
    assert one.__eq__(3) is NotImplemented


if __name__ == "__main__":
    MODULE.write_text(record_init.shapes_module_text(*_trainers_record_shapes()), encoding="utf-8")
