"""Words of an answer that read as function words but carry it: "La Paz", "the US", "atomic number".

So does the note A, asked about music, in "A flat" or "A minor", and the letter A that
labels what comes before it ("vitamin A", "Type A").

Folded, "La Paz" is `la paz` and "the US" is `the us`, and "la" and "us" are words grading
lets an answer leave out (a name's particle, a pronoun); so is "number" ("number 9", "the
number of votes"). In these places they are part of a name or a term and must be typed:
"Paz" is not La Paz, "Canada" is not "the US and Canada", and "atomic" is not the atomic
number: a noun after a word that describes it is a term's head ("mass number", "prime
number", "Avogadro's number").
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.abbreviations import WELL_KNOWN_ABBREVIATIONS
from trainer.core.answering.regions import REGIONS
from trainer.core.answering.word_lists import ARTICLES, FUNCTION_WORDS, HEDGE_WORDS

# Articles of French, Spanish and Italian that open a place's or a person's name ("La
# Paz", "Le Havre", "La Rochelle", "Le Corbusier") and read as a name's particle.
_OPENING_ARTICLES = frozenset({"la", "le", "les", "il", "lo", "l"})
# Function words that are nouns after a word describing them: "atomic number".
_NOUNS = frozenset({"number"})


def named_function_words(
    want: Sequence[str], question_words: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The answer's words that look like function words but are part of a name; the
    question's words tell a key ("A minor", asked for a key) from "a minor"."""
    named: set[str] = set()
    for index, word in enumerate(want):
        if word not in FUNCTION_WORDS:
            continue
        if (
            _opens_name(want, index)
            or _abbreviated_place(want, index)
            or _head_of_term(want, index)
            or _note_letter(want, index, question_words)
            or _letter_a(want, index)
        ):
            named.add(word)
    return frozenset(named)


# After the note A, where the question is about music: its accidental or its mode.
_ACCIDENTALS = frozenset({"flat", "sharp", "natural"})
_MODES = frozenset({"major", "minor"})
_MUSIC = frozenset(
    {"key", "keys", "chord", "chords", "scale", "scales", "note", "notes", "tonic", "mode"}
    | {"symphony", "concerto", "sonata", "relative", "major", "minor", "fifth", "fourth"}
    | {"signature", "sharps", "flats", "interval", "music", "tuning", "pitch"}
)


# Words an article never stands before: "vitamin A and vitamin D".
_NO_NOUN_AFTER = frozenset({"and", "or", "nor", "but", "than", "vs", "versus"})


def _letter_a(want: Sequence[str], index: int) -> bool:
    """The letter A, as a label after what it labels ("vitamin A", "Type A", "Plan A"):
    an article stands before a noun, never last nor before "and"."""
    if want[index] != "a" or index == 0:
        return False
    return index + 1 == len(want) or want[index + 1] in _NO_NOUN_AFTER


def _note_letter(want: Sequence[str], index: int, question_words: frozenset[str]) -> bool:
    """The note A, not the article, asked about music: "A flat", "A minor" ("What is the
    relative minor of C major?"): "E minor" is another key, not "a minor" with a word
    added."""
    if want[index] != "a" or index + 1 >= len(want):
        return False
    # Not "a flat" where they lived, nor "a minor" under eighteen.
    return want[index + 1] in _ACCIDENTALS | _MODES and not question_words.isdisjoint(_MUSIC)


def _opens_name(want: Sequence[str], index: int) -> bool:
    """A foreign article opening the answer (after an English article at most) before a
    name: "La Paz", "the La Brea tar pits"."""
    start = 1 if want[:1] and want[0] in ARTICLES else 0
    if index != start or want[index] not in _OPENING_ARTICLES or index + 1 >= len(want):
        return False
    following = want[index + 1]
    return following.isalpha() and following not in FUNCTION_WORDS


def _abbreviated_place(want: Sequence[str], index: int) -> bool:
    """A well-known abbreviation of a place that is also a pronoun ("us"), after an
    article ("the US"), opening the answer before a noun it describes ("US
    Constitution"), or beside another place of the answer ("US and Canada")."""
    if want[index] not in WELL_KNOWN_ABBREVIATIONS:
        return False
    if index > 0 and want[index - 1] in ARTICLES:
        return True
    following = want[index + 1] if index + 1 < len(want) else ""
    if index == 0 and following.isalpha() and following not in FUNCTION_WORDS:
        return True
    others = [w for w in want if w not in FUNCTION_WORDS and w not in HEDGE_WORDS]
    return bool(others) and all(w in REGIONS for w in others)


def _head_of_term(want: Sequence[str], index: int) -> bool:
    """A noun read as a function word after a content word that describes it, and no
    numeral after it: "atomic number", not "number 9" or "a number of"."""
    if want[index] not in _NOUNS or index == 0:
        return False
    before = want[index - 1]
    after = want[index + 1] if index + 1 < len(want) else ""
    return (
        before.isalpha()
        and before not in FUNCTION_WORDS
        and before not in HEDGE_WORDS
        and not after[:1].isdecimal()
        and after != "of"
    )
