"""An answer typed as one of a list of its kind ("TCP/UDP", "Wi-Fi & Ethernet"): a hedge.

"UDP or TCP" is two answers, and so is "TCP/UDP": a slash, an ampersand, a plus or a bar
between the answer and another thing of its kind offers both. Of its kind, because a
list may also say one thing twice ("NaCl / sodium chloride", "H2O/water"), and that
is no hedge: another item is a rival only when it is written as the answer's item is
(acronym beside acronym, a capitalised name beside one, lower-case words beside lower-
case words). A comma also joins a place to its country ("Paris, France") and adds what
a thing is ("Kennedy, the president"), so it lists rivals only between acronyms ("UDP,
TCP"), words of one shape and length ("sont, sommes", "the sea, the mother") and people
("Duncan, Banquo"): see `_comma_rival`.
"""

from __future__ import annotations

import re
from enum import Enum

from trainer.core.answering.name_titles import is_given
from trainer.core.answering.regions import REGIONS
from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.word_lists import FUNCTION_WORDS, PERSONAL_TITLES
from trainer.core.answering.words import answer_words, content_words

# What joins items of a list, and what joins them only where they are acronyms.
_JOINERS = re.compile(r"\s*[/&+|]\s*")
_ACRONYM_JOINERS = re.compile(r"\s*[/&+|,;]\s*")
_JOINER_SIGNS = frozenset("/&+|")


class _Shape(Enum):
    ACRONYM = "acronym"
    NAME = "capitalised name"
    WORDS = "lower-case words"


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
# Lower-case words a name may hold: "Gulf of Mexico", "Leonardo da Vinci".
_NAME_PARTICLES = frozenset({"of", "the", "and", "de", "da", "del", "du", "la", "le", "von", "van"})
_LOWER_WORD = re.compile(r"[^\W\dA-Z][^\W\d]*")


def listed_rival(expected: str, typed: str, person_asked: bool = False) -> TextMatch | None:
    """A refusal when `typed` lists the answer beside another thing of its kind that the
    answer does not write: "TCP/UDP" for "UDP"; None otherwise, or where the answer is
    written with the same sign ("TCP/IP"). Where the question asks for a person
    (`person_asked`), any name is a person's ("Herodotus, Thucydides")."""
    if not _JOINER_SIGNS.intersection(typed) and "," not in typed and ";" not in typed:
        return None
    if _JOINER_SIGNS.intersection(expected):
        return None
    # Typed all in small letters, a name's capitals are lost: a land after the answer
    # still says where it lies ("canberra, australia"), where "the nile, the amazon"
    # lists two rivers.
    uncapitalised = typed.islower() and not expected.islower()
    want = answer_words(expected)
    for joiner in (_JOINERS, _ACRONYM_JOINERS):
        items = [item for item in joiner.split(typed.strip()) if item]
        if len(items) < 2:
            continue
        own = next((item for item in items if answer_words(item) == want), None)
        if own is None:
            continue
        shape = item_shape(own)
        if shape is None:
            continue
        for at, item in enumerate(items):
            words = answer_words(item)
            # A stray article is no item: "a, lipetsk" lists nothing beside Lipetsk.
            if item is own or set(words) <= FUNCTION_WORDS | set(want):
                continue
            # A name before the answer is no place it lies in, which comes after it:
            # "Moscow, Lipetsk" offers two towns, where "Lipetsk, Russia" says where.
            before = at < items.index(own) and " ".join(words) not in REGIONS
            if uncapitalised and not before and " ".join(words) in REGIONS:
                continue
            if (
                joiner is _ACRONYM_JOINERS
                and not before
                and not _comma_rival(own, item, shape, person_asked)
            ):
                continue
            if item_shape(item) is shape:
                return TextMatch(
                    False,
                    False,
                    f"more than one answer: '{item}' listed beside it",
                    0.5,
                    decisive=True,
                )
    return None


def _comma_rival(own: str, item: str, shape: _Shape, person_asked: bool = False) -> bool:
    """Whether an item a comma lists beside the answer's is a rival, not what the answer
    is or where it lies: acronyms; words in small letters of as many words, opening as
    the answer's do ("sont, sommes", "the sea, the mother", "to be pregnant, to be
    embarrassed"; not "above the kidneys, near the spine"); a person's name beside a
    name of as many words that is no region ("Duncan, Banquo", "Mr Darcy, Mr Bingley",
    "Herodotus, Thucydides" asked who; not "Lipetsk, Russia" nor "Paris, France")."""
    if shape is _Shape.ACRONYM:
        return True
    mine, theirs = own.split(), item.split()
    if len(mine) != len(theirs):
        return False
    if shape is _Shape.WORDS:
        opening = mine[0].casefold()
        return len(mine) == 1 or (opening in FUNCTION_WORDS and theirs[0].casefold() == opening)
    person = person_asked or is_given(mine[0]) or mine[0].casefold().rstrip(".") in PERSONAL_TITLES
    return person and " ".join(answer_words(item)) not in REGIONS


def item_shape(item: str) -> _Shape | None:
    """How an item is written, if plainly one way; None for digits, formulas, mixtures."""
    words = item.replace("-", " ").split()
    if not words:
        return None
    if all(_ACRONYM.fullmatch(word) for word in words):
        return _Shape.ACRONYM
    if words[0][:1].isupper() and all(
        word in _NAME_PARTICLES or (_NAME_WORD.fullmatch(word) and not word.isupper())
        for word in words
    ):
        return _Shape.NAME
    if all(_LOWER_WORD.fullmatch(word) for word in words):
        return _Shape.WORDS
    return None


# "or" between two choices, and "either" before the first.
_OR = re.compile(r"\s*,?\s+or\s+", re.IGNORECASE)


def choice_of_its_forms(expected: str, typed: str) -> TextMatch | None:
    """Wrong where `typed` offers a choice of two forms of the answer, each made only of
    its words but unlike the other ("the Vice President or the President", "the Blue
    Nile or the Nile"): a hedge between the answer and another thing, however its words
    are the answer's own. None where the answer itself says "or", or either side says
    all of it the other does not."""
    if " or " not in typed.casefold() or " or " in f" {expected.casefold()} ":
        return None
    wanted = set(content_words(answer_words(expected)))
    sides = [
        frozenset(content_words(answer_words(part.removeprefix("either ").strip())))
        for part in _OR.split(typed.strip())
    ]
    if len(sides) < 2 or not all(side and side <= wanted for side in sides):
        return None
    if len(set(sides)) == 1:
        return None  # the same words twice: said again, not a choice
    rule = "more than one answer ('or'): two of the answer's forms, unlike each other"
    return TextMatch(False, False, rule, 0.5, decisive=True)
