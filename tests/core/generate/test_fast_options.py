"""The fast paths of options and swaps give exactly what the straightforward code gave.

Whole-word tests on text padded once, folding kept for short values, patterns parsed once,
date fields told without making a spec, a fact's shown values kept, and nearness worked
out without a generator: each is checked against reference_options.py.
"""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.core.generate.reference_options import (
    reference_fact_day,
    reference_fields,
    reference_is_date_field,
    reference_nearness,
    reference_quick_fold,
    reference_refuses,
    reference_render,
    reference_shown_values,
)
from trainer.core.authored import Deck, Excerpt, Fact, FieldSpec
from trainer.core.generate.context import DeckIndex
from trainer.core.generate.field_display import is_date_field, shown_values
from trainer.core.generate.measure_kinds import MIXED, same_measure
from trainer.core.generate.name_endings import name_endings
from trainer.core.generate.option_rules import (
    OptionRules,
    ValueClass,
    alike,
    core_words,
    fold_once,
    folded_words,
    quick_fold,
    value_parts,
)
from trainer.core.generate.placeholders import PlaceholderError, parse_pattern
from trainer.core.generate.pools import Pool
from trainer.core.generate.references import Reference, fact_day
from trainer.core.model import AnswerType, Location, SourceRef

VALUES = [
    *("", "the", "Kazan", "the Kazan school", "Watson and Crick", "Crick", "Watson"),
    *("Marx & Engels", "Engels", "a tank school", "tank", "school", "1926", "50,000"),
    *("Gödel", "the Soviets", "Soviet Union", "USSR", "St Helena", "Helena", " Kazan "),
    *("Kurt Gödel", "Francis Crick", "Ignaz Semmelweis"),
]
PROMPTS = [
    *("", "Where was the tank school?", "Who wrote with Crick?", "Which city, Kazan or"),
    *("What did Marx write?", "In 1926, which school opened?", "Gödel proved what?"),
    "Whose spray did Semmelweis's rivals mock?",
]
LONG = st.text(alphabet="aZ9 ,.'-éü\n", min_size=70, max_size=200)


@given(
    st.sampled_from(VALUES),
    st.lists(st.sampled_from(VALUES), max_size=3),
    st.sampled_from(PROMPTS),
    st.sampled_from(VALUES),
    st.booleans(),
)
@settings(max_examples=500)
@example("Kazan", [], "Which city, Kazan or", "Kazan", False)
@example("Watson and Crick", [], "", "Crick", False)
@example("Kazan", [], "Who wrote with Crick?", "Watson and Crick", False)
@example("the Kazan school", ["Kazan"], "", "a tank school", False)
@example("Kazan", [], "Gödel proved what?", "Kurt Gödel", True)
def test_option_rules_refuse_the_same_values(
    answer: str, accepted: list[str], prompt: str, value: str, person: bool
) -> None:
    rules = OptionRules.of(answer, accepted, prompt, person=person)
    key, core, parts = quick_fold(value), core_words(value), value_parts(value)
    endings = name_endings(value)
    expected = reference_refuses(rules, key, core, parts, endings)
    assert rules.refuses_padded(key, core, f" {core} ", parts, endings) is expected
    assert rules.refuses_shaped(key, core, parts, endings) is expected
    assert rules.refuses(value) is expected


@given(st.one_of(st.sampled_from(VALUES + PROMPTS), LONG, st.text(max_size=90)))
def test_folding_is_the_same_kept_or_not(text: str) -> None:
    assert quick_fold(text) == reference_quick_fold(text)
    assert quick_fold(text) == reference_quick_fold(text)  # the second time, kept
    assert fold_once(text) == reference_quick_fold(text)
    assert folded_words(text) == reference_quick_fold(text).split()


@given(st.lists(st.sampled_from(["{a}", "{b}", "{c-d}", " x ", "{{", "}}", "é", "{"]), max_size=8))
def test_patterns_render_as_their_parts_say(pieces: list[str]) -> None:
    source = "".join(pieces)
    try:
        pattern = parse_pattern(source)
    except PlaceholderError:
        return
    values = {"a": "Kazan", "b": "1926", "c-d": "the {school}"}
    assert pattern.fields == reference_fields(pattern)
    assert pattern.render(values) == reference_render(pattern, values)
    assert parse_pattern(source) == pattern


FIELD_NAMES = ["date", "year", "when", "who"]
TYPES = [AnswerType.DATE, AnswerType.TEXT, AnswerType.YEAR]
DATES = ["1832", "1832-01", "1832-01-16", "1832-02-30", "Kazan", "", "99"]


@given(
    st.dictionaries(st.sampled_from(FIELD_NAMES), st.sampled_from(TYPES), max_size=3),
    st.dictionaries(st.sampled_from(FIELD_NAMES), st.sampled_from(DATES), max_size=4),
)
def test_dates_are_shown_as_the_field_specs_say(
    declared: dict[str, AnswerType], values: dict[str, str]
) -> None:
    fields = MappingProxyType({n: FieldSpec(name=n, type=t) for n, t in declared.items()})
    for name in FIELD_NAMES:
        assert is_date_field(fields, name) is reference_is_date_field(fields, name)
    expected = reference_shown_values(fields, values)
    assert shown_values(fields, values) == expected
    fact = Fact("f", "e", MappingProxyType(values), Location("d.yaml"))
    excerpt = Excerpt("e", "Text.", SourceRef(), Location("d.yaml"), facts=(fact,))
    deck = Deck("d", "D", Location("d.yaml"), fields=fields, excerpts=(excerpt,))
    index = DeckIndex.of(deck)
    assert index.shown_values(fact) == expected
    assert index.shown_values(fact) == expected  # the second time, kept


TAGS = ["a", "b", "c"]
PLACES = ["Kazan", "Lipetsk", "Volsk", "Moscow", "kazan"]


@st.composite
def facts_and_excerpts(draw: st.DrawFn) -> tuple[list[Fact], dict[str, Excerpt]]:
    excerpts = {
        f"e{i}": Excerpt(
            f"e{i}",
            "Text.",
            SourceRef(chapter=draw(st.sampled_from(["", "1", "2"]))),
            Location("d.yaml"),
            tags=tuple(draw(st.sets(st.sampled_from(TAGS), max_size=2))),
        )
        for i in range(3)
    }
    facts = []
    for i in range(draw(st.integers(1, 8))):
        values = {"where": draw(st.sampled_from(PLACES))}
        if draw(st.booleans()):
            values["year"] = draw(st.sampled_from(["1920", "1926", "1933", "19x"]))
        if draw(st.booleans()):
            values["date"] = draw(st.sampled_from(["1926-05", "1926-05-04", "", "May"]))
        facts.append(
            Fact(
                f"f{i}",
                draw(st.sampled_from(sorted(excerpts))),
                MappingProxyType(values),
                Location("d.yaml"),
                tags=tuple(draw(st.sets(st.sampled_from(TAGS), max_size=2))),
            )
        )
    return facts, excerpts


def _fact(i: int, where: str, year: str, excerpt_id: str = "e0") -> Fact:
    values = MappingProxyType({"where": where, "year": year})
    return Fact(f"f{i}", excerpt_id, values, Location("d.yaml"))


def test_nearness_measures_from_the_nearest_of_a_values_days() -> None:
    excerpts = {"e0": Excerpt("e0", "Text.", SourceRef(), Location("d.yaml"))}
    facts = [_fact(0, "Kazan", "1920"), _fact(1, "Kazan", "1926"), _fact(2, "Volsk", "1950")]
    pool = Pool(facts, "where", excerpts.__getitem__, None)
    for later in (facts[2], _fact(3, "Moscow", "1900"), _fact(4, "Moscow", "1923")):
        ref = Reference.of([later], [excerpts["e0"]])
        for entry in pool.entries:
            for shape in range(4):
                assert entry.nearness(ref, 7, shape) == reference_nearness(entry, ref, 7, shape)


@settings(max_examples=300)
@given(facts_and_excerpts(), st.data())
def test_nearness_and_fact_days_are_the_same(
    case: tuple[list[Fact], dict[str, Excerpt]], data: st.DataObject
) -> None:
    facts, excerpts = case
    for fact in facts:
        assert fact_day(fact) == reference_fact_day(fact)
    pool = Pool(facts, "where", excerpts.__getitem__, None)
    chosen = data.draw(st.lists(st.sampled_from(facts), min_size=1, max_size=3))
    ref = Reference.of(chosen, [excerpts[f.excerpt_id] for f in chosen], ["a"])
    # The values a prompt shows beside the answer: some of a drawn fact's.
    shown = data.draw(st.sets(st.sampled_from(sorted(chosen[0].values.items()))))
    ref = dataclasses.replace(ref, sides=frozenset(shown))
    salt = data.draw(st.integers(0, 2**64 - 1))
    for entry in pool.entries:
        shape = data.draw(st.integers(0, 3))
        assert entry.nearness(ref, salt, shape) == reference_nearness(entry, ref, salt, shape)
        assert entry.padded_core == f" {entry.core} "


def _contents(pool: Pool) -> object:
    return (pool.entries, pool.index_by_key, dict(pool._buckets), pool._by_measure)


@given(facts_and_excerpts(), st.data())
def test_a_pool_kept_for_one_set_of_facts_is_that_set_s_pool(
    case: tuple[list[Fact], dict[str, Excerpt]], data: st.DataObject
) -> None:
    facts, excerpts = case
    deck = Deck("d", "D", Location("d.yaml"), excerpts=tuple(excerpts.values()))
    index = DeckIndex(deck, {f.id: f for f in facts}, excerpts, frozenset({"where"}))
    everyone = index.pool("where")
    assert _contents(everyone) == _contents(Pool(facts, "where", excerpts.__getitem__, None))
    for name in "abc":
        chosen = data.draw(st.lists(st.sampled_from(facts), max_size=len(facts)))
        pool = index.pool("where", chosen, "chosen", name)
        expected = Pool(chosen, "where", excerpts.__getitem__, None)
        assert _contents(pool) == _contents(expected)
        assert (pool is everyone) == ({id(f) for f in chosen} == {id(f) for f in facts})


@given(st.sampled_from(list(ValueClass)), st.sampled_from([None, "temperature", "pH", MIXED]))
def test_a_pools_values_of_the_anchors_class_and_measure_pass_at_a_glance(
    kind: ValueClass, quantity: str | None
) -> None:
    # `Pool._rank` lets a value of the anchor's own class and measure through without
    # asking `alike` and `same_measure`: both say yes to it.
    assert alike(kind, kind)
    assert same_measure(quantity, quantity)
