"""Blank answers: nothing typed, or a way of saying "I don't know"."""

from __future__ import annotations

from trainer.core.answering.currency_codes import is_currency_sign
from trainer.core.answering.normalise import fold
from trainer.core.answering.symbol_words import SPELLED_SYMBOLS

# What learners type when they do not know; compared after folding ("I don't know" →
# "i don t know", "?" → "").
BLANK_ANSWERS = frozenset(
    {"", "idk", "i don t know", "i dont know", "don t know", "dont know", "dunno", "no idea"}
)


def is_blank(typed: str) -> bool:
    """True for an empty answer or a way of saying "I don't know"; a currency's sign
    alone ("¥"), which folding leaves empty, names the currency, and "∞" infinity."""
    blank = fold(typed) in BLANK_ANSWERS
    return blank and not is_currency_sign(typed) and SPELLED_SYMBOLS.isdisjoint(typed)
