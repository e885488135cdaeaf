"""Kin named beside a person's name: "Perseus, son of Zeus", "her father Zeus".

A learner often names a person with who they were to someone: after the name, through
"of" ("Perseus, son of Zeus"), or before it, as whose kin ("her father Zeus", "Minos's
daughter Ariadne", "his twin brother Apollo"). The name alone is graded then: the kin
says who the person was, not which person.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from trainer.core.answering.word_lists import KIN_WORDS
from trainer.core.lexicon import is_common_word

__all__ = ["kin_of_the_name"]

# Words a kin word may come after: "her twin brother", "his elder son", "their only child".
_KIN_MODIFIERS = frozenset({"twin", "elder", "older", "younger", "eldest", "youngest", "only"})
_KIN_RUN = _KIN_MODIFIERS | KIN_WORDS
_POSSESSIVES = frozenset({"his", "her", "their", "its"})


def kin_of_the_name(words: Sequence[str], index: int, used: Collection[int]) -> bool:
    """Whether the typed word at `index` names kin of the person the answer's words
    (`used`) name: a kin word right after the name with "of" ("son of Zeus"), or whose
    kin the person was, right before it ("her father", "Minos's daughter"), the possessor
    a name or a possessive."""
    if not used:
        return False
    first, last = min(used), max(used)
    word = words[index]
    if index == last + 1:
        return word in KIN_WORDS and words[index + 1 : index + 2] == ["of"]
    if index >= first:
        return False
    start = first
    while start > 0 and words[start - 1] in _KIN_RUN:
        start -= 1
    kin = words[start:first]
    if not kin or kin[-1] not in KIN_WORDS or start == 0:
        return False
    owner = words[start - 1]
    if owner not in _POSSESSIVES and is_common_word(owner):
        return False  # "the brother Apollo", "a son …": no one's kin is said
    return start <= index or (index == start - 1 and owner not in _POSSESSIVES)
