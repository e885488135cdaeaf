"""How days, moments and schedules are written to and read from collection columns."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from trainer.core.scheduling.registry import scheduler_named
from trainer.core.scheduling.schedule import Memory, Schedule
from trainer.store.errors import CollectionCorruptError

# The columns of ``cards`` a Schedule is read from, in the order ``schedule_values``
# gives them. The log has the same fields twice (``memory_before`` … ``reviews_after``),
# its scheduler once.
SCHEDULE_COLUMNS = (
    "scheduler",
    "memory",
    "interval",
    "due",
    "last_review",
    "drill",
    "lapses",
    "reviews",
)
# Written with every schedule, never read back into one: the scheduler's ranking of the
# card (for "hardest cards") and whether it is still in its learning steps (for the
# statistics' stages). Kept in step on every write, so that SQL can use them.
DERIVED_COLUMNS = ("hardness", "learning")
CARD_SCHEDULE_COLUMNS = SCHEDULE_COLUMNS + DERIVED_COLUMNS

ScheduleValues = tuple[str, str, int, int | None, int | None, int, int, int]


def day_number(day: date | None) -> int | None:
    """A day as stored: its proleptic Gregorian ordinal (``date.toordinal``)."""
    return None if day is None else day.toordinal()


def day_from_number(number: int | None) -> date | None:
    return None if number is None else date.fromordinal(int(number))


def required_day(number: int) -> date:
    return date.fromordinal(int(number))


def moment_text(moment: datetime) -> str:
    """An instant as stored: ISO 8601 with its UTC offset, to the millisecond."""
    if moment.utcoffset() is None:
        raise ValueError(f"a stored moment needs a time zone, got naive {moment.isoformat()}")
    return moment.isoformat(timespec="milliseconds")


def moment_from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


def memory_text(schedule: Schedule) -> str:
    """A schedule's memory as its scheduler's canonical JSON."""
    return _memory_json(schedule.scheduler, schedule.memory)


@lru_cache(maxsize=4096)
def _memory_json(scheduler: str, memory: Memory) -> str:
    # Memories are immutable and hashable, and an answer writes three (the card's, and
    # the log's before and after): each distinct one is encoded once.
    return scheduler_named(scheduler).memory_to_json(memory)


def schedule_values(schedule: Schedule) -> ScheduleValues:
    """A schedule as the values of SCHEDULE_COLUMNS."""
    return (
        schedule.scheduler,
        memory_text(schedule),
        int(schedule.interval),
        day_number(schedule.due),
        day_number(schedule.last_review),
        1 if schedule.drill else 0,
        int(schedule.lapses),
        int(schedule.reviews),
    )


def card_schedule_values(schedule: Schedule) -> tuple[object, ...]:
    """A schedule as the values of CARD_SCHEDULE_COLUMNS: with its hardness and stage."""
    scheduler = scheduler_named(schedule.scheduler)
    return (
        *schedule_values(schedule),
        float(scheduler.hardness(schedule)),
        1 if scheduler.is_learning(schedule) else 0,
    )


def schedule_from_values(
    scheduler: str,
    memory: str,
    interval: int,
    due: int | None,
    last_review: int | None,
    drill: int,
    lapses: int,
    reviews: int,
) -> Schedule:
    """The inverse of ``schedule_values``."""
    return Schedule(
        scheduler=str(scheduler),
        memory=stored_memory(str(scheduler), str(memory)),
        interval=int(interval),
        due=day_from_number(due),
        last_review=day_from_number(last_review),
        drill=bool(drill),
        lapses=int(lapses),
        reviews=int(reviews),
    )


@lru_cache(maxsize=4096)
def stored_memory(scheduler: str, text: str) -> Memory:
    """A stored memory read back by its scheduler. Memories are immutable and few distinct
    ones recur (SM-2: an E-Factor and a count), so each text is decoded once."""
    try:
        return scheduler_named(scheduler).memory_from_json(text)
    except ValueError as error:
        raise CollectionCorruptError(f"a stored schedule cannot be read ({error})") from error
