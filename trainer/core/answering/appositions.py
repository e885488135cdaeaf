"""An answer that names a thing and says what it is, parted by a comma: either half answers.

"an elected parliament, the Duma", "Gavrilo Princip, a Bosnian Serb", "the Reichstag,
Germany's parliament": one side is a name, the other a description of the same thing,
and a learner who types only the name has named it. The description answers too when
it comes first, as the answer's head ("an elected parliament" for what the October
Manifesto promised); after a name it only adds to it ("a Bosnian Serb" does not say who
shot the archduke). A head of a word or two followed by a longer description is the
answer too, named or not ("the aorta, the largest artery in the body").

Two names ("the Reds, the Whites", "Paris, France") or two descriptions alike ("a sword,
a shield") are a list or a place, never an apposition, and neither half answers here; nor
does any half of an answer that joins with "and" or "or" anywhere.
"""

from __future__ import annotations

import re

from trainer.core.answering.name_particles import NAME_PARTICLES
from trainer.core.answering.word_lists import FUNCTION_WORDS

_INDEFINITE = frozenset({"a", "an"})
# The most words of a head that a description follows: more make a phrase of their own.
_LONGEST_HEAD = 3
_OWNERS = frozenset({"his", "her", "its", "their", "our"})
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_POSSESSIVE = re.compile(r"[^\W\d_]+['’]s?$")
# A list of several things is joined by one of these, however its items read.
_LIST_JOINERS = re.compile(r"\b(?:and|or|nor)\b|&|;|/", re.IGNORECASE)


def apposition_halves(answer: str) -> list[str]:
    """The halves of `answer` that answer alone, if it is a name and a description of
    one thing parted by a comma; none otherwise."""
    if answer.count(",") != 1 or _LIST_JOINERS.search(answer):
        return []
    first, second = (half.strip() for half in answer.split(","))
    if not first or not second:
        return []
    if _is_name(first) and _is_description(second):
        return [first]
    if _is_description(second) and _says_more(first, second):
        return [first]  # "the aorta" for "the aorta, the largest artery in the body"
    if _is_description(first) and _is_name(second):
        return [first, second]
    return []


def _says_more(head: str, description: str) -> bool:
    """Whether `description` says more of a `head` that names no name than a list's
        next item would: a head of a word or two, and a description longer by two words at
        least ("mitochondria, the powerhouse of the cell"; not "a sword, a shield", nor "a
    sword, a shield of bronze", each opening with "a")."""
    head_words, described = _WORD.findall(head), _WORD.findall(description)
    if not head_words or len(head_words) > _LONGEST_HEAD:
        return False
    if head_words[0].casefold() in _INDEFINITE and described[0].casefold() in _INDEFINITE:
        return False  # "a sword, a shield of bronze": things listed alike
    return len(described) >= len(head_words) + 2


def _is_name(half: str) -> bool:
    """Capitalised words, with "the" and particles between them (`the Treaty of
    Rapallo`, `Gavrilo Princip`); not after "a" (`a Bosnian Serb` describes)."""
    words = _WORD.findall(half)
    if not words or words[0].casefold() in _INDEFINITE:
        return False
    if words[0].casefold() == "the":
        words = words[1:]
    content = [word for word in words if word.casefold() not in NAME_PARTICLES | {"of", "the"}]
    return bool(content) and all(word[0].isupper() for word in content)


def _is_description(half: str) -> bool:
    """A phrase opened by an article or an owner that is no name: `an elected parliament`,
    `a Bosnian Serb`, `Germany's parliament`, `the Bolshevik leader`."""
    words = _WORD.findall(half)
    if len(words) < 2:
        return False
    opener = words[0].casefold()
    if opener in _INDEFINITE:
        return True
    owned = opener == "the" or opener in _OWNERS or _POSSESSIVE.fullmatch(words[0]) is not None
    return owned and any(
        word.islower() and word not in FUNCTION_WORDS and word not in NAME_PARTICLES
        for word in words[1:]
    )
