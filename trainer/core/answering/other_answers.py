"""Typed answers that are in truth another one: a word of another accepted answer
replaced, or a slip that fits another answer of the deck as well as its own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from rapidfuzz.distance import OSA

from trainer.core.answering.directions import join_direction_phrases
from trainer.core.answering.regions import REGIONS
from trainer.core.answering.relations import swapped_sides
from trainer.core.answering.verb_meanings import founding_in_place_of
from trainer.core.answering.verdict import instead_rule
from trainer.core.answering.word_lists import FUNCTION_WORDS, HEDGE_WORDS
from trainer.core.answering.word_match import WordMatch, is_other_form, match_word
from trainer.core.answering.word_runs import find_run, without_opening_article
from trainer.core.answering.words import answer_words, content_words
from trainer.core.lexicon import is_common_word


def sibling_contradiction(
    claims: Sequence[tuple[str, str]],
    got: Sequence[str],
    siblings: Sequence[str],
    in_question: Callable[[str], bool],
) -> str | None:
    """An extra typed word in the place of a word of another accepted answer: "the Union
    of Industrialists in Hungary" when "the Union of Industrialists in Germany" is right;
    a phrase after a short form that another accepted answer continues otherwise (see
    `other_continuation`); or two words of another accepted answer on each other's side
    of its relation ("by order rather than by head" when "by head rather than by order"
    is right, and "by head" too)."""
    found = other_continuation(got, siblings) or _sibling_relation_swapped(got, siblings)
    if found is not None or not claims:
        return found
    typed = set(got)
    for sibling in siblings:
        words = answer_words(sibling)
        for k, word in enumerate(words):
            if k == 0 or word in typed or word in FUNCTION_WORDS or in_question(word):
                continue
            before = words[k - 1]
            for typed_before, claim in claims:
                if (
                    before in FUNCTION_WORDS
                    and typed_before == before
                    and not _among(claim, [word])
                    # "to set up" for "to build" a school; "they agreed to" restates.
                    and not founding_in_place_of(claim, word)
                    and not in_question(claim)
                ):
                    return instead_rule(claim, word)
    return None


def other_continuation(got: Sequence[str], siblings: Sequence[str]) -> str | None:
    """A phrase typed after a short accepted answer ("conspiracy") that a fuller one
    ("conspiracy against the liberty of the nation") continues with the same relating
    word and another object ("conspiracy against the king"), or with another relating
    word and its object ("conspiracy with the nation"): it contradicts the fuller answer.
    A phrase of other words after another relating word ("… during the Terror") only
    adds to it; one that holds the whole fuller phrase is the fuller answer's to judge."""
    texts = [answer_words(sibling) for sibling in siblings]
    for fuller in texts:
        for text in texts:
            short = without_opening_article(text)
            if not content_words(short) or len(short) >= len(fuller):
                continue
            fuller_at, typed_at = find_run(fuller, short), find_run(got, short)
            if fuller_at is None or typed_at is None:
                continue
            theirs = fuller[fuller_at + len(short) :]
            ours = got[typed_at + len(short) :]
            if not theirs or not ours or theirs[0] not in _RELATING or ours[0] not in _RELATING:
                continue
            their_words = [w for w in theirs[1:] if w not in FUNCTION_WORDS]
            our_words = [w for w in ours[1:] if w not in FUNCTION_WORDS and w not in HEDGE_WORDS]
            if not our_words:
                continue
            if ours[0] != theirs[0]:
                if all(_among(word, their_words) for word in our_words):
                    return instead_rule(ours[0], theirs[0])
                continue
            if set(their_words) <= set(our_words):
                continue
            # A region may hold the fuller answer's place: "Lipetsk in Russia" for
            # "Lipetsk in the Soviet Union".
            other = next(
                (w for w in our_words if not _among(w, their_words) and w not in REGIONS), None
            )
            if other is not None:
                left_out = next((w for w in their_words if w not in our_words), their_words[0])
                return instead_rule(other, left_out)
    return None


def _sibling_relation_swapped(got: Sequence[str], siblings: Sequence[str]) -> str | None:
    for sibling in siblings:
        words = answer_words(sibling)
        placed = {
            i: got.index(word)
            for i, word in enumerate(words)
            if word not in FUNCTION_WORDS and words.count(word) == 1 and got.count(word) == 1
        }
        swap = swapped_sides(words, got, placed)
        if swap is not None:
            first, second, relating = swap
            return f"'{first}' and '{second}' swap sides of '{relating}' in '{sibling}'"
    return None


# Words that open a phrase relating the answer to something: prepositions.
_RELATING = frozenset(
    {
        *("of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "upon"),
        *("about", "via", "against", "before", "after", "above", "below", "under", "over"),
        *("without", "towards", "toward", "between", "beyond", "behind", "among", "unlike"),
        *("despite", "like", "within", "across", "through", "throughout", "during", "near"),
    }
)


def _among(word: str, words: Sequence[str]) -> bool:
    """Whether the word is one of `words`, another form of one, or shares its stem with
    one ("imports", "imported")."""
    return word in words or any(
        is_other_form(word, other) or _shared_stem(word, other) for other in words
    )


_MIN_STEM = 4
_ENDING_ROOM = 3  # letters an ending may take: "-ing", "-ed", "-s"


def _shared_stem(first: str, second: str) -> bool:
    shared = next(
        (k for k, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
        min(len(first), len(second)),
    )
    return shared >= max(_MIN_STEM, min(len(first), len(second)) - _ENDING_ROOM)


# Words that say where something was: a name after one is a place.
_PLACE_WORDS = frozenset(
    {"at", "in", "near", "from", "to", "into", "on", "onto", "off", "outside", "inside"}
)


def words_beyond(got: Sequence[str], want: Sequence[str]) -> list[str]:
    """The typed words the answer does not hold, but for other forms of its own words:
    "cell" for "cells" is the answer's, and names no other answer "into the cell"."""
    beyond = (Counter(got) - Counter(want)).elements()
    return [word for word in beyond if not any(is_other_form(word, own) for own in want)]


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
    "vaccination against smallpox" and one of "a vaccine against rabies"; "it goes
    down" is a form of "it falls", and no slip for "it rises".)"""
    # A phrase of direction is one word, as its answer's verb is: "goes down" for "falls".
    words = content_words(join_direction_phrases(expected, typed)[1])
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
