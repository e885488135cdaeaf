"""True-or-false cards: a fact's statement, shown as written or with one field swapped."""

from __future__ import annotations

from trainer.core.generate.context import (
    CardSink,
    DeckIndex,
    Diagnostics,
    build_card,
    seeded_random,
)
from trainer.core.generate.templates import PreparedTemplate
from trainer.core.ids import card_id, template_slot
from trainer.core.model import Answer, AnswerType, CardKind, Excerpt, Fact

TRUE_FALSE_CHOICES = ("True", "False")


def true_false_card(
    index: DeckIndex,
    excerpt: Excerpt,
    fact: Fact,
    prepared: PreparedTemplate,
    sink: CardSink,
    report: Diagnostics,
) -> None:
    """The card `prepared` makes from `fact`; its id alone decides whether it is true."""
    deck = index.deck
    template = prepared.template
    id_ = card_id(deck.id, excerpt.id, template_slot(fact.id, template.id))
    rng = seeded_random(id_)
    shows_truth = rng.random() < 0.5
    sibling = index.pool(template.swap).sibling(rng, fact.values[template.swap])
    if sibling is None:
        # Decided regardless of the coin, so a card never comes and goes with it.
        report.warning(
            fact.location,
            f"fact '{fact.id}' has no sibling value of '{template.swap}' to swap in, "
            f"so template '{template.id}' makes no true/false card from it",
        )
        return
    true_statement = prepared.pattern.render(fact.values)
    verdict = TRUE_FALSE_CHOICES[0] if shows_truth else TRUE_FALSE_CHOICES[1]
    shown = (
        true_statement
        if shows_truth
        else prepared.pattern.render({**fact.values, template.swap: sibling})
    )
    card = build_card(
        index,
        id=id_,
        excerpts=(excerpt,),
        kind=CardKind.TRUE_FALSE,
        prompt=f"True or false: {shown}",
        answer=Answer(AnswerType.CHOICE, verdict, key=(TRUE_FALSE_CHOICES.index(verdict),)),
        choices=TRUE_FALSE_CHOICES,
        explanation="" if shows_truth else true_statement,
        tags=(*template.tags, *fact.tags),
    )
    sink.add(card, fact.location)
