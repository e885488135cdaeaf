"""How a value is named: a person's full name, a lone name, or neither; options keep the answer's.

A field of "who" values may hold people and animals alike: "Yuri Gagarin", "Alan
Shepard", and the dog "Laika" or the chimpanzee "Ham". Offered as a wrong option for
"Who was the first American in space?", a lone name stands out as another kind of thing,
and a chimpanzee is no fair guess; swapped into "… was the first American in space", it
makes a statement that is false for the wrong reason. Words cannot tell a dog's name
from a surname, but they can tell how a value is written:

- a person's full name: two to four capitalised words (particles such as "de" inside)
  opening with a common given name, or each rarer than the commonest given names
  ("Klemens von Metternich"), not opening with a title ("Mr Lawson", "Fort Ross") and
  not ending in a kind of place ("Charles Island" is an island);
- a lone name: one capitalised word ("Laika", "Lenin", "Kazan").

A value written one way is unlike an answer written the other; so is a person of the
other sex than the answer's, as far as a title or a given name tells (see `name_sexes`),
or the deck's words (`deck_sexes`): a man offered for "the first woman in space", a god
for "the goddess of marriage". When a card asks for a
person ("Who …?", or a field for people such as `who`), choice cards offer such values
only when too few like ones are left, and true/false cards swap one in only when no like
value makes the statement false. Other cards ask for places and things, whose names are
often a person's ("Fernando Noronha", "Charles Island"): for them, how a value is
written says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from functools import lru_cache

from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import PLACE_HEAD_NOUNS, TITLES
from trainer.core.generate.body_names import names_body
from trainer.core.generate.name_endings import name_endings
from trainer.core.generate.option_rules import value_parts
from trainer.core.generate.person_words import written_as_person
from trainer.core.name_sexes import (
    NONE_KNOWN,
    KnownSexes,
    Sex,
    is_known_given_name,
    other_sexes,
    sex_known,
)


class NameStyle(Enum):
    """How a value is written, as far as names go."""

    FULL_NAME = "full name"
    LONE_NAME = "lone name"


@lru_cache(maxsize=1 << 14)
def name_style(value: str) -> NameStyle | None:
    """How `value` is written: a person's full name, a lone name, or neither (None)."""
    words = value.split()
    if len(words) == 1:
        word = words[0].strip(".,;:'’")
        return NameStyle.LONE_NAME if word.isalpha() and word[0].isupper() else None
    if fold(words[-1]) in PLACE_HEAD_NOUNS or fold(words[0]) in TITLES:
        return None
    if any(word.endswith(("'s", "’s")) for word in words[:-1]):
        return None  # "Minton's Playhouse", "Ford's Theatre": a place of someone's
    # One name, read as a person's by the options' rules (see `NameEndings`): opening
    # with a given name, or made of words rarer than the commonest given names, as a
    # name from a language the list of given names holds few of is ("Klemens von
    # Metternich", "Gebhard von Blücher").
    if len(value_parts(value)) != 1 or not name_endings(value).given:
        return None
    return NameStyle.FULL_NAME


def unlikeness(
    answer: str,
    value: str,
    asked: Sex | None = None,
    told: str = "",
    known: KnownSexes = NONE_KNOWN,
) -> int:
    """How unlike the answer's a person's name `value` is: 0 alike; 1 saying no sex
    where the question asks for one ("Fagin" for "the jilted bride who adopts
    Estella"); 2 of the other sex ("Alan Shepard" for "Valentina Tereshkova": see
    `name_sexes`); 3 written as another kind of name ("Laika" for "Alan Shepard"),
    which is worse: not even a person. `asked` is the sex the question asks for, if its
    words say one (`name_sexes.sex_asked`); it stands for the answer's where its name
    says none. A lone name that `told`, the card's own excerpt, writes as a person's
    surname ("the lawyer Jaggers": `written_as_person`) is like a full name, whichever
    of the two it is. `known` gives the sex the deck's words give a name that says
    none (`deck_sexes`): "Hera" is a woman's where the deck calls her a goddess."""
    if unlike_names(answer, value) and not any(
        name_style(name) is NameStyle.LONE_NAME and written_as_person(name, told)
        for name in (value, answer)
    ):
        return UNLIKE_NAMES
    if other_sexes(answer, value, asked, known):
        return OTHER_SEX
    if asked is not None and sex_known(value, known) is None:
        return SEX_UNSAID
    return 0


# The ranks of `unlikeness`, best first.
SEX_UNSAID, OTHER_SEX, UNLIKE_NAMES = 1, 2, 3


def unlike_names(answer: str, value: str) -> bool:
    """Whether `value` is written as another kind of name than `answer`: a lone name for a
    person's full name, or a full name for a lone name; a body's name for a person's full
    name, or the reverse ("Xerox PARC" for "Konrad Zuse", `names_body`), a lone name
    being either; or a name of another office than the answer's ("King John" for
    "Franklin D. Roosevelt", `office_of`)."""
    own_body, other_body = names_body(answer), names_body(value)
    # A body's name is no person's, however its words read ("Xerox PARC").
    own = None if own_body else name_style(answer)
    other = None if other_body else name_style(value)
    if own is not None and other is not None and other is not own:
        return True
    if own_body != other_body and _reads_as_person(
        *((value, other) if own_body else (answer, own))
    ):
        return True
    return unlike_office(answer, value)


def _reads_as_person(value: str, style: NameStyle | None) -> bool:
    """Whether a value that is no body's name may be a person's, beside one that is: a
    full name, or two to four capitalised words, whatever their given name ("Gene
    Amdahl", whose "Gene" is a common word); a lone name may be either ("Apple")."""
    if style is NameStyle.FULL_NAME:
        return True
    words = value.split()
    return (
        2 <= len(words) <= 4
        and fold(words[-1]) not in PLACE_HEAD_NOUNS
        and all(word[:1].isupper() or word in _PARTICLES for word in words)
    )


# Small words inside a person's name: "Ludwig van Beethoven", "Charles de Gaulle".
_PARTICLES = frozenset(
    {"de", "da", "di", "du", "del", "der", "van", "von", "la", "le", "ibn", "bin"}
)


def unlike_office(answer: str, value: str) -> bool:
    """Whether two people's names say they held different offices, or one an office and
    the other none: "King John" for "James Madison", "Pope Urban II" for "Henry IV"."""
    if office_of(answer) == office_of(value):
        return False
    return _named(answer, name_style(answer)) and _named(value, name_style(value))


# Titles of an office held for life or a reign, by the office a name with one holds: a
# ruler's ("King John", "Tsar Nicholas II", or a regnal number alone: "Henry II"), a
# pope's, a president's, a commander's. Titles of courtesy (Mr, Dr, Sir) say none.
_OFFICES = {
    "ruler": (
        "king queen emperor empress tsar tsarina czar kaiser sultan pharaoh shah caliph"
        " prince princess duke duchess"
    ),
    "pope": "pope",
    "president": "president",
    "commander": "general admiral marshal",
}
_OFFICE_OF_TITLE = {
    title: office for office, titles in _OFFICES.items() for title in titles.split()
}
# A regnal number after a given name: "Henry II", "Louis XIV", "Richard I"; not "World
# War II" nor "Malcolm X", whose X is no number.
_REGNAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{1,3}|XIV|XVI{0,3}|XIX|XX)")


@lru_cache(maxsize=1 << 14)  # asked of each option beside each answer: 23,704 times at 10,000 cards
def office_of(value: str) -> str | None:
    """The office a person's name says its bearer held, by its title or a regnal number:
    "King John" and "Henry II" a ruler's, "Pope Urban II" a pope's; None for a name
    that says none ("James Madison", "Sir Isaac Newton")."""
    words = value.split()
    if len(words) < 2:
        return None
    office = _OFFICE_OF_TITLE.get(fold(words[0]))
    if office is None and _REGNAL.fullmatch(words[-1]) and is_known_given_name(words[-2]):
        return "ruler"
    return office


def _named(value: str, style: NameStyle | None) -> bool:
    """Whether `value` is a person's name as far as its writing says: a full or a lone
    name, or a name led by an office's title."""
    return style is not None or office_of(value) is not None


def lone_sex(
    answer: str, wrong: Sequence[str], asked: Sex | None = None, known: KnownSexes = NONE_KNOWN
) -> Sex | None:
    """The answer's sex when every wrong option names a person of the other sex, so that
    it gives the answer away: a woman among men for "Who was the first woman in space?".
    None when a wrong option's sex is its own or unknown, and with fewer than two. Where
    the question asks for the answer's sex (`asked`), a name that says none is no woman
    the learner knows of either: the answer is alone when no option is known to be of
    its sex and two or more are known to be of the other ("Harrison Schmitt" beside Alan
    Shepard and Yuri Gagarin). An answer whose name says no sex is of the sex asked.
    `known`: as for `unlikeness`."""
    # Where the answer's name says no sex ("Cleopatra VII"), the question's words do.
    own = sex_known(answer, known) or asked
    if own is None or len(wrong) < 2:
        return None
    sexes = [sex_known(value, known) for value in wrong]
    if all(other is not None and other is not own for other in sexes):
        return own
    if asked is own and own not in sexes and sum(other is not None for other in sexes) >= 2:
        return own
    return None


def lone_style(answer: str, wrong: Sequence[str]) -> NameStyle | None:
    """The answer's style when every wrong option is written as the other kind of name,
    so that how it is written gives it away: a lone name for 'Laika' among 'Yuri
    Gagarin', 'Alan Shepard' and 'John Glenn'. None when a wrong option shares its style
    or is neither kind, and with fewer than two wrong options."""
    own = name_style(answer)
    if own is None or len(wrong) < 2:
        return None
    if all(name_style(value) not in (None, own) for value in wrong):
        return own
    return None
