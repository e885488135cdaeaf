"""Numbers in an excerpt as automatic cloze reads them: years, quantities with units, days."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.parsing import MINUS_SIGNS
from trainer.core.deck.answer_types import is_year
from trainer.core.generate.cloze_kinds import CandidateKind
from trainer.core.generate.cloze_words import Token

CURRENCY = frozenset("$£€¥")
_MINUS_SIGNS = frozenset("-" + MINUS_SIGNS)
_SIGNED_KINDS = frozenset({CandidateKind.NUMBER, CandidateKind.QUANTITY})
# A unit's second part after a slash: "km/h", "m/s".
_PER_UNITS = frozenset("h hr s sec min day yr year".split())  # noqa: SIM905
SCALE_WORDS = frozenset("hundred thousand million billion trillion".split())  # noqa: SIM905
# Words that end a unit: a number's unit never runs past them (`22 of them`).
_UNIT_STOPS = frozenset(
    """of and or nor but the a an in on at to for from by with as than that which who
    whom whose was were is are be been had has have would will could should might must
    may can did do does not no more less fewer most each per this these those it its
    their his her our after before during since until into over under about""".split()  # noqa: SIM905
)
_IRREGULAR_PLURALS = frozenset(
    """men women people children feet teeth mice geese oxen police cattle sheep deer
    aircraft personnel staff""".split()  # noqa: SIM905
)
_UNIT_SYMBOLS = frozenset("km kg mm cm ft mi lb lbs oz mph kph ha percent".split())  # noqa: SIM905
# Words before a four-digit number that make it a year even when a noun follows it.
_YEAR_WORDS = frozenset(
    "in by since until till from after before during between early late mid around".split()  # noqa: SIM905
)


def has_currency(scan: str, token: Token) -> bool:
    """A currency sign stands right before the number (`$3 billion`)."""
    return token.start > 0 and scan[token.start - 1] in CURRENCY


def piece_start(scan: str, kind: CandidateKind, first: Token) -> int:
    """Where the blank for a piece that starts with `first` starts: at a currency sign
    before a quantity (`$3 billion`), at a minus sign before a number (`−180 °C`: the
    sign is the answer's), else at the token."""
    start = first.start
    if kind is CandidateKind.QUANTITY and has_currency(scan, first):
        return start - 1
    if kind in _SIGNED_KINDS and first.number and _negative(scan, start):
        return start - 1
    return start


def _negative(scan: str, start: int) -> bool:
    """A minus sign stands right before the number, with a space, a bracket or nothing
    before the sign: "−180", not the dash of a range ("1914–1918")."""
    return (
        start > 0 and scan[start - 1] in _MINUS_SIGNS and (start < 2 or scan[start - 2] in " (\n")
    )


def number_piece(
    words: list[Token], index: int, usable: list[bool], money: bool
) -> tuple[CandidateKind, list[Token]] | None:
    """The year, quantity or number that starts at `words[index]`, with the tokens it
    covers; None for a lone digit. `money` says a currency sign stands before it."""
    token = words[index]
    if _second_part(words, index):
        return None
    piece = [token]
    after = words[index + 1] if index + 1 < len(words) else None
    scaled = after is not None and after.follows_closely and after.text in SCALE_WORDS
    if scaled and after is not None:
        piece.append(after)
    unit = _unit(words, index + len(piece), usable)
    if is_year(token.text) and not scaled and not money:
        before = words[index - 1] if index else None
        year_word = before is not None and before.text.casefold() in _YEAR_WORDS
        if not unit or year_word:
            return CandidateKind.YEAR, [token]
    if unit or scaled or money or token.text.endswith("%"):
        if len(token.text) == 1 and not (scaled or money):
            return None
        return CandidateKind.QUANTITY, piece + unit + _per_unit(
            words, index + len(piece) + len(unit), unit
        )
    if len(token.text) > 1:
        return CandidateKind.NUMBER, [token]
    return None


def _second_part(words: list[Token], index: int) -> bool:
    """The number is the second part of a measure given in two units ("8 minutes 20
    seconds", "5 ft 10 in"): blanked alone, it would leave half the measure shown."""
    if index < 2 or not words[index].follows_closely:
        return False
    unit, number = words[index - 1], words[index - 2]
    return number.number and unit.follows_closely and _unit_word(unit) and _ends_unit(unit)


def _per_unit(words: list[Token], index: int, unit: list[Token]) -> list[Token]:
    """The second part of a unit written with a slash ("km/h"), if one follows `unit`."""
    if not unit or index >= len(words):
        return []
    after = words[index]
    return [after] if after.gap_before == "/" and after.text in _PER_UNITS else []


def has_unit(words: list[Token], index: int, usable: list[bool]) -> bool:
    """The number at `index` is counted in something (`200 tanks`, `3 million`)."""
    after = words[index + 1] if index + 1 < len(words) else None
    scaled = after is not None and after.follows_closely and after.text in SCALE_WORDS
    return scaled or bool(_unit(words, index + 1, usable))


def _unit(words: list[Token], index: int, usable: list[bool]) -> list[Token]:
    """The words naming what a number counts: up to three lower-case words ending in a
    plural or a unit (`hectares`, `gold marks`, `km`, `per cent`), then `per` a word."""
    unit: list[Token] = []
    for offset, word in enumerate(words[index : index + 3]):
        if not (usable[index + offset] and word.follows_closely and _unit_word(word)):
            return []
        unit.append(word)
        if word.text == "per" and offset == 0:
            continue
        if _ends_unit(word) or (unit[0].text == "per" and word.text == "cent"):
            break
    else:
        return []
    after = index + len(unit)
    per = after + 1 < len(words) and words[after].text == "per" and words[after].follows_closely
    if per and words[after + 1].follows_closely and _unit_word(words[after + 1]):
        unit += words[after : after + 2]
    return unit


def _unit_word(word: Token) -> bool:
    if word.number or not word.text.isalpha() or not word.text.islower():
        return False
    return word.text == "per" or word.text not in _UNIT_STOPS


def _ends_unit(word: Token) -> bool:
    text = word.text
    if text in _IRREGULAR_PLURALS or text in _UNIT_SYMBOLS:
        return True
    return len(text) > 2 and text.endswith("s") and not text.endswith(("ss", "us", "is"))


def is_day_number(words: Sequence[Token], index: int) -> bool:
    """A day of the month: 1 to 31, just before or just after a month (`1 April`, `April 1`)."""
    token = words[index]
    if not (token.number and token.text.isdigit() and 1 <= int(token.text) <= 31):
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    before = words[index - 1] if index else None
    month_after = after is not None and after.follows_closely and _is_month(after)
    month_before = before is not None and token.follows_closely and _is_month(before)
    return month_after or month_before


def _is_month(token: Token) -> bool:
    return token.is_calendar_word() and not token.text.endswith("day")
