"""A re-import takes the encoded rows of the cards that did not change from the deck
cache's entry, and encodes only the others."""

from __future__ import annotations

from pathlib import Path

import pytest

import trainer.engine.deck_cache
import trainer.store.prepared
from tests.engine.test_deck_cache_steps import ONE, TWO
from tests.support.chaptered_deck import chapter_yaml, excerpt_yaml, write_deck
from trainer.core.compile import compile_deck
from trainer.core.model import Card
from trainer.engine.deck_cache import STEPS_SUFFIX, DeckCache
from trainer.store import CardRow, prepare_cards, prepare_deck
from trainer.store.cards import card_row as encode_card

# A question of chapter two, and one that chapter one may gain whose answer a typo of
# the first would reach.
HANGARS = """\
  - id: two-hangars
    page: 7
    text: The school's aircraft were kept in wooden hangars by the river.
    questions:
      - q: Where were the school's aircraft kept?
        a: wooden hangars
"""
HANGERS = """\
  - id: one-hangers
    page: 8
    text: The pilots' coats hung on wooden hangers in the mess.
    questions:
      - q: What did the pilots' coats hang on?
        a: wooden hangers
"""


def _chapter(name: str, people: list[tuple[str, str]], *, seen: str = "inspect") -> str:
    excerpts = [
        excerpt_yaml(f"{name}-{i}", i + 1, who, place).replace("inspect", seen)
        for i, (who, place) in enumerate(people)
    ]
    return chapter_yaml(excerpts)


def _write(folder: Path, one: str, two: str) -> None:
    (folder / "chapters" / "one.yaml").write_text(one, "utf-8")
    (folder / "chapters" / "two.yaml").write_text(two, "utf-8")


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    return write_deck(tmp_path / "deck", "rows", _chapter("one", ONE), _chapter("two", TWO))


@pytest.fixture
def encoded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The id of every card encoded from now on."""
    ids: list[str] = []

    def card_row(card: Card) -> CardRow:
        ids.append(card.id)
        return encode_card(card)

    monkeypatch.setattr(trainer.store.prepared, "card_row", card_row)
    return ids


def test_an_edited_chapter_encodes_only_its_own_cards_and_those_reshaped(
    deck: Path, cache: DeckCache, encoded: list[str]
) -> None:
    first = cache.prepared_deck(deck)
    assert len(encoded) == len(first.cards)
    reshaped_before = cache.load_memo(deck).reshaped
    encoded.clear()
    _write(deck.parent, _chapter("one", ONE, seen="visit"), _chapter("two", TWO))
    prepared = cache.prepared_deck(deck)
    # Cards the deck-wide passes reshape (accepted surnames, confusables) are encoded
    # again: only their steps' shape is remembered.
    reshaped = reshaped_before | cache.load_memo(deck).reshaped
    untouched = {row[0] for row in first.cards if row[0].startswith("rows:two-")} - reshaped
    assert untouched
    assert untouched.isdisjoint(encoded), str(encoded)
    assert {row[0] for row in prepared.cards if row[0].startswith("rows:one-")} <= set(encoded)
    assert prepared == prepare_deck(compile_deck(deck))


def test_a_card_a_new_value_elsewhere_makes_confusable_is_encoded_again(
    deck: Path, cache: DeckCache, encoded: list[str]
) -> None:
    """Chapter two's question is replayed, but its answer now has a confusable in a
    value added to chapter one: its row is the new card's, not the old one."""
    _write(deck.parent, _chapter("one", ONE), _chapter("two", TWO) + HANGARS)
    cache.prepared_deck(deck)
    assert "rows:two-hangars:q1" not in cache.load_memo(deck).reshaped
    encoded.clear()
    _write(deck.parent, _chapter("one", ONE) + HANGERS, _chapter("two", TWO) + HANGARS)
    prepared = cache.prepared_deck(deck)
    assert "rows:two-hangars:q1" in encoded
    assert prepared == prepare_deck(compile_deck(deck))


def test_rows_of_a_compile_other_than_the_remembered_one_are_not_taken(
    deck: Path, cache: DeckCache, encoded: list[str]
) -> None:
    """The steps and the entry are written one after the other; if only the entry was
    written (a crash between the two), the steps remember another deck than the entry
    holds, and none of its rows is taken."""
    reworded = HANGERS.replace("What did the pilots' coats hang on", "What held the coats")
    _write(deck.parent, _chapter("one", ONE) + HANGERS, _chapter("two", TWO))
    cache.prepared_deck(deck)
    steps = cache.entry_path(deck).with_suffix(STEPS_SUFFIX)
    remembered = steps.read_bytes()
    _write(deck.parent, _chapter("one", ONE) + reworded, _chapter("two", TWO))
    cache.prepared_deck(deck)
    steps.write_bytes(remembered)
    # The question as it was when the steps were remembered: its step is replayed, but
    # the entry holds the row of the reworded question.
    _write(deck.parent, _chapter("one", ONE) + HANGERS, _chapter("two", TWO[:2]))
    encoded.clear()
    prepared = cache.prepared_deck(deck)
    assert len(encoded) == len(prepared.cards)
    assert prepared == prepare_deck(compile_deck(deck))


def test_a_refresh_encodes_every_card(deck: Path, cache: DeckCache, encoded: list[str]) -> None:
    first = cache.prepared_deck(deck)
    encoded.clear()
    assert cache.prepared_deck(deck, refresh=True) == first
    assert len(encoded) == len(first.cards)


def test_steps_written_without_their_entry_lend_no_rows(
    deck: Path, cache: DeckCache, encoded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The steps are written before the rows are encoded, so that the deck they hold can
    go first; if the entry is then not written (a crash, or ids that clash), the steps
    remember another deck than the entry holds, and none of its rows is taken."""
    reworded = HANGERS.replace("What did the pilots' coats hang on", "What held the coats")
    _write(deck.parent, _chapter("one", ONE) + HANGERS, _chapter("two", TWO))
    cache.prepared_deck(deck)
    _write(deck.parent, _chapter("one", ONE) + reworded, _chapter("two", TWO))

    def interrupted(*_: object, **__: object) -> None:
        raise RuntimeError("interrupted after the steps were written")

    monkeypatch.setattr(trainer.engine.deck_cache, "prepare_cards", interrupted)
    with pytest.raises(RuntimeError):
        cache.prepared_deck(deck)
    monkeypatch.setattr(trainer.engine.deck_cache, "prepare_cards", prepare_cards)
    assert cache.load_memo(deck).steps  # the reworded deck's steps were remembered
    encoded.clear()
    prepared = cache.prepared_deck(deck)
    assert len(encoded) == len(prepared.cards)
    assert prepared == prepare_deck(compile_deck(deck))
