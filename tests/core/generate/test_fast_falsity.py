"""False means false, found fast: excerpts looked up through bitmaps of their words, and
their sentences kept as words, decide exactly as sets and folded sentences did
(reference_options.ReferenceFalsity), on random decks whose excerpts state and list
people, roles and places."""

from __future__ import annotations

from types import MappingProxyType

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.generate.reference_options import ReferenceFalsity
from trainer.core.authored import Deck, Excerpt, Fact, Template, TemplateKind
from trainer.core.generate.context import DeckIndex
from trainer.core.generate.falsity import Falsity
from trainer.core.generate.placeholders import parse_pattern
from trainer.core.model import Location, SourceRef

PEOPLE = ["Lenin", "Leon Trotsky", "Trotsky", "Karl Radek", "the Kaiser"]
ROLES = ["envoy", "the envoy", "commissar", "head of the school"]
PLACES = ["Kazan", "Lipetsk", "Volsk", "Berlin", "the Crimea", "Moscow"]
SENTENCES = [
    "{who} served as {role} in {where}.",
    "{who} and {who2} travelled from {where}.",
    "An aviation school at {where} had {who} as {role}, and a tank school at {where2}.",
    "In {where} and {where2}, {who} was {role}; {who2} stayed.",
    "{who} ({role}) left {{{{c1::{where}}}}} for {where2}!",
    "Nobody served in {where}.",
    "{who} was {role} in {where2} and {{{{c1::{where}::a city}}}}.",
]
STATEMENT = "{who} served as {role} in {where}."
WHERE = Location("d.yaml")


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    excerpts = []
    for i in range(draw(st.integers(1, 6))):
        text = " ".join(
            sentence.format(
                who=draw(st.sampled_from(PEOPLE)),
                who2=draw(st.sampled_from(PEOPLE)),
                role=draw(st.sampled_from(ROLES)),
                where=draw(st.sampled_from(PLACES)),
                where2=draw(st.sampled_from(PLACES)),
            )
            for sentence in draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4))
        )
        facts = tuple(
            Fact(
                f"f{i}-{j}",
                f"e{i}",
                MappingProxyType(
                    {
                        "who": draw(st.sampled_from(PEOPLE)),
                        "role": draw(st.sampled_from(ROLES)),
                        "where": draw(st.sampled_from(PLACES)),
                    }
                ),
                WHERE,
            )
            for j in range(draw(st.integers(0, 2)))
        )
        excerpts.append(Excerpt(f"e{i}", text, SourceRef(), WHERE, facts=facts))
    template = Template("tf", TemplateKind.TRUE_FALSE, WHERE, statement=STATEMENT, swap="where")
    return Deck("d", "D", WHERE, templates=(template,), excerpts=tuple(excerpts))


@settings(max_examples=200)
@given(decks())
def test_swapped_statements_are_judged_as_before(deck: Deck) -> None:
    index = DeckIndex.of(deck)
    fast, reference = Falsity(index), ReferenceFalsity(index)
    pattern = parse_pattern(STATEMENT)
    facts = list(index.facts_by_id.values())
    for fact in facts:
        for value in PLACES:
            expected = reference.holds("tf", pattern, facts, fact, "where", value)
            assert fast.holds("tf", pattern, facts, fact, "where", value) is expected
