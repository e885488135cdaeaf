"""Whether words spell an acronym: by initials, a small word giving none, a compound more."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.generate.cloze_words import PARTICLES

# Small words that may stand between the words spelling an acronym and give no letter.
INITIALS_SKIP = PARTICLES | {"and", "for", "the"}
# A word this long may give more than its first letter, as a compound's parts do.
_COMPOUND_LENGTH = 8


def spells(letters: str, words: Sequence[str], *, inner: bool) -> bool:
    """Whether `words` spell `letters`: each word gives its first letter, a small word
    ("of", "and") perhaps none, and with `inner` a long word perhaps more of its own
    letters, in order, as a compound's parts do ("triphosphate" gives the T and P of
    ATP). A single word never spells by its inner letters: "Germany, or GM" defines
    nothing."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in INITIALS_SKIP and spells(letters, rest, inner=inner):
        return True
    if not letters or word[0] != letters[0]:
        return False
    if spells(letters[1:], rest, inner=inner):
        return True
    if not inner or len(word) < _COMPOUND_LENGTH:
        return False
    # Each way of taking more of its letters, in order.
    taken, inside = 1, 1
    while taken < len(letters):
        found = word.find(letters[taken], inside)
        if found == -1:
            return False
        taken, inside = taken + 1, found + 1
        if spells(letters[taken:], rest, inner=inner):
            return True
    return False


def spelled_by(acronym: str, words: Sequence[str]) -> bool:
    """Whether the folded `words` spell `acronym` (any case, a plural's "s" aside), a long
    word giving inner letters only among two words or more that give some."""
    letters = acronym.rstrip("s").casefold()
    inner = sum(word not in INITIALS_SKIP for word in words) > 1
    return bool(letters) and spells(letters, words, inner=inner)


# An acronym as written in a prompt: two to six capitals, a plural's "s" after them.
_ACRONYM = re.compile(r"\b[A-Z]{2,6}s?\b")


def acronym_spelled(prompt: str, answer_core: str) -> str:
    """The acronym of `prompt` that the answer's core words spell ("RSA" in "What does RSA
    stand for?", answered "Rivest–Shamir–Adleman"), or ""."""
    words = answer_core.split()
    if len(words) < 2:
        return ""
    for found in _ACRONYM.finditer(prompt):
        if spelled_by(found.group(), words):
            return found.group().casefold()
    return ""
