"""A hostile Anki package: templates huge and many, cards past what a deck holds."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.support.anki_legacy import legacy_package, note_type
from trainer.interop import anki_collection, anki_fields, anki_read
from trainer.interop.anki_fields import Reference, references
from trainer.interop.bank import InteropError
from trainer.interop.sources import convert

# A template that shows its field a thousand times, as a package that compresses to a
# few kilobytes may: each is the one field, shown once.
_REPEATED = "{{Front}}" * 1000
_TEMPLATES = [(_REPEATED, "{{FrontSide}}<hr>{{Back}}" * 100) for _ in range(5)]


def test_a_field_shown_again_is_one_reference() -> None:
    assert references(_REPEATED) == (Reference("Front", frozenset()),)
    shown = references("{{Front}} {{hint:Front}} {{Front}} {{Back}}")
    assert [(r.name, r.hint) for r in shown] == [("Front", False), ("Front", True), ("Back", False)]


def test_each_template_is_read_once_however_many_cards_use_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Read again for every card, 100 templates of 100,000 characters took a quarter of
    # an hour for a package of 30,000 cards.
    model = note_type("Many", ["Front", "Back"], _TEMPLATES)
    notes = [[f"Question {i}?", f"Answer {i}"] for i in range(20)]
    package = legacy_package(tmp_path / "bank.apkg", model, notes)
    read: list[str] = []

    def counted(template: str) -> tuple[Reference, ...]:
        read.append(template)
        return references(template)

    monkeypatch.setattr(anki_read, "references", counted)
    converted = convert(package, deck_id="many")
    assert len(converted.compiled.cards) == 100  # a card per template of each note
    assert len(read) == 2 * len(_TEMPLATES)  # front and back of each, once
    assert anki_fields.references is references


def test_more_cards_than_a_deck_can_hold_are_refused_before_any_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(anki_collection, "MAX_CARDS", 10)
    model = note_type("Basic", ["Front", "Back"], [("{{Front}}", "{{Back}}")] * 3)
    notes = [[f"Question {i}?", f"Answer {i}"] for i in range(4)]
    package = legacy_package(tmp_path / "bank.apkg", model, notes)  # 12 cards
    with pytest.raises(InteropError, match="refused: holds 12 cards, more than 10"):
        convert(package, deck_id="many")


def test_a_deck_name_with_a_line_break_is_one_tag_and_keeps_its_notes(tmp_path: Path) -> None:
    model = note_type("Basic", ["Front", "Back"], [("{{Front}}", "{{Back}}")])
    notes = [["Which town got the aviation school?", "Lipetsk"], ["And the tanks?", "Kazan"]]
    package = legacy_package(tmp_path / "bank.apkg", model, notes)
    database = package.with_suffix(".anki2")
    with sqlite3.connect(database) as connection:
        decks = {"1": {"name": "Weimar\nGermany"}, "2": {"name": "Other"}}
        connection.execute("UPDATE col SET decks = ?", (json.dumps(decks),))
        connection.execute("UPDATE cards SET did = 2 WHERE nid = 2")
    connection.close()
    with zipfile.ZipFile(package, "w") as archive:
        archive.write(database, "collection.anki2")
        archive.writestr("media", "{}")
    converted = convert(package, deck_id="weimar")
    tags = {card.answer.text: card.tags for card in converted.compiled.cards}
    assert tags == {"Lipetsk": ("Weimar_Germany",), "Kazan": ("Other",)}
