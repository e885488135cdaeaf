"""A study session's order: due reviews, new cards, then today's drill, with excerpts spread
out and siblings of the cards answered today buried to the end (see siblings.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from trainer.core.records import record
from trainer.core.scheduling.exam import DEFAULT_FINAL_DAYS, exam_due
from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.schedule import Schedule
from trainer.core.scheduling.siblings import groups_of, plan_apart


@record
class QueueEntry:
    """What the queue needs to know about one candidate card."""

    card_id: str
    excerpt_id: str
    due: date | None
    is_new: bool
    drill: bool
    # The card's place in its deck, which orders new cards.
    position: int
    last_review: date | None = None
    # Its sibling groups (see siblings.py); none named: grouped by its excerpt id.
    groups: tuple[str, ...] = ()

    @classmethod
    def from_schedule(
        cls,
        card_id: str,
        excerpt_id: str,
        position: int,
        schedule: Schedule,
        groups: tuple[str, ...] = (),
    ) -> QueueEntry:
        return cls(
            card_id=card_id,
            excerpt_id=excerpt_id,
            due=schedule.due,
            is_new=schedule.is_new,
            drill=schedule.drill,
            position=position,
            last_review=schedule.last_review,
            groups=groups,
        )


@record
class QueueSections:
    """Today's candidates sorted into the session's three parts, each in its own order."""

    reviews: tuple[QueueEntry, ...]
    new: tuple[QueueEntry, ...]
    drill: tuple[QueueEntry, ...]
    # The ids of the reviews and new cards buried to the end of the day: siblings of a
    # card answered today or asked before them (see `plan_sections`).
    buried: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.reviews) + len(self.new) + len(self.drill)

    def tiers(self) -> tuple[list[QueueEntry], list[QueueEntry]]:
        """The session's order in two tiers: reviews, new cards and drill not buried; then
        the buried reviews and new cards, asked only once the first tier is done."""
        first = [e for e in (*self.reviews, *self.new) if e.card_id not in self.buried]
        later = [e for e in (*self.reviews, *self.new) if e.card_id in self.buried]
        return [*first, *self.drill], later


@record
class DailyLimits:
    """What bounds one deck's session today: its daily limits, what today's answers have
    used of them already, and the exam rule that may bring cards forward.

    ValueError unless the limits and counts are whole numbers ≥ 0.
    """

    new_limit: int
    review_limit: int
    new_seen_today: int = 0
    reviews_done_today: int = 0
    exam_date: date | None = None
    final_days: int = DEFAULT_FINAL_DAYS

    def __post_init__(self) -> None:
        _check_limits(self.new_limit, self.review_limit, self.new_seen_today)
        _check_limits(self.reviews_done_today)

    @classmethod
    def of(
        cls,
        policy: Policy,
        *,
        new_seen_today: int = 0,
        reviews_done_today: int = 0,
        exam_date: date | None = None,
    ) -> DailyLimits:
        """A deck's limits as its settings (`policy`) give them, with today's counts."""
        return cls(
            new_limit=policy.new_per_day,
            review_limit=policy.reviews_per_day,
            new_seen_today=new_seen_today,
            reviews_done_today=reviews_done_today,
            exam_date=exam_date,
            final_days=policy.exam_final_days,
        )

    @property
    def new_room(self) -> int:
        """How many new cards today's session may still introduce."""
        return max(0, self.new_limit - self.new_seen_today)

    @property
    def review_room(self) -> int:
        """How many due reviews today's session may still ask."""
        return max(0, self.review_limit - self.reviews_done_today)


def plan_sections(
    entries: Iterable[QueueEntry],
    today: date,
    limits: DailyLimits,
    *,
    answered_groups: Iterable[str] | None = None,
) -> QueueSections:
    """Pick and order today's reviews, new cards and drill, within the daily limits.

    - Reviews: cards due today or earlier, most overdue first (then by position and id),
      at most `limits.review_room` of them. With an exam date, due dates are read with
      the exam rule applied.
    - New cards: by position, at most `limits.new_room`.
    - Drill: cards answered today whose last answer scored below 4, by position; the
      shell asks them again until each scores 4 or more.
    Cards already answered today and not in the drill are done for the day.

    With `answered_groups` (the sibling groups of the cards answered today; None turns
    the rule off), siblings are spread over days (`siblings.plan_apart`): reviews and new
    cards that are siblings of a card answered today, or of one taken before them, are
    `buried`. New cards then come from as many excerpts as the candidates offer, so the
    shell passes more new candidates than the room.
    """
    reviews: list[tuple[date, QueueEntry]] = []
    new: list[QueueEntry] = []
    drill: list[QueueEntry] = []
    seen: set[str] = set()
    answered = set(answered_groups) if answered_groups is not None else None
    for entry in entries:
        if entry.card_id in seen:
            raise ValueError(f"card {entry.card_id!r} is in the queue's candidates twice")
        seen.add(entry.card_id)
        if entry.is_new:
            new.append(entry)
            continue
        if entry.due is None:
            raise ValueError(f"card {entry.card_id!r} has been reviewed but has no due date")
        if entry.last_review is not None and entry.last_review >= today:
            # On or after today (the clock may have moved back): answered today already.
            if answered is not None:
                answered.update(groups_of(entry))
            if entry.drill:
                drill.append(entry)
            continue
        due: date | None = entry.due
        if limits.exam_date is not None:
            due = exam_due(
                entry.card_id, entry.due, entry.last_review, limits.exam_date, limits.final_days
            )
        if due is not None and due <= today:
            reviews.append((due, entry))
    reviews.sort(key=lambda pair: (pair[0], pair[1].position, pair[1].card_id))
    new.sort(key=_by_position)
    drill.sort(key=_by_position)
    if answered is None:
        return QueueSections(
            reviews=tuple(e for _, e in reviews[: limits.review_room]),
            new=tuple(new[: limits.new_room]),
            drill=tuple(drill),
        )
    kept_reviews, kept_new, buried = plan_apart(
        [e for _, e in reviews],
        new,
        review_room=limits.review_room,
        new_room=limits.new_room,
        answered_groups=answered,
    )
    return QueueSections(
        reviews=tuple(kept_reviews),
        new=tuple(kept_new),
        drill=tuple(drill),
        buried=frozenset(e.card_id for e in buried),
    )


def build_queue(
    entries: Iterable[QueueEntry],
    today: date,
    limits: DailyLimits,
    *,
    previous_excerpt: str | None = None,
    answered_groups: Iterable[str] | None = None,
) -> list[QueueEntry]:
    """Today's session in order: reviews, new cards, drill (see `plan_sections`), with
    cards of one excerpt never back to back when any other order avoids it; with
    `answered_groups`, the buried siblings last, spread out the same way.

    `previous_excerpt` is the excerpt of the card just asked, so that the next one
    differs from it too.
    """
    sections = plan_sections(entries, today, limits, answered_groups=answered_groups)
    first, later = sections.tiers()
    ordered = spread_excerpts(first, previous_excerpt)
    last = ordered[-1] if ordered else None
    return [
        *ordered,
        *spread_excerpts(
            later,
            last.excerpt_id if last else previous_excerpt,
            previous_groups=groups_of(last) if last else (),
        ),
    ]


def spread_excerpts(
    ordered: Sequence[QueueEntry],
    previous_excerpt: str | None = None,
    *,
    previous_groups: Sequence[str] = (),
) -> list[QueueEntry]:
    """Reorder as little as possible so that no two neighbours share an excerpt.

    Stable greedy: each place takes the earliest remaining entry whose excerpt differs
    from the previous one and whose removal leaves the rest arrangeable without
    neighbours from one excerpt. When no order can avoid it, the earliest entry from
    another excerpt (or, failing that, the earliest entry) is taken. An entry that shares
    a sibling group with the previous one (a chronology citing its excerpt) counts as
    being from the previous one's excerpt.
    """
    remaining = list(ordered)
    counts = Counter(entry.excerpt_id for entry in remaining)
    result: list[QueueEntry] = []
    previous = previous_excerpt
    groups = frozenset(previous_groups)
    while remaining:
        chosen = _choose(remaining, counts, previous, groups)
        entry = remaining.pop(chosen)
        counts[entry.excerpt_id] -= 1
        result.append(entry)
        previous = entry.excerpt_id
        groups = frozenset(groups_of(entry))
    return result


def choose_next(
    remaining: Sequence[QueueEntry],
    previous_excerpt: str | None = None,
    *,
    counts: Counter[str] | None = None,
    previous_groups: Sequence[str] = (),
) -> int:
    """The index of the entry to ask next from an already ordered queue.

    The same choice `spread_excerpts` makes for its first place, without ordering the
    rest: a shell that keeps today's queue in memory calls this once per card, and may
    pass `counts` (entries per excerpt in `remaining`), which it can keep up to date,
    and the sibling groups of the card just asked.
    """
    if not remaining:
        raise ValueError("an empty queue has no next entry")
    if counts is None:
        counts = excerpt_counts(remaining)
    return _choose(remaining, counts, previous_excerpt, frozenset(previous_groups))


def excerpt_counts(entries: Sequence[QueueEntry]) -> Counter[str]:
    """How many of `entries` come from each excerpt."""
    return Counter(entry.excerpt_id for entry in entries)


def _choose(
    remaining: Sequence[QueueEntry],
    counts: Counter[str],
    previous: str | None,
    previous_groups: frozenset[str] = frozenset(),
) -> int:
    top_two = [*sorted(counts.values(), reverse=True)[:2], 0, 0]
    first_other: int | None = None
    for index, entry in enumerate(remaining):
        if entry.excerpt_id == previous:
            continue
        if previous_groups and not previous_groups.isdisjoint(groups_of(entry)):
            continue
        if first_other is None:
            first_other = index
        if _rest_arrangeable(entry.excerpt_id, counts, len(remaining), top_two):
            return index
    return first_other if first_other is not None else 0


def _rest_arrangeable(excerpt: str, counts: Counter[str], size: int, top_two: list[int]) -> bool:
    # After taking one card of `excerpt`, `rest` cards remain and must start with another
    # excerpt. That works exactly when `excerpt` fills at most every second place after
    # the first (rest // 2) and every other excerpt at most every second place
    # ((rest + 1) // 2).
    rest = size - 1
    own = counts[excerpt] - 1
    largest_other = top_two[1] if counts[excerpt] == top_two[0] else top_two[0]
    return own <= rest // 2 and largest_other <= (rest + 1) // 2


def _by_position(entry: QueueEntry) -> tuple[int, str]:
    return entry.position, entry.card_id


def _check_limits(*values: int) -> None:
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"queue limits and counts are whole numbers ≥ 0, not {value!r}")
