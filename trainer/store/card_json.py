"""A card's stored JSON: orjson's bytes where they are the standard encoder's, its otherwise.

A card's JSON is stored, and hashed to tell a changed card from a kept one on the next
import. Encoding it was a quarter of importing a compiled deck: the standard library's
C encoder needs the card turned into dicts first, and writes text that is then encoded
again to be hashed. orjson reads the dataclass itself and writes the bytes at once, in
a third of the time.

The text must stay what the standard encoder writes (compact, non-ASCII kept), byte for
byte, or every stored card would count as changed after an upgrade. Where the two could
differ, the card goes to the standard encoder:
- floats outside 1e-4 ≤ |x| < 1e16, which Python writes with an exponent ("1e-05") and
  orjson may not ("0.00001"), and NaN and the infinities, which orjson writes as null;
  the float fields are found in the card's type hints, and a float the hints cannot
  place (in a tuple, say) sends every card to the standard encoder;
- integers beyond 64 bits, and strings with a lone surrogate, which orjson refuses.
A property test pins the two to each other over random cards. Reading a card back goes
the same way: orjson, unless it refuses the text, then the standard decoder.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from functools import cache
from hashlib import blake2b
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from operator import attrgetter

import orjson

from trainer.core.model import ANSWER_FIELDS, CARD_FIELDS, Card, answer_values, card_values

__all__ = ["card_json", "card_utf8_and_hash", "read_card_json", "reference_card_json"]

# orjson reads an integer outside -2**63 ≤ n < 2**64 as a float, and every such float is
# at least 2**63 in size; so is any float that is not finite.
_INTEGER_BEYOND_ORJSON = float(2**63)
# Where Python's float repr and orjson's agree: positional notation, shortest digits.
_PLAIN_FLOATS_FROM, _PLAIN_FLOATS_BELOW = 1e-4, 1e16


def card_json(card: Card) -> str:
    """The card as compact JSON; the same card always gives the same text."""
    fast = _fast_bytes(card)
    return reference_card_json(card) if fast is None else fast.decode("utf-8")


def card_utf8_and_hash(card: Card) -> tuple[bytes, str]:
    """`card_json(card)` as UTF-8, and the hex digest its content hash is: 16 bytes of
    BLAKE2b of those bytes (UnicodeEncodeError for a lone surrogate, which no deck can
    hold).

    An import keeps every card's JSON until it is written, so it is kept as bytes: as
    text, most cards' JSON would take two or four bytes a character (one dash is enough),
    and writing it to SQLite or the deck cache would add a UTF-8 copy to each string.
    """
    fast = _fast_bytes(card)
    if fast is None:
        data = reference_card_json(card).encode("utf-8")
        return data, blake2b(data, digest_size=16).hexdigest()
    # A copy of exactly its size: orjson's bytes keep the room of the buffer it wrote
    # into, and a deck's worth of those, each kept, left most of that room unusable
    # (at 100,000 cards, 738 MB resident at the peak against 405 MB with the copy).
    return memoryview(fast).tobytes(), blake2b(fast, digest_size=16).hexdigest()


def reference_card_json(card: Card) -> str:
    """The card's JSON as the standard library's encoder writes it: what `card_json`
    gives for every card."""
    values = dict(zip(CARD_FIELDS, card_values(card), strict=True))
    values["answer"] = dict(zip(ANSWER_FIELDS, answer_values(card.answer), strict=True))
    if _C_ENCODER is None:  # pragma: no cover - CPython has the C encoder
        return _ENCODER.encode(values)
    return "".join(_C_ENCODER(values, 0))


def _fast_bytes(card: Card) -> bytes | None:
    """orjson's bytes for the card, or None where they might not be the reference's."""
    if _FLOAT_FIELDS is None:
        return None
    for get in _FLOAT_FIELDS:
        value = get(card)
        if value != 0.0 and not _PLAIN_FLOATS_FROM <= abs(value) < _PLAIN_FLOATS_BELOW:
            return None  # NaN fails both comparisons, and lands here too
    try:
        return orjson.dumps(card, default=json_default)
    except orjson.JSONEncodeError:
        return None


def read_card_json(text: str) -> object:
    """Stored card JSON read back, as `json.loads` reads it: by orjson (twice as fast),
    or by `json.loads` for what orjson refuses (NaN, which the standard encoder writes
    for a NaN tolerance; escaped lone surrogates) or reads otherwise (an integer beyond
    64 bits, which orjson makes a float: any float that large sends the text on)."""
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
    return json.loads(text) if _holds_a_huge_float(data) else data


def _holds_a_huge_float(data: object) -> bool:
    """True when a float of 2**63 or more in size is anywhere in `data`, read from JSON.

    A card is read before every question, and this walk costs half as much as looking
    for nineteen digits in a row in the text. It keeps its own stack rather than
    recursing: orjson reads deeper nesting than Python's recursion limit allows.
    """
    bound = _INTEGER_BEYOND_ORJSON
    pending: list[object] = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, float) and not -bound < item < bound:
            return True
    return False


def json_default(value: object) -> object:
    """JSON for what the encoders cannot write themselves: dataclasses, plain enums,
    mappings. Tuples become lists and str/int enums their values without help."""
    kind: type = type(value)
    names = _field_names(kind)
    if names is not None:
        return {name: getattr(value, name) for name in names}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"cannot store {type(value).__name__} in a card")


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls))


def _float_paths(cls: type, prefix: str = "") -> list[str] | None:
    """The dotted paths of `cls`'s float fields, nested dataclasses included; None if a
    float could be anywhere else in it (a field whose type is not a plain one)."""
    hints = typing.get_type_hints(cls)
    paths: list[str] = []
    for field in dataclasses.fields(cls):
        hint, path = hints[field.name], prefix + field.name
        if hint is float:
            paths.append(path)
        elif isinstance(hint, type) and dataclasses.is_dataclass(hint):
            inner = _float_paths(hint, path + ".")
            if inner is None:
                return None
            paths += inner
        elif not _holds_no_float(hint):
            return None
    return paths


def _holds_no_float(hint: object) -> bool:
    if typing.get_origin(hint) is tuple:
        return all(arg is Ellipsis or _holds_no_float(arg) for arg in typing.get_args(hint))
    return hint in (str, int, bool) or (isinstance(hint, type) and issubclass(hint, Enum))


def _float_getters(cls: type) -> tuple[Callable[[object], float], ...] | None:
    paths = _float_paths(cls)
    return None if paths is None else tuple(attrgetter(path) for path in paths)


_FLOAT_FIELDS = _float_getters(Card)

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=json_default)
# The C encoder behind ``_ENCODER``, made once: ``JSONEncoder.encode`` builds a new one on
# every call, which costs as much as encoding a small card. None where C is unavailable.
_C_ENCODER = (
    None
    if c_make_encoder is None
    else c_make_encoder(None, json_default, encode_basestring, None, ":", ",", False, False, True)
)
