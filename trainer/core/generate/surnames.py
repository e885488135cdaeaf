"""A person's surname, from a name as a deck writes it: "Yuri Gagarin", "Madame Roland"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from trainer.core import lexicon
from trainer.core.answering.name_titles import NAME_SUFFIXES, POST_NOMINALS
from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import (
    PERSONAL_TITLES,
    TITLES_BEFORE_NAMES_ONLY,
)
from trainer.core.generate.name_endings import NAME_PARTICLES, title_after_name
from trainer.core.name_sexes import (
    SEXED_TITLES,
    Sex,
    given_name_sex,
    is_known_given_name,
    sex_of,
)
from trainer.core.value_split import split_parts

_NOT_NAMES = frozenset(
    ["the", "a", "an", "of", "and", "or", "for", "in", "on", "at", "to", "by", "with"]
)
# Titles and ranks written before a person's name.
_TITLES_BEFORE_NAMES = PERSONAL_TITLES | SEXED_TITLES | TITLES_BEFORE_NAMES_ONLY
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_INITIAL = re.compile(r"[^\W\d_]\.?")
# A ruler's number ('Louis XVIII', 'Henry VIII'): no surname, and no answer alone.
_REGNAL_NUMBER = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# A word this common in English (in pyspellchecker's counts, where names count low) is
# not a middle name: 'union' (21,852), 'council' (22,954), 'social' (69,655).
_NAME_WORD_CEILING = 20_000


# Words that open an Arabic name by a kinship ("son of", "father of"): the word after
# them names the kin, so no last word of the name is the person's surname.
_KINSHIP_OPENERS = frozenset({"ibn", "bin", "bint", "abu", "umm"})


# The commonest family names of China, Korea and Vietnam, and some of Japan's, which
# those names write first (a name that starts with one is read so: "Lee Kuan Yew" is a
# Lee; "Hirobumi Ito", written the other way, still ends in its family name).
_FAMILY_NAMES_FIRST = frozenset(
    {
        *("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"),
        *("Xu", "Sun", "Zhu", "Hu", "Guo", "Lin", "Gao", "Luo", "Zheng", "Liang"),
        *("Xie", "Tang", "Deng", "Feng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong"),
        *("Pan", "Yuan", "Jiang", "Cai", "Du", "Cheng", "Wei", "Shen", "Yao", "Mao"),
        *("Chiang", "Chou", "Teng", "Kim", "Park", "Choi", "Nguyen", "Tran", "Pham"),
        *("Hoang", "Ngo", "Ho", "Lee"),
        # Japan's, as histories write them family name first ("Itō Hirobumi").
        *("Itō", "Ito", "Tōgō", "Togo", "Tōjō", "Tojo", "Yamamoto", "Tanaka", "Suzuki"),
        *("Satō", "Sato", "Takahashi", "Watanabe", "Nakamura", "Kobayashi", "Konoe"),
        # Japan's houses and statesmen that histories name (without a macron to tell).
        *("Tokugawa", "Oda", "Toyotomi", "Minamoto", "Taira", "Fujiwara", "Ashikaga"),
        *("Hojo", "Okubo", "Kido", "Iwakura", "Yamagata", "Saigo", "Katsura", "Okuma"),
        *("Itagaki", "Inoue", "Matsukata", "Inukai", "Yoshida", "Takeda", "Uesugi"),
    }
)
# Long vowels written with a macron, as Japanese names are in Hepburn ("Saigō", "Ōkubo"):
# a first word holding one is a family name written first.
_MACRONS = frozenset("āēīōūĀĒĪŌŪ")


# Family names that are English given names too ("Lee Harvey Oswald", "Kim Philby"):
# read first only before a name of short syllables or a hyphened one ("Lee Kuan Yew",
# "Kim Il-sung").
_ALSO_GIVEN_FIRST = frozenset({"Lee", "Kim"})
_SYLLABLE_LETTERS = 4


def _family_name_first(words: list[str]) -> bool:
    """Whether a name of two or three words starts with its family name (see
    `_FAMILY_NAMES_FIRST`, or a Japanese one by its macron: "Saigō Takamori"), the rest
    being no English given name."""
    rest = words[1:]
    japanese = not _MACRONS.isdisjoint(words[0]) and len(rest) == 1
    if (words[0] not in _FAMILY_NAMES_FIRST and not japanese) or not 1 <= len(rest) <= 2:
        return False
    if any(lexicon.is_given_name(word.lower()) for word in rest):
        return False  # a given name after it: the name is written the English way round
    if words[0] in _ALSO_GIVEN_FIRST:
        return all("-" in word or len(word) <= _SYLLABLE_LETTERS for word in rest)
    return True


@lru_cache(maxsize=1 << 14)  # asked 10,870 times of 1,519 names in 10,000 bench cards
def surname_of(name: str) -> str | None:
    """The surname of a person's name such as 'Yuri Gagarin', 'Charles de Gaulle' or
    'Thomas Bell'.

    None when `name` does not look like a person's name (two to four words, each
    capitalised or a particle inside, none a digit or an article), when its last word is
    a given name itself ('Lloyd George'), or when it does not start like a person's name:
    its first word must be a given name ('Thomas Bell': then the surname may be a common
    word), or else every word must be rarer than the commonest given names ('Valerian
    Kuibyshev'), so that a nickname or a place made of words ('York Minster', 'Jemmy
    Button') gets none. Titles before the name are not part of it: 'Count Alfred von
    Schlieffen' is von Schlieffen, 'Field Marshal Douglas Haig' Haig.
    """
    words = name.split()
    if len(words) > 1 and words[-1].isupper() and fold(words[-1]) in POST_NOMINALS:
        # "Lindley LJ", "Lord Denning MR": a judge's office after the name, no surname.
        words = words[:-1]
        if len(words) == 1:
            return words[0] if _NAME_WORD.fullmatch(words[0]) else None
    if len(words) > 2 and fold(words[-1].rstrip(".")) in NAME_SUFFIXES:
        # "Martin Luther King Jr." is King: the suffix only tells him from his father.
        words = [*words[:-2], words[-2].rstrip(",")]
    if title_after_name(words):
        return None  # "Genghis Khan": a title after the name, which any khan bore
    written = len(words)
    while len(words) > 2 and is_name_title(words[0]):
        words = words[1:]
    titled = len(words) < written
    if titled and words[0].lower() in NAME_PARTICLES and 2 <= len(words) <= 3:
        # A title, then a particle and a surname: "Marquis de Lafayette".
        rest = words[1:]
        if all(word[0].isupper() and _NAME_WORD.fullmatch(word) for word in rest):
            return " ".join(words)
        return None
    if len(words) == 2 and is_name_title(words[0]):
        # A title and a surname ("Captain Cook"): no given name to go by, but the title
        # says a person. A ruler's name ("Queen Victoria") is none; a given name of the
        # other sex than the title's is ("Madame Roland").
        named = words[1]
        if (
            _NAME_WORD.fullmatch(named)
            and named[0].isupper()
            and not named.endswith(".")
            and named.lower() not in _NOT_NAMES
            and not _REGNAL_NUMBER.fullmatch(named)
            and (not is_known_given_name(named) or _other_sex_than_title(words))
        ):
            return named.strip("'’")
        return None
    if not 2 <= len(words) <= 4:
        return None
    if words[0].lower() in _KINSHIP_OPENERS:
        return None  # "Ibn Sina" is "son of Sina": "Sina" alone names the father
    if _family_name_first(words):
        # "Mao Zedong", "Sun Yat-sen", "Ho Chi Minh": the family name comes first, and
        # the last word alone is a given name ("Zedong" is no answer).
        return words[0]
    name_words: list[str] = []
    for position, word in enumerate(words):
        last = position == len(words) - 1
        if position > 0 and not last and word.lower() in NAME_PARTICLES:
            continue
        if not _NAME_WORD.fullmatch(word) or not word[0].isupper():
            return None
        if word.lower() in _NOT_NAMES or (last and word.endswith(".")):
            return None
        if _INITIAL.fullmatch(word):
            if last:
                return None
            continue
        name_words.append(word.strip(".'’"))
    if len(name_words) == 1 and len(words) > 1 and _initials_then(words, name_words[0]):
        # "J. J. Thomson", "T. S. Eliot": initials say a person as a given name does.
        return name_words[0]
    if (
        len(name_words) < 2
        or lexicon.is_given_name(name_words[-1])
        # A woman's two given names ("Maria Theresa", "Marie Antoinette"): women's names
        # are rarely surnames, and the lexicon's list holds fewer of them.
        or all(given_name_sex(word) is Sex.FEMALE for word in (name_words[0], name_words[-1]))
        or _REGNAL_NUMBER.fullmatch(name_words[-1])
        # A royal's names are given names ("Infanta Margaret Theresa", "Empress Maria
        # Theresa"): none is a surname to answer alone.
        or (_royal(name.split()[0]) and is_known_given_name(name_words[-1]))
    ):
        return None
    # An initial between two words says a person as a given name does: "Husband E.
    # Kimmel", whose "Husband" is a common word.
    middle_initial = len(words) == 3 and words[1].endswith(".") and _INITIAL.fullmatch(words[1])
    if is_known_given_name(name_words[0]) or lexicon.opens_a_name(name_words[0]) or middle_initial:
        if any(lexicon.frequency(word) >= _NAME_WORD_CEILING for word in name_words[1:-1]):
            return None
    elif any(lexicon.frequency(word) >= lexicon.NAME_CEILING for word in name_words):
        return None
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])


# Titles of royals, who are known by their given names and have no surname to go by.
_ROYAL_TITLES = frozenset(
    """king queen emperor empress tsar tsarina czar czarina kaiser prince princess infante
    infanta archduke archduchess""".split()  # noqa: SIM905
)


def _royal(title: str) -> bool:
    return title.lower() in _ROYAL_TITLES


def _initials_then(words: list[str], surname: str) -> bool:
    """Whether `words` are initials and then `surname`, a word rarer than the commonest
    given names and no given name itself ("U. S. Steel" is a firm, "J. P. Morgan" may
    be called Morgan or J. P.)."""
    return (
        all(_INITIAL.fullmatch(word) for word in words[:-1])
        and words[-1].strip(".'’") == surname
        and not lexicon.is_given_name(surname)
        and lexicon.frequency(surname) < lexicon.NAME_CEILING
    )


def _other_sex_than_title(words: list[str]) -> bool:
    """Whether a title and a given name say two sexes: "Madame Roland"."""
    title, name = sex_of(" ".join(words)), sex_of(f"{words[1]} X")
    return title is not None and name is not None and title is not name


def is_name_title(word: str) -> bool:
    """A title or rank written before a person's name: "General", "Dr.", "Countess"."""
    return fold(word.rstrip(".")) in _TITLES_BEFORE_NAMES


# Words that are titles only before another ("Grand Duke", "Field Marshal", "Prime
# Minister"): alone they open a place's name as well ("Grand Canary").
_TITLE_OPENERS = frozenset({"grand", "field", "rear", "air", "prime", "chief"})


def opens_with_title(words: Sequence[str]) -> bool:
    """Whether `words` open with a title that says a person ("the MP", "Prime Minister",
    "Grand Duke"); "Grand" of "Grand Canary" does not."""
    for word in words:
        if not is_name_title(word):
            return False
        if fold(word.rstrip(".")) not in _TITLE_OPENERS:
            return True
    return False


# What joins people named together: "Edmund Hillary and Tenzing Norgay", "Fleming, Florey
# & Chain".
JOINED = re.compile(r",|;|&|\band\b")


def people_named(name: str) -> tuple[str, ...] | None:
    """The people a value names together, when it joins two or more people's full names
    ("Edmund Hillary and Tenzing Norgay"); None for one person, or when a part is no
    full name ("Marie and Pierre Curie": Marie alone has no surname)."""
    if not JOINED.search(name):
        return None
    parts = tuple(part for part in split_parts(name.strip()) if part)
    if len(parts) < 2 or not all(surname_of(part) for part in parts):
        return None
    return parts
