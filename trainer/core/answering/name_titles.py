"""Words before a name that an answer may leave out: a person's title, a kind the question names.

A personal title (Sir, Dr, President, Tsar, King…) may be left out when a person's name
follows it: "Isaac Newton" for "Sir Isaac Newton", "Nicholas II" for "Tsar Nicholas
II". The name is the run of words after the title up to a function word or a number
(particles such as "de" inside it), and each of its words is a given name or a word rarer
than the commonest given names ("King George's Sound" is a place: "sound" is a common
word, so "George's Sound" is not it).

A kind of natural feature (Mount, Lake, River…) is part of a place's name. It may be left
out when the question names that kind ("Which lake…?" for "Lake Victoria"), or when what
follows is a distinctive name on its own: every word of it rare in English and no given
name ("Everest", "Kilimanjaro"; not "Victoria", "Horn" or "Superior", which name other
things). Every other word
of a place's name (Saint, San, Fort, Port…) is required: what is left without it is
another name ("Helena", "Fe").

A generic head noun after a place's name (Ocean, Sea, Desert, Bay, Islands…) may be left
out when the name before it stands on its own: every word of it rarer than the commonest
given names, no given name and no qualifier ("the Pacific" for "Pacific Ocean", "the
Sahara"; not "the Red" for the Red Sea, "the Dead" or "the Indian").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from trainer.core.answering.name_particles import NAME_PARTICLES
from trainer.core.answering.normalise import fold
from trainer.core.answering.regions import REGIONS
from trainer.core.answering.word_lists import (
    ARTICLES,
    FUNCTION_WORDS,
    HEDGE_WORDS,
    PERSONAL_TITLES,
    PLACE_HEAD_NOUNS,
    PLACE_WORDS,
    QUALIFIERS,
    SAME_WORDS,
    TITLES_BEFORE_NAMES_ONLY,
)
from trainer.core.lexicon import (
    NAME_CEILING,
    could_be_name,
    frequency,
    is_common_word,
    is_given_name,
)
from trainer.core.name_sexes import is_known_given_name

# A word counted less often than this in English is distinctive enough to name a place on
# its own ("everest" 172, "nile" 201, "amazon" 539; "victoria" 995 and "washington" 1,306
# name other things too).
DISTINCTIVE_CEILING = 600
# Names listed in one answer: "James Watson and Francis Crick", "Fleming, Florey & Chain".
_NAME_LIST = re.compile(r"\s*(?:,|&|\band\b)\s*")
# Words that open a place's name, saying what kind of place it is: "Cape Verde", "Mount
# Kenya", "Saint Helena", "Port Desire".
_PLACE_OPENERS = frozenset(PLACE_WORDS) | {"saint", "fort", "port"}

# A ruler's number after a name, in capitals: "XVI", "II", "VIII".
_REGNAL_NUMBER = re.compile(r"[IVXL]+")


_TITLES_OF_ANY_NAME = frozenset({"pope"})


def is_personal_title(words: Sequence[str], index: int) -> bool:
    """True when folded `words[index]` is a personal title before a person's name."""
    if words[index] not in PERSONAL_TITLES and words[index] not in TITLES_BEFORE_NAMES_ONLY:
        return False
    name: list[str] = []
    for word in words[index + 1 :]:
        if word in NAME_PARTICLES or (
            not name and (word in PERSONAL_TITLES or word in TITLES_BEFORE_NAMES_ONLY)
        ):
            continue  # titles in a row are one title: "Prime Minister", "Field Marshal"
        if word in FUNCTION_WORDS or word in HEDGE_WORDS or not word.isalpha():
            break
        name.append(word)
    name = list(_without_suffix(name))
    if not name or name[0] in NAME_SUFFIXES:
        return False  # the "King" of "Martin Luther King Jr." is his surname: "Jr." no name
    # Before a country's name a title's letters are its own words: "DR Congo" is the
    # Democratic Republic, no doctor.
    # A pope's name is often a word ("Innocent III", "Urban II", "Pius"): any will do.
    named = words[index] in _TITLES_OF_ANY_NAME or all(could_be_name(word) for word in name)
    return named and " ".join(name) not in REGIONS


def place_kind_named(words: Sequence[str], index: int, question_words: Collection[str]) -> bool:
    """True when folded `words[index]` is a kind of natural feature before a name ("lake"
    of "lake victoria") and the question names that kind."""
    kinds = PLACE_WORDS.get(words[index])
    if kinds is None or index + 1 == len(words):
        return False
    following = words[index + 1]
    if following in FUNCTION_WORDS or following in HEDGE_WORDS or not following.isalpha():
        return False
    return any(word in kinds for word in question_words) or distinctive_place(words, index)


def distinctive_place(words: Sequence[str], index: int) -> bool:
    """True when folded `words[index]` is a kind of natural feature ("mount") followed by a
    name that is distinctive on its own ("everest"): rare in English and no given name."""
    if words[index] not in PLACE_WORDS:
        return False
    name = []
    for word in words[index + 1 :]:
        if word in FUNCTION_WORDS or word in HEDGE_WORDS or not word.isalpha():
            break
        name.append(word)
    return bool(name) and all(
        frequency(word) < DISTINCTIVE_CEILING and not is_given_name(word) for word in name
    )


def generic_head_noun(words: Sequence[str], index: int) -> bool:
    """True when folded `words[index]` is a generic head noun ending a place's name
    ("ocean" of "pacific ocean") whose name is distinctive without it ("pacific"; "cape
    verde", whose opening word only says it is a cape)."""
    if words[index] not in PLACE_HEAD_NOUNS:
        return False
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None and following.isalpha() and following not in FUNCTION_WORDS:
        return False  # "ocean floor", "sea water": the noun is not the name's last word
    name: list[str] = []
    for word in reversed(words[:index]):
        if word in FUNCTION_WORDS or word in HEDGE_WORDS or not word.isalpha():
            break
        name.append(word)
    while len(name) > 1 and name[-1] in _PLACE_OPENERS:
        name.pop()  # read backwards: the name's first word is last
    return bool(name) and all(
        frequency(word) < NAME_CEILING
        and not is_given_name(word)
        and word not in QUALIFIERS
        and word not in PLACE_HEAD_NOUNS
        for word in name
    )


# Kinds of settlement written before the settlement's own name: "the city of Kazan" is
# Kazan. Not "capital" ("the capital of France" is no France), and no other kind: "the
# Tower of London" and "the Gulf of Mexico" are other places than London and Mexico.
_SETTLEMENT_KINDS = frozenset({"city", "town", "village", "hamlet", "borough", "port"})
# Buildings named "of" the place they stand in: "Versailles" for "the Palace of
# Versailles", only where the place's name is distinctive on its own (not "the Museum
# of Modern Art", nor "the Palace of Westminster" for "Westminster" alone).
_BUILDINGS_OF_PLACES = frozenset({"castle", "palace", "fortress", "cathedral", "abbey"})


# Buildings typed after the name of the place they stand in, which say no other place:
# "Canterbury Cathedral", "the Bastille prison", "Windsor Castle" for the place's name.
BUILDINGS_AFTER_PLACES = _BUILDINGS_OF_PLACES | {
    *("prison", "church", "chapel", "basilica", "monastery", "convent", "priory"),
    *("museum", "gallery", "temple", "mosque", "synagogue", "shrine"),
}
# Kinds of place a question may ask for that no building is: "Which city …?" is not
# answered by "Canterbury Cathedral".
_LANDS_AND_SETTLEMENTS = frozenset(
    {"city", "town", "village", "country", "state", "region", "province", "capital", "island"}
)


def building_after_its_place(
    got: Sequence[str], index: int, last_matched: int, in_question: Callable[[str], bool]
) -> bool:
    """True when folded `got[index]` is a building typed straight after the answer's last
    word, a place's name with a word rarer than given names, and ends what was
    typed ("notre dame cathedral", "the bastille prison"): the building of that place.
    Not where the question asks for a town or a land, which no building is."""
    if got[index] not in BUILDINGS_AFTER_PLACES or index != last_matched + 1 or index == 0:
        return False
    if not all(word in FUNCTION_WORDS for word in got[index + 1 :]):
        return False  # "Windsor Castle gardens": a place within it
    last = got[last_matched]
    if not last.isalpha() or is_common_word(last) or is_given_name(last):
        return False
    name = []
    for word in reversed(got[: last_matched + 1]):
        if word in FUNCTION_WORDS or not word.isalpha():
            break
        name.append(word)
    # "the Globe" names a theatre only with its kind: a name needs a word rarer than names.
    if not any(frequency(word) < NAME_CEILING for word in name):
        return False
    return not any(map(in_question, _LANDS_AND_SETTLEMENTS))


def settlement_named(words: Sequence[str], index: int) -> bool:
    """True when folded `words[index]` is the kind opening an answer before the name of
    its place, which the name alone says: "city" of "the city of kazan", "palace" of
    "the palace of versailles"."""
    kind = words[index]
    if tuple(words[:index]) not in ((), ("the",)) or not (
        kind in _SETTLEMENT_KINDS or kind in _BUILDINGS_OF_PLACES
    ):
        return False
    rest = words[index + 1 :]
    if len(rest) < 2 or rest[0] != "of":
        return False
    name = rest[1:]
    if not all(word.isalpha() and word not in FUNCTION_WORDS for word in name):
        return False
    return kind in _SETTLEMENT_KINDS or all(
        frequency(word) < NAME_CEILING and not is_given_name(word) for word in name
    )


# Kinds of agreement, law or plan named after a place or people: "the Treaty of
# Versailles", "the Smoot-Hawley Tariff Act", "the Dawes Plan".
DOCUMENT_KINDS = frozenset(
    {
        *("treaty", "peace", "pact", "accord", "agreement", "convention", "concordat"),
        *("act", "bill", "tariff", "law", "edict", "decree", "charter", "plan", "doctrine"),
    }
)


def document_named(words: Sequence[str], index: int) -> bool:
    """True when folded `words[index]` is the kind of an agreement, law or plan whose
    name says which on its own: "treaty" of "the treaty of versailles", "tariff" and
    "act" of "smoot hawley tariff act"; every word of the name rarer than the commonest
    given names and no given name (not "the Social Security Act", "the Act of Union")."""
    if words[index] not in DOCUMENT_KINDS:
        return False
    name: list[str] = []
    if tuple(words[index + 1 : index + 2]) == ("of",):
        for word in words[index + 2 :]:
            if word in FUNCTION_WORDS or not word.isalpha():
                break
            name.append(word)
    else:
        for word in reversed(words[:index]):
            if word in FUNCTION_WORDS or not word.isalpha():
                break
            if word not in DOCUMENT_KINDS:
                name.append(word)
    return bool(name) and all(
        frequency(word) < NAME_CEILING and not is_given_name(word) and word not in QUALIFIERS
        for word in name
    )


def kind_left_out(words: Sequence[str], index: int, typed: Collection[str]) -> bool:
    """True when folded `words[index]` is the kind of a place or an agreement whose name
    says what it is, whatever the question asks ("Everest" for "Mount Everest", "the
    Pacific" for "Pacific Ocean", "Kazan" for "the city of Kazan", "Versailles" for "the
    Treaty of Versailles"), and no other kind was typed in its place ("the Pacific Sea",
    "the Versailles Conference" is another meeting)."""
    if not (
        distinctive_place(words, index)
        or generic_head_noun(words, index)
        or settlement_named(words, index)
        or document_named(words, index)
    ):
        return False
    # A kind of the name's own ("cape" of "Cape Verde Islands") is no other kind.
    return not any(
        (word in PLACE_HEAD_NOUNS or word in PLACE_WORDS or word in _OTHER_KINDS)
        and word not in words
        for word in typed
    )


# What an agreement's name may be typed with in place of its kind: another agreement,
# or the meeting that made it.
_OTHER_KINDS = DOCUMENT_KINDS | {"conference", "congress", "summit", "meeting", "council"}


# What may follow a surname and still end a name: "Martin Luther King Jr.".
NAME_SUFFIXES = frozenset({"jr", "sr", "junior", "senior"})
# Letters after a name that give its bearer's office or honours, not the name: a judge's
# ("Lindley LJ", "Lord Denning MR", "Lord Reed JSC", "Mr Justice Smith": "Smith J") or a
# fellowship or honour ("Isaac Newton FRS").
POST_NOMINALS = frozenset(
    {"j", "lj", "ljj", "jj", "mr", "cj", "lcj", "jsc", "kc", "qc", "frs", "obe", "mbe", "cbe"}
)


def name_suffix(words: Sequence[str], index: int) -> bool:
    """True when folded `words[index]` ends a person's name as "Jr." or "Sr." does: it
    follows a word of a name (no function word, no number), and only a function word may
    follow it. "Martin Luther King" is the man "Martin Luther King Jr." names; the
    suffix tells him from a father of the same name, which a question does not ask; a
    judge's office or an honour after a name ("Lindley LJ") is no part of it either."""
    if (words[index] not in NAME_SUFFIXES and words[index] not in POST_NOMINALS) or index < 1:
        return False
    if any(word not in FUNCTION_WORDS for word in words[index + 1 :]):
        return False
    return words[index - 1].isalpha() and words[index - 1] not in FUNCTION_WORDS


def other_suffix(want: Sequence[str], got: Sequence[str]) -> str | None:
    """The suffix typed where the answer's name ends in another one ("Sr." for "Jr."):
    the father for the son, another person."""
    wanted = {min({word, *SAME_WORDS.get(word, ())}) for word in want if word in NAME_SUFFIXES}
    typed = {min({word, *SAME_WORDS.get(word, ())}) for word in got if word in NAME_SUFFIXES}
    if wanted and typed and not wanted & typed:
        return next(word for word in got if word in NAME_SUFFIXES)
    return None


def _without_suffix(words: Sequence[str]) -> Sequence[str]:
    """A name's words without the suffix that ends it ("jr"), which is no name itself."""
    return words[:-1] if len(words) > 1 and words[-1] in NAME_SUFFIXES else words


# Words that join two people's names.
_JOINING = frozenset({"and", "&", "et", "und"})


def middle_name(words: Sequence[str], index: int, content: Sequence[int]) -> bool:
    """A middle name, which may be left out ("James Simpson" for "James Young Simpson"):
    a word between a first word that could be a given name and a last word that is no
    common word (not "George Washington Bridge"), with no function word between them
    but a name's particle (not "Germany's agreement with the Soviets"), and no article
    before them (not "the Museo Reina Sofía")."""
    if content and words[content[-1]] in NAME_SUFFIXES:
        content = content[:-1]  # "Jr." ends the name but is none of its names
    if len(content) < 3 or not content[0] < index < content[-1]:
        return False
    if any(word in ARTICLES for word in words[: content[0]]):
        return False  # a person's name has no article: "the Museo Reina Sofía" is a place
    inside = words[content[0] + 1 : content[-1]]
    if any(word in FUNCTION_WORDS and word not in NAME_PARTICLES for word in inside):
        return False
    if any(word in _JOINING for word in inside):
        return False  # "Marie and Pierre Curie" are two people: neither name is a middle one
    first, last = words[content[0]], words[content[-1]]
    # A name starts with no number: "48 cubic km" has no middle name to leave out.
    return (
        not any(char.isdecimal() for char in first)
        and could_be_name(first)
        and last.isalpha()
        and not is_common_word(last)
    )


def first_given_name(
    words: Sequence[str], index: int, content: Sequence[int], got: Sequence[str]
) -> bool:
    """The first of a person's given names, left out where the typed answer has the
    next one, a middle name, and the surname: "Robert Malthus" for "Thomas Robert
    Malthus", "Maynard Keynes" for "John Maynard Keynes", the names they went by."""
    if len(content) < 3 or index != content[0] or not middle_name(words, content[1], content):
        return False
    # Typed as the name it is, the next given name opening it and the surname after:
    # "Leone Battista Alberti" misspells "Leon", "Harlan or Marshall" names two men.
    following, surname = words[content[1]], words[content[-1]]
    return any(
        got[at] == following
        and got[at + 1] == surname
        and (at == 0 or got[at - 1] in FUNCTION_WORDS or got[at - 1] in PERSONAL_TITLES)
        for at in range(len(got) - 1)
    )


def is_given(word: str) -> bool:
    """A given name, or given names joined by hyphens ("Jean-Baptiste")."""
    return is_given_name(fold(word)) or is_known_given_name(word)


def surnames_of(name: str) -> str | None:
    """A person's name, or a pair or list of them, by surnames alone ("Darwin" for
    "Charles Darwin", "Watson and Crick" for "James Watson and Francis Crick"); None
    unless every part starts with a given name and ends with a capitalised word."""
    surnames: list[str] = []
    for part in _NAME_LIST.split(name.strip()):
        words = part.split()
        if len(words) < 2 or not is_given(words[0]) or not words[-1][:1].isupper():
            return None
        if _REGNAL_NUMBER.fullmatch(words[-1]):
            return None  # "Louis XVI": a ruler's number is no surname
        start = len(words) - 1
        while start > 1 and fold(words[start - 1]) in NAME_PARTICLES:
            start -= 1  # "van Leeuwenhoek", "de Gaulle"
        surnames.append(" ".join(words[start:]))
    return " and ".join(surnames) if surnames else None


# A person's name whose surname is two names joined by a hyphen: "Tim Berners-Lee".
_DOUBLE_BARRELLED = re.compile(
    r"(?:[^\W\d_][\w'’.]*\s+)+([^\W\d_a-z][^\W\d_]+)-[^\W\d_a-z][^\W\d_]+"
)


def surname_halves(expected: str) -> frozenset[str]:
    """The first half of a person's double-barrelled surname, folded ("berners" of "Tim
    Berners-Lee"): half of the surname, never a middle name to leave out."""
    found = _DOUBLE_BARRELLED.fullmatch(expected.strip())
    return frozenset() if found is None else frozenset({fold(found[1])})
