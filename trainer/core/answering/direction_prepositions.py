"""Prepositions of direction ("to", "from", "away from", "into"): one reversed is wrong.

"to the heart" and "from the heart" share every content word, and prepositions are
function words that grading otherwise passes over; but they say opposite directions.
Where the answer sends its words one way ("to the heart", "away from the central
nervous system", "into the cell") and the typed answer sends the same words the other
way ("from the heart", "towards the CNS", "out of the cell"), it says the reverse,
whatever else it adds ("from the heart to the lungs"). Leaving the preposition out
reverses nothing: "Elba" for "to Elba" names the place the answer sends one to.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from trainer.core.answering.word_lists import FUNCTION_WORDS

TOWARDS, AWAY = 0, 1
# Each preposition of direction, by the way it points. "of" and "from" after "out" or
# "away" only join them ("out of", "away from"): the last one of a run that points
# says the way.
_WAYS = {
    **dict.fromkeys(("to", "towards", "toward", "into", "onto", "unto"), TOWARDS),
    **dict.fromkeys(("from", "away", "out"), AWAY),
}
_JOINING = frozenset({"of"})
# "to" before a verb makes an infinitive ("to make money"), no direction: it points only
# before an article or a determiner ("to the heart", "to its source").
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "my"})
# A typed preposition this many words before the answer's word still governs it ("from
# the right side of the heart").
_REACH = 5
# Words that end a phrase: a preposition before them governs nothing after them.
_PHRASE_ENDS = frozenset({"and", "but", "or", "then", "while", "whereas", "which", "that"})
_NAMES = ("towards", "away from")


def same_way_typed(
    want: Sequence[str], got: Sequence[str], capitals: Collection[str] = ()
) -> list[str]:
    """The typed words with each preposition that sends a word of the answer the
    answer's way written as the answer's: "towards the heart" for "to the heart",
    "from the CNS" for "away from the CNS", "into the cell" for "to the cell"."""
    out = list(got)
    for start, way, target in reversed(_phrases(want, capitals)):
        run = list(want[start:target])
        run = [w for w in run if w in _WAYS or w in _JOINING]
        for j in range(len(out) - 1, -1, -1):
            if out[j] != want[target]:
                continue
            found = _governing_run(out, j)
            if found is None:
                continue
            first, last = found
            if _WAYS[out[last]] == way:
                out[first : last + 1] = run
    return out


def _governing_run(words: Sequence[str], position: int) -> tuple[int, int] | None:
    """The first and last positions of the run of prepositions of direction nearest
    before `words[position]`, if one governs it (see `_governing_way`)."""
    for k in range(position - 1, max(position - 1 - _REACH, -1), -1):
        if words[k] in _PHRASE_ENDS:
            return None
        if words[k] in _WAYS:
            first = k
            while first > 0 and (words[first - 1] in _WAYS or words[first - 1] in _JOINING):
                first -= 1
            return first, k
    return None


def _way_at(words: Sequence[str], index: int, capitals: Collection[str] = ()) -> int | None:
    """The way `words[index]` points, if it is a preposition of direction there."""
    word = words[index]
    way = _WAYS.get(word)
    if word != "to" or way is None:
        return way
    following = words[index + 1] if index + 1 < len(words) else ""
    return way if following in _DETERMINERS or following in capitals else None


def _phrases(words: Sequence[str], capitals: Collection[str]) -> list[tuple[int, int, int]]:
    """Each run of prepositions of direction: (its first position, its way, the position
    of the first word it governs that is no function word)."""
    found: list[tuple[int, int, int]] = []
    i = 0
    while i < len(words):
        way = _way_at(words, i, capitals)
        if way is None:
            i += 1
            continue
        start = i
        i += 1
        while i < len(words) and (words[i] in _JOINING or _way_at(words, i, capitals) is not None):
            way = _way_at(words, i, capitals) if words[i] not in _JOINING else way
            i += 1
        objects = (k for k in range(i, len(words)) if words[k] not in FUNCTION_WORDS)
        first = next(objects, None)
        if first is not None and first in range(i, i + _REACH):
            found.append((start, way if way is not None else TOWARDS, first))
    return found


def _governing_way(words: Sequence[str], position: int) -> int | None:
    """The way the nearest preposition of direction before `words[position]` points."""
    for k in range(position - 1, max(position - 1 - _REACH, -1), -1):
        if words[k] in _PHRASE_ENDS:
            return None
        # Before a word of the answer, "to" is no infinitive; an adjective typed between
        # ("from the right heart") is passed over.
        way = _WAYS.get(words[k])
        if way is not None:
            return way
    return None


def reversed_direction(
    want: Sequence[str], got: Sequence[str], capitals: Collection[str] = ()
) -> str | None:
    """Why the typed answer sends a word of the answer the other way: each time it types
    the word the answer sends "to" (or "away from"), a preposition of the other way
    governs it. `capitals` are the answer's words written with a capital: "to" before a
    name points ("to Elba")."""
    phrases = _phrases(want, capitals)
    if len({_WAYS[word] for word in want if word in _WAYS}) > 1:
        return None  # "from higher to lower": both ways, a relation (see `relations`)
    for _, way, target in phrases:
        typed_ways = {_governing_way(got, j) for j, word in enumerate(got) if word == want[target]}
        if typed_ways == {1 - way}:
            return (
                f"'{_NAMES[1 - way]}' '{want[target]}' where the answer says "
                f"'{_NAMES[way]}': the opposite direction"
            )
    return None


def opposite_ways(first: str, second: str) -> bool:
    """Whether the two words are prepositions of opposite directions ("towards",
    "away"): one typed in the other's place reverses the answer. (Not an opposite
    typed beside the answer's own: "away from the heart, towards the body" says one
    way.)"""
    way, other = _WAYS.get(first), _WAYS.get(second)
    return way is not None and other is not None and way != other
