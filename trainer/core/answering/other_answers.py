"""Typed answers that are in truth another one: a word of another accepted answer
replaced, or a slip that fits another answer of the deck as well as its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rapidfuzz.distance import OSA

from trainer.core.answering.regions import REGIONS
from trainer.core.answering.verdict import instead_rule
from trainer.core.answering.word_lists import FUNCTION_WORDS
from trainer.core.answering.word_match import WordMatch, match_word
from trainer.core.answering.words import answer_words, content_words
from trainer.core.lexicon import is_common_word


def sibling_contradiction(
    claims: Sequence[tuple[str, str]],
    got: Sequence[str],
    siblings: Sequence[str],
    in_question: Callable[[str], bool],
) -> str | None:
    """An extra typed word in the place of a word of another accepted answer: "the Union
    of Industrialists in Hungary" when "the Union of Industrialists in Germany" is right."""
    if not claims:
        return None
    typed = set(got)
    for sibling in siblings:
        words = answer_words(sibling)
        for k, word in enumerate(words):
            if k == 0 or word in typed or word in FUNCTION_WORDS or in_question(word):
                continue
            before = words[k - 1]
            for typed_before, claim in claims:
                if before in FUNCTION_WORDS and typed_before == before:
                    return instead_rule(claim, word)
    return None


# Words that say where something was: a name after one is a place.
_PLACE_WORDS = frozenset(
    {"at", "in", "near", "from", "to", "into", "on", "onto", "off", "outside", "inside"}
)


def question_contradiction(
    claims: Sequence[tuple[str, str]], question: Sequence[str], typo_tolerance: float
) -> str | None:
    """A name typed after a word where the question has another name after the same
    word: "a flying school at Kazan" for "What was agreed at Lipetsk?". (The same name,
    or a slip for it, only repeats the question; a common word is no other place; and a
    country, state or continent may hold the other: "a tank school in Kazan" for "What
    did Germany build in Russia?".)"""
    for before, claim in claims:
        if before not in _PLACE_WORDS or is_common_word(claim) or claim in REGIONS:
            continue
        for k, word in enumerate(question[:-1]):
            named = question[k + 1]
            if (
                word == before
                and named.isalpha()
                and not is_common_word(named)
                and named not in REGIONS
                and not isinstance(match_word(named, claim, typo_tolerance), WordMatch)
            ):
                return instead_rule(claim, named)
    return None


def as_near_another(
    typed: Sequence[str], other: Sequence[str], expected: Sequence[str], typo_tolerance: float
) -> bool:
    """True when a typed answer accepted with a slip could as well be a slip for another
    answer: as many of its words are the other's words, or slips for them, as are the
    expected answer's, and it is at least as near the other letter by letter, in
    whichever order each is nearest. ("a smallpox vaccine" has two words of
    "vaccination against smallpox" and one of "a vaccine against rabies".)"""
    words = content_words(typed)
    others, wanted = content_words(other), content_words(expected)
    theirs = _words_matched(words, others, typo_tolerance)
    ours = _words_matched(words, wanted, typo_tolerance)
    if theirs != ours:
        return theirs > ours
    return _distance(words, others) <= _distance(words, wanted)


def _words_matched(typed: Sequence[str], answer: Sequence[str], typo_tolerance: float) -> int:
    """How many typed words are a word of `answer`, or a slip or another form of one."""
    return sum(
        any(isinstance(match_word(word, own, typo_tolerance), WordMatch) for word in answer)
        for own in typed
    )


def _distance(first: Sequence[str], second: Sequence[str]) -> int:
    """Edits between two runs of words, as typed or each in alphabetical order."""
    return min(
        OSA.distance(" ".join(first), " ".join(second)),
        OSA.distance(" ".join(sorted(first)), " ".join(sorted(second))),
    )
