"""Which regions hold or name the same land, so that a region typed after a place can be
checked against the one the question names ("Ottawa, Illinois" for "the capital of Canada").

Grading reads a region typed after the answer, with a comma or without, as where the
place lies. Where the question itself names where the answer lies, a region
typed that neither is that one, nor holds it, nor lies in it is another place of the same
name: Ottawa, Illinois is no capital of Canada; Springfield, Illinois is Illinois's
capital, and "Lipetsk, Russia" answers a question about the Soviet Union.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from trainer.core.answering.regions import CONTINENTS, REGIONS, US_STATES

# Names of one land, each group one region.
_SAME_LAND = (
    ("united states", "united states of america", "usa", "america", "us"),
    ("united kingdom", "uk", "great britain", "britain"),
    ("netherlands", "holland"),
    ("myanmar", "burma"),
    ("czech republic", "czechia"),
    ("eswatini", "swaziland"),
    ("iran", "persia"),
    ("thailand", "siam"),
    ("sri lanka", "ceylon"),
    ("congo", "zaire"),
    ("north macedonia", "macedonia"),
    ("soviet union", "ussr", "soviet russia"),
)
# Regions that lay inside a larger one, by the larger one's first name above or its own.
_INSIDE = {
    "united states": US_STATES,
    "united kingdom": frozenset({"england", "scotland", "wales", "northern ireland"}),
    "soviet union": frozenset(
        {
            *("russia", "ukraine", "belarus", "georgia", "armenia", "azerbaijan"),
            *("kazakhstan", "uzbekistan", "turkmenistan", "kyrgyzstan", "tajikistan"),
            *("moldova", "lithuania", "latvia", "estonia"),
        }
    ),
    "germany": frozenset({"prussia", "east germany", "west germany"}),
    "korea": frozenset({"north korea", "south korea"}),
    "austria hungary": frozenset({"austria", "hungary", "czech republic", "slovakia"}),
    "czechoslovakia": frozenset({"czech republic", "slovakia"}),
    "yugoslavia": frozenset(
        {"serbia", "croatia", "slovenia", "bosnia", "bosnia and herzegovina", "montenegro"}
        | {"north macedonia", "kosovo"}
    ),
}
_LAND = {name: group[0] for group in _SAME_LAND for name in group}


def _land(region: str) -> str:
    return _LAND.get(region, region)


def tied(first: str, second: str) -> bool:
    """Whether two regions are one land, or one lies in the other."""
    a, b = _land(first), _land(second)
    return a == b or a in _INSIDE.get(b, ()) or b in _INSIDE.get(a, ())


# Words before a region that say a thing lies in it: "the capital of Canada", "which
# city in Poland". A region the question names otherwise ("after leaving France") need
# not hold the answer.
_IN_WORDS = frozenset({"of", "in", "within", "inside", "throughout"})


def regions_named(words: Sequence[str]) -> list[str]:
    """The regions (no continents) that folded `words` name as where a thing lies, after
    "of", "in" and the like; longest first at each place."""
    named: list[str] = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + 4), start, -1):
            span = " ".join(words[start:end])
            if span in REGIONS:
                # "north america" holds no "america"; "the" may stand after "of".
                before = [word for word in words[:start] if word != "the"][-1:]
                if span not in CONTINENTS and before and before[0] in _IN_WORDS:
                    named.append(span)
                start = end
                break
        else:
            start += 1
    return named


def region_against_question(
    got: Sequence[str], extras: Collection[int], used: Collection[int], question: Sequence[str]
) -> str | None:
    """Why a region typed after the answer makes it another place: every typed word after
    the last one matched (`used`) is extra and together they name a region, with a comma
    before them or none (punctuation never changes a verdict: "Ottawa Illinois"); the
    question names where the answer lies, and the typed region is none of those, nor
    holds nor lies in one. None when it is, when it is a continent, or when the question
    names none."""
    after = range(max(used) + 1, len(got)) if used else range(0)
    if not after or any(j not in extras for j in after):
        return None
    typed_region = " ".join(got[j] for j in after)
    if typed_region not in REGIONS or typed_region in CONTINENTS:
        return None
    asked = regions_named(question)
    if not asked or any(tied(typed_region, region) for region in asked):
        return None
    return f"'{typed_region}' is another region than the question's '{asked[0]}'"
