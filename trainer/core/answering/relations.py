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

from trainer.core.answering.word_lists import ARTICLES
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
        # Words that set one side against the other: "by head rather than by order",
        # "A instead of B", "A, not B", "A without B", "first A, then B".
        *("instead", "not", "without", "unlike", "then"),
        # A consequence after its cause: "I think, therefore I am".
        *("therefore", "hence", "thus"),
    }
)
# "in place of" relates as "instead of" does; "place" alone relates nothing.
_PLACE_OF = ("in", "place", "of")


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
    return is_known_word(word) and any(map(is_known_word, past_stems(word)))


def past_stems(past: str) -> tuple[str, ...]:
    """What a regular past tense may be made from: "invaded" of "invade", "annexed" of
    "annex", "planned" of "plan", "carried" of "carry"."""
    stem = past[:-2]
    stems = [stem, past[:-1]]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])
    if stem.endswith("i"):
        stems.append(stem[:-1] + "y")
    return tuple(stems)


def relates_at(words: Sequence[str], index: int) -> bool:
    """Whether `words[index]` relates the words before it to those after it one way,
    read with its neighbours ("place" in "in place of")."""
    if tuple(words[index - 1 : index + 2]) == _PLACE_OF:
        return True
    word = words[index]
    if word in _AGAINST:
        # "Marbury v. Madison": a case's parties, one against the other. A Roman five
        # ends a name ("Henry V"), or stands where no typed side can swap with it.
        return 0 < index < len(words) - 1
    if index and word not in RELATING_WORDS and words[index - 1] in _BEFORE_AN_ADJECTIVE:
        # "from dilute to concentrated", "a more concentrated one": after a relating
        # word, an article or a word of degree, a past form describes; it relates nothing.
        return False
    return relates(word) or _present_verb_between(words, index)


def _present_verb_between(words: Sequence[str], index: int) -> bool:
    """Whether `words[index]` is a verb's present tense done by the words before it to
    those after it: "the plaintiff sues the defendant", "the Moon orbits the Earth". Its
    "-s" is read as a verb's only where an article comes right after it and a word that
    is neither article nor relating word right before it: a plural noun is seldom
    followed by an article ("lungs to the heart"), a verb's object often is."""
    word = words[index]
    # A particle may come between: "the enzyme breaks down the substrate".
    particle = index + 1 < len(words) and words[index + 1] in _PARTICLES
    after = index + 2 if particle else index + 1
    if (
        index == 0
        or after >= len(words)
        or words[after] not in ARTICLES
        or words[index - 1] in ARTICLES
        or words[index - 1] in RELATING_WORDS
        or word in _RECIPROCAL_PRESENT
        or len(word) < _SHORTEST_PRESENT
        or not word.endswith("s")
        or word.endswith(("ss", "us", "is"))
    ):
        return False
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    if word.endswith("ies"):
        stems = (word[:-3] + "y",)
    return any(is_known_word(stem) for stem in stems)


# Present tenses done by each side to the other ("France borders the Saar").
_RECIPROCAL_PRESENT = frozenset(
    {
        *("meets", "marries", "joins", "fights", "borders", "trades", "resembles", "equals"),
        *("matches", "shares", "exchanges", "combines", "mixes", "links", "connects"),
        *("touches", "overlaps", "faces", "neighbours", "neighbors", "is", "has", "was"),
    }
)
_PARTICLES = frozenset({"down", "up", "out", "off", "over", "away", "back"})
_SHORTEST_PRESENT = 4  # "pays"; "is", "has" say what a thing is or has


# "v" and "vs": short for "versus", as the parties of a case are written (`sides` reads
# all three as "versus").
_AGAINST = frozenset({"v", "vs"})


# Words after which a verb's past form is an adjective: relating words ("to
# concentrated"), articles and words of degree ("a more concentrated solution").
_BEFORE_AN_ADJECTIVE = RELATING_WORDS | ARTICLES | {"more", "less", "most", "least", "very"}


def sides(words: Sequence[str]) -> list[str | None]:
    """For each word, the relating word last before it in `words` (None before any). A
    relating word written more than once stands on both sides of another ("by head
    rather than by order"): it relates nothing one way, and is passed over."""
    relating = [relates_at(words, k) for k in range(len(words))]
    repeated = {w for k, w in enumerate(words) if relating[k] and words.count(w) > 1}
    out: list[str | None] = []
    current: str | None = None
    for k, word in enumerate(words):
        out.append(current)
        if relating[k] and word not in repeated:
            current = "versus" if word in _AGAINST else word
    return out


def active_order(words: Sequence[str]) -> list[int]:
    """The positions of `words` in the order of the active voice: "Corday was stabbed
    by Marat" is read "Marat stabbed Corday" (its "was" and "by" left out), so that who
    did it stands before the verb either way. A clause runs from a joining word (or the
    start) to the next; a verb that is no past participle of one side done to the other,
    or no "by" after it, leaves the clause as it is."""
    order = list(range(len(words)))
    for k in range(len(words) - 2, -1, -1):
        if words[k] not in _BE:
            continue
        verb = k + 1
        if words[verb].endswith(_ADVERB_ENDING) and verb + 1 < len(words):
            verb += 1  # "was brutally stabbed by"
        if not relates(words[verb]) or words[verb] in RELATING_WORDS - _PARTICIPLES:
            continue
        by = next((b for b in range(verb + 1, len(words)) if words[b] == "by"), None)
        if by is None or any(words[b] in _CLAUSE_ENDS for b in range(verb + 1, by)):
            continue
        start = max((b + 1 for b in range(k) if words[b] in _CLAUSE_ENDS), default=0)
        end = next((b for b in range(by + 1, len(words)) if words[b] in _CLAUSE_ENDS), len(words))
        patient = [p for p in order if start <= p < k]
        agent = [p for p in order if by < p < end]
        between = [p for p in order if verb < p < by]
        rest_before = [p for p in order if p < start]
        rest_after = [p for p in order if p >= end]
        order = [*rest_before, *agent, verb, *patient, *between, *rest_after]
    return order


# Forms of "be" (and "get") before a past participle make a passive: "was stabbed by".
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"})
_ADVERB_ENDING = "ly"
# Relating words that are past participles, which a passive may be made of.
_PARTICIPLES = frozenset(
    {"caused", "produced", "formed", "made", "preceded", "followed", "exceeded", "defeated"}
    | {"beat", "replaced", "converted", "eaten", "killed"}
)
# Words that end a clause, past which a passive's sides do not reach.
_CLAUSE_ENDS = frozenset({"and", "but", "while", "whereas", "when", "because", "so", "then"})


def _in_active_voice(
    want: Sequence[str], got: Sequence[str], placed: Mapping[int, int]
) -> tuple[list[str], list[str], dict[int, int]]:
    """Both word lists in the active voice, and `placed` between their new positions."""
    want_order, got_order = active_order(want), active_order(got)
    want_at = {old: new for new, old in enumerate(want_order)}
    got_at = {old: new for new, old in enumerate(got_order)}
    moved = {want_at[i]: got_at[j] for i, j in placed.items() if i in want_at and j in got_at}
    return [want[k] for k in want_order], [got[k] for k in got_order], moved


def _from_implied(
    want: list[str], got: list[str], placed: dict[int, int]
) -> tuple[list[str], list[str], dict[int, int]]:
    """Both word lists, the one that says "X to Y" without the "from" the other says
    ("heart to lungs" beside "from the lungs to the heart") opening with it, as it means."""
    if "to" not in want or "to" not in got or ("from" in want) == ("from" in got):
        return want, got, placed
    if "from" not in want and want.index("to") > 0:
        return ["from", *want], got, {i + 1: j for i, j in placed.items()}
    if "from" not in got and got.index("to") > 0:
        return want, ["from", *got], {i: j + 1 for i, j in placed.items()}
    return want, got, placed


def _relations(words: Sequence[str]) -> set[str]:
    """The relating words of `words` that `sides` reads."""
    return {side for side in sides([*words, ""]) if side is not None}


def swapped_sides(
    want: Sequence[str], got: Sequence[str], placed: Mapping[int, int]
) -> tuple[str, str, str] | None:
    """Two words of the answer (`placed` maps each matched word's position to the typed
    word's) whose sides of a relation the typed answer swaps: the two words and the
    relating word, or None when the typed answer keeps every relation's sides. Both are
    read in the active voice (see `active_order`)."""
    want, got, placed = _in_active_voice(want, got, placed)
    want, got, placed = _from_implied(want, got, placed)
    expected_sides, typed_sides = sides(want), sides(got)
    relating = _relations(want) & _relations(got)
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
    # A cause and its consequence of one content word each ("I think, therefore I am",
    # where "am" is a function word): the one typed across the relation swaps them.
    for i, j in placed.items():
        moved = {expected_sides[i], typed_sides[j]}
        if want[i] in once and None in moved and moved & relating & _CONSEQUENCES:
            said = next(side for side in moved if side is not None and side in _CONSEQUENCES)
            # The other side's last word: "am" of "therefore I am".
            other = [w for k, w in enumerate(want) if expected_sides[k] != expected_sides[i]]
            return want[i], next((w for w in reversed(other) if w != said), said), said
    return None


_CONSEQUENCES = frozenset({"therefore", "hence", "thus"})
