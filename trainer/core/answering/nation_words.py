"""Words that name a country or its people: "german" and "germany" one nation, "soviet" another.

"The German Communist party (KPD)" asked beside "the German Social Democrats" may be
answered "the Communist party": the question gives "German". But "the Soviet Communist
party" names another party, whatever the question gives: a nation typed in the place of
the answer's is no extra word. A people's word names the country the question names:
asked "What is the currency of Japan?", "Japanese" is a word of the question, to be
typed ("the Japanese yen") or left out ("franc" for "the Swiss franc", asked about
Switzerland) as the question's own words are.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from trainer.core.answering.place_forms import place_forms
from trainer.core.answering.regions import COUNTRIES

# Endings of a people's word made from its country's name or its stem: russian, chinese,
# swedish, israeli, egyptian.
_PEOPLE_ENDINGS = ("ian", "ean", "an", "n", "ese", "ish", "i", "ic")
_ONE_WORD = frozenset(name for name in COUNTRIES if " " not in name)
# A stem shorter than this makes other words ("chin" of "chile"; "ian" of "uk").
_SHORTEST_BASE = 4


def _people_forms() -> dict[str, str]:
    """Each regular people's word, with its country: the name, or the name less its last
    one or two letters, and an ending ("russia" + "n", "chin" + "ese", "germany" less
    "y")."""
    forms: dict[str, str] = {}
    for name in sorted(_ONE_WORD):
        for base in (name, name[:-1], name[:-2]):
            for ending in _PEOPLE_ENDINGS:
                if len(base) >= _SHORTEST_BASE and len(base + ending) > _SHORTEST_BASE:
                    forms.setdefault(base + ending, name)
        if name.endswith("y"):
            forms.setdefault(name[:-1], name)  # germany: german
    return {form: name for form, name in forms.items() if form not in _ONE_WORD}


_PEOPLE = _people_forms()
# The first word of a country of several that is also its people's ("soviet union").
_FIRST_WORDS: dict[str, set[str]] = {}
for _name in sorted(COUNTRIES):
    if " " in _name and _name.split()[0] not in {"united", "north", "south", "east", "west"}:
        _FIRST_WORDS.setdefault(_name.split()[0], set()).add(_name)


@lru_cache(maxsize=1 << 12)
def nations_of(word: str) -> frozenset[str]:
    """The countries a folded word may name, itself or by its people ('germany', 'german'
    → {'germany'}; 'dutch' → {'holland', 'netherlands'}; 'soviet' → {'soviet union'});
    empty for other words."""
    found = {form for form in (word, *place_forms(word)) if form in _ONE_WORD}
    found.update(_FIRST_WORDS.get(word, ()))
    if word in _PEOPLE:
        found.add(_PEOPLE[word])
    return frozenset(found)


def nation_replaced(left_out: Iterable[str], extras: Iterable[str]) -> str | None:
    """Why a nation typed beside the answer names another thing, where the answer's own
    nation word was left out as the question's: "'soviet' instead of 'german'"; None
    when no typed word names another nation."""
    wanted = [(word, nations) for word in left_out if (nations := nations_of(word))]
    if not wanted:
        return None
    own = frozenset().union(*(nations for _, nations in wanted))
    for typed in extras:
        if (nations := nations_of(typed)) and own.isdisjoint(nations):
            return f"'{typed}' instead of '{wanted[0][0]}'"
    return None


def same_nation_named(word: str, words: Iterable[str]) -> bool:
    """Whether `word` names, itself or by its people, a country one of `words` names
    ("japanese" beside "japan", "swiss" beside "switzerland", "dutch" beside "holland");
    False for a word that names no country."""
    own = nations_of(word)
    return bool(own) and any(not own.isdisjoint(nations_of(other)) for other in words)
