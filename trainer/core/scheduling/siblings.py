"""Siblings: cards that give each other away, and the rule that spreads them over days.

Cards are siblings when they draw on the same excerpt: its questions, cloze numbers,
automatic cloze and the template cards of its facts (a fact belongs to one excerpt, so
one fact's cards are always siblings). A chronology cites the excerpts of its facts and
is a sibling of each of their cards. Each excerpt is a *sibling group*, named by its deck
and id (`deck:excerpt`), so that decks sharing an excerpt id never bury each other's cards.

As Anki buries siblings, once a card is answered its siblings wait for another day, unless
nothing else is left today: they are *buried* to the end of the day's session. Drills are
exempt. See docs/scheduling.md, "Siblings".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

# Between a deck id and an excerpt id in a group's name; neither holds one (slugs).
_GROUP_SEPARATOR = ":"


class Sibling(Protocol):
    """What the rule reads of a queued card: its excerpt and its sibling groups."""

    @property
    def excerpt_id(self) -> str: ...

    @property
    def groups(self) -> tuple[str, ...]: ...


S = TypeVar("S", bound=Sibling)


def sibling_groups(deck_id: str, excerpt_ids: Iterable[str]) -> tuple[str, ...]:
    """The groups of a card of `deck_id` that cites `excerpt_ids` (its own excerpt, or a
    chronology's excerpts), each once, in order."""
    return tuple(dict.fromkeys(f"{deck_id}{_GROUP_SEPARATOR}{e}" for e in excerpt_ids))


def excerpt_group(deck_id: str, excerpt_id: str) -> tuple[str, ...]:
    """`sibling_groups(deck_id, (excerpt_id,))`, the groups of most cards, made as one
    string: a study queue names the groups of hundreds of candidates."""
    return (f"{deck_id}{_GROUP_SEPARATOR}{excerpt_id}",)


def groups_of(entry: Sibling) -> tuple[str, ...]:
    """An entry's sibling groups; an entry that names none is grouped by its excerpt id."""
    return entry.groups or (entry.excerpt_id,)


def are_siblings(first: Sibling, second: Sibling) -> bool:
    """Whether two entries share a sibling group (a card is not its own sibling here:
    callers compare different cards)."""
    return not set(groups_of(first)).isdisjoint(groups_of(second))


def pick_apart(candidates: Iterable[S], room: int, taken: set[str]) -> tuple[list[S], list[S]]:
    """Up to `room` of `candidates` (already in the order they are wanted), as `(apart,
    buried)`.

    `apart` takes, in order, every candidate that shares no group with `taken` nor with a
    candidate taken before it, until `room` are taken; their groups join `taken`. If room
    is left once the candidates run out, `buried` takes the candidates passed over, in
    order, up to the room left: they are asked only once nothing else is left today.
    """
    if room <= 0:
        return [], []
    apart: list[S] = []
    passed: list[S] = []
    for entry in candidates:
        groups = groups_of(entry)
        if taken.isdisjoint(groups):
            apart.append(entry)
            taken.update(groups)
            if len(apart) == room:
                return apart, []
        elif len(passed) < room:
            passed.append(entry)
    return apart, passed[: room - len(apart)]


def plan_apart(
    reviews: Sequence[S],
    new: Sequence[S],
    *,
    review_room: int,
    new_room: int,
    answered_groups: Iterable[str],
) -> tuple[list[S], list[S], frozenset[S]]:
    """Today's reviews and new cards with siblings spread over days: `(reviews, new,
    buried)`, each list its cards kept apart first, then its buried ones.

    Reviews (most overdue first) are taken apart from the groups answered today; new cards
    (by position) apart from those and from the reviews taken. So no two cards asked
    before the buried ones are siblings, nor siblings of a card answered today.
    """
    taken = set(answered_groups)
    reviews_apart, reviews_buried = pick_apart(reviews, review_room, taken)
    new_apart, new_buried = pick_apart(new, new_room, taken)
    buried = frozenset((*reviews_buried, *new_buried))
    return [*reviews_apart, *reviews_buried], [*new_apart, *new_buried], buried
