"""Which way a verb of going up or down goes, one word or a phrase ("goes down", "gets smaller").

A learner says "it goes down" or "it gets smaller" as often as "it falls": each is the
same claim, and "it goes up" its opposite. Single verbs are grouped in
`word_lists.DIRECTION_GROUPS`; a phrase is a verb of motion or change followed by a
particle or a comparative of size, or a verb of the groups by its own particle ("falls
down"), joined into one word on a side of the comparison
only when the other side says a direction too, so that "goes down the river" is left
alone beside an answer that says none.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from trainer.core.answering.word_lists import DIRECTION_GROUPS

UP, DOWN = 0, 1

# Verbs that go, or send something, somewhere with a particle ("goes down", "came up",
# "brings down inflation", "pushes up prices"), in all their forms.
_MOTION_VERBS = frozenset(
    {
        *("go", "goes", "went", "gone", "going", "come", "comes", "came", "coming"),
        *("get", "gets", "got", "gotten", "getting", "move", "moves", "moved", "moving"),
        *("bring", "brings", "brought", "bringing", "push", "pushes", "pushed"),
        *("pushing", "drive", "drives", "drove", "driven", "driving", "put", "puts"),
        "putting",
        # A rate goes up or down by its speed: "it speeds up", "the reaction slows down".
        *("speed", "speeds", "sped", "speeding", "slow", "slows", "slowed", "slowing"),
    }
)
# Verbs that come to a state ("gets smaller", "becomes less", "grows larger").
_CHANGE_VERBS = frozenset(
    {
        *("go", "goes", "went", "gone", "going", "get", "gets", "got", "gotten", "getting"),
        *("become", "becomes", "became", "becoming", "grow", "grows", "grew", "grown"),
        *("growing", "turn", "turns", "turned", "turning"),
    }
)
_PARTICLES = {"up": UP, "down": DOWN}
_COMPARATIVES = {
    **dict.fromkeys(("bigger", "larger", "greater", "higher", "more", "faster"), UP),
    **dict.fromkeys(("smaller", "lower", "less", "fewer", "lesser", "slower"), DOWN),
}
_SINGLE = {word: way for way, group in enumerate(DIRECTION_GROUPS) for word in group}


def direction(word: str) -> int | None:
    """UP or DOWN for a verb of either direction, one word ("falls") or joined by
    `join_direction_phrases` ("goes down"); None for any other word."""
    way = _SINGLE.get(word)
    if way is not None or " " not in word:
        return way
    verb, _, rest = word.partition(" ")
    return _phrase_direction(verb, rest)


def way_of_change(word: str) -> int | None:
    """UP or DOWN for a verb of either direction (see `direction`) or a comparative of
    size or amount ("higher", "less", "fewer"); None for any other word."""
    way = direction(word)
    return way if way is not None else _COMPARATIVES.get(word)


def opposite_directions(first: str, second: str) -> bool:
    """Whether the two words go opposite ways ("falls" and "goes up"; "rises" and
    "lower"), one of them a verb of direction."""
    if direction(first) is None and direction(second) is None:
        return False
    way = way_of_change(first)
    other = way_of_change(second)
    return way is not None and other is not None and way != other


def join_direction_phrases(
    expected: Sequence[str], typed: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Each side's phrases of direction ("goes down") joined into one word, on a side
    whose other side says a direction too; otherwise the words as they are."""
    return (
        _joined(expected) if _says_direction(typed) else list(expected),
        _joined(typed) if _says_direction(expected) else list(typed),
    )


def _says_direction(words: Sequence[str]) -> bool:
    return any(word in _SINGLE for word in words) or any(
        _phrase_direction(verb, rest) is not None for verb, rest in pairwise(words)
    )


def _joined(words: Sequence[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and _phrase_direction(words[i], words[i + 1]) is not None:
            out.append(f"{words[i]} {words[i + 1]}")
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def _phrase_direction(verb: str, rest: str) -> int | None:
    if verb in _MOTION_VERBS and rest in _PARTICLES:
        return _PARTICLES[rest]
    if verb in _CHANGE_VERBS and rest in _COMPARATIVES:
        return _COMPARATIVES[rest]
    way = _SINGLE.get(verb)
    return way if way is not None and _PARTICLES.get(rest) == way else None
