"""A value's parts, and the one body's name that holds "and" (`value_split`)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from trainer.core.value_split import split_parts


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        # One body's name, joined by "and".
        ("National Aeronautics and Space Administration", 1),
        ("Food and Agriculture Organization", 1),
        ("Victoria and Albert Museum", 1),
        ("Department of Health and Human Services", 1),
        # Two people, two places, two bodies.
        ("Watson and Crick", 2),
        ("James Watson and Francis Crick", 2),
        ("the Smithsonian Institution and the British Museum", 2),
        ("Bank of England and Bank of France", 2),
        ("Lipetsk, Kazan and Voronezh", 3),
    ],
)
def test_a_body_named_with_and_is_one_part(value: str, parts: int) -> None:
    assert len([part for part in split_parts(value) if part]) == parts


def test_initials_after_a_comma_are_where_a_place_is() -> None:
    assert split_parts("Washington, D.C.") == ["Washington, D.C."]
    assert split_parts("Albany, N.Y.") == ["Albany, N.Y."]
    assert [part for part in split_parts("Lipetsk, Kazan") if part] == ["Lipetsk", "Kazan"]


@given(st.text(alphabet=" &andANDWatsonCrick,;.", max_size=20) | st.text(max_size=20))
@example(" & ")
@example("Watson and ")
def test_any_value_is_parted_without_a_crash(value: str) -> None:
    """Spaces around the whole value never make a joiner of an edge "and" (" & " crashed
    the compile, found by chance in CI)."""
    parts = split_parts(value)
    assert parts
    assert all(isinstance(part, str) for part in parts)
