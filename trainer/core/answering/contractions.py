"""Contractions read in full: "didn't" is did not, "she's" she is, "dont" do not.

Grading compares words, and a contraction is two words written as one: "I'm tired" is
right for "I am tired", "they're" for "they are", "he's gone" (has gone) for "he has
gone". A verb after a pronoun is read before folding, while its apostrophe tells it from
initials ("I. M. Pei"); a "n't" after folding, where it stands apart as `t`.
"""

from __future__ import annotations

import re

from trainer.core.answering.irregular_verbs import PAST_PARTICIPLES

# Contractions written without their apostrophe, and the words they stand for.
_BARE_CONTRACTIONS = {
    **{f"{verb}nt": (verb, "not") for verb in ("did", "does", "do", "is", "was", "were")},
    **{f"{verb}nt": (verb, "not") for verb in ("are", "has", "have", "had", "could")},
    **{f"{verb}nt": (verb, "not") for verb in ("would", "should", "must", "need")},
    "dont": ("do", "not"),
    "cannot": ("can", "not"),
    "aint": ("is", "not"),
}
# What is left of a verb before "n't" once folded: didn t, won t, can t.
_CONTRACTED_VERBS = {
    **{f"{verb}n": verb for verb in ("did", "does", "do", "is", "was", "were", "are", "has")},
    **{f"{verb}n": verb for verb in ("have", "had", "could", "would", "should", "must")},
    **{f"{verb}n": verb for verb in ("need", "might")},
    **{"won": "will", "can": "can", "shan": "shall", "ain": "is"},
}
# A verb contracted after a pronoun ("she's", "they're", "I'm", "we'll", "you've", "I'd"),
# read before folding, while its apostrophe tells it from initials ("I. M. Pei"); each
# as itself before a word and before a past participle ("he's gone": has gone).
PRONOUN_CONTRACTION = re.compile(
    r"\b(i|you|he|she|it|we|they|there|that|what|who|where|here|how)['’](s|re|m|ll|ve|d)\b"
    r"(?:(\s+)([^\W\d_]+))?",
    re.IGNORECASE,
)
_PRONOUN_CONTRACTIONS = {
    "s": ("is", "has"),
    "re": ("are", "are"),
    "m": ("am", "am"),
    "ll": ("will", "will"),
    "ve": ("have", "have"),
    "d": ("would", "had"),
}


def _participle(word: str) -> bool:
    """Whether `word` reads as a past participle: "has" in "he's gone", "had" in "I'd
    eaten"."""
    # Not a word in "-ed": "he's tired", "she's married" are what they are.
    return word.casefold() in PAST_PARTICIPLES


def pronoun_verb(found: re.Match[str]) -> str:
    pronoun, verb, space, after = found.groups()
    expanded = _PRONOUN_CONTRACTIONS[verb.casefold()][_participle(after or "")]
    return f"{pronoun} {expanded}{space or ''}{after or ''}"


def undo_contractions(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if word == "t" and out and out[-1] in _CONTRACTED_VERBS:
            # "didn't" folds to `didn t`: did not; "won't" to `won t`: will not.
            out.append(_CONTRACTED_VERBS[out.pop()])
            out.append("not")
        elif word in _BARE_CONTRACTIONS:
            out.extend(_BARE_CONTRACTIONS[word])
        else:
            out.append(word)
    return out
