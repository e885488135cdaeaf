"""Author checks once every card is made: titles that give answers away, and unknown pages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from trainer.core.authored import Deck
from trainer.core.generate.context import Diagnostics
from trainer.core.generate.option_rules import core_words, fold_once, holds_words
from trainer.core.generate.prompt_giveaways import offers_answer
from trainer.core.model import Card, CardKind

# Words that give nothing away on their own: an accepted answer made only of these is
# never looked for in a title.
_EMPTY_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "or",
        "for",
        "by",
        "with",
        "from",
        "it",
        "its",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "is",
        "was",
        "were",
        "be",
        "been",
        "this",
        "that",
    ]
)
_NO_ANSWER = frozenset({CardKind.TRUE_FALSE, CardKind.CHRONOLOGY})
_LISTED = 3


def report_title_giveaways(deck: Deck, cards: Iterable[Card], report: Diagnostics) -> None:
    """Warn about each excerpt whose title holds an accepted answer of one of its cards.

    A title is shown above every question of its excerpt, so an answer in it is given away.
    Answers are looked for as whole words, folded, without a leading article. A question
    that offers its answer among alternatives it names ("Niger or Nigeria?") names it
    already: the title shows nothing more.
    """
    by_excerpt: dict[str, list[Card]] = defaultdict(list)
    for card in cards:
        if card.kind not in _NO_ANSWER and not offers_answer(card.prompt, card.answer.text):
            by_excerpt[card.excerpt_id].append(card)
    for excerpt in deck.excerpts:
        if not excerpt.title or excerpt.id not in by_excerpt:
            continue
        title = fold_once(excerpt.title)
        # Every card it gives away, by answer: an author who mends the one card named
        # would miss its siblings of the same answer ("Keats", "Byron": "Romantic").
        given: dict[str, list[str]] = defaultdict(list)
        for card in by_excerpt[excerpt.id]:
            answer = card.answer
            for text in (*(answer.parts or (answer.text,)), *answer.alternatives):
                core = core_words(text)
                if set(core.split()) - _EMPTY_WORDS and holds_words(title, core):
                    given[answer.text].append(card.id.rsplit(":", 1)[-1])
                    break
        if given:
            shown = list(given.items())[:_LISTED]
            listed = [f"'{text}' ({_slots(slots)})" for text, slots in shown]
            more = len(given) - _LISTED
            others = f" and {more} more" if more > 0 else ""
            answers = "answers" if len(given) > 1 else "answer"
            report.warning(
                excerpt.title_location or excerpt.location,
                f"excerpt '{excerpt.id}': its title '{excerpt.title}', shown above its "
                f"questions, gives away the {answers} {', '.join(listed)}{others}",
            )


def _slots(slots: list[str]) -> str:
    shown = ", ".join(slots[:_LISTED])
    return shown if len(slots) <= _LISTED else f"{shown} and {len(slots) - _LISTED} more cards"


# The page `trainer convert` gives an item whose source names none.
UNKNOWN_PAGE = "unknown"


def report_unknown_pages(deck: Deck, report: Diagnostics) -> None:
    """Warn about each excerpt whose page is `unknown`, a citation still to be written."""
    for excerpt in deck.excerpts:
        if excerpt.source.pages.strip().lower() == UNKNOWN_PAGE:
            report.warning(
                excerpt.location,
                f"excerpt '{excerpt.id}' has page: unknown; write the page it comes from",
            )
