"""A count of none, said any way: "none", "0", "zero", "nobody", "no one", "no justices".

Asked "How many justices dissented?", a learner says the count is none in many words,
and each is the answer "none" (or "0"): "zero", "no one", "nobody", "no justices",
"there were none". A thing named after "no" must be what the question counts ("no
rings" is no answer to "How many moons …?"). A bare "0" is a count only where the
question asks how many or how much: "none" is no temperature.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import FUNCTION_WORDS

__all__ = ["both_say_none", "is_a_count_of_none", "says_none"]

# The one list of the words that say none, for text and number answers alike.
_NONE_WORDS = frozenset({"none", "nothing", "nobody", "nil", "nought", "naught", "noone"})
_ZERO_NUMBERS = frozenset({"0", "zero"})
_ZERO = ("0",)
_TWO_WORDS = frozenset({("no", "one"), ("not", "one"), ("not", "any"), ("none", "whatsoever")})
# Words a sentence that says so opens with: "there were none", "it has no moons".
_SUBJECTS = frozenset({"there", "it", "he", "she", "they", "we", "you", "i"})
_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had"})
_TAILS = (("at", "all"), ("whatsoever",))
# The most words a thing counted after "no" may take: "no Supreme Court justices".
_MOST_COUNTED_WORDS = 3


def both_say_none(accepted: str, typed: str, asked: Callable[[str], bool]) -> bool:
    """Whether `accepted` and `typed` each say a count of none, `asked` telling whether
    the question names a word (a thing counted after "no" must be one it names)."""
    wanted, got = _none_said(accepted), _none_said(typed)
    if wanted is None or got is None:
        return False
    if _ZERO in (wanted, got) and not (asked("how") and (asked("many") or asked("much"))):
        return False  # "0" asked "What is the lowest score?": a value, not a count
    counted = () if got == _ZERO else [word for word in got if word not in wanted]
    return all(asked(word) for word in counted)


def says_none(words: Sequence[str], asked: Callable[[str], bool]) -> bool:
    """Whether the folded typed `words` say, in words, that there are none of what the
    question (`asked`) counts: an answer of 0 given as "none", "no moons", "none of
    them" (a bare "0" is the number itself)."""
    counted = _none_said_in(words)
    return counted is not None and counted != _ZERO and all(map(asked, counted))


def is_a_count_of_none(text: str) -> bool:
    """Whether `text` says there are none, in any of the ways grading reads ("none", "no
    moons", "nobody", "0")."""
    return _none_said(text) is not None


def _none_said(text: str) -> tuple[str, ...] | None:
    return _none_said_in(fold(text).split())


def _none_said_in(folded: Sequence[str]) -> tuple[str, ...] | None:
    """The things counted when the words say there are none (empty, or the words after
    "no" or "none of": `("moons",)`), `_ZERO` for a bare number; None when they say no
    such."""
    words = _trimmed(folded)
    if len(words) == 1 and words[0] in _ZERO_NUMBERS:
        return _ZERO
    if (len(words) == 1 and words[0] in _NONE_WORDS) or tuple(words) in _TWO_WORDS:
        return ()
    if len(words) >= 2 and words[0] == "no":
        counted = tuple(words[1:])
    elif len(words) >= 3 and words[0] in _NONE_WORDS and words[1] == "of":
        counted = tuple(word for word in words[2:] if word not in FUNCTION_WORDS)  # "of them"
    else:
        return None
    if len(counted) > _MOST_COUNTED_WORDS or any(char.isdecimal() for w in counted for char in w):
        return None
    return counted


def _trimmed(words: Sequence[str]) -> list[str]:
    """`words` without a sentence's opening ("there were", "it has") or a closing "at
    all"."""
    kept = list(words)
    if len(kept) > 2 and kept[0] in _SUBJECTS and kept[1] in _VERBS:
        kept = kept[2:]
    for tail in _TAILS:
        if len(kept) > len(tail) and tuple(kept[-len(tail) :]) == tail:
            kept = kept[: -len(tail)]
    return kept
