"""A compiled deck in the collection's own format: every row an import writes, encoded once.

Encoding a card (its JSON and content hash) costs more than writing it. A ``PreparedDeck``
holds the encoded rows, so that the engine can keep one on disk next to the deck it came
from (see ``trainer.engine.deck_cache``) and import it again without compiling or encoding.
It holds only strings and tuples of strings, which are quick to store and to load.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from trainer.core.deck.cloze_markers import plain_text
from trainer.core.gc_control import gc_paused
from trainer.core.model import Card, CompiledDeck, Diagnostic
from trainer.core.records import record
from trainer.store.cards import card_row
from trainer.store.decks import deck_info_json, defaults_to_json
from trainer.store.errors import ImportConflictError

# A card as imported: id, excerpt id, kind, content JSON (as UTF-8), content hash,
# prompt, answer text (for search) and tags text. See ``trainer.store.cards.card_row``.
CardRow = tuple[str, str, str, bytes, str, str, str, str]
# An excerpt as imported: id, title, text, pages, chapter, url.
ExcerptRow = tuple[str, str, str, str, str, str]
# No rows known: every card is encoded.
_NONE_KNOWN: Mapping[str, CardRow] = MappingProxyType({})


@record
class PreparedDeck:
    """What importing a compiled deck writes: the deck's row, its excerpts and its cards."""

    deck_id: str
    title: str
    content_hash: str
    # Every file the deck was read from, main file first.
    files: tuple[str, ...]
    defaults_json: str
    info_json: str
    excerpts: tuple[ExcerptRow, ...]
    cards: tuple[CardRow, ...]
    warnings: tuple[Diagnostic, ...] = ()

    @property
    def files_json(self) -> str:
        return json.dumps(list(self.files), ensure_ascii=False)


def prepare_deck(
    compiled: CompiledDeck, known: Mapping[str, CardRow] = _NONE_KNOWN
) -> PreparedDeck:
    """Encode a compiled deck for import; ImportConflictError if a card id is foreign or
    given twice.

    `known` holds rows already encoded, by card id, for cards known to be exactly those
    the rows were encoded from (see ``DeckCache``): they are taken as they are.
    """
    return prepare_cards(compiled, list(compiled.cards), known)


@gc_paused()  # a row per card, in no cycle (see gc_control)
def prepare_cards(
    compiled: CompiledDeck, cards: list[Card | None], known: Mapping[str, CardRow] = _NONE_KNOWN
) -> PreparedDeck:
    """`prepare_deck` of `compiled`'s deck and warnings with `cards`, which are taken out
    of the list as they are encoded: a caller that holds them nowhere else frees each
    card once its row is made, so that a large deck's cards and rows are not all held at
    once (about 4 MB less at the peak of a cold import of 100,000 cards). `compiled`'s
    own cards are not read."""
    deck = compiled.deck
    _check_card_ids(deck.id, [card for card in cards if card is not None])
    return PreparedDeck(
        deck_id=deck.id,
        title=deck.title,
        content_hash=deck.content_hash,
        files=deck.files,
        defaults_json=defaults_to_json(deck.defaults),
        info_json=deck_info_json(deck),
        excerpts=tuple(
            (
                excerpt.id,
                excerpt.title,
                # Stored as the learner reads it after answering: deletions filled in.
                plain_text(excerpt.text),
                excerpt.source.pages,
                excerpt.source.chapter,
                excerpt.source.url,
            )
            for excerpt in deck.excerpts
        ),
        cards=tuple(_rows_releasing(cards, known)),
        warnings=compiled.warnings,
    )


def _rows_releasing(cards: list[Card | None], known: Mapping[str, CardRow]) -> Iterator[CardRow]:
    for position, card in enumerate(cards):
        assert card is not None
        cards[position] = None
        yield known.get(card.id) or card_row(card)


def _check_card_ids(deck_id: str, cards: list[Card]) -> None:
    prefix = f"{deck_id}:"
    foreign = [c.id for c in cards if c.deck_id != deck_id or not c.id.startswith(prefix)]
    if foreign:
        raise ImportConflictError(
            f"deck {deck_id!r}: cards that do not belong to it: {some_ids(foreign)}"
        )
    ids = [card.id for card in cards]
    if len(set(ids)) == len(ids):  # ids are counted only when one of them repeats
        return
    duplicates = [card_id for card_id, n in Counter(ids).items() if n > 1]
    if duplicates:
        raise ImportConflictError(f"deck {deck_id!r}: duplicate card ids: {some_ids(duplicates)}")


def some_ids(ids: list[str], shown: int = 5) -> str:
    """The first few ids, quoted, and how many more there are."""
    listed = ", ".join(repr(card_id) for card_id in ids[:shown])
    return listed + (f" and {len(ids) - shown} more" if len(ids) > shown else "")
