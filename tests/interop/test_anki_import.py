"""Packages made by Anki itself, in each collection format, convert to the same deck."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from trainer.cli import main
from trainer.core.compile import compile_deck
from trainer.core.model import CardKind
from trainer.interop.sources import convert

FORMATS = ["anki21b.apkg", "anki21.apkg", "anki21b.colpkg", "anki21.colpkg", "anki2.apkg"]


def cards_of(path: Path) -> list[tuple[str, str, str, tuple[str, ...]]]:
    converted = convert(path, name=str(path.with_suffix(".yaml")), deck_id="weimar")
    return [
        (card.kind.value, card.prompt, card.answer.text, card.tags)
        for card in converted.compiled.cards
    ]


@pytest.mark.parametrize("name", FORMATS)
def test_every_note_type_converts(anki_packages: dict[str, Path], name: str) -> None:
    converted = convert(anki_packages[name], deck_id="weimar")
    deck = converted.compiled.deck
    assert deck.title == "History::Weimar"
    cards = {(c.kind, c.prompt): c for c in converted.compiled.cards}
    basic = cards[(CardKind.QA, "Which town got the aviation school?")]
    assert basic.answer.text == "Lipetsk\nin 1926"
    assert basic.tags == ("geo",)
    # Basic and reversed: two questions from one note.
    assert cards[(CardKind.QA, "Kazan")].answer.text == "town of the tank school"
    assert cards[(CardKind.QA, "town of the tank school")].answer.text == "Kazan"
    # Type in the answer: the typed field is the answer, not part of the question.
    assert cards[(CardKind.QA, "Which firm built warplanes at Fili?")].answer.text == "Junkers"
    # Media are left out of the text and reported.
    assert cards[(CardKind.QA, "Which river is this?")].answer.text == "Volga"
    messages = " ".join(note.message for note in converted.notes)
    assert "'volga.jpg'" in messages
    assert "'volga.mp3'" in messages
    # Cloze: the deletions and their hint, as Anki wrote them.
    cloze = [c for c in converted.compiled.cards if c.kind is CardKind.CLOZE]
    assert [c.prompt for c in cloze] == [
        "The [...] treaty was signed in 1922.",
        "The Rapallo treaty was signed in [year].",
    ]
    assert [c.answer.text for c in cloze] == ["Rapallo", "1922"]
    assert "its field 'Back Extra' is not converted: 'extra'" in messages
    # Never the "please update Anki" note of the dummy collection.anki2.
    assert not any("Please update" in c.prompt for c in converted.compiled.cards)


def test_all_formats_give_the_same_cards(anki_packages: dict[str, Path]) -> None:
    first, *others = (cards_of(anki_packages[name]) for name in FORMATS)
    assert len(first) == 7
    assert all(cards == first for cards in others)


def test_the_ids_are_stable_when_converted_again(anki_packages: dict[str, Path]) -> None:
    path = anki_packages["anki21b.apkg"]
    once = convert(path).compiled
    again = convert(path).compiled
    assert [c.id for c in once.cards] == [c.id for c in again.cards]
    # Ids come from the notes' GUIDs, so they are the same from every format.
    legacy = convert(anki_packages["anki2.apkg"], deck_id="anki21b").compiled
    assert [c.id for c in legacy.cards] == [c.id for c in once.cards]


def test_the_converted_deck_passes_check(
    anki_packages: dict[str, Path],
    tmp_path: Path,
    home: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "weimar.yaml"
    assert main(["convert", str(anki_packages["anki21b.apkg"]), "-o", str(output)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"{anki_packages['anki21b.apkg']} → {output}: 5 excerpts")
    assert "warning: refers to media a deck cannot show: 'volga.jpg', 'volga.mp3'" in err
    assert main(["check", str(output)]) == 0
    checked = capsys.readouterr()
    assert "7 cards" in checked.out
    assert checked.err.count("has page: unknown") == 5
    assert len(compile_deck(output).cards) == 7


def test_a_field_on_no_card_is_reported_not_dropped(new_anki: Any, tmp_path: Path) -> None:
    """A note's field that no card template shows (a "Source" kept for the author) would
    be lost in the conversion: a warning names it."""
    collection = new_anki()
    note_type = collection.models.copy(collection.models.by_name("Basic"))
    note_type["name"] = "Basic with source"
    collection.models.add_field(note_type, collection.models.new_field("Source"))
    collection.models.update_dict(note_type)
    note = collection.new_note(collection.models.by_name("Basic with source"))
    note.fields[:] = ["Which town got the aviation school?", "Lipetsk", "Moore, p. 41"]
    collection.add_note(note, collection.decks.id("Weimar"))
    converted = convert(_exported(collection, tmp_path / "source.apkg"), deck_id="weimar")
    messages = [note.message for note in converted.notes]
    assert "its field 'Source' is on no card and is not converted: 'Moore, p. 41'" in messages
    assert [card.answer.text for card in converted.compiled.cards] == ["Lipetsk"]


def test_controls_removed_from_a_note_are_told_at_the_note(new_anki: Any, tmp_path: Path) -> None:
    collection = new_anki()
    note = collection.new_note(collection.models.by_name("Basic"))
    note.fields[0] = "Which town\u202e got the school?"
    note.fields[1] = "Lip\x1b[2Jetsk"
    collection.add_note(note, collection.decks.id("Weimar"))
    converted = convert(_exported(collection, tmp_path / "controls.apkg"), deck_id="weimar")
    (card,) = converted.compiled.cards
    assert (card.prompt, card.answer.text) == ("Which town got the school?", "Lip[2Jetsk")
    (told,) = [n for n in converted.notes if "control or formatting" in n.message]
    # Anki itself drops the escape character as it saves the note.
    assert told.message.startswith("1 control or formatting character removed")
    assert "(note " in told.where


def test_a_back_whose_lines_explain_it_is_answered_by_its_first_line(
    new_anki: Any, tmp_path: Path
) -> None:
    # The whole back was the answer: "vitamin K" was wrong, "'prothrombin' is missing".
    collection = new_anki()
    for front, back in [
        ("Warfarin reversal agent?", "Vitamin K<div>also: prothrombin complex concentrate</div>"),
        ("The three branches?", "Legislative<br>Executive<br>Judicial"),
    ]:
        note = collection.new_note(collection.models.by_name("Basic"))
        note.fields[:] = [front, back]
        collection.add_note(note, collection.decks.id("Pharmacology"))
    converted = convert(_exported(collection, tmp_path / "backs.apkg"), deck_id="pharm")
    cards = converted.compiled.cards
    assert [card.answer.text for card in cards] == [
        "Vitamin K",
        "Legislative\nExecutive\nJudicial",  # its parts, each a line: one answer
    ]
    (excerpt, _) = converted.compiled.deck.excerpts
    assert excerpt.text == "also: prothrombin complex concentrate"
    assert any(
        "its answer is the back's first line, 'Vitamin K'" in n.message for n in converted.notes
    )


def _exported(collection: Any, path: Path) -> Path:
    """`collection` written by Anki as a modern package at `path`, without media."""
    anki_collection = pytest.importorskip("anki.collection")
    collection.export_anki_package(
        out_path=str(path),
        options=anki_collection.ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=False, legacy=False
        ),
        limit=None,
    )
    return path
