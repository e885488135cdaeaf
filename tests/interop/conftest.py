"""Fixtures for interchange tests: Anki itself (headless), and packages Anki made.

The `anki` package (AGPL) is a test dependency only: it checks that Anki reads what
trainer writes, and makes the packages trainer must read, in every collection format.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Notes every package made by Anki holds: (note type, fields, tags).
ANKI_NOTES: list[tuple[str, list[str], list[str]]] = [
    ("Basic", ["Which town got the <b>aviation</b> school?", "Lipetsk&nbsp;<br>in 1926"], ["geo"]),
    ("Basic (and reversed card)", ["Kazan", "town of the tank school"], []),
    ("Cloze", ["The {{c1::Rapallo}} treaty was signed in {{c2::1922::year}}.", "extra"], ["x"]),
    ("Basic (type in the answer)", ["Which firm built warplanes at Fili?", "Junkers"], []),
    ("Basic", ['Which river is this? <img src="volga.jpg">', "Volga [sound:volga.mp3]"], []),
]
DECK_NAME = "History::Weimar"


@pytest.fixture
def new_anki(tmp_path: Path) -> Iterator[Callable[[], Any]]:
    """Make fresh, empty Anki collections in private folders (closed afterwards)."""
    anki_collection = pytest.importorskip("anki.collection")
    opened: list[Any] = []

    def make() -> Any:
        folder = tmp_path / f"anki-{len(opened)}"
        folder.mkdir()
        collection = anki_collection.Collection(str(folder / "collection.anki2"))
        opened.append(collection)
        return collection

    yield make
    for collection in opened:
        if collection.db is not None:
            collection.close()


def fill(collection: Any) -> None:
    deck_id = collection.decks.id(DECK_NAME)
    for type_name, fields, tags in ANKI_NOTES:
        note = collection.new_note(collection.models.by_name(type_name))
        for index, value in enumerate(fields):
            note.fields[index] = value
        note.tags = tags
        collection.add_note(note, deck_id)


@pytest.fixture(scope="session")
def anki_packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Packages made by Anki from the same notes, by collection format."""
    anki_collection = pytest.importorskip("anki.collection")
    folder = tmp_path_factory.mktemp("anki-made")
    (folder / "source").mkdir()
    collection = anki_collection.Collection(str(folder / "source" / "collection.anki2"))
    fill(collection)
    made: dict[str, Path] = {}
    for legacy, name in ((False, "anki21b.apkg"), (True, "anki21.apkg")):
        made[name] = folder / name
        collection.export_anki_package(
            out_path=str(made[name]),
            options=anki_collection.ExportAnkiPackageOptions(
                with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy
            ),
            limit=None,
        )
    for legacy, name in ((False, "anki21b.colpkg"), (True, "anki21.colpkg")):
        made[name] = folder / name
        # Exporting a whole collection closes it; it is opened again for the next one.
        collection.export_collection_package(str(made[name]), include_media=True, legacy=legacy)
        collection = anki_collection.Collection(str(folder / "source" / "collection.anki2"))
    collection.close()
    # The oldest format: schema 11 as `collection.anki2`, with no `meta` (Anki 2.0, and
    # 2.1 with "support older Anki versions"): Anki's legacy collection, under that name.
    made["anki2.apkg"] = folder / "anki2.apkg"
    with (
        zipfile.ZipFile(made["anki21.apkg"]) as source,
        zipfile.ZipFile(made["anki2.apkg"], "w") as out,
    ):
        out.writestr("collection.anki2", source.read("collection.anki21"))
        out.writestr("media", source.read("media"))
    return made


@pytest.fixture
def anki_package(anki_packages: dict[str, Path]) -> Path:
    return anki_packages["anki21b.apkg"]
