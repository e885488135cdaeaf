"""Tests of big-O growth: a looser upper bound is still true, so never a false statement."""

from __future__ import annotations

import pytest

from trainer.core.generate.bound_growth import big_o_growth, looser_bound

ORDER = ["O(1)", "O(log n)", "O(log^2 n)", "O(√n)", "O(n)", "O(n log n)", "O(n^2)", "O(2^n)"]


def test_common_bounds_grow_in_the_textbook_order() -> None:
    growths = [big_o_growth(bound) for bound in ORDER]
    assert None not in growths
    assert growths == sorted(growths)  # type: ignore[type-var]
    assert len(set(growths)) == len(growths)


@pytest.mark.parametrize(
    ("one", "other"),
    [("O(n²)", "O(n^2)"), ("O(3n)", "O(n)"), ("O(n lg n)", "O(n log n)"), ("O(m)", "O(n)")],
)
def test_writings_of_one_bound_grow_alike(one: str, other: str) -> None:
    assert big_o_growth(one) == big_o_growth(other) is not None


@pytest.mark.parametrize("text", ["O(V + E)", "Θ(n)", "n log n", "O(n log m)", "quicksort"])
def test_what_is_no_bound_in_one_variable_has_no_growth(text: str) -> None:
    assert big_o_growth(text) is None


def test_only_a_faster_growing_bound_is_looser() -> None:
    assert looser_bound("O(n log n)", "O(n^2)")
    assert not looser_bound("O(n^2)", "O(n log n)")
    assert not looser_bound("O(n)", "O(n)")
    assert not looser_bound("O(V + E)", "O(n^2)")
