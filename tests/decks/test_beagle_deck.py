"""The bundled Voyage of the Beagle deck: its size, its pinned ids and options, its faithfulness.

The deck's card ids and the options of its generated questions are pinned in data files next
to this module. When a change to the deck or the generator is meant to change them, rewrite
the files with `python tests/decks/test_beagle_deck.py --write`, and judge the changed
questions by hand, as a teacher would, before committing the new pins.
"""

from __future__ import annotations

import calendar
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from trainer.core.answering.normalise import fold
from trainer.core.compile import compile_deck
from trainer.core.model import Card, CardKind, CompiledDeck
from trainer.core.partial_dates import parse_iso_date

HERE = Path(__file__).parent
DECKS = Path(__file__).parents[2] / "decks"
BEAGLE = DECKS / "voyage-of-the-beagle.yaml"
CHAPTERS = DECKS / "voyage-of-the-beagle"
IDS_FILE = HERE / "beagle_card_ids.txt"
OPTIONS_FILE = HERE / "beagle_options.json"

# The kinds whose options a learner chooses from: their options, statement and key are pinned.
PINNED_KINDS = (CardKind.CHOICE, CardKind.TRUE_FALSE, CardKind.CHRONOLOGY)
MIN_PER_KIND = 40
ROMAN_CHAPTER = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")


@pytest.fixture(scope="module")
def beagle() -> CompiledDeck:
    return compile_deck(BEAGLE)


def pinned_options(compiled: CompiledDeck) -> dict[str, dict[str, object]]:
    """What a learner is shown for every card with options: prompt, options and key."""
    return {
        card.id: {
            "kind": card.kind.value,
            "prompt": card.prompt,
            "choices": list(card.choices),
            "key": list(card.answer.key),
        }
        for card in compiled.cards
        if card.kind in PINNED_KINDS
    }


def write_pins() -> None:
    compiled = compile_deck(BEAGLE)
    IDS_FILE.write_text("\n".join(sorted(c.id for c in compiled.cards)) + "\n", encoding="utf-8")
    # One card a line, so that a changed option shows as a changed line in a diff.
    cards = sorted(pinned_options(compiled).items())
    lines = [f"{json.dumps(id_)}: {json.dumps(shown, ensure_ascii=False)}" for id_, shown in cards]
    OPTIONS_FILE.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def test_the_deck_compiles_without_warnings_from_its_chapter_files(beagle: CompiledDeck) -> None:
    assert [str(warning) for warning in beagle.warnings] == []
    chapter_files = {Path(name).name for name in beagle.deck.files} - {BEAGLE.name}
    assert chapter_files == {path.name for path in CHAPTERS.glob("*.yaml")}
    assert len(chapter_files) >= 5


def test_it_makes_at_least_forty_cards_of_every_kind(beagle: CompiledDeck) -> None:
    counts = beagle.counts_by_kind()
    short = {kind.value: counts.get(kind, 0) for kind in CardKind}
    assert {kind: n for kind, n in short.items() if n < MIN_PER_KIND} == {}


def test_card_ids_are_unique_and_stable(beagle: CompiledDeck) -> None:
    ids = [card.id for card in beagle.cards]
    assert [card_id for card_id, n in Counter(ids).items() if n > 1] == []
    pinned = IDS_FILE.read_text(encoding="utf-8").split()
    assert sorted(ids) == pinned


def test_options_statements_and_keys_are_pinned(beagle: CompiledDeck) -> None:
    pinned = json.loads(OPTIONS_FILE.read_text(encoding="utf-8"))
    current = pinned_options(beagle)
    assert current.keys() == pinned.keys()
    changed = [card_id for card_id in current if current[card_id] != pinned[card_id]]
    assert changed == []


def test_every_excerpt_cites_a_chapter_of_the_1845_edition(beagle: CompiledDeck) -> None:
    source = beagle.deck.source
    assert source is not None
    assert (source.author, source.edition, source.year) == ("Charles Darwin", "2nd", "1845")
    for excerpt in beagle.deck.excerpts:
        chapter = excerpt.source.chapter
        assert chapter == "Preface" or (chapter and ROMAN_CHAPTER.fullmatch(chapter)), excerpt.id
        # The citation is shown above every card, so it must not carry a date.
        assert not re.search(r"\d", chapter), excerpt.id


def test_every_dated_fact_has_its_month_and_year_in_its_excerpt(beagle: CompiledDeck) -> None:
    # A chronology card shows the excerpts of its facts; each date must be read there.
    for excerpt in beagle.deck.excerpts:
        for fact in excerpt.facts:
            if "date" not in fact.values:
                continue
            when = parse_iso_date(fact.values["date"])
            assert when is not None, fact.id
            assert str(when.year) in excerpt.text, fact.id
            if when.precision > 1:
                assert calendar.month_name[when.month] in excerpt.text, fact.id


def test_true_and_false_are_balanced(beagle: CompiledDeck) -> None:
    verdicts = [c.answer.text for c in beagle.cards if c.kind is CardKind.TRUE_FALSE]
    assert 0.4 <= verdicts.count("True") / len(verdicts) <= 0.6


def _wrong_options(card: Card) -> list[str]:
    return [choice for i, choice in enumerate(card.choices) if (i,) != card.answer.key]


def test_port_of_call_options_are_other_ports_of_call(beagle: CompiledDeck) -> None:
    ports = {
        fold(fact.values["place"])
        for excerpt in beagle.deck.excerpts
        for fact in excerpt.facts
        if "visit" in fact.tags
    }
    asked = [card for card in beagle.cards if card.id.endswith(".reach-where")]
    assert len(asked) == len(ports) >= 20
    for card in asked:
        accepted = {fold(text) for text in (card.answer.text, *card.answer.alternatives)}
        assert {fold(choice) for choice in card.choices} <= ports, card.id
        assert not accepted & {fold(choice) for choice in _wrong_options(card)}, card.id


def test_automatic_cloze_never_blanks_the_voyage_itself(beagle: CompiledDeck) -> None:
    # "[...] reached Tenerife" asking for "Beagle", or "Darwin" in Darwin's own book,
    # asks nothing: plain excerpts are written without them.
    answers = {c.answer.text for c in beagle.cards if c.kind is CardKind.AUTO_CLOZE}
    assert answers & {"Beagle", "HMS Beagle", "Darwin", "Charles Darwin", "naturalist"} == set()


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    write_pins()
