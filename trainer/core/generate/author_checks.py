"""Author checks once every card is made: giveaway titles, unknown pages, undeclared dates."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from trainer.core.authored import Deck, Fact
from trainer.core.generate.context import Diagnostics
from trainer.core.generate.option_rules import core_words, fold_once
from trainer.core.generate.prompt_giveaways import offers_answer
from trainer.core.model import Card, CardKind
from trainer.core.partial_dates import Precision, parse_iso_date

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
    # Only the cards of an excerpt with a title are looked at (half the bench's cards).
    titled = {excerpt.id for excerpt in deck.excerpts if excerpt.title}
    if not titled:
        return
    by_excerpt: dict[str, list[Card]] = defaultdict(list)
    for card in cards:
        if (
            card.excerpt_id in titled
            and card.kind not in _NO_ANSWER
            and not offers_answer(card.prompt, card.answer.text)
        ):
            by_excerpt[card.excerpt_id].append(card)
    # Each accepted answer as looked for in titles, worked out once: answers recur from
    # card to card (4 ms of 13 saved at 10,000 cards).
    looked_for: dict[str, str] = {}
    for excerpt in deck.excerpts:
        if not excerpt.title or excerpt.id not in by_excerpt:
            continue
        title = f" {fold_once(excerpt.title)} "
        # Every card it gives away, by answer: an author who mends the one card named
        # would miss its siblings of the same answer ("Keats", "Byron": "Romantic").
        given: dict[str, list[str]] = defaultdict(list)
        for card in by_excerpt[excerpt.id]:
            answer = card.answer
            for text in (*(answer.parts or (answer.text,)), *answer.alternatives):
                sought = looked_for.get(text)
                if sought is None:
                    sought = looked_for[text] = _looked_for(text)
                # As `holds_words(title, core)`, the title padded once.
                if sought and sought in title:
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


def _looked_for(text: str) -> str:
    """An accepted answer's core words, padded with spaces to be found as whole words in a
    padded title; empty when they are only words that give nothing away."""
    core = core_words(text)
    return f" {core} " if core and set(core.split()) - _EMPTY_WORDS else ""


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


def report_undeclared_dates(deck: Deck, report: Diagnostics) -> None:
    """Warn about each undeclared field, not named `date`, whose every value is a date
    or a year, one at least to the month (`launched: 1957-10-04`): it is text until
    declared, shown and graded as written ("1957-10-04"), where a `date` field says "4
    October 1957"."""
    finer: dict[str, tuple[Fact, str]] = {}  # the first value to the month or day
    refused: set[str] = set(deck.fields) | {"date"}
    for excerpt in deck.excerpts:
        for fact in excerpt.facts:
            for name, value in fact.values.items():
                if name in refused:
                    continue
                # Only digits open an ISO date: most text is passed over at once.
                when = parse_iso_date(value) if value[:1].isdigit() else None
                if when is None:
                    refused.add(name)
                elif when.precision is not Precision.YEAR:
                    finer.setdefault(name, (fact, value))
    for name, (fact, value) in finer.items():
        if name not in refused:
            report.warning(
                fact.field_locations.get(name, fact.location),
                f"field '{name}' holds dates ('{value}'), shown and graded as text unless "
                f"declared: add `{name}: {{type: date}}` under `fields:`",
            )
