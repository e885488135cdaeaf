"""Phrases that say a thing does not change ("stays the same", "is unchanged"), as one word.

Asked what happens to a quantity, "it stays the same", "it remains constant", "it does
not change" and "it is unchanged" are one claim. Word by word they share nothing, and
"does not change" holds a "not" that would read as taking a claim back. So each such
phrase becomes one word on both sides of the comparison, but only where both sides say
one: beside "it changes" or "it increases", "does not change" keeps its "not". A phrase
after a negation ("does not stay the same", "is not constant") says the reverse and is
left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

# The one word each phrase becomes: a phrase of words, so that no typed word is it.
STEADY = "stays the same"

_NEGATIONS = frozenset({"not", "never", "no"})
# Verbs that keep a state: "stays constant", "remained steady", "keeps the same".
_KEEPING_VERBS = frozenset(
    {
        *("stay", "stays", "stayed", "staying", "remain", "remains", "remained"),
        *("remaining", "keep", "keeps", "kept", "keeping"),
    }
)
_BEING_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# What a verb of being says no change with: "is constant", "is unchanged". A thing that
# "is stable" may be one that does not react: only a verb of keeping says it of change.
_STATES = frozenset({"constant", "unchanged", "unaltered"})
_KEPT_STATES = _STATES | {"steady", "stable", "level"}
# What says no change alone, with no verb ("unchanged"); not "constant", also a noun
# ("Planck's constant").
_ALONE = frozenset({"unchanged", "unaltered"})
# Verbs of changing, said with a negation: "does not change", "never varies".
_CHANGING_VERBS = frozenset(
    {
        *("change", "changes", "changed", "changing", "vary", "varies", "varied"),
        *("alter", "alters", "altered"),
    }
)
# The words a phrase of no change opens with.
_OPENERS = _NEGATIONS | _KEEPING_VERBS | _BEING_VERBS | _ALONE
# What stands between a negation and its verb: "does not change", "will not vary".
_AUXILIARIES = frozenset({"does", "do", "did", "will", "would", "can", "is", "are", "was"})


def join_steady_phrases(
    expected: Sequence[str], typed: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Each side's phrases of no change joined into `STEADY`, where both sides say one;
    otherwise the words as they are."""
    if _OPENERS.isdisjoint(expected) or _OPENERS.isdisjoint(typed):
        return list(expected), list(typed)  # most answers: no such phrase at all
    joined_expected, joined_typed = _joined(expected), _joined(typed)
    if STEADY in joined_expected and STEADY in joined_typed:
        return joined_expected, joined_typed
    return list(expected), list(typed)


def _joined(words: Sequence[str]) -> list[str]:
    out: list[str] = []
    at = 0
    while at < len(words):
        length = _steady_length(words, at)
        if length:
            # An auxiliary before "not change" is part of the phrase: "it does not change".
            if words[at] in _NEGATIONS and out and out[-1] in _AUXILIARIES:
                out.pop()
            out.append(STEADY)
            at += length
        else:
            out.append(words[at])
            at += 1
    return out


def _steady_length(words: Sequence[str], at: int) -> int:
    """How many words from `at` say no change (0 for none)."""
    word = words[at]
    after = tuple(words[at + 1 : at + 3])
    if at and words[at - 1] in _NEGATIONS:
        return 0  # "is not constant", "does not stay the same"
    if word in _NEGATIONS and after[:1] and after[0] in _CHANGING_VERBS:
        return 2  # "not change", "never varies", "no change"
    if (word in _KEEPING_VERBS or word in _BEING_VERBS) and after == ("the", "same"):
        return 3
    if after[:1] and (
        (word in _KEEPING_VERBS and after[0] in _KEPT_STATES)
        or (word in _BEING_VERBS and after[0] in _STATES)
    ):
        return 2
    return 1 if word in _ALONE else 0
