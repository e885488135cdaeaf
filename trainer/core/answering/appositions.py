"""An answer that names a thing and says what it is, parted by a comma: the name answers.

"an elected parliament, the Duma", "Gavrilo Princip, a Bosnian Serb", "the Reichstag,
Germany's parliament": one side is a name, the other a description of the same thing,
and a learner who types only the name has named it. The description alone does not
say which ("the king" for "the king, Charles I"; "a Bosnian Serb"). A short head
followed by a description that singles it out is the answer too, named or not ("the
aorta, the largest artery in the body").

Two names ("the Reds, the Whites", "Paris, France"), two descriptions ("a sword, a
shield"), a group and another ("the workers, the Bolsheviks"), a thing and another one
("reparations, the loss of all colonies", "Britain, its empire") are a list or a place,
never an apposition, and neither half answers here; nor does a half of an answer with
"and" or "or" anywhere, nor of one to a question that counts what it asks for ("What
two penalties …?"), nor a half the question names ("Wilson" for "Who was Woodrow
Wilson?").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.core.answering.name_particles import NAME_PARTICLES
from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import FUNCTION_WORDS

_INDEFINITE = frozenset({"a", "an"})
# The most words of a head that a description follows: more make a phrase of their own.
_LONGEST_HEAD = 3
# Words that single out one thing of a kind: a description that holds one names it.
_SINGLING = frozenset({"only", "main", "chief", "principal", "first", "last", "sole"})
# Words that count what a question asks for: then an answer with a comma is a list.
_COUNTS = ("two", "three", "four", "five", "six", "both", "several", "name", "list")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_POSSESSIVE = re.compile(r"[^\W\d_]+['’]s?$")
# A list of several things is joined by one of these, however its items read.
_LIST_JOINERS = re.compile(r"\b(?:and|or|nor)\b|&|;|/", re.IGNORECASE)


def apposition_halves(answer: str, asked: Callable[[str], bool] = lambda word: False) -> list[str]:
    """The halves of `answer` that answer alone, if it is a name and a description of
    one thing parted by a comma; none otherwise, nor where the question counts what it
    asks for ("What two penalties …?": a list), nor a half the question already names
    ("Wilson" for "Who was Woodrow Wilson?"; `asked` says which words it has)."""
    if answer.count(",") != 1 or _LIST_JOINERS.search(answer):
        return []
    first, second = (half.strip() for half in answer.split(","))
    if not first or not second or _counts_what_it_asks(asked):
        return []
    if _is_name(first) and _is_description(second):
        halves = [first]
    elif _is_description(first) and _is_name(second):
        halves = [second]  # "Charles I" for "the king, Charles I"; not "the king"
    elif _is_description(second) and _defines(first, second):
        halves = [first]  # "the aorta" for "the aorta, the largest artery in the body"
    else:
        return []
    return [half for half in halves if not all(map(asked, _content(half)))]


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _counts_what_it_asks(asked: Callable[[str], bool]) -> bool:
    return any(map(asked, _COUNTS))


def _content(half: str) -> list[str]:
    return [fold(word) for word in _WORD.findall(half) if fold(word) not in FUNCTION_WORDS]


def _defines(head: str, description: str) -> bool:
    """Whether `description` singles out the thing a short `head` names, as a list's next
    item would not: by a superlative or an only ("the aorta, the largest artery in the
    body", "Jupiter, the biggest planet"; not "reparations, the loss of all colonies")."""
    head_words, described = _WORD.findall(head), _WORD.findall(description)
    if not head_words or len(head_words) > _LONGEST_HEAD or len(described) < 3:
        return False
    return any(
        word.casefold() in _SINGLING or (len(word) > 4 and word.casefold().endswith("est"))
        for word in described[1:3]
    )


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
    """A phrase opened by an article or a named owner that is no name: `an elected
    parliament`, `a Bosnian Serb`, `Germany's parliament`, `the Bolshevik leader` (not
    `its empire` or `his son`, as often a list's next item)."""
    words = _WORD.findall(half)
    if len(words) < 2 or _plural(words[-1]):
        return False  # "the workers, the Bolsheviks": two groups listed, more likely
    opener = words[0].casefold()
    if opener in _INDEFINITE:
        return True
    owned = opener == "the" or _POSSESSIVE.fullmatch(words[0]) is not None
    return owned and any(
        word.islower() and word not in FUNCTION_WORDS and word not in NAME_PARTICLES
        for word in words[1:]
    )
