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
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from trainer.core.answering.word_lists import (
    FUNCTION_WORDS,
    HEDGE_WORDS,
    PERSONAL_TITLES,
    PLACE_WORDS,
)
from trainer.core.lexicon import could_be_name, frequency, is_given_name

# A word counted less often than this in English is distinctive enough to name a place on
# its own ("everest" 172, "nile" 201, "amazon" 539; "victoria" 995 and "washington" 1,306
# name other things too).
DISTINCTIVE_CEILING = 600
# Particles inside a name: "General de Gaulle", "Kaiser Wilhelm von Hohenzollern".
_PARTICLES = frozenset({"da", "di", "de", "del", "della", "der", "den", "van", "von", "du"})


def is_personal_title(words: Sequence[str], index: int) -> bool:
    """True when folded `words[index]` is a personal title before a person's name."""
    if words[index] not in PERSONAL_TITLES:
        return False
    name: list[str] = []
    for word in words[index + 1 :]:
        if word in _PARTICLES:
            continue
        if word in FUNCTION_WORDS or word in HEDGE_WORDS or not word.isalpha():
            break
        name.append(word)
    return bool(name) and all(could_be_name(word) for word in name)


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
