"""Card rows: the Card dataclass as stored JSON, a card with its status and state, and status.

A card's content is stored as JSON of the ``Card`` dataclass so the app can show any card
without recompiling its deck. The codec walks the dataclass's own type hints, so fields
added to ``Card`` or ``Answer`` later are stored and read back without changes here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import types
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import cache

from trainer.core.model import Card
from trainer.core.state import CardState
from trainer.store.codec import state_from_values
from trainer.store.errors import CollectionCorruptError, CollectionError, UnknownCardError
from trainer.store.transactions import read_transaction, write_transaction

TAG_SEPARATOR = "\x1f"


class CardStatus(StrEnum):
    """Whether a card is scheduled: suspended by the learner, or retired by its deck."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    RETIRED = "retired"


@dataclass(frozen=True, slots=True)
class CardEntry:
    """A stored card: its content, whether it is scheduled, its SM-2 state, its deck order."""

    card: Card
    status: CardStatus
    state: CardState
    position: int


@dataclass(frozen=True, slots=True)
class EncodedCard:
    """A card ready for the ``cards`` and ``card_content`` tables."""

    card: Card
    content: str
    content_hash: str
    answer_text: str
    tags: str


def card_to_json(card: Card) -> str:
    """The card as compact JSON; the same card always gives the same text."""
    return _ENCODER.encode(card)


def card_from_json(text: str) -> Card:
    """The inverse of ``card_to_json``."""
    try:
        data = json.loads(text)
        card = _decode(Card, data)
    except (ValueError, TypeError, KeyError) as error:
        raise CollectionCorruptError(f"a stored card cannot be read ({error})") from error
    assert isinstance(card, Card)
    return card


def encode_card(card: Card) -> EncodedCard:
    content = card_to_json(card)
    answer = " ".join((card.answer.text, *card.answer.alternatives))
    return EncodedCard(
        card=card,
        content=content,
        content_hash=hashlib.blake2b(content.encode("utf-8"), digest_size=16).hexdigest(),
        answer_text=answer,
        tags=tags_text(card.tags),
    )


def tags_text(tags: Iterable[str]) -> str:
    """Tags as stored for exact matching with ``instr``: each one fenced by char(31)."""
    return TAG_SEPARATOR + "".join(tag + TAG_SEPARATOR for tag in tags)


# Columns read to build a CardEntry: `c` is cards, `cc` is card_content.
ENTRY_COLUMNS = (
    "cc.content, c.status, c.position, c.ef, c.repetitions, c.interval, c.due, "
    "c.last_review, c.drill, c.lapses, c.reviews"
)


def entry_source(index: str | None = None) -> str:
    """The FROM clause for ENTRY_COLUMNS; ``index`` pins the index used to walk cards."""
    hint = f" INDEXED BY {index}" if index else ""
    return f"cards c{hint} JOIN card_content cc ON cc.card_id = c.id"


ENTRY_FROM = entry_source()


def entry_from_row(row: sqlite3.Row) -> CardEntry:
    return CardEntry(
        card=card_from_json(str(row["content"])),
        status=CardStatus(row["status"]),
        state=state_from_values(
            row["ef"],
            row["repetitions"],
            row["interval"],
            row["due"],
            row["last_review"],
            row["drill"],
            row["lapses"],
            row["reviews"],
        ),
        position=int(row["position"]),
    )


def get_card(conn: sqlite3.Connection, card_id: str) -> CardEntry:
    """The stored card with that id, whatever its status; UnknownCardError if none."""
    with read_transaction(conn):
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


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls))


def _json_default(value: object) -> object:
    """JSON for what ``json`` cannot write itself: dataclasses, plain enums, mappings.

    Tuples become lists and str/int enums their values without help, in C, which is
    what keeps importing 100,000 cards fast.
    """
    kind: type = type(value)
    names = _field_names(kind)
    if names is not None:
        return {name: getattr(value, name) for name in names}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"cannot store {type(value).__name__} in a card")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_default)


@cache
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _decode(hint: object, value: object) -> object:
    """Rebuild a value of type ``hint`` from its ``_plain`` form."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(value, list):
            raise TypeError(f"expected a list for {hint}, got {value!r}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], item) for item in value)
        return tuple(_decode(arg, item) for arg, item in zip(args, value, strict=True))
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _decode(options[0], value) if len(options) == 1 else value
    if origin is not None and isinstance(value, Mapping):
        return types.MappingProxyType(dict(value))
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            if not isinstance(value, Mapping):
                raise TypeError(f"expected an object for {hint.__name__}, got {value!r}")
            hints = _hints(hint)
            known = {f.name for f in dataclasses.fields(hint)}
            return hint(**{k: _decode(hints[k], v) for k, v in value.items() if k in known})
        if issubclass(hint, Enum):
            return hint(value)
        if hint is float and isinstance(value, int | float):
            return float(value)
    return value
