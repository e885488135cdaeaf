"""Which thing a word of change is said of: "output rises and the price falls" is reversed.

Word order is free in a typed answer, but a word that says which way a thing goes or how
it compares (rises, falls, goes down, higher, more, gains, loses, expands…) belongs to
the thing it is said of. An answer that pairs two or more things with such words is
read clause by clause: a clause ends at a joining word ("and", "but", "while", "when"…),
or, where the commas are lost, at the next content word once it holds both a thing and a
word of change ("prices rise output falls", "higher prices lower output"). A typed
answer reverses a pairing when every word of one of the answer's things stands in a
typed clause whose word of change goes the other way and none the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from trainer.core.answering.directions import DOWN, UP, way_of_change
from trainer.core.answering.missing_words import degrees, opposite_words
from trainer.core.answering.word_lists import (
    CHANGE_WORDS,
    FUNCTION_WORDS,
    GROWTH_PAIRS,
    HEDGE_WORDS,
)

# Words that join two clauses, each of which may say of its own thing which way it goes.
CLAUSE_JOINERS = frozenset(
    {
        *("and", "but", "while", "whilst", "whereas", "so", "then", "yet", "although"),
        *("though", "when", "whenever", "if", "as", "because", "since", "thus", "hence"),
        *("therefore", "unless", "until", "or", "nor", "whereby", "meaning"),
    }
)

# Verbs of growing and shrinking, which go the way "rises" and "falls" go: "the economy
# expands and unemployment falls" is reversed by "unemployment expands…".
_GROWTH = {
    **{up: UP for up, _ in GROWTH_PAIRS},
    **{down: DOWN for _, down in GROWTH_PAIRS},
}


def _way(word: str) -> int | None:
    way = way_of_change(word)
    return way if way is not None else _GROWTH.get(word)


def changes(word: str) -> bool:
    """Whether the word says which way something goes or how it compares."""
    return way_of_change(word) is not None or any(form in CHANGE_WORDS for form in degrees(word))


def _agree(first: str, second: str) -> bool:
    way = _way(first)
    return (
        first == second
        or (way is not None and way == _way(second))
        or bool(degrees(first) & degrees(second))
    )


def _opposed(first: str, second: str) -> bool:
    way, other = _way(first), _way(second)
    if way is not None and other is not None:
        return way != other
    return opposite_words(first, second)


def clauses(words: Sequence[str]) -> list[int]:
    """For each word, the number of the clause it stands in (see the module's note). A
    stretch that says no change ("output" in "output and employment fall", "sharply"
    in "prices rise sharply") belongs to the clause after a joining word, else the one
    before."""
    stretches: list[list[int]] = []
    # Whether each stretch opened after a complete clause, not at a joining word.
    trailing: list[bool] = []
    current: list[int] = []
    opened_by_completion = False
    for k, word in enumerate(words):
        if word in CLAUSE_JOINERS:
            if current:
                stretches.append(current)
                trailing.append(opened_by_completion)
            current, opened_by_completion = [], False
            continue
        content = word not in FUNCTION_WORDS and word not in HEDGE_WORDS
        if content and _complete(words, current):
            stretches.append(current)
            trailing.append(opened_by_completion)
            current, opened_by_completion = [], True
        current.append(k)
    if current:
        stretches.append(current)
        trailing.append(opened_by_completion)
    merged: list[list[int]] = []
    carried: list[int] = []
    for stretch, after_clause in zip(stretches, trailing, strict=True):
        if not any(changes(words[k]) for k in stretch) and after_clause and merged:
            merged[-1].extend(stretch)
            continue
        stretch = carried + stretch
        carried = []
        if any(changes(words[k]) for k in stretch):
            merged.append(stretch)
        else:
            carried = stretch
    if carried:
        if merged:
            merged[-1].extend(carried)
        else:
            merged.append(carried)
    out = [0] * len(words)
    for number, stretch in enumerate(merged):
        for k in stretch:
            out[k] = number
    # Joining words belong to no clause: they take the number of the clause after them.
    for k in range(len(words) - 1, -1, -1):
        if words[k] in CLAUSE_JOINERS:
            out[k] = out[k + 1] if k + 1 < len(words) else len(merged)
    return out


def _complete(words: Sequence[str], stretch: Sequence[int]) -> bool:
    """Whether a stretch already holds a word of change and a thing it is said of."""
    said = [k for k in stretch if changes(words[k])]
    things = [
        k
        for k in stretch
        if not changes(words[k]) and words[k] not in FUNCTION_WORDS and words[k] not in HEDGE_WORDS
    ]
    return bool(said) and bool(things)


def reversed_pairing(
    want: Sequence[str], got: Sequence[str], placed: Mapping[int, int]
) -> tuple[str, str, str] | None:
    """A thing of the answer that the typed answer says goes the other way: the thing's
    word, the answer's word of change and the typed one; None when the answer pairs
    fewer than two things with words of change, or the typed answer keeps each pairing.
    `placed` maps each matched answer word's position to the typed word's."""
    want_clause, got_clause = clauses(want), clauses(got)
    said: dict[int, list[str]] = {}
    for k, word in enumerate(want):
        if changes(word):
            said.setdefault(want_clause[k], []).append(word)
    things = {
        k: want_clause[k]
        for k, word in enumerate(want)
        if k in placed
        and want_clause[k] in said
        and not changes(word)
        and word not in FUNCTION_WORDS
        and word not in HEDGE_WORDS
        and word not in CLAUSE_JOINERS
        # A word written in two clauses ("the price of oil … the price of gas") says
        # nothing of which clause is which.
        and want.count(word) == 1
    }
    if len(set(things.values())) < 2:
        return None
    typed_said: dict[int, list[str]] = {}
    for k, word in enumerate(got):
        if changes(word):
            typed_said.setdefault(got_clause[k], []).append(word)
    for clause in sorted(set(things.values())):
        own = [k for k, c in things.items() if c == clause]
        reversal = None
        for k in own:
            typed_words = typed_said.get(got_clause[placed[k]], [])
            opposed = next(
                (
                    (want_word, typed_word)
                    for want_word in said[clause]
                    for typed_word in typed_words
                    if _opposed(want_word, typed_word)
                ),
                None,
            )
            if opposed is None or any(
                _agree(want_word, typed_word)
                for want_word in said[clause]
                for typed_word in typed_words
            ):
                reversal = None
                break
            reversal = reversal or (want[k], *opposed)
        if reversal is not None:
            return reversal
    return None
