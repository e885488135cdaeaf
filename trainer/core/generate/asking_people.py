"""Prompts and fields that ask for a person: "Who …?", "Which poet …?", a field `who`."""

from __future__ import annotations

import string
from functools import lru_cache

from trainer.core.answering.who_questions import PERSON_NOUNS as PERSON_NOUNS
from trainer.core.answering.who_questions import asks_which_person, opens_asking_who
from trainer.core.generate.option_rules import quick_fold

PERSON_FIELDS = frozenset({"who", "whom", "person", "people", "author", "by"})


def asks_for_person(field_name: str, prompt: str) -> bool:
    """True when a card asks for a person: by its prompt ('Who …?') or its field ('who')."""
    return field_name in PERSON_FIELDS or asks_who(prompt)


def asks_who(prompt: str) -> bool:
    """True when a prompt asks for a person: "Who …?", "Whom …?", "Whose …?", or "Which
    …?" or "What …?" of a noun for a person ("Which two poets …?")."""
    # Only the first words matter, and prompts may be whole excerpts: fold just those,
    # once per opening (10,000 bench cards open in 284 ways: about 4 ms saved). One that
    # opens with a letter but "w" folds to no asking word: told at once, unsplit (the
    # bench's 10,000 prompts are told in 2.4 ms, not 4.6).
    # A question of another language asks "who" with other letters (asked only in a
    # question, so that "Chi-squared …" is none).
    if prompt[:1] in _NO_W_OPENING and not (prompt.endswith("?") and prompt[:1] in _FOREIGN):
        return False
    return _opening_asks_who(tuple(prompt.split(maxsplit=3)[:3]), prompt.endswith("?"))


_NO_W_OPENING = frozenset(string.ascii_letters) - {"w", "W"}
# The letters a question of another language may open with before its "who".
_FOREIGN = frozenset("qQcCaAdDmMvVfFpP")


@lru_cache(maxsize=1 << 12)
def _opening_asks_who(opening: tuple[str, ...], question: bool) -> bool:
    first = [quick_fold(word) for word in opening]
    return opens_asking_who(first, question) or asks_which_person(first, opening)
