"""Countries that lie within another state, or go by its name: never a fair rival of it.

"Macbeth is set in Britain" is true of a play set in Scotland, and a card asking which
country Gorbachev led cannot offer Russia beside the Soviet Union: in everyday speech
the one names the other. Place levels (nested_values) cannot see either, since both
sides are countries by their names. This table can: the nations of the United Kingdom
and Britain; the republics of the Soviet Union and the Union; the lands of a state
that history decks name on their own (Prussia, Bavaria) and the state; and a country
and its other names (`country_names`: Persia and Iran).
"""

from __future__ import annotations

from functools import cache

from trainer.core.answering.country_names import is_country_name
from trainer.core.generate.option_rules import core_words

# Each line: the names of a state | the countries within it, or loosely named by it.
# Folded, as `core_words` folds a value ("the United Kingdom" is "united kingdom").
_PARTS = """
united kingdom; uk; britain; great britain | england; scotland; wales; northern ireland
soviet union; ussr; soviet russia | russia; ukraine; belarus; georgia; armenia; azerbaijan;
    kazakhstan; uzbekistan; turkmenistan; kyrgyzstan; tajikistan; moldova; lithuania;
    latvia; estonia
germany; german empire; west germany; east germany | prussia; bavaria; saxony;
    wurttemberg; hanover
yugoslavia | serbia; croatia; slovenia; bosnia; bosnia and herzegovina; montenegro;
    macedonia; north macedonia; kosovo
czechoslovakia | czech republic; czechia; slovakia; bohemia; moravia
austria hungary; austrian empire; habsburg empire | austria; hungary; bohemia
ottoman empire | turkey
russian empire | russia; finland; poland
rhodesia | zimbabwe
"""
# Names one of which may stand for the other in speech: each is a fair rival of neither.
_LOOSELY_ONE = (("russia", "soviet union"), ("russia", "ussr"), ("england", "britain"))


@cache
def _held_by() -> dict[str, frozenset[str]]:
    """Each country, to the names of the states it lies within or goes by."""
    table: dict[str, set[str]] = {}
    text = _PARTS.replace("\n    ", " ")
    for line in text.strip().splitlines():
        states, _, parts = line.partition("|")
        holders = {" ".join(name.split()) for name in states.split(";")}
        for part in parts.split(";"):
            table.setdefault(" ".join(part.split()), set()).update(holders)
    return {part: frozenset(holders) for part, holders in table.items()}


def held_by_state(answer: str, value: str) -> bool:
    """Whether `value` names a state that holds the country `answer` names, or that
    speech names it by ("Britain" for "Scotland"; "the Soviet Union" for "Russia", and
    "Russia" for "the Soviet Union")."""
    part, state = core_words(answer), core_words(value)
    if state in _held_by().get(part, frozenset()) or is_country_name(value, answer):
        return True  # another name of the same state is one too: "Persia" for "Iran"
    return (part, state) in _LOOSELY_ONE or (state, part) in _LOOSELY_ONE
