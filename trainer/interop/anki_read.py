"""Converting an Anki package (.apkg, .colpkg) into a question bank.

A package is a zip archive. Its `meta` member says which collection file holds the notes:
`collection.anki21b` (zstd-compressed, schema 18) for modern packages,
`collection.anki21` or `collection.anki2` for legacy ones. Modern packages also carry a
`collection.anki2` holding a single "please update Anki" note, which is never read in
their stead. Notes of a normal type become questions, one per card the note has (so a
Basic-and-reversed note gives two); Cloze notes become excerpts with cloze deletions.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from pathlib import Path

from trainer.interop.anki_collection import (
    AnkiNote,
    Collection,
    NoteType,
    protobuf_fields,
    read_collection,
)
from trainer.interop.archive import MiB, UnsafeArchive, open_archive
from trainer.interop.bank import Bank, BankItem, BankQuestion, InteropError
from trainer.interop.ids import guid_key
from trainer.interop.text_clean import html_to_text

MAX_COLLECTION = 1024 * MiB
# How every SQLite database file opens.
_SQLITE = (b"SQLite format 3\x00", "SQLite database")
MAX_META = MiB
MAX_MEDIA_LIST = 64 * MiB
# Package versions (the `meta` member) and the collection file each one names.
_COLLECTIONS = {1: "collection.anki2", 2: "collection.anki21", 3: "collection.anki21b"}
_REFERENCE = re.compile(r"\{\{([^{}]*)\}\}")
_SPECIAL = frozenset({"FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag"})
_CLOZE = re.compile(r"\{\{c\d+::")
_LISTED = 5


def read_package(path: Path, shown: str) -> Bank:
    with open_archive(path) as archive, tempfile.TemporaryDirectory(prefix="trainer-") as temp:
        member = collection_member(archive)
        database = Path(temp) / "collection.sqlite"
        with open(database, "wb") as out:
            archive.copy_to(
                member, out, MAX_COLLECTION, zstd=member.endswith("b"), signature=_SQLITE
            )
        collection = read_collection(database, shown)
        media = _media_names(archive, member.endswith("b"))
    bank = Bank(source=shown, title=_title(collection, shown))
    if media is None:
        bank.warn(shown, "its list of media files cannot be read; media are not converted")
    elif media:
        bank.warn(
            shown,
            f"holds {len(media)} media files (images, sounds), which a deck "
            f"cannot show: {_listed(media)}",
        )
    if collection.reviews:
        bank.warn(
            shown,
            f"holds {collection.reviews} reviews; a learner's progress is not "
            "converted (a deck holds questions, not progress)",
        )
    several_decks = len({did for cards in collection.cards.values() for _, did in cards}) > 1
    for note in collection.notes:
        note_type = collection.note_types.get(note.type_id)
        where = f"{shown} (note {note.id})"
        if note_type is None:
            bank.warn(where, "its note type is missing from the package; left out")
            continue
        tags = list(note.tags)
        if several_decks:
            decks = {collection.decks.get(did, "") for _, did in collection.cards.get(note.id, [])}
            tags += sorted(d.replace(" ", "_") for d in decks if d)
        item = (
            _cloze_item(note, note_type, where, bank)
            if note_type.cloze
            else _normal_item(note, note_type, collection, where, bank)
        )
        if item is not None:
            bank.items.append(
                BankItem(
                    key=guid_key(note.guid),
                    where=where,
                    questions=item.questions,
                    text=item.text,
                    cloze=item.cloze,
                    tags=tuple(tags),
                    comment=f"{note_type.name} note",
                )
            )
    return bank


def collection_member(archive: UnsafeArchive) -> str:
    """The member holding the real collection, as the package's `meta` names it."""
    version = None
    if archive.has("meta"):
        try:
            version = protobuf_fields(archive.read("meta", MAX_META)).get(1, [1])[0]
        except ValueError as error:
            raise InteropError(
                f"{archive.path}: damaged package: its meta is unreadable ({error})"
            ) from None
    elif archive.has("collection.anki21"):
        version = 2
    else:
        version = 1
    name = _COLLECTIONS.get(version) if isinstance(version, int) else None
    if name is None:
        raise InteropError(
            f"{archive.path}: a package of version {version!r}, made by a newer Anki than "
            "trainer knows; export it again with 'Support older Anki versions' ticked"
        )
    if not archive.has(name):
        raise InteropError(f"{archive.path}: damaged package: it holds no {name}")
    return name


def _media_names(archive: UnsafeArchive, modern: bool) -> list[str] | None:
    if not archive.has("media"):
        return []
    try:
        data = archive.read("media", MAX_MEDIA_LIST, zstd=modern)
        if modern:
            entries = protobuf_fields(data).get(1, [])
            names = [protobuf_fields(e).get(1, [b""])[0] for e in entries if isinstance(e, bytes)]
            return [n.decode("utf-8", "replace") for n in names if isinstance(n, bytes)]
        listed = json.loads(data.decode("utf-8") or "{}")
        return [str(name) for name in listed.values()] if isinstance(listed, dict) else None
    except (ValueError, InteropError, RecursionError):  # RecursionError: JSON nested too deep
        return None


def _title(collection: Collection, shown: str) -> str:
    used = Counter(did for cards in collection.cards.values() for _, did in cards)
    for did, _ in used.most_common():
        name = collection.decks.get(did, "")
        if name and name != "Default":
            return name
    return Path(shown).stem


def _normal_item(
    note: AnkiNote, note_type: NoteType, collection: Collection, where: str, bank: Bank
) -> BankItem | None:
    """One question per card: the fields its front shows are asked; the first field only
    its back shows is the answer, and any others it shows become the excerpt's text."""
    values = _field_values(note, note_type, where, bank)
    ordinals = sorted({o for o, _ in collection.cards.get(note.id, [])}) or [0]
    questions: list[BankQuestion] = []
    notes: list[str] = []
    shown: set[str] = set()
    for ordinal in ordinals:
        if not 0 <= ordinal < len(note_type.templates):
            # A negative ordinal would index from the end: another template, or none.
            bank.warn(where, f"card {ordinal + 1} has no template in its note type; left out")
            continue
        front, back = note_type.templates[ordinal]
        asked = _fields_shown(front, values, answer_side=False)
        on_back = _fields_shown(back, values, answer_side=True)
        shown.update(asked, on_back)
        told = [values[f] for f in on_back if f not in asked]
        told = [value for value in told if value]
        prompt = "\n".join(values[f] for f in asked if values[f])
        if not prompt or not told:
            side = "front" if not prompt else "back"
            bank.warn(where, f"card {ordinal + 1} has an empty {side}; left out")
            continue
        questions.append(BankQuestion(prompt=prompt, answer=told[0]))
        notes += [value for value in told[1:] if value not in notes]
    if not questions:
        return None
    # A field no card shows (a note's "Source" or "Notes") is not lost without a word.
    for name, value in values.items():
        if value and name not in shown:
            bank.warn(
                where, f"its field '{name}' is on no card and is not converted: {_short(value)}"
            )
    return BankItem(key="", where=where, questions=tuple(questions), text="\n\n".join(notes))


def _cloze_item(note: AnkiNote, note_type: NoteType, where: str, bank: Bank) -> BankItem | None:
    if "image occlusion" in note_type.name.lower():
        bank.warn(where, "an image occlusion note cannot be converted; left out")
        return None
    values = _field_values(note, note_type, where, bank)
    front = note_type.templates[0][0] if note_type.templates else ""
    cloze_fields = [name for used, name in _references(front) if "cloze" in used and name in values]
    text_field = cloze_fields[0] if cloze_fields else next(iter(values), "")
    text = values.get(text_field, "")
    if not _CLOZE.search(text):
        bank.warn(where, "a cloze note with no cloze deletion; left out")
        return None
    for name, value in values.items():
        if name != text_field and value:
            bank.warn(where, f"its field '{name}' is not converted: {_short(value)}")
    return BankItem(key="", where=where, text=text, cloze=True)


def _field_values(note: AnkiNote, note_type: NoteType, where: str, bank: Bank) -> dict[str, str]:
    names = note_type.fields or tuple(f"Field {i + 1}" for i in range(len(note.fields)))
    values: dict[str, str] = {}
    media: list[str] = []
    if len(note.fields) > len(names):
        extra = [_short(html_to_text(f).text) for f in note.fields[len(names) :] if f.strip()]
        if extra:
            bank.warn(
                where, f"fields its note type does not name are not converted: {', '.join(extra)}"
            )
    for name, raw in zip(names, note.fields, strict=False):
        cleaned = html_to_text(raw)
        values[name] = cleaned.text
        media += cleaned.media
    if media:
        bank.warn(where, f"refers to media a deck cannot show: {_listed(media)}")
    return values


def _fields_shown(template: str, values: dict[str, str], *, answer_side: bool) -> list[str]:
    """The fields a card template shows, in order: a front's `{{type:…}}` field is typed,
    not shown, so it belongs to the answer."""
    shown = [name for used, name in _references(template) if answer_side or "type" not in used]
    return [name for name in dict.fromkeys(shown) if name in values]


def _references(template: str) -> list[tuple[set[str], str]]:
    """Each field a template names, with the filters applied to it (`{{type:Back}}`)."""
    found: list[tuple[set[str], str]] = []
    for match in _REFERENCE.finditer(template):
        inner = match.group(1).strip()
        if not inner or inner[0] in "#^/!":
            continue
        *used, name = (part.strip() for part in inner.split(":"))
        if name not in _SPECIAL:
            found.append(({f.split()[0] for f in used if f.split()}, name))
    return found


def _listed(names: list[str]) -> str:
    shown = ", ".join(repr(name) for name in names[:_LISTED])
    return shown + (f" and {len(names) - _LISTED} more" if len(names) > _LISTED else "")


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= 60 else flat[:57] + "...")
