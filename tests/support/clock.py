"""A clock for tests: it stands still until the test moves it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

# A fixed moment keeps snapshots and suggested qualities the same on every run.
START = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))


class MovableClock:
    """A clock that stands still until the test moves it."""

    def __init__(self, moment: datetime = START) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)
