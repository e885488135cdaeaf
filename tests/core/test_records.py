"""`record` behaves as `@dataclass(frozen=True, slots=True)`: each record class here has a
twin made by dataclasses, and both must agree on equality, hashing and repr."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import math
import pickle
import sys
from collections.abc import Callable
from dataclasses import FrozenInstanceError, dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainer
from trainer.core.records import record

values = st.one_of(
    st.integers(-3, 3),
    st.text(max_size=3),
    st.floats(allow_nan=True),
    st.tuples(st.integers(-2, 2), st.text(max_size=2)),
    st.none(),
)


def _twins(body: Callable[[Callable[[type], type]], type]) -> tuple[type, type]:
    """The same class body made a record and a dataclass, both named `Kept`."""
    made = body(record)
    twin = body(lambda cls: dataclass(frozen=True, slots=True)(cls))
    return made, twin


def _three(decorate: Callable[[type], type]) -> type:
    @decorate
    class Kept:
        a: Any
        b: Any = 0
        c: Any = field(default=None, compare=False)
        d: Any = field(default=None, repr=False)
        e: Any = field(default=None, hash=False)

    return Kept


def _one(decorate: Callable[[type], type]) -> type:
    @decorate
    class Kept:
        a: Any

    return Kept


def _none(decorate: Callable[[type], type]) -> type:
    @decorate
    class Kept:
        pass

    return Kept


BODIES = {"five fields": (_three, 5), "one field": (_one, 1), "no field": (_none, 0)}


@pytest.mark.parametrize("name", BODIES)
@given(data=st.data())
def test_a_record_agrees_with_its_dataclass_twin(name: str, data: st.DataObject) -> None:
    body, count = BODIES[name]
    made, twin = _twins(body)
    left = data.draw(st.lists(values, min_size=count, max_size=count))
    right = data.draw(st.lists(values, min_size=count, max_size=count))
    # Shared values now and then, so that equal and unequal pairs both come up.
    right = [data.draw(st.sampled_from([a, b])) for a, b in zip(left, right, strict=True)]
    for first, second in ((left, right), (left, left), (right, left)):
        ours = made(*first), made(*second)
        theirs = twin(*first), twin(*second)
        assert repr(ours[0]) == repr(theirs[0])
        assert (ours[0] == ours[1]) == (theirs[0] == theirs[1])
        assert (ours[0] != ours[1]) == (theirs[0] != theirs[1])
        assert ours[0] == ours[0]
        if not any(isinstance(v, float) and math.isnan(v) for v in first):
            assert hash(ours[0]) == hash(theirs[0])
        if ours[0] == ours[1]:
            assert hash(ours[0]) == hash(ours[1])


def test_a_record_is_never_equal_to_another_class_with_the_same_fields() -> None:
    made, twin = _twins(_one)
    assert made(1) != twin(1)
    assert made(1).__eq__(twin(1)) is NotImplemented
    assert made(1) != (1,)


@record
class Stored:
    """At module level, so that pickle finds it."""

    a: int
    b: str = ""
    c: tuple[int, ...] = field(default=(), compare=False)


def test_a_record_is_frozen_slotted_and_a_dataclass() -> None:
    item = Stored(1, "x", (2,))
    with pytest.raises(FrozenInstanceError):
        item.a = 9  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del item.a
    assert not hasattr(item, "__dict__")
    assert dataclasses.is_dataclass(item)
    assert [f.name for f in dataclasses.fields(item)] == ["a", "b", "c"]
    assert dataclasses.replace(item, b="y") == Stored(1, "y")
    assert pickle.loads(pickle.dumps(item)) == item
    assert repr(pickle.loads(pickle.dumps(item))) == "Stored(a=1, b='x', c=(2,))"


def test_keyword_only_records_take_keywords_only() -> None:
    @record(kw_only=True)
    class Named:
        a: int
        b: int = 2

    assert Named(a=1) == Named(a=1, b=2)
    with pytest.raises(TypeError):
        Named(1)  # type: ignore[call-arg]


def test_a_class_keeps_the_methods_it_writes() -> None:
    @record
    class Own:
        a: int

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Own)

        def __repr__(self) -> str:
            return "own"

    @record
    class OwnHash:
        a: int

        def __hash__(self) -> int:
            return 7

    assert Own(1) == Own(2)
    assert repr(Own(1)) == "own"
    # A body that defines `__eq__` alone still gets a hash, as with dataclasses.
    assert hash(Own(1)) == hash((1,))
    assert hash(OwnHash(1)) == 7


def test_a_subclass_compares_and_shows_every_field() -> None:
    @record
    class Base:
        a: int

    @record
    class Derived(Base):
        b: int = 0

    assert Derived(1, 2) == Derived(1, 2) != Derived(1, 3)
    assert Derived(1, 2) != Base(1)
    assert repr(Derived(1, 2)).endswith("Derived(a=1, b=2)")


def test_a_record_that_holds_itself_is_shown_without_end() -> None:
    made, twin = _twins(_one)
    ours: list[Any] = []
    theirs: list[Any] = []
    ours.append(made(ours))
    theirs.append(twin(theirs))
    assert repr(ours) == repr(theirs)


def test_equality_and_hash_are_compiled_on_first_use_and_inherited() -> None:
    @record
    class Base:
        a: int

    class Plain(Base):
        """Not a record itself: it compares as its base does, as with dataclasses."""

    lazy_eq, lazy_hash = Base.__eq__, Base.__hash__
    assert Plain(1) == Plain(1) != Plain(2)
    assert Plain(1) != Base(1)
    assert hash(Plain(1)) == hash(Base(1)) == hash((1,))
    # The first call compiled each method onto the class that defined the record.
    assert Base.__eq__ is not lazy_eq and Base.__hash__ is not lazy_hash
    assert Plain.__eq__ is Base.__eq__


def _initialised(decorate: Callable[[type], type]) -> type:
    @decorate
    class Kept:
        a: int
        b: list[int] = field(default_factory=list)
        c: str = "c"
        d: int = field(default=4, init=False)
        e: list[str] = field(default_factory=lambda: ["e"], init=False)
        f: int = field(default=6, kw_only=True)
        g: int = field(kw_only=True, default_factory=lambda: 7)
        h: int = field(init=False, repr=False)

    return Kept


def test_a_records_init_takes_and_sets_what_its_twins_does() -> None:
    made, twin = _twins(_initialised)
    assert str(inspect.signature(made)) == str(inspect.signature(twin))
    # Looked at through `inspect.signature` above, the record's own `__init__` is written.
    assert vars(made)["__init__"].__annotations__ == vars(twin)["__init__"].__annotations__
    for args, kwargs in (((1,), {}), ((1, [2], "x"), {"f": 0, "g": 9})):
        ours, theirs = made(*args, **kwargs), twin(*args, **kwargs)
        assert repr(ours) == repr(theirs)
        assert not hasattr(ours, "h") and not hasattr(theirs, "h")
    # A factory makes a new value for each instance.
    assert made(1).b is not made(1).b
    for wrong_args, wrong_kwargs in (((), {}), ((1, [], "", 4), {}), ((1,), {"d": 2})):
        with pytest.raises(TypeError):
            made(*wrong_args, **wrong_kwargs)
        with pytest.raises(TypeError):
            twin(*wrong_args, **wrong_kwargs)


def test_a_records_init_is_compiled_when_first_used_and_runs_post_init() -> None:
    @record
    class Checked:
        """Refuses a negative count."""

        count: int

        def __post_init__(self) -> None:
            if self.count < 0:
                raise ValueError("negative")

    assert "__init__" in Checked.__dict__ and not inspect.isfunction(Checked.__dict__["__init__"])
    assert Checked(1).count == 1
    assert inspect.isfunction(Checked.__dict__["__init__"])
    with pytest.raises(ValueError, match="negative"):
        Checked(-1)
    assert Checked.__init__.__qualname__.endswith("Checked.__init__")


def test_a_record_without_a_docstring_is_described_by_its_signature() -> None:
    made, twin = _twins(_initialised)
    assert made.__doc__ == twin.__doc__


def test_a_field_without_a_default_after_one_with_is_refused_at_once() -> None:
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):

        @record
        class Disordered:
            a: int = 0
            b: int  # type: ignore[misc]


def test_every_record_of_trainer_takes_what_its_dataclass_twin_takes() -> None:
    """Each record class in the package, against a frozen slotted dataclass of its fields."""
    package = Path(trainer.__file__).parent
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent).with_suffix("")
        name = ".".join(relative.parts).removesuffix(".__init__")
        if name.startswith("trainer.tui") or name == "trainer.__main__":
            continue
        importlib.import_module(name)
    records = {
        cls
        for module in list(sys.modules.values())
        if getattr(module, "__name__", "").startswith("trainer.")
        for cls in vars(module).values()
        if isinstance(cls, type) and "_record_shown" in cls.__dict__
    }
    assert len(records) > 100
    for cls in records:
        specs = [
            (
                f.name,
                f.type,
                field(
                    default=f.default,
                    default_factory=f.default_factory,
                    init=f.init,
                    repr=f.repr,
                    hash=f.hash,
                    compare=f.compare,
                    kw_only=f.kw_only,
                ),
            )
            for f in dataclasses.fields(cls)
        ]
        twin = dataclasses.make_dataclass(cls.__name__, specs, frozen=True, slots=True)
        assert str(inspect.signature(cls)) == str(inspect.signature(twin)), cls


def test_records_of_one_shape_share_their_init_code_under_their_own_names() -> None:
    @record
    class Voyage:
        ship: str
        year: int = 1831
        ports: tuple[str, ...] = field(default=(), kw_only=True)

    @record
    class Treaty:
        place: str
        signed: int = 1922
        parties: tuple[str, ...] = field(default=(), kw_only=True)

    beagle, rapallo = Voyage("Beagle", ports=("Bahia",)), Treaty("Rapallo")
    assert (beagle.ship, beagle.year, beagle.ports) == ("Beagle", 1831, ("Bahia",))
    assert (rapallo.place, rapallo.signed, rapallo.parties) == ("Rapallo", 1922, ())
    assert Voyage.__init__.__code__.co_code == Treaty.__init__.__code__.co_code
    assert Voyage.__init__.__code__.co_varnames == ("self", "ship", "year", "ports")
    expected = "(place: 'str', signed: 'int' = 1922, *, parties: 'tuple[str, ...]' = ())"
    assert str(inspect.signature(Treaty)) == expected + " -> None"
    with pytest.raises(
        TypeError, match=r"Treaty.__init__\(\) missing 1 required positional argument: 'place'"
    ):
        Treaty()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'ship'"):
        Treaty("Rapallo", ship="Beagle")  # type: ignore[call-arg]


def test_a_record_with_an_init_var_is_left_to_dataclasses_and_stays_frozen() -> None:
    @record
    class Scaled:
        """Keeps a count, multiplied by the factor it was made with."""

        count: int
        factor: dataclasses.InitVar[int] = 1

        def __post_init__(self, factor: int) -> None:
            object.__setattr__(self, "count", self.count * factor)

    assert Scaled(2, 3).count == 6 and Scaled(2).count == 2
    assert [f.name for f in dataclasses.fields(Scaled)] == ["count"]
    with pytest.raises(FrozenInstanceError):
        Scaled(1).count = 5  # type: ignore[misc]


def _named_like_the_code(decorate: Callable[[type], type]) -> type:
    @decorate
    class Kept:
        self: int
        set: int = 2
        items: list[int] = field(default_factory=list)
        later: int = field(default=3, init=False)

    return Kept


def _named_like_the_shared_code(decorate: Callable[[type], type]) -> type:
    @decorate
    class Kept:
        self: int
        set: int = 2

    return Kept


@pytest.mark.parametrize("body", [_named_like_the_code, _named_like_the_shared_code])
def test_fields_named_like_the_init_codes_own_names_are_taken_as_fields(
    body: Callable[[Callable[[type], type]], type],
) -> None:
    """A field may be called `self` or `set`: the code's own names never hide it."""
    made, twin = _twins(body)
    assert str(inspect.signature(made)) == str(inspect.signature(twin))
    for args, kwargs in (((1,), {}), ((), {"self": 1, "set": 5})):
        assert repr(made(*args, **kwargs)) == repr(twin(*args, **kwargs))
