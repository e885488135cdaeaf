"""Tests for trainer.store.card_json: orjson's fast path pinned to the standard encoder."""

from __future__ import annotations

import dataclasses
import json
import math
import typing
from hashlib import blake2b
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.store.card_strategies import CardValues, cards_of
from trainer.core.compile import compile_deck
from trainer.core.model import Answer, AnswerType, Card, CardKind
from trainer.store import card_json as codec
from trainer.store.card_json import (
    card_json,
    card_utf8_and_hash,
    read_card_json,
    reference_card_json,
)

DECKS = sorted((Path(__file__).parents[2] / "decks").glob("*.yaml"))

# Every character but the surrogates (no deck can hold one; see the test of them below).
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
# Floats of every kind: tiny, huge, subnormal, negative zero, NaN and the infinities.
any_float = st.floats() | st.sampled_from([1e-4, -1e-4, 1e16, 1e-5, 1e15, 5e-324, -0.0])
# Small ones, 64-bit ones, and the nineteen-digit ones below -2**63 that orjson misreads.
any_int = (
    st.integers(0, 8) | st.integers(-(2**70), 2**70) | st.integers(-(10**19) + 1, -(2**63) - 1)
)

cards = cards_of(CardValues(texts=any_text, integers=any_int, floats=any_float))


def _card(**answer: typing.Any) -> Card:
    return Card(
        id="d:e:q1",
        deck_id="d",
        kind=CardKind.QA,
        excerpt_id="e",
        prompt="How far is Lipetsk from Moscow?",
        answer=Answer(type=AnswerType.NUMBER, text="370", **answer),
        source="p. 12",
    )


@given(cards)
@example(_card(tolerance=1e-5))
@example(_card(tolerance=1e16))
@example(_card(tolerance=math.nan))
@example(_card(key=(2**64,)))
@example(_card(key=(2**64 - 1, -(2**63), -(2**63) - 1)))
def test_the_json_is_the_standard_encoders_byte_for_byte(card: Card) -> None:
    assert card_json(card) == reference_card_json(card)


@given(cards)
def test_the_row_holds_the_jsons_utf8_and_its_hash(card: Card) -> None:
    data, content_hash = card_utf8_and_hash(card)
    assert type(data) is bytes
    assert data == reference_card_json(card).encode("utf-8")
    assert content_hash == blake2b(data, digest_size=16).hexdigest()


def test_a_lone_surrogate_is_written_as_the_standard_encoder_writes_it() -> None:
    card = dataclasses.replace(_card(), prompt="half a pair: \ud800")
    assert card_json(card) == reference_card_json(card)
    with pytest.raises(UnicodeEncodeError):
        card_utf8_and_hash(card)


@pytest.mark.parametrize("tolerance", [1e-5, 1e16, math.inf, math.nan])
def test_a_float_written_otherwise_by_orjson_takes_the_standard_encoder(tolerance: float) -> None:
    assert codec._fast_bytes(_card(tolerance=tolerance)) is None


@pytest.mark.parametrize("tolerance", [0.0, -0.0, 1e-4, 0.05, 2.5, 9999999999999998.0])
def test_a_plain_float_takes_orjson(tolerance: float) -> None:
    card = _card(tolerance=tolerance)
    fast = codec._fast_bytes(card)
    assert fast is not None and fast.decode("utf-8") == reference_card_json(card)


@pytest.mark.parametrize("deck", DECKS, ids=[path.stem for path in DECKS])
def test_every_bundled_card_takes_orjson_and_gives_the_standard_json(deck: Path) -> None:
    # The fast path must be the one taken for real cards, or it saves nothing.
    for card in compile_deck(deck).cards:
        fast = codec._fast_bytes(card)
        assert fast is not None, card.id
        assert fast.decode("utf-8") == reference_card_json(card), card.id


def test_the_float_fields_are_found_in_the_type_hints() -> None:
    assert codec._float_paths(Card) == ["answer.tolerance"]


@dataclasses.dataclass
class Measured:
    label: str
    readings: tuple[float, ...]


@dataclasses.dataclass
class Holder:
    inner: Measured


def test_a_float_the_hints_cannot_place_sends_every_card_to_the_standard_encoder() -> None:
    assert codec._float_paths(Measured) is None
    assert codec._float_paths(Holder) is None


@given(cards)
@example(_card(tolerance=math.nan))
@example(_card(tolerance=-math.inf))
@example(_card(key=(2**64, -(2**70))))
@example(_card(key=(-(2**63), -(2**63) - 1, -(10**19) + 1)))
def test_stored_json_is_read_back_as_the_standard_decoder_reads_it(card: Card) -> None:
    text = reference_card_json(card)
    # NaN is never equal to itself: compare what each reader gives, written again.
    assert repr(read_card_json(text)) == repr(json.loads(text))


@pytest.mark.parametrize(
    "text",
    [
        '{"tolerance": NaN, "other": Infinity}',
        '{"key": [18446744073709551616]}',
        # Below -2**63 orjson makes a float of an integer of only nineteen digits.
        '{"key": [-9223372036854775809, -9999999999999999999]}',
        '{"prompt": "half a pair: \\ud800"}',
        '{"id": "first", "id": "second"}',
        '{"deep": ' + "[" * 600 + "]" * 600 + "}",
        # An integer too large for orjson, wherever it sits: in a mapping in a list, or
        # deeper than a walk that recursed could follow.
        '{"parts": [{"count": 1}, {"count": 18446744073709551616}], "tolerance": 0.5}',
        '{"deep": ' + "[" * 900 + "18446744073709551616" + "]" * 900 + "}",
        '{"small": 5e-324, "huge": 1e400, "negative zero": -0.0, "int zero": -0}',
    ],
)
def test_json_orjson_refuses_or_reads_otherwise_is_read_as_the_standard_decoder_reads_it(
    text: str,
) -> None:
    assert repr(read_card_json(text)) == repr(json.loads(text))


def test_unreadable_json_still_fails_as_the_standard_decoder_fails() -> None:
    with pytest.raises(ValueError):
        read_card_json("not json")
