"""Money told in a currency's hundredths: "330 cents" is $3.30, "7 dollars and 25 cents" $7.25.

A learner may give an amount in cents or pence, or in dollars and cents, where the answer
gives it in the main unit (or the other way round). Each side's hundredths are written in
the main unit of the other side's currency, when they are hundredths of it (cents of a
dollar or a euro, pence of a pound): "330 cents" for "$3.30" reads "3.3 usd". Amounts
in hundredths of another currency ("330 cents" for £3.30) stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.answering.units import MONEY, units_in
from trainer.core.answering.written_numbers import is_plain_number, value_of

# Each hundredth's words, and the currencies (as `unit_table` names them) it is of.
_HUNDREDTHS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("cent", "cents"), ("dollar", "euro")),
    **dict.fromkeys(("penny", "pence", "pennies", "p"), ("sterling",)),
    **dict.fromkeys(("centime", "centimes"), ("franc", "euro")),
    **dict.fromkeys(("kopeck", "kopecks", "kopek", "kopeks", "copeck", "copecks"), ("rouble",)),
    **dict.fromkeys(("pfennig", "pfennigs", "pfennige"), ("mark",)),
}
# "50p": pence written against the number.
_PENCE_AGAINST_NUMBER = re.compile(r"(\d+)p")
# "3 pounds 50 pence": pounds are sterling beside pence (alone they may weigh).
_POUNDS = frozenset({"pound", "pounds"})
_JOINERS = frozenset({"and"})


def money_lined_up(want: Sequence[str], got: Sequence[str]) -> tuple[list[str], list[str]]:
    """Both sides' words with amounts in hundredths written in the main unit of the other
    side's currency ("330 cents" → "3.3 usd" against "3.30 usd"), and amounts in a main
    unit and hundredths ("7 dollars and 25 cents") as one amount of the main unit."""
    return _in_main_units(want, got), _in_main_units(got, want)


def _currency(words: Sequence[str]) -> tuple[str, str] | None:
    """The first word that names a currency, and the currency."""
    for word in words:
        unit = units_in([word]).get(MONEY)
        if unit is not None:
            return word, unit
    return None


def _in_main_units(words: Sequence[str], other: Sequence[str]) -> list[str]:
    theirs = _currency(other)
    if theirs is None or not any(_hundredths(word) for word in words):
        return list(words)
    out: list[str] = []
    index = 0
    while index < len(words):
        amount = _amount_at(words, index, theirs)
        if amount is None:
            out.append(words[index])
            index += 1
            continue
        cents, word, index = amount
        out += [value_of(f"{cents // 100}.{cents % 100:02d}"), word]
    return out


def _amount_at(
    words: Sequence[str], index: int, theirs: tuple[str, str]
) -> tuple[int, str, int] | None:
    """The amount at `index` in hundredths, the word for its main unit, and the index after
    it: "7 usd and 25 cents", "330 cents", "50p"; None if none is there."""
    whole = _whole(words, index)
    if whole is not None:
        main_at = index + 1
        if main_at < len(words) and (main := _main_unit(words[main_at])) is not None:
            after = main_at + 1
            if after < len(words) and words[after] in _JOINERS:
                after += 1
            part = _hundredths_at(words, after, main)
            if part is not None:
                cents, end = part
                return whole * 100 + cents, words[main_at], end
            return None
    part = _hundredths_at(words, index, theirs[1])
    if part is None:
        return None
    cents, end = part
    return cents, theirs[0], end


def _hundredths_at(words: Sequence[str], index: int, currency: str) -> tuple[int, int] | None:
    """Hundredths of `currency` at `index` ("25 cents", "50p") and the index after them."""
    if index >= len(words):
        return None
    against = _PENCE_AGAINST_NUMBER.fullmatch(words[index])
    if against is not None and currency in _HUNDREDTHS["p"]:
        return int(against.group(1)), index + 1
    count = _whole(words, index)
    if count is None or index + 1 >= len(words):
        return None
    if currency not in _HUNDREDTHS.get(words[index + 1], ()):
        return None
    return count, index + 2


def _main_unit(word: str) -> str | None:
    if word in _POUNDS:
        return "sterling"
    return units_in([word]).get(MONEY)


def _whole(words: Sequence[str], index: int) -> int | None:
    word = words[index]
    return int(word) if is_plain_number(word) and word.isdecimal() and len(word) < 16 else None


def _hundredths(word: str) -> bool:
    return word in _HUNDREDTHS or _PENCE_AGAINST_NUMBER.fullmatch(word) is not None
