"""What a prompt giveaway check (prompt_giveaways) reads of an answer alone, once per answer."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.core.answering.normalise import fold
from trainer.core.answering.place_forms import place_forms
from trainer.core.answering.word_lists import FUNCTION_WORDS, HEDGE_WORDS

_MIN_LENGTH = 4
_PUNCTUATION = "\"'‘’“”()[],.;:!?"
GRAMMAR = FUNCTION_WORDS | HEDGE_WORDS
_DESCRIBING_WORDS = 2
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# An answer is asked by several prompts (a template's facts, a true/false card's
# statements): what depends on the answer alone is worked out once for it. The 10,000-card
# bench deck asks 6,667 prompts about 1,148 answers.
@lru_cache(maxsize=1 << 12)
def long_word_starts(answer: str) -> tuple[str, ...]:
    """The first letters of the answer's long words, folded: a prompt holding none of
    them names none of its rare words."""
    stripped = (raw.strip(_PUNCTUATION) for raw in answer.casefold().split())
    return tuple(token[:_MIN_LENGTH] for token in stripped if len(token) >= _MIN_LENGTH)


@lru_cache(maxsize=1 << 12)
def names_a_place(answer: str) -> bool:
    """Whether a capitalised word of the answer, four letters long or more, has other
    forms as a place or its people (`place_forms`): what prompt_giveaways' `_place_word_named`
    looks for without `by_letters`."""
    return any(
        token[0].isupper() and len(token) >= _MIN_LENGTH and bool(place_forms(fold(token)))
        for token in _WORD.findall(answer)
    )


@lru_cache(maxsize=1 << 12)
def describes(answer: str) -> bool:
    """Whether `answer` says something in lower-case words that are not grammar: two or
    more ("bleed France white"), or one that a name is "of" ("the bombing of Guernica",
    "the siege of Stalingrad": the name is what the event happened to). Not a name
    ("the Krupp works", "Alec d'Urberville", "the Master of Zürich")."""
    described = 0
    tokens = [token.strip(_PUNCTUATION) for token in answer.split()]
    for position, word in enumerate(tokens):
        # A name's particle elided before it: d'Urberville, l'Ouverture.
        bare = word.split("'", 1)[1] if word[1:2] == "'" else word
        if bare[:1].islower() and bare.isalpha() and fold(word) not in GRAMMAR:
            if tokens[position + 1 : position + 2] == ["of"]:
                return True
            described += 1
    return described >= _DESCRIBING_WORDS
