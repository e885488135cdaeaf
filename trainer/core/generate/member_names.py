"""A body named after its members, which a prompt naming them gives away ("Directors")."""

from __future__ import annotations

import re

from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import ARTICLES

# What makes a body, an office or a rule of its members' name: the Directory of the
# Directors, the Consulate of the Consuls, the Protectorate of the Protector, the
# Dictatorship of a dictator, the Presidency of a President.
_BODY_ENDINGS = ("y", "ate", "ship")
_SHORTEST_MEMBER = 5  # "consul"; shorter names are too often a part of other words
_WORDS = re.compile(r"[^\W\d_]+")


def members_named(prompt: str, answer: str) -> str | None:
    """The answer's word, as written, where the answer is one capitalised name that is
    the name of the members the prompt names with a body's ending ("Which assembly was
    the executive of five Directors?" → Directory); None otherwise."""
    written = [word for word in answer.split() if fold(word) not in ARTICLES]
    if len(written) != 1 or not written[0][:1].isupper():
        return None
    name = fold(written[0])
    for word in _WORDS.findall(prompt):
        member = fold(word)
        member = member[:-1] if member.endswith("s") else member
        if len(member) < _SHORTEST_MEMBER:
            continue
        if member.endswith("t") and name == f"{member[:-1]}cy":
            return written[0]  # "President", the Presidency
        if name.startswith(member) and name[len(member) :] in _BODY_ENDINGS:
            return written[0]
    return None
