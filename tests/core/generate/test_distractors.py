"""Tests of option picking and of the per-field value pools it draws from."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.generate.context import ValuePool
from trainer.core.generate.distractors import Options, Shortfall, pick_options
from trainer.core.textnorm import fold

values = st.lists(st.text(alphabet="abAB é.", min_size=1, max_size=5), max_size=15)


def test_a_pool_is_sorted_and_distinct_by_fold() -> None:
    pool = ValuePool.of(["Kazan", "Lipetsk", "kazan", "KAZAN!", "", "...", "Berlin"])
    assert pool.values == ("Berlin", "KAZAN!", "Lipetsk")
    assert pool.index_by_fold == {"berlin": 0, "kazan": 1, "lipetsk": 2}


def test_a_pool_does_not_depend_on_the_order_of_facts() -> None:
    assert ValuePool.of(["b", "a", "c"]) == ValuePool.of(["c", "b", "a"])


def test_draw_never_returns_an_excluded_value_and_stops_when_the_pool_runs_out() -> None:
    pool = ValuePool.of(["Kazan", "Lipetsk", "Moscow"])
    drawn = pool.draw(random.Random(1), 5, {"kazan", "nowhere"})
    assert sorted(drawn) == ["Lipetsk", "Moscow"]
    assert pool.draw(random.Random(1), 2, {"kazan", "lipetsk", "moscow"}) == []


@given(values, st.integers(0, 6), st.sets(st.sampled_from(["a", "b", "ab", "ba"])), st.integers())
def test_draw_is_distinct_allowed_and_as_long_as_possible(raw, count, excluded, seed) -> None:
    pool = ValuePool.of(raw)
    drawn = pool.draw(random.Random(seed), count, set(excluded))
    folded = [fold(v) for v in drawn]
    allowed = [v for v in pool.values if fold(v) not in excluded]
    assert len(set(folded)) == len(folded)
    assert not set(folded) & excluded
    assert len(drawn) == min(count, len(allowed))
    assert drawn == pool.draw(random.Random(seed), count, set(excluded))


@given(values, st.text(alphabet="abAB", max_size=3), st.integers())
def test_a_sibling_differs_from_the_own_value(raw, own, seed) -> None:
    pool = ValuePool.of(raw)
    sibling = pool.sibling(random.Random(seed), own)
    others = [v for v in pool.values if fold(v) != fold(own)]
    if others:
        assert sibling in others
    else:
        assert sibling is None


def test_pick_options_puts_written_first_then_drawn() -> None:
    pool = ValuePool.of(["Lipetsk", "Moscow", "Tomka"])
    options = pick_options(
        random.Random(3), answer="Kazan", written=["Berlin", "berlin"], pool=pool, count=3
    )
    assert isinstance(options, Options)
    assert "Berlin" in options.choices
    assert options.choices[options.right] == "Kazan"
    assert len(options.choices) == 3


def test_pick_options_reports_how_many_were_needed_and_found() -> None:
    result = pick_options(random.Random(0), answer="Kazan", written=["Kazan", "Moscow"], count=4)
    assert result == Shortfall(needed=3, found=1)


def test_pick_options_excludes_accepted_alternatives() -> None:
    pool = ValuePool.of(["Kasan", "Lipetsk"])
    result = pick_options(
        random.Random(0), answer="Kazan", alternatives=["Kasan"], pool=pool, count=3
    )
    assert result == Shortfall(needed=2, found=1)
