"""Tests for trainer.core.answering.quantity_symbols: a quantity's name as its symbol."""

from __future__ import annotations

import pytest

from trainer.core.answering.quantity_symbols import names_as_symbols


@pytest.mark.parametrize(
    ("text", "other", "written"),
    [
        ("force = mass × acceleration", "F = ma", "F = m × a"),
        ("pressure × volume = nRT", "pV = nRT", "p × V = nRT"),
        ("distance = speed × time", "d = vt", "d = v × t"),
        ("distance = speed × time", "s = vt", "s = v × t"),  # as the other side writes it
        ("kinetic energy = ½ × mass × speed²", "Ek = ½mv²", "Ek = ½ × m × v²"),
        # A name whose symbol the other side does not write stays a word.
        ("force = mass × acceleration", "p = mv", "force = m × acceleration"),
        ("forcefield", "F = ma", "forcefield"),
    ],
)
def test_a_name_is_written_as_the_symbol_the_other_side_writes(
    text: str, other: str, written: str
) -> None:
    assert names_as_symbols(text, other) == written
