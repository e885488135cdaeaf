"""Tests for the benchmarks' inputs: synthetic decks of exact sizes, the same notes for Anki."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from bench.decks import CARDS_PER_PAIR, chapter_plan, write_deck
from bench.notes import HEADER, write_notes
from bench.table import ROWS, render_report
from bench.workspace import due_plan
from trainer.core.compile import compile_deck
from trainer.core.model import CardKind


@pytest.mark.parametrize("cards", [1, 32, 33, 1000, 2000])
def test_chapters_add_up_to_the_size_asked(cards: int) -> None:
    plan = chapter_plan(cards)
    assert sum(pairs * CARDS_PER_PAIR + extra for pairs, extra in plan) == cards


def test_a_deck_has_exactly_the_cards_asked_of_every_kind(tmp_path: Path) -> None:
    files = write_deck(tmp_path / "deck", 1000)
    compiled = compile_deck(files.main)
    assert len(compiled.cards) == 1000
    assert compiled.warnings == ()
    kinds = Counter(card.kind for card in compiled.cards)
    assert set(kinds) == set(CardKind)
    assert len(compiled.deck.files) == 1 + len(files.chapters)
    assert all(card.source for card in compiled.cards)


def test_the_revision_rewords_adds_and_retires_in_the_first_chapter_only(
    tmp_path: Path,
) -> None:
    original = write_deck(tmp_path / "a", 2000)
    revised = write_deck(tmp_path / "b", 2000, edited=True)
    assert original.chapters[1].read_bytes() == revised.chapters[1].read_bytes()
    before = {card.id: card for card in compile_deck(original.main).cards}
    after = {card.id: card for card in compile_deck(revised.main).cards}
    assert len(after.keys() - before.keys()) == 3
    assert len(before.keys() - after.keys()) == 3
    changed = [i for i in before.keys() & after.keys() if before[i] != after[i]]
    assert changed and all(":ch001-" in card_id for card_id in changed)


def test_the_notes_hold_one_note_per_card_keyed_by_card_id(tmp_path: Path) -> None:
    compiled = compile_deck(write_deck(tmp_path / "deck", 100).main)
    notes = tmp_path / "notes.txt"
    assert write_notes(compiled, notes) == 100
    text = notes.read_text(encoding="utf-8")
    assert text.startswith(HEADER)
    rows = list(csv.reader(text[len(HEADER) :].splitlines(), delimiter="\t"))
    assert [row[0] for row in rows] == [card.id for card in compiled.cards]
    choice = next(card for card in compiled.cards if card.kind is CardKind.CHOICE)
    assert f"(1) {choice.choices[0]}" in rows[compiled.cards.index(choice)][1]


def test_a_tenth_of_the_cards_are_due() -> None:
    kinds = Counter(due_plan(position)[0] for position in range(1000))
    assert kinds == {"due": 100, "later": 600, "new": 300}


def test_the_table_compares_each_figure_with_its_target() -> None:
    figures = {row.ours: [2.0] for row in ROWS} | {
        row.reference: [1.0] for row in ROWS if row.reference
    }
    figures["ours.study.next"] = [1.0, 1.5, 0.5]
    report = render_report({1000: figures}, "a machine", (1000,))
    lines = {line.split(" | ")[0].lstrip("| "): line for line in report.splitlines()}
    assert "2.00× | ≤ 1.5× | **missed**" in lines["Deck compile, cold (YAML → cards)"]
    assert "1.00× | ≤ 2.0× | met" in lines["Next card"]
    app = "Answer latency, app (key → next on screen, vs bare app)"
    assert lines[app].endswith("| ≤ 50 ms | **missed** |")


def test_the_apps_answer_latency_is_held_to_its_own_bound() -> None:
    figures = {row.ours: [2.0] for row in ROWS} | {
        row.reference: [1.0] for row in ROWS if row.reference
    }
    figures["ours.app.latency"] = [0.040, 0.045, 0.030]
    figures["floor_app.latency"] = [0.002]
    report = render_report({1000: figures}, "a machine", (1000,))
    line = next(line for line in report.splitlines() if "Answer latency, app" in line)
    assert "| 40 ms | 2.00 ms | 20.00× | ≤ 50 ms | met |" in line
