"""Word order that matters: two words on the two sides of a relation, swapped, say the reverse.

Word order is free in a typed answer: "the Rapallo Treaty" is "the Treaty of Rapallo",
"water and air" is "air and water". It is not free across a word that relates the
words before it to those after it one way only: "from higher to lower" is the reverse of
"from lower to higher", "A is larger than B" of "B is larger than A", "X causes Y" of
"Y causes X", "Poland invaded Germany" of "Germany invaded Poland" (a verb's past tense
relates its doer to what it was done to, unless each side does it to the other: "met").
Each word of the answer belongs to the relating word last before it (or
to none, at the start). A typed answer reverses the relation when two matched words of
the answer, each on its own side, have changed sides: each now stands after the relating
word the other stood after. One word moved alone does not ("from a higher water
potential to a lower one" only says "water potential" once, on the other side), nor
does a word the answer writes on both sides, nor a list joined by "and", which relates
nothing one way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

from trainer.core.lexicon import is_known_word

# Words that relate what comes before them to what comes after them one way only:
# prepositions of direction, order, comparison, place over or under, agency, and verbs
# of causing and becoming, in their common forms.
RELATING_WORDS = frozenset(
    {
        *("from", "to", "into", "onto", "toward", "towards", "than", "before", "after"),
        *("over", "under", "above", "below", "beneath", "by", "until", "till", "versus"),
        *("causes", "cause", "caused", "causing", "becomes", "become", "became"),
        *("produces", "produce", "produced", "forms", "formed", "makes", "made"),
        *("precedes", "preceded", "follows", "followed", "exceeds", "exceeded"),
        *("defeated", "beat", "beats", "replaced", "replaces", "outweighs", "inhibits"),
        *("activates", "converts", "converted", "eats", "ate", "eaten", "kills", "killed"),
    }
)


# Past tenses that relate no side to the other: each side does it to the other ("Hitler
# met Mussolini" is "Mussolini met Hitler"), or it is no verb between two sides.
_RECIPROCAL = frozenset(
    {
        *("met", "married", "joined", "allied", "fought", "merged", "traded", "bordered"),
        *("collided", "competed", "clashed", "corresponded", "negotiated", "signed", "united"),
        *("partnered", "collaborated", "cooperated", "worked", "played", "argued", "agreed"),
        *("quarrelled", "quarreled", "debated", "shared", "exchanged", "compared", "connected"),
        *("linked", "related", "mixed", "combined", "so-called", "called", "named", "based"),
    }
)
# Irregular past tenses of verbs that one side does to the other ("Caesar led the army").
_IRREGULAR_PASTS = frozenset(
    {
        *("led", "won", "took", "gave", "sent", "sold", "bought", "built", "struck"),
        *("overthrew", "shot", "hit", "caught", "told", "taught", "paid", "bore", "drove"),
        *("threw", "bit", "stole", "broke", "forgave", "overtook", "overran", "slew"),
    }
)
_SHORTEST_PAST = 5  # "ruled"; "bed", "red", "fed up" are no past of a verb to read so


def relates(word: str) -> bool:
    """Whether `word` relates the words before it to those after it one way only: a word
    of `RELATING_WORDS`, or a verb's past tense ("Germany invaded Poland", "Hitler
    succeeded Hindenburg"), regular ("-ed", of a known stem) or irregular, that is not
    done by each side to the other ("met", "married")."""
    if word in RELATING_WORDS or word in _IRREGULAR_PASTS:
        return True
    if word in _RECIPROCAL or len(word) < _SHORTEST_PAST or not word.endswith("ed"):
        return False
    return is_known_word(word) and any(map(is_known_word, _stems(word)))


def _stems(past: str) -> tuple[str, ...]:
    """What a regular past tense may be made from: "invaded" of "invade", "annexed" of
    "annex", "planned" of "plan", "carried" of "carry"."""
    stem = past[:-2]
    stems = [stem, past[:-1]]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])
    if stem.endswith("i"):
        stems.append(stem[:-1] + "y")
    return tuple(stems)


def sides(words: Sequence[str]) -> list[str | None]:
    """For each word, the relating word last before it in `words` (None before any)."""
    out: list[str | None] = []
    current: str | None = None
    for word in words:
        out.append(current)
        if relates(word):
            current = word
    return out


def swapped_sides(
    want: Sequence[str], got: Sequence[str], placed: Mapping[int, int]
) -> tuple[str, str, str] | None:
    """Two words of the answer (`placed` maps each matched word's position to the typed
    word's) whose sides of a relation the typed answer swaps: the two words and the
    relating word, or None when the typed answer keeps every relation's sides."""
    expected_sides, typed_sides = sides(want), sides(got)
    relating = {word for word in set(want) & set(got) if relates(word)}
    if not relating:
        return None
    # A word written more than once may stand on both sides ("from a higher water
    # potential to a lower water potential"): it says nothing of which side is which.
    once = {w for w in want if want.count(w) == 1 and got.count(w) <= 1} - relating
    for (i, j), (k, m) in combinations(sorted(placed.items()), 2):
        if not {want[i], want[k]} <= once:
            continue
        first, second = expected_sides[i], expected_sides[k]
        if first == second or not ({first, second} & relating):
            continue
        if typed_sides[j] == second and typed_sides[m] == first:
            return want[i], want[k], next(w for w in (second, first) if w in relating)
    return None
