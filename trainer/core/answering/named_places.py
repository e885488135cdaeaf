"""A place typed beside the answer that the card's question or excerpt says is another.

"Everest in the Andes", where the excerpt says Everest is in the Himalayas, adds a false
claim to a right answer, as "Hastings in 1067" does with a year. Grading cannot know
geography, so it only holds a typed place to one the card itself names with the same
preposition and of the same class: a country against a country, a mountain range
against a range, an ocean against an ocean, a province against a province. "Everest in
Nepal" beside "in the Himalayas" is another class of place, and may well be true: it
stays harmless, as does any place the card writes anywhere. States of history and the
nations of the United Kingdom are left out, since one is so often the other (Prussia
and Germany, Russia and the Soviet Union, England and Britain).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from trainer.core.answering.country_names import other_country_names
from trainer.core.answering.normalise import fold
from trainer.core.answering.regions import CONTINENTS, TODAY_COUNTRIES, US_STATES
from trainer.core.answering.word_lists import FUNCTION_WORDS
from trainer.core.records import record

_MOUNTAIN_RANGES = """
alps; andes; himalayas; himalaya; rockies; rocky mountains; urals; ural mountains;
pyrenees; apennines; carpathians; carpathian mountains; appalachians; appalachian mountains;
atlas mountains; caucasus; karakoram; hindu kush; tian shan; altai; drakensberg;
great dividing range; dolomites; sierra nevada; cascades; zagros mountains
"""
_DESERTS = """
sahara; gobi; kalahari; atacama; namib; mojave; sonoran; thar; arabian desert;
great victoria desert; taklamakan; negev; sinai
"""
_OCEANS = "pacific; atlantic; indian ocean; arctic ocean; southern ocean"
# The provinces and territories of Canada, and the states and territories of Australia.
_PROVINCES = """
ontario; quebec; british columbia; alberta; manitoba; saskatchewan; nova scotia;
new brunswick; newfoundland; newfoundland and labrador; prince edward island; yukon;
nunavut; northwest territories; new south wales; victoria; queensland;
south australia; western australia; tasmania; northern territory;
australian capital territory
"""

# Names of one place in two classes (Georgia, the country and the state) are left out:
# which one the learner meant cannot be told.
_SHARED_NAMES = frozenset({"georgia", "america", "korea", "victoria"})
_LOCATING = ("in", "on", "at", "near")
# Names that loosely stand for one place, beyond a country's own names (country_names):
# a learner who writes "Britain" for the United Kingdom is not contradicting it.
_ONE_PLACE = (
    frozenset({"united kingdom", "uk", "britain", "great britain"}),
    frozenset({"united states", "united states of america", "usa"}),
    frozenset({"netherlands", "holland"}),
    frozenset({"north macedonia", "macedonia"}),
    frozenset({"bosnia", "bosnia and herzegovina"}),
    frozenset({"himalayas", "himalaya"}),
    frozenset({"rockies", "rocky mountains"}),
    frozenset({"urals", "ural mountains"}),
    frozenset({"carpathians", "carpathian mountains"}),
    frozenset({"appalachians", "appalachian mountains"}),
)
_MOST_WORDS = 4


def _names(block: str) -> frozenset[str]:
    return frozenset(" ".join(name.split()) for name in block.split(";") if name.strip())


@cache
def _classes() -> dict[str, str]:
    """Each place's name, folded, with the class it belongs to."""
    classes = {
        "country": TODAY_COUNTRIES,
        "continent": CONTINENTS,
        "US state": US_STATES,
        "mountain range": _names(_MOUNTAIN_RANGES),
        "desert": _names(_DESERTS),
        "ocean": _names(_OCEANS),
        "province": _names(_PROVINCES),
    }
    return {
        name: kind for kind, names in classes.items() for name in names if name not in _SHARED_NAMES
    }


@cache
def _located() -> re.Pattern[str]:
    names = sorted(_classes(), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"\b({'|'.join(_LOCATING)}) ((?:the )?({alternatives}))\b")


def places_named(text: str) -> frozenset[str]:
    """Every place of a known class that `text` writes, folded, wherever it stands."""
    folded = f" {fold(text)} "
    return frozenset(name for name in _classes() if f" {name} " in folded)


@record
class LocatedPlace:
    """A place a text says something is in, on, at or near, and what it says is there."""

    preposition: str
    place: str  # folded, as the classes of place list it
    written: str  # with its "the": "the himalayas"
    located: tuple[str, ...]  # the words before the preposition: what is there
    # Said by the question, where what is there is what it asks for ("What is the
    # highest mountain in Africa?").
    asked: bool = False


# How many words before the preposition may name what the place holds: "Mount Everest,
# in the Himalayas", "Ottawa, the capital, in Ontario".
_LOCATED_WORDS = 3


def located_places(text: str, *, asked: bool = False) -> frozenset[LocatedPlace]:
    """The places `text` says something is in, on, at or near; `asked` where the text is
    the question, whose places are those of what it asks for."""
    folded = fold(text)
    return frozenset(
        LocatedPlace(
            found[1],
            found[3],
            found[2],
            tuple(folded[: found.start()].split()[-_LOCATED_WORDS:]),
            asked,
        )
        for found in _located().finditer(folded)
    )


def _same_place(one: str, other: str) -> bool:
    return (
        one == other
        or other in other_country_names(one)
        or any(one in group and other in group for group in _ONE_PLACE)
    )


def _typed_places(got: Sequence[str], start: int) -> Iterator[tuple[str, str, str]]:
    """Each (preposition, place, the place as written) typed from `start` on."""
    classes = _classes()
    for index in range(start, len(got) - 1):
        if got[index] not in _LOCATING:
            continue
        first = index + 2 if got[index + 1] == "the" else index + 1
        for end in range(min(len(got), first + _MOST_WORDS), first, -1):
            name = " ".join(got[first:end])
            if name in classes:
                yield got[index], name, " ".join(got[index + 1 : end])
                break


def place_against_the_card(
    want: Sequence[str],
    got: Sequence[str],
    located: frozenset[LocatedPlace],
    named: frozenset[str],
) -> str | None:
    """Why a place typed after the answer's first word contradicts the card, or None.
    `located` are the places the card's question and excerpt put something in (see
    `located_places`), `named` every place they write. Only a place the card puts the
    answer itself in counts: "Vienna in Austria" says nothing of where the Danube is."""
    own = set(want) - FUNCTION_WORDS
    about_the_answer = [
        found for found in located if found.asked or own.intersection(found.located)
    ]
    if not about_the_answer:
        return None
    classes = _classes()
    wanted = " ".join(want)
    for preposition, place, written in _typed_places(got, 1):
        if place in named or f" {place} " in f" {wanted} ":
            continue
        rivals = sorted(
            (found.place, found.written)
            for found in about_the_answer
            if found.preposition == preposition and classes[found.place] == classes[place]
        )
        if rivals and not any(_same_place(place, other) for other, _ in rivals):
            said = f"{preposition} {rivals[0][1]}"
            return f"'{preposition} {written}' typed, the card says '{said}'"
    return None
