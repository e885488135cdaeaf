"""Properties of card identity: ids are unique and survive the edits the deck format promises."""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.authored import Deck, Excerpt, Fact, Question, Template, TemplateKind
from trainer.core.generate import generate_cards
from trainer.core.model import DeckDefaults, Location, SourceRef

# No word here is a particle, a function word or capitalised, so wording never makes or
# breaks an automatic cloze candidate.
VOCABULARY: tuple[str, ...] = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot")
VOCABULARY += ("golf", "hotel", "india", "juliet", "kilo", "lima")
CANDIDATES = "In 1926 Germany signed"
DISTRACTORS = ("Krupp", "Stinnes", "Thyssen")
TEMPLATES = (
    Template("where", TemplateKind.TEXT, Location("d.yaml", 2), "Where was {what}?", "where"),
    Template("when", TemplateKind.TEXT, Location("d.yaml", 3), "When was {what}?", "year"),
)


@dataclass(frozen=True)
class QuestionSpec:
    name: str | None
    choice: bool


@dataclass(frozen=True)
class ExcerptSpec:
    id: str
    questions: tuple[QuestionSpec, ...]
    cloze_numbers: tuple[int, ...]
    facts: tuple[frozenset[str], ...]
    auto_cloze: bool | None
    with_candidates: bool


slugs = st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)


@st.composite
def excerpt_specs(draw: st.DrawFn, excerpt_id: str) -> ExcerptSpec:
    names = draw(st.lists(st.sampled_from(["firm", "who", "when", "where"]), unique=True))
    questions = [QuestionSpec(None, draw(st.booleans())) for _ in range(draw(st.integers(0, 2)))]
    questions += [QuestionSpec(name, draw(st.booleans())) for name in names]
    return ExcerptSpec(
        id=excerpt_id,
        questions=tuple(draw(st.permutations(questions))),
        cloze_numbers=tuple(draw(st.lists(st.integers(1, 12), max_size=3, unique=True))),
        facts=tuple(
            draw(st.lists(st.frozensets(st.sampled_from(["what", "where", "year"])), max_size=3))
        ),
        auto_cloze=draw(st.sampled_from([None, True, False])),
        with_candidates=draw(st.booleans()),
    )


@st.composite
def deck_specs(draw: st.DrawFn) -> tuple[ExcerptSpec, ...]:
    ids = draw(st.lists(slugs, min_size=1, max_size=6, unique=True))
    return tuple(draw(excerpt_specs(excerpt_id)) for excerpt_id in ids)


def build_deck(specs: tuple[ExcerptSpec, ...], wording: int) -> Deck:
    """The deck the specs describe, its words chosen by `wording`."""
    words = random.Random(wording)
    return Deck(
        id="deck",
        title="Property deck",
        location=Location("d.yaml"),
        templates=TEMPLATES,
        defaults=DeckDefaults(auto_cloze="plain"),
        excerpts=tuple(_excerpt(spec, words) for spec in specs),
    )


def _phrase(words: random.Random, count: int) -> str:
    return " ".join(words.choice(VOCABULARY) for _ in range(count))


def _excerpt(spec: ExcerptSpec, words: random.Random) -> Excerpt:
    pieces = [_phrase(words, words.randint(1, 4))]
    for number in spec.cloze_numbers:
        pieces += [f"{{{{c{number}::{_phrase(words, 2)}}}}}", _phrase(words, words.randint(1, 3))]
    if spec.with_candidates:
        pieces.append(CANDIDATES)
    questions = tuple(
        Question(
            slot=q.name or f"q{position}",
            prompt=_phrase(words, 5) + "?",
            answer=_phrase(words, 2),
            location=Location("d.yaml", 10 + position),
            distractors=DISTRACTORS if q.choice else (),
        )
        for position, q in enumerate(spec.questions, start=1)
    )
    facts = tuple(
        Fact(
            id=f"{spec.id}-f{n}",
            excerpt_id=spec.id,
            values={name: (_phrase(words, 2) if name != "year" else "1926") for name in fields},
            location=Location("d.yaml", 30 + n),
        )
        for n, fields in enumerate(spec.facts)
    )
    return Excerpt(
        id=spec.id,
        text=" ".join(pieces) + ".",
        source=SourceRef(pages=str(words.randint(1, 300))),
        location=Location("d.yaml", 5),
        title=_phrase(words, 2),
        auto_cloze=spec.auto_cloze,
        questions=questions,
        facts=facts,
    )


def ids_by_excerpt(deck: Deck) -> dict[str, set[str]]:
    grouped: dict[str, set[str]] = {e.id: set() for e in deck.excerpts}
    for card in generate_cards(deck)[0]:
        grouped[card.excerpt_id].add(card.id)
    return grouped


@settings(max_examples=150, deadline=None)
@given(deck_specs(), st.integers())
def test_card_ids_are_unique(specs: tuple[ExcerptSpec, ...], wording: int) -> None:
    cards, _ = generate_cards(build_deck(specs, wording))
    ids = [card.id for card in cards]
    assert len(ids) == len(set(ids))
    assert all(card.id.startswith(f"deck:{card.excerpt_id}:") for card in cards)


@settings(max_examples=100, deadline=None)
@given(deck_specs(), st.integers(), st.randoms(use_true_random=False))
def test_ids_survive_reordering_excerpts(
    specs: tuple[ExcerptSpec, ...], wording: int, shuffler: random.Random
) -> None:
    reordered = list(specs)
    shuffler.shuffle(reordered)
    before = ids_by_excerpt(build_deck(specs, wording))
    after = ids_by_excerpt(build_deck(tuple(reordered), wording))
    assert before == after


@settings(max_examples=100, deadline=None)
@given(deck_specs(), deck_specs(), st.integers(), st.data())
def test_ids_survive_adding_and_removing_other_excerpts(
    specs: tuple[ExcerptSpec, ...],
    extra: tuple[ExcerptSpec, ...],
    wording: int,
    data: st.DataObject,
) -> None:
    kept = tuple(s for s in specs if data.draw(st.booleans()))
    taken = {s.id for s in specs}
    added = tuple(s for s in extra if s.id not in taken)
    full = ids_by_excerpt(build_deck(specs, wording))
    changed = ids_by_excerpt(build_deck(kept + added, wording))
    for spec in kept:
        assert changed[spec.id] == full[spec.id]


@settings(max_examples=100, deadline=None)
@given(deck_specs(), st.integers(), st.integers())
def test_ids_survive_rewording(
    specs: tuple[ExcerptSpec, ...], wording: int, rewording: int
) -> None:
    before = ids_by_excerpt(build_deck(specs, wording))
    after = ids_by_excerpt(build_deck(specs, rewording))
    assert before == after
