"""Tests of a formula's one-letter symbols: options must speak of the answer's quantities."""

from __future__ import annotations

import pytest

from trainer.core.generate.formula_symbols import formula_symbols, one_letter_words
from trainer.core.generate.option_rules import OptionRules


@pytest.mark.parametrize(
    ("value", "symbols"),
    [
        ("O(n log n)", {"o", "n"}),
        ("O((V + E) log V)", {"o", "v", "e"}),
        ("2i + 1", {"i"}),
        ("O(1)", None),  # constants only: options may be in any variable
        ("merge sort", None),
    ],
)
def test_a_formulas_symbols(value: str, symbols: set[str] | None) -> None:
    found = formula_symbols(value)
    assert (None if found is None else set(found)) == symbols


def test_one_letter_words_are_letters_standing_alone() -> None:
    assert one_letter_words("o n log n") == {"o", "n"}
    assert one_letter_words("2i 1") == {"i"}


def test_an_option_in_other_quantities_than_the_answers_is_refused() -> None:
    sort = OptionRules.of("O(n log n)", (), "What is the worst-case running time of heapsort?")
    assert sort.refuses("O((V + E) log V)")
    assert not sort.refuses("O(n^2)")
    assert not sort.refuses("O(1)")
    graph = OptionRules.of("O((V + E) log V)", (), "What is Dijkstra's running time?")
    assert graph.refuses("O(n)")
    assert not graph.refuses("O(V^2)")
