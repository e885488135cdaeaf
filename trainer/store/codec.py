"""How days, moments and SM-2 states are written to and read from collection columns."""

from __future__ import annotations

from datetime import date, datetime

from trainer.core.scheduling.state import CardState

# The state columns of ``cards``, in the order ``state_values`` gives them.
STATE_COLUMNS = (
    "ef",
    "repetitions",
    "interval",
    "due",
    "last_review",
    "drill",
    "lapses",
    "reviews",
)

StateValues = tuple[float, int, int, int | None, int | None, int, int, int]


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


def state_values(state: CardState) -> StateValues:
    """A state as the values of STATE_COLUMNS (and of the log's before/after columns)."""
    return (
        float(state.ef),
        int(state.repetitions),
        int(state.interval),
        day_number(state.due),
        day_number(state.last_review),
        1 if state.drill else 0,
        int(state.lapses),
        int(state.reviews),
    )


def state_from_values(
    ef: float,
    repetitions: int,
    interval: int,
    due: int | None,
    last_review: int | None,
    drill: int,
    lapses: int,
    reviews: int,
) -> CardState:
    """The inverse of ``state_values``."""
    return CardState(
        ef=float(ef),
        repetitions=int(repetitions),
        interval=int(interval),
        due=day_from_number(due),
        last_review=day_from_number(last_review),
        drill=bool(drill),
        lapses=int(lapses),
        reviews=int(reviews),
    )
