"""Why a word of the answer is missing from a typed one, and whether another name took its place.

"'kazan' instead of 'lipetsk'" says which typed word stands where the answer's word
should be. Where that word is a name the answer writes with a capital, and the typed one
is no poor spelling of it, the typed answer names something else: wrong, not close. So
it is where the typed word is the answer's word's opposite ("at the lowest level" for
"at the highest level", "too low" for "higher", "outwards" for "inwards") or another
term made of it ("orbital" for "suborbital", "unnatural" for "natural"): however much
of the answer is right, it says the reverse, or of another thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from rapidfuzz.distance import Levenshtein

from trainer.core.answering.combining_forms import another_root
from trainer.core.answering.direction_prepositions import opposite_ways
from trainer.core.answering.directions import opposite_directions, way_of_change
from trainer.core.answering.kind_rivals import rival_of_its_kind
from trainer.core.answering.morphemes import (
    compound_prefix,
    opposite_morphemes,
    other_ending,
    reversing_prefix,
)
from trainer.core.answering.name_particles import NAME_PARTICLES
from trainer.core.answering.name_titles import is_given, surnames_of
from trainer.core.answering.normalise import fold
from trainer.core.answering.opposite_prefixes import opposite_prefixes
from trainer.core.answering.person_titles import is_title
from trainer.core.answering.sentence_frames import says_an_opinion
from trainer.core.answering.verb_meanings import opposite_meaning
from trainer.core.answering.verdict import instead_rule, opposite_rule
from trainer.core.answering.word_lists import (
    FUNCTION_WORDS,
    HEDGE_WORDS,
    NEGATORS,
    OPPOSITES,
    TITLES,
)
from trainer.core.answering.word_match import Refusal, is_other_form, negated_pair
from trainer.core.answering.words import acronyms, answer_words, capitalized_words
from trainer.core.lexicon import could_be_name, is_common_word, is_given_name
from trainer.core.name_sexes import given_name_sex

# A typed word this near a name in letters (Levenshtein similarity) may be a poor spelling
# of it ("Strasman" for "Stresemann"); a word farther off is another name ("Charles
# Island" for "Chatham Island").
_NEAR_SPELLING = 0.6
# Endings of comparatives and superlatives: "higher" is the opposite of "low" as "high" is;
# and of a verb's forms and a noun's plural: "losing" is the opposite of "gain" as "lose"
# is, "anions" of "cations".
_DEGREE_ENDINGS = ("est", "er", "ing", "ed", "es", "s")


def missing_rule(
    want: Sequence[str],
    got: Sequence[str],
    missing: list[int],
    near_misses: dict[int, tuple[str, Refusal]],
    used: set[int],
) -> tuple[str, tuple[str, str] | None]:
    """Why the answer's first missing word is missing; with that word and the typed word
    standing in its place, if one does."""
    first = missing[0]
    # "and" one letter from "land" stands in no word's place: "peace and bread" for
    # "peace, bread and land" only leaves "land" out.
    if first in near_misses and not _joining_slip(*near_misses[first]):
        word, reason = near_misses[first]
        # A word the learner read ("efferent", asked "afferent or efferent?") is that
        # word, no typo; its opposite says the reverse, however near in letters.
        # A word made of the answer's by a part that reverses it stands in its place too:
        # "hydrophilic" is the opposite of "hydrophobic", not a typo of it.
        if opposite_words(want[first], word):
            return opposite_rule(word, want[first]), (want[first], word)
        if reason is Refusal.OTHER_WORD and other_sex_names(want[first], word):
            return instead_rule(word, want[first]), (want[first], word)  # "Joan" for "John"
        if reason is Refusal.OTHER_WORD:
            # Another term of the same combining form ("chromoplast") stands in its place.
            term = (want[first], word) if another_root(want[first], word) else None
            return f"'{word}' is another word, not a typo of '{want[first]}'", term
        if reason is Refusal.OTHER_FORM:
            return f"'{word}' is not '{want[first]}': the question asks for this very form", None
        return f"'{word}' changes the meaning of '{want[first]}'", (want[first], word)
    # Only a word that says something can stand in another's place: not a function word,
    # nor a joining or hedging one ("and" left over where "air and water" lost "water").
    others = [
        w
        for j, w in enumerate(got)
        if j not in used
        and not says_an_opinion(got, j)  # "I think …": the learner's doubt says nothing
        and (
            (w not in FUNCTION_WORDS and w not in HEDGE_WORDS)
            or _particle_for_given_name(want, got, first, j)
        )
    ]
    if others:
        stand_in = (want[first], others[0])
        if opposite_words(want[first], others[0]) or opposite_ways(want[first], others[0]):
            return opposite_rule(others[0], want[first]), stand_in
        return instead_rule(others[0], want[first]), stand_in
    return f"'{want[first]}' is missing", None


def _joining_slip(word: str, reason: Refusal) -> bool:
    """A function or joining word near another word in letters: no slip for it."""
    return reason is Refusal.OTHER_WORD and (word in FUNCTION_WORDS or word in HEDGE_WORDS)


def _particle_for_given_name(
    want: Sequence[str], got: Sequence[str], first: int, typed_at: int
) -> bool:
    """Whether the typed word at `typed_at` is a surname particle typed where the answer
    writes a name right before the word typed next: "Del Shannon" for "Claude Shannon",
    "Van Morrison" for "Jim Morrison" name another person. A particle is no mere extra
    word there, as it is before a surname the answer writes with one ("van Beethoven")."""
    word = got[typed_at]
    return (
        word in NAME_PARTICLES
        and want[first] not in NAME_PARTICLES
        and want[first] not in FUNCTION_WORDS
        and first + 1 < len(want)
        and typed_at + 1 < len(got)
        and got[typed_at + 1] == want[first + 1]
    )


def decisive_stand_in(wanted: str, typed: str, expected: str) -> bool:
    """Whether the typed word in the place of the answer's word `wanted` makes the answer
    wrong, not close: its opposite, the word with a prefix that negates or reverses it
    ("orbital" for "suborbital", "unnatural" for "natural"), another compound of it
    ("sulphite" for "sulphate") or with a prefix of chemistry ("ribonucleic" for
    "deoxyribonucleic"), another root before the same combining form ("lysosomes" for
    "ribosomes", "mitosis" for "meiosis", "Epimetheus" for "Prometheus": see
    `combining_forms`), a given name of the other sex, another name (see
    `another_name`), or another nation, element or armed service (`kind_rivals`);
    another formula is decided where the answer's formulas are known (`text_alignment`).
    A prefix of degree leaves it close: "inflation" for "hyperinflation" is near the mark."""
    return (
        opposite_words(wanted, typed)
        or opposite_ways(wanted, typed)
        or negated_pair(wanted, typed)
        or reversing_prefix(wanted, typed)
        or compound_prefix(wanted, typed)
        or other_ending(wanted, typed)
        or another_name(wanted, typed, expected)
        or other_sex_names(wanted, typed)
        or another_root(wanted, typed)
        or rival_of_its_kind(wanted, typed)
    )


def other_sex_names(wanted: str, typed: str) -> bool:
    """Whether two given names say two sexes: "joan" for "john" is another person, however
    near in letters."""
    own, other = given_name_sex(wanted), given_name_sex(typed)
    return own is not None and other is not None and own is not other


def opposite_words(wanted: str, typed: str) -> bool:
    """Opposites by the list, in any degree ("too low" for "higher"), by their direction
    ("falls", "goes up"), by an opposite morpheme ("inwards", "outwards") or by opposing
    prefixes of two dictionary words ("afferent", "efferent"; "bicuspid", "tricuspid")."""
    return (
        any(b in OPPOSITES.get(a, ()) for a in degrees(wanted) for b in degrees(typed))
        or opposite_directions(wanted, typed)
        or opposite_morphemes(wanted, typed)
        or opposite_prefixes(wanted, typed)
        or opposite_meaning(wanted, typed)
    )


def degrees(word: str) -> set[str]:
    """The word, and its plain form if it is a comparative or superlative, another form
    of a verb or a plural of a word that has opposites: "higher" → high, "bigger" → big,
    "heavier" → heavy, "losing" → lose, "cations" → cation."""
    forms = {word}
    for ending in _DEGREE_ENDINGS:
        stem = word.removesuffix(ending)
        if stem == word:
            continue
        candidates = [stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else stem]
        if stem.endswith("i"):
            candidates.append(stem[:-1] + "y")
        forms.update(c for c in candidates if c in OPPOSITES)
    return forms


def another_name(wanted: str, typed: str, expected: str) -> bool:
    """Whether the typed word in the place of the answer's word `wanted` names something
    else: the answer (`expected`) writes `wanted` as a name, with a capital, and it is a
    word rarer than the commonest given names; and `typed` is no poor spelling of it.
    "Charles Island" for "Chatham Island" and "Treaty of Locarno" for "Treaty of Rapallo"
    are wrong, not close: the rest of the answer is right only because the two names
    share it. In an acronym each letter stands for a word: "the SPD" is not "the KPD".

    A person's surname counts as a name even when it is a common word ("Jean-Baptiste
    Drouet" for "Jean-Baptiste Carrier"). A given name is another person's only when the
    typed word is a given name too, far from it in letters: "Robert Kennedy" is not "John
    F. Kennedy", nor "George Marshall" "John Marshall", nor "Lance Armstrong", whatever
    "lance" is, "Neil Armstrong"; a familiar form ("Bill" for "William") matches before
    this is asked, and an initial is judged as one (`contradicted`)."""
    capitals = capitalized_words(expected)
    if wanted not in capitals:
        return False
    if wanted in epithets(answer_words(expected), capitals):
        return True  # "Pliny the Younger" is not "Pliny the Elder"
    if not (
        could_be_name(wanted)
        or _surname_of_person(wanted, expected)
        or _last_of_a_name(wanted, typed, expected)
    ):
        return False
    if is_given_name(wanted):
        # Far in letters, a word is no spelling of the given name, known or not: "Lance
        # Armstrong" and "Erasmus Darwin" are other people; a title is how some are
        # known ("Madame Curie", "Father Hidalgo"), and an initial is judged as one.
        return _far_spelling(typed, wanted) and (
            is_given(typed) or (len(typed) > 1 and not is_title(typed) and typed not in TITLES)
        )
    if wanted in acronyms(expected):
        # Its letters swapped ("KDP") is a slip of the fingers; another letter is another name.
        return sorted(typed) != sorted(wanted)
    return _far_spelling(typed, wanted)


def _far_spelling(typed: str, wanted: str) -> bool:
    return Levenshtein.normalized_similarity(typed, wanted) < _NEAR_SPELLING


def epithets(words: Sequence[str], capitals: Collection[str]) -> frozenset[str]:
    """The folded words that follow "the" after a name, both written with a capital
    (`capitals`): "elder" of "Pliny the Elder", "bald" of "Charles the Bald"."""
    return frozenset(
        words[i + 1]
        for i in range(1, len(words) - 1)
        if words[i] == "the" and words[i - 1] in capitals and words[i + 1] in capitals
    )


def _last_of_a_name(wanted: str, typed: str, expected: str) -> bool:
    """Whether `wanted` ends a name of capitalised words only ("Carton" of "Sydney
    Carton") and `typed` is a name too, no common word ("Darnay"): another person's."""
    words = expected.split()
    return (
        len(words) > 1
        and all(word[:1].isupper() for word in words)
        and fold(words[-1]) == wanted
        and could_be_name(typed)
        and not is_common_word(typed)
    )


def _surname_of_person(word: str, expected: str) -> bool:
    """Whether `word` is the surname of the person `expected` names, even a common word
    ("Carrier" in "Jean-Baptiste Carrier", "Baker" in "Josephine Baker")."""
    surnames = surnames_of(expected)
    return surnames is not None and word in fold(surnames).split()


def opposite_beside(want: Sequence[str], got: Sequence[str], question: Sequence[str]) -> str | None:
    """Why a typed answer that has the answer's words says the reverse beside them: a
    typed word the answer lacks that is the opposite of one of its words ("it rises then
    falls" for "it falls"). Not where it only repeats a phrase of the question ("when the
    price rises, it falls" for "What happens when the price rises?")."""
    wanted = set(want)
    ways = {way_of_change(word) for word in want} - {None}
    for position, word in enumerate(got):
        if word in wanted or way_of_change(word) in ways:
            # The answer's word, or another word for its way of change ("output
            # decreases and the price increases" for "output falls and the price rises").
            continue
        opposed = next((other for other in want if opposite_words(other, word)), None)
        if opposed is None or _repeats_question(got, position, question):
            continue
        return f"'{word}', the opposite of '{opposed}', says the reverse beside it"
    return None


def _repeats_question(got: Sequence[str], position: int, question: Sequence[str]) -> bool:
    """Whether `got[position]` and the content word typed before it are both words of
    the question: a phrase of it repeated ("the price rises"), not a claim ("it rises")."""
    asked = set(question)
    before = [word for word in got[:position] if word not in FUNCTION_WORDS]
    return got[position] in asked and bool(before) and before[-1] in asked


def opposite_of_accepted(
    got: Sequence[str], extras: Sequence[int], accepted_words: Collection[str]
) -> str | None:
    """A typed word beyond the answer that is the opposite or the negation of a word of
    the answer left out (one the question gives: "less gruel" for "more gruel", asked
    "… I want some more?") or of another accepted answer: "indirectly proportional"
    where "proportional" and "directly proportional" are both right says neither."""
    for j in extras:
        word = got[j]
        if word in FUNCTION_WORDS or word in HEDGE_WORDS:
            continue
        for other in sorted(accepted_words):
            if other not in got and (opposite_words(other, word) or negated_pair(other, word)):
                return opposite_rule(word, other)
    return None


def dropped_negation(want: Sequence[str], got: Sequence[str]) -> str | None:
    """The answer's first negation when the typed answer has fewer, and none it lacks."""
    wanted = Counter(w for w in want if w in NEGATORS)
    typed = Counter(w for w in got if w in NEGATORS)
    if typed - wanted or sum(typed.values()) >= sum(wanted.values()):
        return None
    return next(iter(wanted - typed))


# "do" before a negation carries its tense: "he did not use" is "he used" reversed.
_DO_FORMS = frozenset({"do", "does", "did"})


def without_negations(want: Sequence[str], got: Sequence[str]) -> list[str]:
    """The answer's words without its negations, as the typed words would say it
    affirmed: "he did not use true fresco" is "he used true fresco" beside a typed
    "used" (the "do" that carried the tense goes, and the verb takes the typed form)."""
    out: list[str] = []
    carried = False
    for word in want:
        if word in NEGATORS:
            carried = bool(out) and out[-1] in _DO_FORMS
            if carried:
                out.pop()
            continue
        if carried:
            word = next((typed for typed in got if is_other_form(typed, word)), word)
            carried = False
        out.append(word)
    return out
