"""Anki packages made by hand in the legacy schema: note types, notes and cards as given.

For packages Anki itself would make but the tests need in detail (a template's filters,
a suspended card), without Anki installed.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE col (id integer primary key, crt integer, mod integer, scm integer, ver integer,
  dty integer, usn integer, ls integer, conf text, models text, decks text, dconf text,
  tags text);
CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer,
  tags text, flds text, sfld integer, csum integer, flags integer, data text);
CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, mod integer,
  usn integer, type integer, queue integer, due integer, ivl integer, factor integer,
  reps integer, lapses integer, left integer, odue integer, odid integer, flags integer,
  data text);
"""


def note_type(
    name: str, fields: list[str], templates: list[tuple[str, str]], *, cloze: bool = False
) -> dict[str, Any]:
    """A legacy note type (a `models` entry): its fields and (front, back) templates."""
    return {
        "name": name,
        "type": 1 if cloze else 0,
        "flds": [{"name": field, "ord": i} for i, field in enumerate(fields)],
        "tmpls": [{"ord": i, "qfmt": q, "afmt": a} for i, (q, a) in enumerate(templates)],
    }


def legacy_package(
    path: Path,
    model: dict[str, Any],
    notes: list[list[str]],
    *,
    cards: list[tuple[int, int, int]] | None = None,
) -> Path:
    """A .apkg of `notes` of one note type; `cards` are (note index, ordinal, queue),
    by default one new card per template of each note."""
    database = path.with_suffix(".anki2")
    connection = sqlite3.connect(database)
    connection.executescript(_SCHEMA)
    connection.execute(
        "INSERT INTO col VALUES (1,0,0,0,11,0,0,0,'{}',?,?,'{}','{}')",
        (json.dumps({"7": model}), json.dumps({"1": {"name": "Shared"}})),
    )
    for index, fields in enumerate(notes):
        connection.execute(
            "INSERT INTO notes VALUES (?,?,7,0,0,'',?,0,0,0,'')",
            (index + 1, f"guid{index}", "\x1f".join(fields)),
        )
    if cards is None:
        cards = [(n, o, 0) for n in range(len(notes)) for o in range(len(model["tmpls"]))]
    for number, (index, ordinal, queue) in enumerate(cards, start=1):
        connection.execute(
            "INSERT INTO cards VALUES (?,?,1,?,0,0,0,?,0,0,0,0,0,0,0,0,0,'')",
            (number, index + 1, ordinal, queue),
        )
    connection.commit()
    connection.close()
    with zipfile.ZipFile(path, "w") as package:
        package.write(database, "collection.anki2")
        package.writestr("media", "{}")
    return path
