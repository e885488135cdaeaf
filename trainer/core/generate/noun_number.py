"""Whether a fact's value is a plural noun phrase, and a word a verb's singular form."""

from __future__ import annotations

import re

from trainer.core.lexicon import is_known_word

_SINGULAR_VERBS = frozenset({"is", "was", "has", "does"})
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ics", "ous")
# Nouns in -s that are singular ("the news was").
_SINGULAR_IN_S = frozenset({"news", "series", "species", "means"})
_MIN_PLURAL = 4
_NOUN_PHRASE = 3
# Words after a noun phrase's head: "the moons of Jupiter", "the experiments on dogs".
_HEAD_ENDS = frozenset(
    {
        *"of on in with from at for about by to into against among between under over".split(),  # noqa: SIM905
        # A relative clause follows its head too: "the countess who falls in love".
        *("who", "whom", "whose", "which", "that"),
    }
)
# A word of a noun phrase: letters, joined by hyphens, perhaps a possessive ("Newton's").
_MODIFIER = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:['’]s)?")


def plural_noun(value: str) -> bool:
    """A plural noun phrase, after any "the" and before any preposition, whose last word
    is a lower-case plural ("lungs", "the small intestines", "the four largest moons of
    Jupiter", "the experiments on salivation in dogs", "the ABO blood groups", "X-rays",
    "Newton's laws"): names may open it, and a hyphenated word's number is its last
    part's. A longer value, or one with other words, has its head elsewhere ("the man
    Tess kills"); a capitalised last word is a name's ("the Alps", "the Beatles")."""
    words = value.split()
    if words[:1] == ["the"]:
        words = words[1:]
    if heads := [at for at, word in enumerate(words) if at and word in _HEAD_ENDS]:
        words = words[: heads[0]]
    # Most values end in no plural: they are passed over before their words are read.
    if not words or len(words) > _NOUN_PHRASE or not words[-1].endswith("s"):
        return False
    if not all(map(_MODIFIER.fullmatch, words)):
        return False
    # Names come first ("the ABO blood groups"); a name after a common word starts a
    # clause ("the man Tess kills").
    cased = [word[:1].isupper() for word in words]
    if cased != sorted(cased, reverse=True):
        return False
    last = words[-1].rsplit("-", 1)[-1]
    if last in _SINGULAR_IN_S:
        return False
    if not (last.isalpha() and last.islower() and len(last) >= _MIN_PLURAL):
        return False
    if not last.endswith("s") or last.endswith(_NOT_PLURAL_ENDINGS):
        return False
    if last.endswith("ies") and is_known_word(last[:-3] + "y"):
        return True  # "ovaries", "arteries"
    return is_known_word(last[:-1]) or (last.endswith("es") and is_known_word(last[:-2]))


def singular_verb(word: str) -> bool:
    """Whether `word` is a verb's -s form ("is", "pumps"): its stem a known word."""
    if word in _SINGULAR_VERBS:
        return True
    return (
        word.endswith("s")
        and not word.endswith(_NOT_PLURAL_ENDINGS)
        and len(word) > _MIN_PLURAL
        and is_known_word(word[:-1])
    )
