"""`record` behaves as `@dataclass(frozen=True, slots=True)`: each record class here has a
twin made by dataclasses, and both must agree on equality, hashing and repr."""

from __future__ import annotations

import dataclasses
import math
import pickle
from collections.abc import Callable
from dataclasses import FrozenInstanceError, dataclass, field
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
