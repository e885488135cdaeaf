"""A hostile Anki package: a card's template number outside its note type's templates."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from trainer.interop.bank import InteropError
from trainer.interop.sources import convert

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
CREATE TABLE revlog (id integer primary key, cid integer, usn integer, ease integer,
  ivl integer, lastIvl integer, factor integer, time integer, type integer);
"""
_BASIC = {
    "1": {
        "name": "Basic",
        "type": 0,
        "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}],
        "tmpls": [{"ord": 0, "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr>{{Back}}"}],
    }
}


def legacy_package(path: Path, ordinals: list[int]) -> Path:
    """A legacy .apkg of one Basic note whose cards have these template numbers."""
    database = path.with_suffix(".anki2")
    connection = sqlite3.connect(database)
    connection.executescript(_SCHEMA)
    connection.execute(
        "INSERT INTO col VALUES (1,0,0,0,11,0,0,0,'{}',?,?,'{}','{}')",
        (json.dumps(_BASIC), json.dumps({"1": {"name": "Weimar"}})),
    )
    connection.execute(
        "INSERT INTO notes VALUES (1,'g',1,0,0,'',?,0,0,0,'')",
        ("Which town got the aviation school?\x1fLipetsk",),
    )
    for number, ordinal in enumerate(ordinals, start=1):
        connection.execute(
            "INSERT INTO cards VALUES (?,1,1,?,0,0,0,0,0,0,0,0,0,0,0,0,0,'')", (number, ordinal)
        )
    connection.commit()
    connection.close()
    with zipfile.ZipFile(path, "w") as package:
        package.write(database, "collection.anki2")
        package.writestr("media", "{}")
    return path


@pytest.mark.parametrize("ordinal", [-1, -5, 7])
def test_a_card_with_no_template_of_its_number_is_left_out_with_a_warning(
    tmp_path: Path, ordinal: int
) -> None:
    # A negative number indexed from the end: -1 took the last template, -5 crashed.
    package = legacy_package(tmp_path / "bank.apkg", [0, ordinal])
    converted = convert(package, deck_id="weimar")
    assert [card.answer.text for card in converted.compiled.cards] == ["Lipetsk"]
    assert any("has no template in its note type" in note.message for note in converted.notes)
    with pytest.raises(InteropError, match="no question could be converted"):
        convert(legacy_package(tmp_path / "only.apkg", [ordinal]), deck_id="weimar")
