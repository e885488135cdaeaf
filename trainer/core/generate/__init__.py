"""Question generation: every card a validated deck makes, with the errors and warnings found."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from trainer.core.answering.confusables import (
    ConfusablesMemo,
    attach_confusables_reusing,
    deck_values,
)
from trainer.core.authored import Chronology, Deck, Excerpt, Fact, TemplateKind
from trainer.core.deck.card_ids import card_id
from trainer.core.deck.cloze_markers import parse_cloze
from trainer.core.gc_control import gc_paused
from trainer.core.generate.accepted import attach_accepted_answers
from trainer.core.generate.author_checks import (
    report_title_giveaways,
    report_undeclared_dates,
    report_unknown_pages,
)
from trainer.core.generate.author_slips import report_author_slips
from trainer.core.generate.auto_cloze import auto_cloze_cards, auto_cloze_enabled
from trainer.core.generate.chronology import chronology_card
from trainer.core.generate.cloze_cards import (
    cloze_cards,
    report_cloze_problems,
    report_unknown_cloze_accepts,
)
from trainer.core.generate.cloze_checks import report_visible_cloze_answers
from trainer.core.generate.cloze_stock import without_stock_phrases
from trainer.core.generate.context import CardSink, DeckIndex, Diagnostics
from trainer.core.generate.falsity import Falsity
from trainer.core.generate.questions import question_cards
from trainer.core.generate.rivals import attach_rivals
from trainer.core.generate.step_inputs import Scope
from trainer.core.generate.steps import StepMemo, Steps
from trainer.core.generate.templates import (
    PreparedTemplate,
    Shortfalls,
    prepare_templates,
    report_shortfalls,
    template_card,
)
from trainer.core.generate.true_false import true_false_card
from trainer.core.generate.true_false_drafts import TrueFalseDraft, balance_true_false
from trainer.core.model import Card, Diagnostic, Location
from trainer.core.records import record

__all__ = [
    "ConfusablesMemo",
    "GeneratedDeck",
    "StepMemo",
    "generate_cards",
    "generate_deck",
    "generate_deck_reusing",
]


@record
class GeneratedDeck:
    """What generating a deck's cards gives: the cards in deck order, every error and
    warning sorted by location, and where each card was written, by card id."""

    cards: tuple[Card, ...]
    diagnostics: tuple[Diagnostic, ...]
    origins: Mapping[str, Location]


def generate_cards(deck: Deck) -> tuple[tuple[Card, ...], tuple[Diagnostic, ...]]:
    """Every card of `deck`, in deck order, and every error and warning (see `generate_deck`)."""
    generated = generate_deck(deck)
    return generated.cards, generated.diagnostics


# Generation makes hundreds of thousands of small objects and no cycles: the cyclic
# collector would only walk them again and again (a tenth of the time).
@gc_paused()
def generate_deck(deck: Deck) -> GeneratedDeck:
    """Every card of `deck`, in deck order, every error and warning, sorted by location,
    and each card's origin in the deck's files.

    Cards come excerpt by excerpt (authored questions, cloze numbers, template cards fact by
    fact, automatic cloze), then chronologies. Problems in the deck's content never raise.
    """
    return _generate(deck, None, ConfusablesMemo())[0]


@gc_paused()
def generate_deck_reusing(
    deck: Deck, previous: StepMemo, confusables: ConfusablesMemo | None = None
) -> tuple[GeneratedDeck, StepMemo, ConfusablesMemo]:
    """What `generate_deck` gives, replaying the steps `previous` remembers whose inputs
    are unchanged (see `steps`) and finding confusables again only where values changed
    since `confusables` was remembered; and what to remember of both for the next time."""
    generated, recorded, found = _generate(deck, previous, confusables or ConfusablesMemo())
    return generated, recorded if recorded is not None else {}, found


def _generate(
    deck: Deck, previous: StepMemo | None, confusables: ConfusablesMemo
) -> tuple[GeneratedDeck, StepMemo | None, ConfusablesMemo]:
    report = Diagnostics()
    index = DeckIndex.of(deck)
    sink = CardSink(report)
    run = _Run(index, sink, report, prepare_templates(index, report), Falsity(index))
    run.steps = Steps(deck, sink, report, run.shortfalls, run.drafts, previous)
    used_facts: set[str] = set()
    # Excerpts with an error of their own: saying they yield nothing would only repeat it.
    faulty: set[str] = set()
    for excerpt in deck.excerpts:
        errors_before = report.error_count
        used_facts |= _excerpt_cards(run, excerpt)
        if report.error_count > errors_before:
            faulty.add(excerpt.id)
    report_shortfalls(index, run.templates, run.shortfalls, report)
    for chronology in deck.chronologies:
        used_facts.update(_chronology_card(run, chronology))
    balance_true_false(sink.cards, run.drafts)
    sink.cards[:] = without_stock_phrases(sink.cards, deck)
    attach_accepted_answers(sink.cards, index)
    report_title_giveaways(deck, sink.cards, report)
    report_author_slips(deck, sink.cards, sink.origins, report)
    report_unknown_pages(deck, report)
    report_undeclared_dates(deck, report)
    used_facts |= _drawn_from(deck)
    _warn_about_unused(deck, sink.cards, used_facts, faulty, report)
    sink.cards[:], found = attach_confusables_reusing(sink.cards, deck_values(deck), confusables)
    attach_rivals(sink.cards)
    cards = tuple(sink.cards)
    # Balancing true/false drafts may drop cards: only the cards kept have an origin. When
    # none was dropped, the sink's own table is the one (not a copy of 100,000 entries).
    origins = sink.origins
    if len(origins) != len(cards) or any(a != b.id for a, b in zip(origins, cards, strict=True)):
        origins = {card.id: origins[card.id] for card in cards if card.id in origins}
    generated = GeneratedDeck(cards, report.sorted(deck.files), MappingProxyType(origins))
    return generated, run.steps.recorded, found


@dataclass(slots=True)
class _Run:
    """What generating one deck's cards shares from excerpt to excerpt."""

    index: DeckIndex
    sink: CardSink
    report: Diagnostics
    templates: tuple[PreparedTemplate, ...]
    falsity: Falsity
    shortfalls: Shortfalls = field(default_factory=lambda: defaultdict(list))
    drafts: list[TrueFalseDraft] = field(default_factory=list)
    steps: Steps | None = None


def _excerpt_cards(run: _Run, excerpt: Excerpt) -> set[str]:
    """Add the excerpt's own cards to `sink`; returns the ids of facts a template used.

    Each step says how much of the deck it reads (`steps.Scope`), so that a step whose
    inputs did not change can be replayed rather than run.
    """
    index, sink, report, steps = run.index, run.sink, run.report, run.steps
    assert steps is not None
    deck = index.deck
    first_card = len(sink.cards)
    cloze = parse_cloze(excerpt.text)

    def authored() -> None:
        report_cloze_problems(excerpt, cloze, report)
        report_unknown_cloze_accepts(excerpt, cloze, report)
        report_visible_cloze_answers(excerpt, cloze, report)
        question_cards(index, excerpt, sink, report)
        cloze_cards(index, excerpt, cloze, sink)

    steps.run_opening(excerpt, authored)
    used: set[str] = set()
    for fact in excerpt.facts:
        for prepared in run.templates:
            if not prepared.applies_to(fact):
                continue
            used.add(fact.id)
            step = ("template", fact.id, prepared.template.id)
            if prepared.template.kind is TemplateKind.TRUE_FALSE:
                work = _true_false(run, excerpt, fact, prepared)
                steps.run(Scope.FACTS, excerpt, step, work, falsity=run.falsity)
            else:
                steps.run(Scope.FACTS, excerpt, step, _template(run, excerpt, fact, prepared))
    if auto_cloze_enabled(deck, excerpt, cloze):
        prefix = card_id(deck.id, excerpt.id, "")
        taken = {card.id.removeprefix(prefix) for card in sink.cards[first_card:]}
        steps.run(
            Scope.EXCERPT,
            excerpt,
            ("auto cloze", *sorted(taken)),
            lambda: auto_cloze_cards(index, excerpt, cloze, taken, sink),
        )
    return used


def _chronology_card(run: _Run, chronology: Chronology) -> tuple[str, ...]:
    """Add the chronology's card to `sink`; returns the ids of the facts it names that
    exist, used or not (as `chronology_card` does)."""
    index, steps = run.index, run.steps
    assert steps is not None
    facts = [index.facts_by_id[i] for i in chronology.fact_ids if i in index.facts_by_id]
    excerpts = [index.excerpt_by_id[fact.excerpt_id] for fact in facts]

    def work() -> None:
        chronology_card(index, chronology, run.sink, run.report)

    steps.run_chronology(chronology, excerpts, work)
    return tuple(fact.id for fact in facts)


def _true_false(
    run: _Run, excerpt: Excerpt, fact: Fact, prepared: PreparedTemplate
) -> Callable[[], None]:
    def step() -> None:
        draft = true_false_card(
            run.index, excerpt, fact, prepared, run.sink, run.report, run.falsity
        )
        if draft is not None:
            run.drafts.append(draft)

    return step


def _template(
    run: _Run, excerpt: Excerpt, fact: Fact, prepared: PreparedTemplate
) -> Callable[[], None]:
    return lambda: template_card(
        run.index, excerpt, fact, prepared, run.sink, run.shortfalls, run.report
    )


def _drawn_from(deck: Deck) -> set[str]:
    """The ids of facts holding a field that some question draws its options from: used."""
    fields = {q.draw for excerpt in deck.excerpts for q in excerpt.questions if q.draw}
    if not fields:
        return set()
    return {
        fact.id
        for excerpt in deck.excerpts
        for fact in excerpt.facts
        if not fields.isdisjoint(fact.values.keys())
    }


def _warn_about_unused(
    deck: Deck, cards: list[Card], used_facts: set[str], faulty: set[str], report: Diagnostics
) -> None:
    cited = faulty | {excerpt_id for card in cards for excerpt_id in card.cites}
    for excerpt in deck.excerpts:
        if excerpt.id not in cited:
            report.warning(excerpt.location, f"excerpt '{excerpt.id}' yields no question")
        for fact in excerpt.facts:
            if fact.id not in used_facts:
                report.warning(
                    fact.location, f"fact '{fact.id}' is used by no template and no chronology"
                )
