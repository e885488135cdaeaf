"""Words between and after names: "of" carrying a name on or saying whence, Japanese "no".

"of" after a name makes another name ("of Scotland" for "the National Gallery"), and so
does the "of" of French, Italian, Spanish and German ("Mont Blanc du Tacul" is another
summit than Mont Blanc), but after a one-word name of a person it says where they came
from ("Herodotus of Halicarnassus"). Between a clan's name and a given name, "no" is
Japanese's particle ("Minamoto no Yoritomo"), which modern writing often leaves out: no
negation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.answering.regions import REGIONS
from trainer.core.answering.word_lists import FUNCTION_WORDS
from trainer.core.answering.word_match import RAREST_COUNT
from trainer.core.lexicon import frequency, is_common_word, is_given_name


def name_goes_on(
    got: Sequence[str],
    last_matched: int,
    index: int,
    written_terms: frozenset[int],
    matched: int = 2,
    person: bool = False,
) -> bool:
    """Whether the typed word at `index` carries on the name the answer ends with,
    through "of": "National Gallery of Art" or "of Scotland" for "the National Gallery"
    is another gallery. Only after a name (a word the answer does not write in lower
    case: "insulin of the pancreas" says where), and only the first word of substance
    after "of". An institution's kind may come between: "Helsinki University of
    Technology" for "Helsinki" is another university. Another language's "of" carries a
    name on as "of" does ("Mont Blanc du Tacul", "Reggio di Calabria" for "Reggio"),
    except before a country, which says where ("Santiago de Chile"), and after a
    person's name, where it opens a surname ("Leonardo da Vinci"). A name of one word
    (`matched`
    typed words make the answer) that is no given name nor a word in use says whence
    its bearer came: "Herodotus of Halicarnassus" is Herodotus, where "John of Gaunt"
    is not John. Asked who (`person`), so does a name of one word that is no common
    word: "Socrates of Athens" (where "Paris of Texas" for the city is another)."""
    after = last_matched + 1
    if last_matched < 0 or last_matched in written_terms or after >= index:
        return False
    if matched == 1 and got[after] == _OF and _lone_name(got[last_matched], person):
        return False
    while after < index and got[after] in _INSTITUTIONS:
        after += 1
    if after >= index or got[after] not in CARRIERS:
        return False
    if got[after] != _OF and _says_whence(got, last_matched, after, index, person):
        return False
    return all(got[k] in FUNCTION_WORDS for k in range(after + 1, index))


_OF = "of"


def _says_whence(
    got: Sequence[str], last_matched: int, after: int, index: int, person: bool
) -> bool:
    """Whether another language's "of" after the name says whence, not which: before a
    country ("Santiago de Chile"), or after a person's name, where it opens a surname
    or says where they came from ("Leonardo da Vinci", "Charles de Gaulle")."""
    whence = " ".join(got[after + 1 : index + 1])
    return person or is_given_name(got[last_matched]) or whence in REGIONS


# The words for "of" that carry a name on in the languages whose place names learners
# meet: "Mont Blanc du Tacul", "Santiago de Compostela", "Reggio di Calabria", "Stadt
# von …". Articles ("la", "le") and Dutch "van" are left out: alone they open as many
# surnames as they carry names on.
CARRIERS = frozenset(
    {_OF, "de", "du", "des", "del", "della", "dello", "dei", "di", "da", "do", "dos", "das", "von"}
)


def _lone_name(word: str, person: bool) -> bool:
    """A name of one word that only names: rare in use and no given name ("Herodotus",
    "Thucydides"; not "John", nor "Paris"); for a person, any that is no common word
    ("Socrates", "Aristotle")."""
    if not word.isalpha() or is_given_name(word):
        return False
    return frequency(word) <= RAREST_COUNT or (person and not is_common_word(word))


# Kinds of institution whose names go on with "of": "University of Technology",
# "School of Economics", "Museum of Modern Art".
_INSTITUTIONS = frozenset(
    {
        *("university", "college", "institute", "school", "academy", "museum", "gallery"),
        *("library", "laboratory", "hospital", "society", "ministry", "department", "bank"),
    }
)


# "no" between two capitalised words: "Minamoto no Yoritomo", "Taira no Kiyomori".
_NO_BETWEEN_NAMES = re.compile(r"\b([A-Z][\w'’-]*) no (?=[A-Z])")


def without_name_particle(expected: str, typed: str) -> tuple[str, str]:
    """`expected` and `typed` without the particle "no" between a clan's name and a given
    name, where `expected` writes one ("Minamoto no Yoritomo"); else as they are."""
    if " no " not in expected or not (pairs := _NO_BETWEEN_NAMES.findall(expected)):
        return expected, typed
    for before in pairs:
        typed = re.sub(rf"(?i)\b({re.escape(before)}) no\b", r"\1", typed)
    return _NO_BETWEEN_NAMES.sub(r"\1 ", expected), typed
