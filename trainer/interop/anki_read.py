"""Converting an Anki package (.apkg, .colpkg) into a question bank.

A package is a zip archive. Its `meta` member says which collection file holds the notes:
`collection.anki21b` (zstd-compressed, schema 18) for modern packages,
`collection.anki21` or `collection.anki2` for legacy ones. Modern packages also carry a
`collection.anki2` holding a single "please update Anki" note, which is never read in
their stead. Notes of a normal type become questions, one per card the note has (so a
Basic-and-reversed note gives two); Cloze notes become excerpts with cloze deletions
(nested ones, which a deck cannot hold, one question per cloze number).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from trainer.core.records import record
from trainer.interop.anki_cloze import nested_cloze_questions, revealed
from trainer.interop.anki_collection import (
    AnkiNote,
    Collection,
    NoteType,
    protobuf_fields,
    read_collection,
)
from trainer.interop.anki_fields import Reference, references, rendered, section_fields
from trainer.interop.anki_math import left_unread, plain_math
from trainer.interop.archive import MiB, UnsafeArchive, open_archive
from trainer.interop.back_lines import answer_and_explanation
from trainer.interop.bank import Bank, BankItem, BankQuestion, InteropError
from trainer.interop.ids import guid_key
from trainer.interop.text_clean import html_to_text, removed_message

MAX_COLLECTION = 1024 * MiB
# How every SQLite database file opens.
_SQLITE = (b"SQLite format 3\x00", "SQLite database")
MAX_META = MiB
MAX_MEDIA_LIST = 64 * MiB
# Package versions (the `meta` member) and the collection file each one names.
_COLLECTIONS = {1: "collection.anki2", 2: "collection.anki21", 3: "collection.anki21b"}
_CLOZE = re.compile(r"\{\{c\d+::")
# Field names that hold a note's citation, by the excerpt's key they fill.
_CITATIONS = {"page": "page", "pages": "page", "chapter": "chapter", "url": "url", "link": "url"}
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
    # Each template read once, not once a card: 100 templates of 100,000 characters, read
    # for each of a hostile package's 30,000 cards, took a quarter of an hour.
    parsed = {type_id: _parsed(kind) for type_id, kind in collection.note_types.items()}
    for note in collection.notes:
        note_type = collection.note_types.get(note.type_id)
        where = f"{shown} (note {note.id})"
        if note_type is None:
            bank.warn(where, "its note type is missing from the package; left out")
            continue
        tags = list(note.tags)
        if several_decks:
            decks = {collection.decks.get(did, "") for _, did in collection.cards.get(note.id, [])}
            # A deck's name is one tag, its spaces, tabs and line breaks joined: a tag
            # holding a line break is refused, and took the note with it.
            tags += sorted("_".join(d.split()) for d in decks if d.strip())
        item = (
            _cloze_item(note, note_type, parsed[note.type_id], where, bank)
            if note_type.cloze
            else _normal_item(note, note_type, parsed[note.type_id], collection, where, bank)
        )
        if item is not None:
            bank.items.append(
                BankItem(
                    key=guid_key(note.guid),
                    where=where,
                    questions=item.questions,
                    text=item.text,
                    cloze=item.cloze,
                    page=item.page,
                    chapter=item.chapter,
                    url=item.url,
                    tags=tuple(tags),
                    comment=f"{note_type.name} note",
                )
            )
    _warn_repeated_questions(bank)
    return bank


def _warn_repeated_questions(bank: Bank) -> None:
    """A question another note asks too ("Capital of Italy?" → Rome, then → Roma): the
    learner would be marked wrong on one card for the answer the other wants."""
    first: dict[str, tuple[str, str]] = {}
    for item in bank.items:
        for question in item.questions:
            asked = " ".join(question.prompt.casefold().split())
            earlier = first.setdefault(asked, (item.where, question.answer))
            if earlier[0] == item.where:
                continue
            there = earlier[0].rpartition("(")[2].rstrip(")")
            if earlier[1] == question.answer:
                bank.warn(
                    item.where,
                    f"asks {_short(question.prompt)} as {there} does, with the same answer",
                )
            else:
                bank.warn(
                    item.where,
                    f"asks {_short(question.prompt)} as {there} does, with another answer: "
                    f"{_short(question.answer)} here, {_short(earlier[1])} there",
                )


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


@record
class _Template:
    """A card template's front and back, read: the fields each shows, and those its
    sections test."""

    front: tuple[Reference, ...]
    back: tuple[Reference, ...]
    sections: frozenset[str]


def _parsed(note_type: NoteType) -> tuple[_Template, ...]:
    return tuple(
        _Template(references(front), references(back), section_fields(front) | section_fields(back))
        for front, back in note_type.templates
    )


def _normal_item(
    note: AnkiNote,
    note_type: NoteType,
    templates: tuple[_Template, ...],
    collection: Collection,
    where: str,
    bank: Bank,
) -> BankItem | None:
    """One question per card: the fields its front shows are asked (a `{{hint:…}}` field
    is the question's hint); the first field its back shows otherwise (or through another
    filter: `{{kana:Reading}}` after `{{kanji:Reading}}`) is the answer, and any others
    it shows become the excerpt's text."""
    if not note_type.templates:
        bank.warn(where, f"its note type {note_type.name!r} has no card templates; left out")
        return None
    values = _field_values(note, note_type, where, bank)
    ordinals = sorted({o for o, _ in collection.cards.get(note.id, [])}) or [0]
    questions: list[BankQuestion] = []
    notes: list[str] = []
    # A "Page", "Chapter" or "URL" field is the excerpt's citation, not its text.
    cited = {
        kind: name
        for name in values
        if (kind := _CITATIONS.get(name.strip().casefold())) and _citable(kind, values[name])
    }
    used: set[str] = set(cited.values())
    for ordinal in ordinals:
        if not 0 <= ordinal < len(note_type.templates):
            # A negative ordinal would index from the end: another template, or none.
            bank.warn(where, f"card {ordinal + 1} has no template in its note type; left out")
            continue
        template = templates[ordinal]
        used.update(template.sections)
        front_refs = [r for r in template.front if r.name in values and not r.typed]
        back_refs = [r for r in template.back if r.name in values and r.name not in cited.values()]
        used.update(r.name for r in (*front_refs, *back_refs))
        asked = _shown((r for r in front_refs if not r.hint), values)
        hints = _shown((r for r in front_refs if r.hint), values)
        told = [text for key, text in _shown(back_refs, values).items() if key not in asked]
        told = [text for text in told if text]
        prompt = "\n".join(text for text in asked.values() if text)
        if not prompt or not told:
            side = "front" if not prompt else "back"
            bank.warn(where, f"card {ordinal + 1} has an empty {side}; left out")
            continue
        hint = "; ".join(text for text in hints.values() if text and text not in told)
        answer, explained = answer_and_explanation(told[0])
        if explained:
            bank.warn(
                where,
                f"card {ordinal + 1}: its answer is the back's first line, {_short(answer)}; "
                "the lines after it are shown after answering",
            )
        questions.append(BankQuestion(prompt=prompt, answer=answer, hint=hint))
        notes += [value for value in (explained, *told[1:]) if value and value not in notes]
        if (note.id, ordinal) in collection.suspended:
            bank.warn(where, f"card {ordinal + 1} is suspended in Anki; converted all the same")
    if not questions:
        return None
    # A field no card shows (a note's "Source" or "Notes") is not lost without a word.
    for name, value in values.items():
        if value and name not in used:
            bank.warn(
                where, f"its field '{name}' is on no card and is not converted: {_short(value)}"
            )
    return BankItem(
        key="",
        where=where,
        questions=tuple(questions),
        text="\n\n".join(notes),
        page=values.get(cited.get("page", ""), ""),
        chapter=values.get(cited.get("chapter", ""), ""),
        url=values.get(cited.get("url", ""), ""),
    )


def _citable(kind: str, value: str) -> bool:
    """A page of a few characters (`112`, `45-47`), a chapter of one line, a web address."""
    if kind == "url":
        return value.startswith(("http://", "https://")) and len(value.split()) == 1
    limit = 20 if kind == "page" else 200
    return 0 < len(value) <= limit and "\n" not in value


def _shown(refs: Iterable[Reference], values: dict[str, str]) -> dict[tuple[str, str], str]:
    """Each field's text as the references show it, once each, in order."""
    return {(r.name, text): text for r in refs for text in [rendered(values[r.name], r)]}


def _cloze_item(
    note: AnkiNote, note_type: NoteType, templates: tuple[_Template, ...], where: str, bank: Bank
) -> BankItem | None:
    if "image occlusion" in note_type.name.lower():
        bank.warn(where, "an image occlusion note cannot be converted; left out")
        return None
    values = _field_values(note, note_type, where, bank)
    front = templates[0].front if templates else ()
    cloze_fields = [r.name for r in front if "cloze" in r.filters and r.name in values]
    text_field = cloze_fields[0] if cloze_fields else next(iter(values), "")
    text = values.get(text_field, "")
    if not _CLOZE.search(text):
        bank.warn(where, "a cloze note with no cloze deletion; left out")
        return None
    for name, value in values.items():
        if name != text_field and value:
            bank.warn(where, f"its field '{name}' is not converted: {_short(value)}")
    questions = nested_cloze_questions(text)
    if questions is not None:
        bank.warn(
            where,
            "its cloze deletions are nested, as a deck's cannot be: converted as one "
            "question per cloze number",
        )
        return BankItem(key="", where=where, questions=questions, text=revealed(text))
    return BankItem(key="", where=where, text=text, cloze=True)


def _field_values(note: AnkiNote, note_type: NoteType, where: str, bank: Bank) -> dict[str, str]:
    names = note_type.fields or tuple(f"Field {i + 1}" for i in range(len(note.fields)))
    values: dict[str, str] = {}
    media: list[str] = []
    if len(note.fields) > len(names):
        extra = [f for f in note.fields[len(names) :] if f.strip()]
        if extra:
            # Only the first few are quoted: a note of 100,000 fields makes one short line.
            shown = ", ".join(_short(html_to_text(f).text) for f in extra[:_LISTED])
            more = f" and {len(extra) - _LISTED} more" if len(extra) > _LISTED else ""
            bank.warn(where, f"fields its note type does not name are not converted: {shown}{more}")
    unread: list[str] = []
    removed = 0
    for name, raw in zip(names, note.fields, strict=False):
        cleaned = html_to_text(raw)
        values[name], formulas = plain_math(cleaned.text)
        media += cleaned.media
        removed += cleaned.removed
        unread += [formula for formula in formulas if left_unread(formula)]
    if removed:
        bank.warn(where, removed_message(removed))
    if media:
        bank.warn(
            where, f"refers to media a deck cannot show: {_listed(list(dict.fromkeys(media)))}"
        )
    if unread:
        bank.warn(where, f"math with commands trainer cannot write as text: {_listed(unread)}")
    return values


def _listed(names: list[str]) -> str:
    shown = ", ".join(repr(name) for name in names[:_LISTED])
    return shown + (f" and {len(names) - _LISTED} more" if len(names) > _LISTED else "")


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= 60 else flat[:57] + "...")
