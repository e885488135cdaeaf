"""Card rows: the Card dataclass as stored JSON, a card with its status and schedule, and status.

A card's content is stored as JSON of the ``Card`` dataclass so the app can show any card
without recompiling its deck. The codec walks the dataclass's own type hints, so fields
added to ``Card`` or ``Answer`` later are stored and read back without changes here.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import types
import typing
from collections.abc import Iterable, Mapping
from enum import Enum, StrEnum
from functools import cache, lru_cache

from trainer.core.model import ANSWER_FIELDS, CARD_FIELDS, Answer, Card
from trainer.core.records import record
from trainer.core.scheduling.schedule import Schedule
from trainer.store.card_json import card_json, card_utf8_and_hash, read_card_json
from trainer.store.codec import schedule_from_values
from trainer.store.errors import CollectionCorruptError, CollectionError, UnknownCardError
from trainer.store.transactions import read_transaction, translated_errors, write_transaction

TAG_SEPARATOR = "\x1f"


class CardStatus(StrEnum):
    """Whether a card is scheduled: suspended by the learner, or retired by its deck."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    RETIRED = "retired"


@record
class CardEntry:
    """A stored card: its content, whether it is scheduled, its schedule, its deck order."""

    card: Card
    status: CardStatus
    schedule: Schedule
    position: int


@record
class EncodedCard:
    """A card ready for the ``cards`` and ``card_content`` tables."""

    card: Card
    content: str
    content_hash: str
    answer_text: str
    tags: str


def card_to_json(card: Card) -> str:
    """The card as compact JSON; the same card always gives the same text."""
    return card_json(card)


def card_from_json(text: str) -> Card:
    """The inverse of ``card_to_json``."""
    try:
        data = read_card_json(text)
        if isinstance(data, dict) and data.keys() == _CARD_KEYS:
            answer = data["answer"]
            if isinstance(answer, dict) and answer.keys() == _ANSWER_KEYS:
                return _card_as_written(data, answer)
        card = _decode(Card, data)
    except (ValueError, TypeError, KeyError) as error:
        raise CollectionCorruptError(f"a stored card cannot be read ({error})") from error
    assert isinstance(card, Card)
    return card


def _card_as_written(data: dict[str, typing.Any], answer: dict[str, typing.Any]) -> Card:
    # A card is read before every question: when its JSON has exactly this version's
    # fields, build it directly, at half the cost of the general decoder below (which
    # handles cards written by older or newer versions). Both walk the same dataclass
    # fields, so a field added to Card or Answer is never dropped by one of them.
    values: dict[str, typing.Any] = {
        name: data[name] if convert is None else convert(data[name]) for name, convert in _CARD_FAST
    }
    answer_values: dict[str, typing.Any] = {
        name: answer[name] if convert is None else convert(answer[name])
        for name, convert in _ANSWER_FAST
    }
    values["answer"] = Answer(**answer_values)
    return Card(**values)


FastConverter = typing.Callable[[typing.Any], typing.Any]


def _fast_converters(cls: type) -> tuple[tuple[str, FastConverter | None], ...]:
    """Per field of a flat dataclass, how its JSON value becomes the field's value
    (None: as JSON reads it). Only the types cards are made of are supported."""
    hints = typing.get_type_hints(cls)
    converters: list[tuple[str, FastConverter | None]] = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        convert: FastConverter | None
        if typing.get_origin(hint) is tuple:
            convert = tuple
        elif hint is float:
            convert = float
        elif isinstance(hint, type) and issubclass(hint, Enum):
            convert = hint
        elif hint in (str, int, bool) or (cls is Card and f.name == "answer"):
            convert = None
        else:
            raise TypeError(f"{cls.__name__}.{f.name}: no fast decoding for {hint!r}")
        converters.append((f.name, convert))
    return tuple(converters)


def encode_card(card: Card) -> EncodedCard:
    _, _, _, content, content_hash, _, answer, tags = card_row(card)
    return EncodedCard(card, content.decode("utf-8"), content_hash, answer, tags)


def card_row(card: Card) -> tuple[str, str, str, bytes, str, str, str, str]:
    """The card as imported: id, excerpt id, kind, content JSON (UTF-8, stored as text),
    content hash, prompt, answer text (the answer and its alternatives, for search) and
    tags text."""
    content, content_hash = card_utf8_and_hash(card)
    answer = card.answer
    return (
        card.id,
        card.excerpt_id,
        card.kind.value,
        content,
        content_hash,
        card.prompt,
        " ".join((answer.text, *answer.alternatives)) if answer.alternatives else answer.text,
        tags_text(card.tags),
    )


def tags_text(tags: Iterable[str]) -> str:
    """Tags as stored for exact matching with ``instr``: each one fenced by char(31)."""
    return _fenced(tuple(tags))


# Most of a deck's cards carry the same few sets of tags: each row shares its set's text
# (a text a card took 7 MB at 100,000 cards, all but a few of them alike).
@lru_cache(maxsize=4096)
def _fenced(tags: tuple[str, ...]) -> str:
    return TAG_SEPARATOR + "".join(tag + TAG_SEPARATOR for tag in tags)


# Columns read to build a CardEntry: `c` is cards, `cc` is card_content.
ENTRY_COLUMNS = (
    "cc.content, c.status, c.position, c.scheduler, c.memory, c.interval, c.due, "
    "c.last_review, c.drill, c.lapses, c.reviews"
)


def entry_source(index: str | None = None) -> str:
    """The FROM clause for ENTRY_COLUMNS; ``index`` pins the index used to walk cards."""
    hint = f" INDEXED BY {index}" if index else ""
    return f"cards c{hint} JOIN card_content cc ON cc.card_id = c.id"


ENTRY_FROM = entry_source()


def entry_from_row(row: sqlite3.Row) -> CardEntry:
    """The CardEntry of a row that starts with ENTRY_COLUMNS (read by position: a card is
    read before every question, and looking columns up by name costs more)."""
    return CardEntry(
        card=card_from_json(str(row[0])),
        status=CardStatus(row[1]),
        schedule=schedule_from_values(*row[3:11]),
        position=int(row[2]),
    )


def get_card(conn: sqlite3.Connection, card_id: str) -> CardEntry:
    """The stored card with that id, whatever its status; UnknownCardError if none."""
    # One statement reads one snapshot: no transaction needed around it.
    with translated_errors(conn):
        row = conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM} WHERE c.id = ?", (card_id,)
        ).fetchone()
    if row is None:
        raise UnknownCardError(card_id)
    return entry_from_row(row)


def get_cards(conn: sqlite3.Connection, card_ids: Iterable[str]) -> dict[str, CardEntry]:
    """The stored cards among ``card_ids``, by id; unknown ids are left out."""
    found: dict[str, CardEntry] = {}
    ids = list(dict.fromkeys(card_ids))
    with read_transaction(conn):
        # Chunked to stay under SQLite's limit on bound parameters.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM} WHERE c.id IN ({marks})", chunk
            )
            for row in rows:
                entry = entry_from_row(row)
                found[entry.card.id] = entry
    return found


def set_status(conn: sqlite3.Connection, card_id: str, status: CardStatus | str) -> None:
    """Suspend or unsuspend a card. Retiring is the deck's doing: see ``apply_import``."""
    wanted = CardStatus(status)
    if wanted is CardStatus.RETIRED:
        raise ValueError("cards are retired by re-importing their deck, not by set_status")
    with write_transaction(conn):
        row = conn.execute("SELECT status FROM cards WHERE id = ?", (card_id,)).fetchone()
        if row is None:
            raise UnknownCardError(card_id)
        if row["status"] == CardStatus.RETIRED:
            raise CollectionError(f"card {card_id!r} is retired: its deck no longer has it")
        conn.execute("UPDATE cards SET status = ? WHERE id = ?", (wanted.value, card_id))


_CARD_KEYS = frozenset(CARD_FIELDS)
_ANSWER_KEYS = frozenset(ANSWER_FIELDS)
_CARD_FAST = tuple((name, convert) for name, convert in _fast_converters(Card) if name != "answer")
_ANSWER_FAST = _fast_converters(Answer)


Decoder = typing.Callable[[object], object]


def _decode(hint: object, value: object) -> object:
    """Rebuild a value of type ``hint`` from its JSON form."""
    return _decoder(hint)(value)


@cache
def _decoder(hint: object) -> Decoder:
    """A function rebuilding values of type ``hint`` from their JSON form.

    It is worked out once per type from the type hints, so that reading a card costs a
    few calls, not a walk over its class's hints.
    """
    origin = typing.get_origin(hint)
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return _nullable(_tuple_of(_decoder(args[0])))
        return _nullable(_fixed_tuple(tuple(_decoder(arg) for arg in args)))
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _decoder(options[0]) if len(options) == 1 else _as_is
    if origin is not None:
        return _nullable(_mapping)
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            hints = typing.get_type_hints(hint)
            fields = {f.name: _decoder(hints[f.name]) for f in dataclasses.fields(hint)}
            converted = {name: decode for name, decode in fields.items() if decode is not _as_is}
            return _nullable(_dataclass_of(hint, frozenset(fields), converted))
        if issubclass(hint, Enum):
            return _nullable(hint)
        if hint is float:
            return _float
    return _as_is


def _nullable(decode: Decoder) -> Decoder:
    return lambda value: None if value is None else decode(value)


def _tuple_of(item: Decoder) -> Decoder:
    def decode(value: object) -> object:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {value!r}")
        return tuple(map(item, value))

    return decode


def _fixed_tuple(items: tuple[Decoder, ...]) -> Decoder:
    def decode(value: object) -> object:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {value!r}")
        return tuple(item(v) for item, v in zip(items, value, strict=True))

    return decode


def _dataclass_of(cls: type, names: frozenset[str], converted: dict[str, Decoder]) -> Decoder:
    """Builds `cls` from an object: unknown keys are dropped (written by a newer trainer),
    and only the fields in `converted` go through a decoder; the rest are as JSON reads them."""

    def decode(value: object) -> object:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object for {cls.__name__}, got {value!r}")
        if value.keys() <= names:
            values = dict(value)
        else:
            values = {k: v for k, v in value.items() if k in names}
        for name, convert in converted.items():
            if name in values:
                values[name] = convert(values[name])
        return cls(**values)

    return decode


def _mapping(value: object) -> object:
    return types.MappingProxyType(dict(value)) if isinstance(value, Mapping) else value


def _float(value: object) -> object:
    return float(value) if isinstance(value, int | float) else value


def _as_is(value: object) -> object:
    return value
