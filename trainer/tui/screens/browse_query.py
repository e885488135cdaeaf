"""What the browser's search box means: words that must all appear (any order) and the
filters `tag:NAME`, `deck:ID`, `is:due`, `is:new` and `is:suspended`; and the line that
says what was found."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date

from trainer.core.records import record
from trainer.engine import CardEntry

TAG_PREFIX = "tag:"
DECK_PREFIX = "deck:"
IS_PREFIX = "is:"
STATES = ("due", "new", "suspended")
RESULT_LIMIT = 200
FILTERS_HELP = "tag:NAME deck:ID is:due is:new is:suspended"


@record
class SearchQuery:
    """A search box's text: the words to find (all of them, in any order) and filters."""

    text: str
    tags: tuple[str, ...]
    decks: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    # `is:` filters that mean nothing (`is:duee`), reported rather than searched for.
    unknown: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.text.split())

    @property
    def tag(self) -> str | None:
        return self.tags[0] if self.tags else None

    @property
    def deck(self) -> str | None:
        """The one deck named (`deck:ID`); None for none, or several (filtered afterwards)."""
        return self.decks[0] if len(self.decks) == 1 else None

    def keeps(self, entry: CardEntry) -> bool:
        """The filters the engine's search does not apply itself: every tag, any deck."""
        if not set(self.tags) <= set(entry.card.tags):
            return False
        return not self.decks or entry.card.deck_id in self.decks


def parse_query(typed: str) -> SearchQuery:
    """`tag:war lenin is:due berne` → words `lenin berne`, tag `war`, state `due`. Filter
    names are case-insensitive; an empty filter (`tag:`) is ignored."""
    words: list[str] = []
    tags: list[str] = []
    decks: list[str] = []
    states: list[str] = []
    unknown: list[str] = []
    for word in typed.split():
        lowered = word.lower()
        if lowered.startswith(TAG_PREFIX):
            if tag := word[len(TAG_PREFIX) :]:
                tags.append(tag)
        elif lowered.startswith(DECK_PREFIX):
            if deck := word[len(DECK_PREFIX) :]:
                decks.append(deck)
        elif lowered.startswith(IS_PREFIX):
            state = lowered[len(IS_PREFIX) :]
            if state in STATES:
                states.append(state)
            elif state:
                unknown.append(word)
        else:
            words.append(word)
    return SearchQuery(
        " ".join(words),
        tuple(dict.fromkeys(tags)),
        tuple(dict.fromkeys(decks)),
        tuple(dict.fromkeys(states)),
        tuple(unknown),
    )


@record
class SearchResult:
    query: SearchQuery
    deck_id: str | None
    entries: tuple[CardEntry, ...]
    today: date
    # How many of the entries show the day their deck's exam plan asks them.
    planned: int = 0

    @property
    def truncated(self) -> bool:
        return len(self.entries) >= RESULT_LIMIT


def describe_result(result: SearchResult) -> str:
    """`42 cards` (`first 200 cards`), with what was searched for and in which deck."""
    count = len(result.entries)
    found = (
        f"first {count} cards" if result.truncated else f"{count} card{'' if count == 1 else 's'}"
    )
    query = result.query
    filters = []
    if query.text:
        filters.append(f"“{query.text}”")
    filters += [f"tag {tag}" for tag in query.tags]
    filters += [f"is:{state}" for state in query.states]
    where = f" matching {', '.join(filters)}" if filters else ""
    decks = query.decks or ((result.deck_id,) if result.deck_id else ())
    if decks:
        where += f" in {'deck' if len(decks) == 1 else 'decks'} {', '.join(decks)}"
    if query.unknown:
        where += f" ({', '.join(query.unknown)}: not a filter; try {FILTERS_HELP})"
    if result.planned:
        where += " · due dates follow the exam plan"
    hint = " · enter: the list" if count else ""
    return f"{found}{where}{hint} · F1: help"


def with_plan_days(
    entries: Sequence[CardEntry], planned: Mapping[str, date]
) -> tuple[tuple[CardEntry, ...], int]:
    """The entries with the day their deck's exam plan asks them as their due day (a
    review's, not a new card's: it stays "new"), and how many have one. Before an exam
    the queue follows the plan, so the plan's day is when the card comes."""
    shown: list[CardEntry] = []
    count = 0
    for entry in entries:
        day = planned.get(entry.card.id)
        if day is None or entry.schedule.is_new or entry.schedule.due == day:
            shown.append(entry)
            continue
        shown.append(
            dataclasses.replace(entry, schedule=dataclasses.replace(entry.schedule, due=day))
        )
        count += 1
    return tuple(shown), count
