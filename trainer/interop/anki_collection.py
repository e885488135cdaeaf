"""Reading an Anki collection file: note types, notes, cards and decks, in either schema.

Schema 11 (`collection.anki2`, `collection.anki21`) keeps note types and decks as JSON in
the `col` row; schema 18 (inside `collection.anki21b`) keeps them in tables whose
settings are protocol buffers. The file comes from an untrusted package: it is opened
read-only, with untrusted schema features off, only real tables are read, and any
SQLite error becomes a one-line InteropError.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from trainer.core.records import record
from trainer.core.untrusted import on_one_line
from trainer.interop.bank import InteropError

MAX_NOTES = 500_000
# The most cards read: a deck file of 8 MiB holds no more questions than this, whatever
# they ask ("- q: …" and its answer take 16 bytes at the least), so a package of more is
# refused at once rather than after a million questions are built.
MAX_CARDS = 500_000
# The most text a package's notes may hold, all told: four times what a deck file may
# hold (their markup and media names are left out on the way), checked by SQLite before
# any of it is read, so that a small package of huge fields never fills memory.
MAX_NOTES_TEXT = 32 * 1024 * 1024
# The most fields a note may have: Anki's note types have a handful, a few dozen at most.
MAX_FIELDS = 1_000
# The longest card template read: Anki's own are a few hundred characters.
MAX_TEMPLATE_CHARS = 100_000
_NORMAL, _CLOZE = 0, 1
_SUSPENDED = -1


@record
class NoteType:
    id: int
    name: str
    cloze: bool
    fields: tuple[str, ...]
    # (front template, back template) by card ordinal.
    templates: tuple[tuple[str, str], ...]


@record
class AnkiNote:
    id: int
    guid: str
    type_id: int
    tags: tuple[str, ...]
    fields: tuple[str, ...]


@dataclass(slots=True)
class Collection:
    note_types: dict[int, NoteType] = field(default_factory=dict)
    notes: list[AnkiNote] = field(default_factory=list)
    # Card ordinals and deck ids of each note's cards.
    cards: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    decks: dict[int, str] = field(default_factory=dict)
    # The (note id, card ordinal) of each card its learner suspended (queue -1).
    suspended: set[tuple[int, int]] = field(default_factory=set)
    # Answers the collection records (its learners' progress, which is not converted).
    reviews: int = 0


def read_collection(path: Path, shown: str) -> Collection:
    """Everything needed to convert the notes of the collection file at `path`."""
    try:
        with _connection(path) as conn:
            tables = {
                str(row[0])
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            modern = "notetypes" in tables
            # Each table read must be one: a view of the same name could compute forever.
            missing = {"col", "notes", "cards", *(_MODERN_TABLES if modern else ())} - tables
            if missing:
                raise InteropError(
                    f"{shown}: damaged package: its collection has no {sorted(missing)[0]} table"
                )
            if computed := _computed_table(conn, ("col", "notes", "cards", *_MODERN_TABLES)):
                raise InteropError(
                    f"{shown}: refused: its collection's {computed} table computes its values"
                )
            collection = Collection()
            if modern:
                collection.note_types = _modern_note_types(conn)
                collection.decks = {
                    int(i): str(n).replace("\x1f", "::")
                    for i, n in conn.execute("SELECT id, name FROM decks")
                }
            else:
                models, decks = conn.execute("SELECT models, decks FROM col").fetchone()
                collection.note_types = _legacy_note_types(json.loads(models))
                collection.decks = {
                    int(i): str(d.get("name", "")) for i, d in json.loads(decks).items()
                }
            _check_template_sizes(collection.note_types, shown)
            collection.notes = _notes(conn, shown)
            # A collection cut down to what a conversion needs may keep no queue.
            columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(cards)")}
            queue = "queue" if "queue" in columns else "0"
            (count,) = conn.execute("SELECT count(*) FROM cards").fetchone()
            if count > MAX_CARDS:
                raise InteropError(f"{shown}: refused: holds {count} cards, more than {MAX_CARDS}")
            cards = conn.execute(f"SELECT nid, ord, did, {queue} FROM cards ORDER BY id")
            for nid, ordinal, did, queue in cards:
                collection.cards.setdefault(int(nid), []).append((int(ordinal), int(did)))
                if queue == _SUSPENDED:
                    collection.suspended.add((int(nid), int(ordinal)))
            if "revlog" in tables:
                (collection.reviews,) = conn.execute("SELECT count(*) FROM revlog").fetchone()
            return collection
    except sqlite3.Error as error:
        raise InteropError(
            f"{shown}: damaged package: its collection cannot be read ({error})"
        ) from None
    # OverflowError: an infinite REAL where an integer belongs; RecursionError: JSON
    # nested past what the parser follows.
    except (
        ValueError,
        TypeError,
        KeyError,
        AttributeError,
        OverflowError,
        RecursionError,
    ) as error:
        raise InteropError(
            f"{shown}: damaged package: its collection is malformed ({error})"
        ) from None


# The tables of schema 18 besides `notetypes` that a conversion reads.
_MODERN_TABLES = ("fields", "templates", "decks")
# The longest string or blob a value may be: a generated column could make one of any
# size ("printf('%.*c', 900000000, 'x')") however small the file.
MAX_VALUE = 64 * 1024 * 1024
# SQLite's virtual machine instructions a conversion may run, checked every _STEP: far
# beyond what reading the most notes allowed takes, so that no schema trick (a generated
# column over a huge computation) keeps it running for ever.
_STEP = 100_000
_MAX_STEPS = 50_000


@contextmanager
def _connection(path: Path) -> Iterator[sqlite3.Connection]:
    uri = f"file:{quote(str(path))}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE)
        steps = iter(range(_MAX_STEPS))
        # A nonzero return interrupts the statement: sqlite3.OperationalError.
        conn.set_progress_handler(lambda: next(steps, None) is None, _STEP)
        # Anki's own collation, named in schema 18 tables: a case-blind comparison.
        conn.create_collation("unicase", _unicase)
        yield conn


def _computed_table(conn: sqlite3.Connection, names: tuple[str, ...]) -> str | None:
    """The first of the tables named that has a generated column: Anki's have none, and
    one computed on every read could be made to take any time."""
    for name in names:
        # table_xinfo's sixth column: 2 and 3 mark a generated column (virtual, stored).
        hidden = [row[6] for row in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,))]
        if any(kind in (2, 3) for kind in hidden):
            return name
    return None


def _unicase(left: str, right: str) -> int:
    a, b = left.casefold(), right.casefold()
    return (a > b) - (a < b)


def _notes(conn: sqlite3.Connection, shown: str) -> list[AnkiNote]:
    (count,) = conn.execute("SELECT count(*) FROM notes").fetchone()
    if count > MAX_NOTES:
        raise InteropError(f"{shown}: refused: holds {count} notes, more than {MAX_NOTES}")
    # Tags count too: a note's tags are text as unbounded as its fields.
    (text,) = conn.execute(
        "SELECT coalesce(sum(length(flds)), 0) + coalesce(sum(length(tags)), 0) FROM notes"
    ).fetchone()
    if text > MAX_NOTES_TEXT:
        raise InteropError(
            f"{shown}: refused: its notes hold {text // 2**20} MiB of text, more than "
            f"{MAX_NOTES_TEXT // 2**20} MiB"
        )
    return [
        AnkiNote(int(i), str(guid), int(mid), tuple(str(tags).split()), _fields(flds, i, shown))
        for i, guid, mid, tags, flds in conn.execute(
            "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"
        )
    ]


def _fields(fields: object, note: object, shown: str) -> tuple[str, ...]:
    """A note's fields, counted before they are split: 30 million separators in 32 MiB
    made as many empty strings (567 MB)."""
    text = str(fields)
    if text.count("\x1f") >= MAX_FIELDS:
        raise InteropError(
            f"{shown}: damaged package: note {note} has more than {MAX_FIELDS:,} fields"
        )
    return tuple(text.split("\x1f"))


def _check_template_sizes(note_types: dict[int, NoteType], shown: str) -> None:
    """Refuse a card template longer than MAX_TEMPLATE_CHARS: each note's card is made
    by reading its template through (a 40 MB one took a minute for 2,000 notes)."""
    for note_type in note_types.values():
        if any(len(side) > MAX_TEMPLATE_CHARS for pair in note_type.templates for side in pair):
            name = on_one_line(note_type.name)
            raise InteropError(
                f"{shown}: refused: note type '{name}' has a card template of more than "
                f"{MAX_TEMPLATE_CHARS:,} characters"
            )


def _legacy_note_types(models: dict[str, dict[str, Any]]) -> dict[int, NoteType]:
    types: dict[int, NoteType] = {}
    for key, model in models.items():
        fields = sorted(_dicts(model.get("flds")), key=lambda f: int(f.get("ord", 0)))
        templates = sorted(_dicts(model.get("tmpls")), key=lambda t: int(t.get("ord", 0)))
        types[int(key)] = NoteType(
            id=int(key),
            name=str(model.get("name", "")),
            cloze=model.get("type") == _CLOZE,
            fields=tuple(str(f.get("name", "")) for f in fields),
            templates=tuple((str(t.get("qfmt", "")), str(t.get("afmt", ""))) for t in templates),
        )
    return types


def _dicts(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise ValueError("a note type's fields or templates are not a list")
    return [item for item in value if isinstance(item, dict)]


def _modern_note_types(conn: sqlite3.Connection) -> dict[int, NoteType]:
    fields: dict[int, list[tuple[int, str]]] = {}
    for ntid, ordinal, name in conn.execute("SELECT ntid, ord, name FROM fields"):
        fields.setdefault(int(ntid), []).append((int(ordinal), str(name)))
    templates: dict[int, list[tuple[int, str, str]]] = {}
    for ntid, ordinal, config in conn.execute("SELECT ntid, ord, config FROM templates"):
        parsed = protobuf_fields(_blob(config, "a card template's"))
        front, back = _string(parsed, 1), _string(parsed, 2)
        templates.setdefault(int(ntid), []).append((int(ordinal), front, back))
    types: dict[int, NoteType] = {}
    for ntid, name, config in conn.execute("SELECT id, name, config FROM notetypes"):
        kind = protobuf_fields(_blob(config, "a note type's")).get(1, [_NORMAL])[0]
        types[int(ntid)] = NoteType(
            id=int(ntid),
            name=str(name),
            cloze=kind == _CLOZE,
            fields=tuple(n for _, n in sorted(fields.get(int(ntid), []))),
            templates=tuple((f, b) for _, f, b in sorted(templates.get(int(ntid), []))),
        )
    return types


def _blob(value: object, whose: str) -> bytes:
    """A settings column's bytes; ValueError for any other type. Never `bytes(value)`: of
    the integer 2**62 that would allocate as many zero bytes."""
    if not isinstance(value, bytes):
        raise ValueError(f"{whose} settings are {type(value).__name__}, not bytes")
    return value


def _string(parsed: dict[int, list[int | bytes]], number: int) -> str:
    values = parsed.get(number)
    if not values or not isinstance(values[0], bytes):
        return ""
    return values[0].decode("utf-8", errors="replace")


def protobuf_fields(data: bytes) -> dict[int, list[int | bytes]]:
    """The top-level fields of a protocol buffer message: varints and byte strings.

    Enough to read the few settings a conversion needs; ValueError if `data` is malformed.
    """
    fields: dict[int, list[int | bytes]] = {}
    position = 0
    while position < len(data):
        key, position = _varint(data, position)
        number, wire = key >> 3, key & 7
        value: int | bytes
        if wire == 0:
            value, position = _varint(data, position)
        elif wire == 2:
            length, position = _varint(data, position)
            if position + length > len(data):
                raise ValueError("a protocol buffer field runs past its end")
            value, position = data[position : position + length], position + length
        elif wire in (1, 5):
            width = 8 if wire == 1 else 4
            value, position = (
                int.from_bytes(data[position : position + width], "little"),
                position + width,
            )
        else:
            raise ValueError(f"unknown protocol buffer wire type {wire}")
        if position > len(data):
            raise ValueError("a protocol buffer field runs past its end")
        fields.setdefault(number, []).append(value)
    return fields


def _varint(data: bytes, position: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if position >= len(data) or shift > 63:
            raise ValueError("a protocol buffer number is cut short")
        byte = data[position]
        position += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, position
        shift += 7
