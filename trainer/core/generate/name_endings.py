"""The surnames that end a value's names: what a prompt must not name of an option."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from trainer.core import lexicon
from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import PLACE_KINDS, TITLES_AFTER_NAMES
from trainer.core.records import record
from trainer.core.value_split import split_parts

# Titles borne after a name that are family names too: "Imran Khan", "Sadiq Khan".
_TITLES_ALSO_SURNAMES = frozenset({"khan"})


def title_after_name(words: Sequence[str]) -> bool:
    """Whether a name's last word is a title its bearer had after the name ("Genghis
    Khan", "Enver Pasha"), not a surname: "Khan" is a family name after a known given
    name ("Imran Khan")."""
    if len(words) < 2 or (last := fold(words[-1])) not in TITLES_AFTER_NAMES:
        return False
    return last not in _TITLES_ALSO_SURNAMES or not lexicon.is_given_name(words[0])


# Lower-case words that may stand inside a person's name ('Hugo de Vries'), belonging to
# the surname after them.
NAME_PARTICLES = frozenset(
    "von van de der den du da di del della des la le bin ibn al ter ten dos das do".split()  # noqa: SIM905
)
_LETTERS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")


@record
class NameEndings:
    """The last words (surnames, folded) of the parts of a value that read as names: a
    run of two to four capitalised words ('Joseph Lister', 'Hugo de Vries'). `given`
    keeps those that read as people's whatever the field: a common given name first, or
    every word rarer than the commonest given names ('Ignaz Semmelweis'; not 'King's
    College London'), and not ending in a kind of place ('Bering Strait', 'Hudson Bay').
    A title written after a name ends none ('Kublai Khan': "Khan" names any khan)."""

    every: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()


NO_NAME_ENDINGS = NameEndings()


@lru_cache(maxsize=1 << 16)
def name_endings(value: str) -> NameEndings:
    """The surnames of `value`'s parts that read as people's names (see NameEndings)."""
    every: set[str] = set()
    given: set[str] = set()
    for part in split_parts(value):
        words = part.split()
        if not 2 <= len(words) <= 4 or any(
            not _LETTERS.fullmatch(_POSSESSIVE.sub("", word.strip(".")) or "-")
            or not (word[0].isupper() or (0 < i < len(words) - 1 and word in NAME_PARTICLES))
            for i, word in enumerate(words)
        ):
            continue
        surname = fold(_POSSESSIVE.sub("", words[-1]))
        if title_after_name([*words[:-1], surname]):
            continue  # "Genghis Khan", "Enver Pasha": a title after the name, no surname
        every.add(surname)
        if surname in PLACE_KINDS:
            # "Bering Strait", "Hudson Bay": a place of that kind, no person's surname.
            continue
        names = [word for word in words if word not in NAME_PARTICLES]
        if lexicon.is_given_name(words[0]) or all(map(lexicon.could_be_name, names)):
            given.add(surname)
    if not every:
        return NO_NAME_ENDINGS
    return NameEndings(frozenset(every), frozenset(given))
