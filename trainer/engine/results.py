"""What the engine hands to its callers (the app and line mode): plain, immutable records."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from trainer.core.records import record

if TYPE_CHECKING:
    # Types only: these records are built by the modules that know their fields' types,
    # and importing statistics, imports, exams and grading here would make every start
    # of the app pay for them (grading pulls in rapidfuzz), before the first question.
    from trainer.core.answering.diff import DiffSegment
    from trainer.core.answering.grading import Verdict
    from trainer.core.model import Card, Diagnostic
    from trainer.core.scheduling.exam import ExamPlan
    from trainer.core.scheduling.schedule import ReviewRecord, Schedule
    from trainer.core.scheduling.state import Quality
    from trainer.store import DayRetention, ExcerptRecord, HardCard, ImportPlan, StateCounts


class Section(StrEnum):
    """The part of today's session a card comes from."""

    REVIEW = "review"
    NEW = "new"
    DRILL = "drill"


@record
class StudyCard:
    """The card to ask now, with what the screen shows around it."""

    card: Card
    schedule: Schedule
    section: Section
    excerpt: ExcerptRecord | None
    # Cards left in today's session, this one included, and answers already given today.
    remaining: int
    done_today: int
    # Of `remaining`, the cards waiting to be drilled again (answered below 4 today).
    drill_waiting: int = 0


@record
class Feedback:
    """A typed answer checked against the card: nothing is stored until `Engine.answer`."""

    verdict: Verdict
    suggested: Quality
    typed: str
    # What was typed against the right answer, for highlighting; empty for choices.
    diff: tuple[DiffSegment, ...]
    response_seconds: float | None
    # The grader's own check, when the learner overruled it ("my answer was right"):
    # this one then says right, and the log keeps the grader's verdict and suggestion.
    overruled: Feedback | None = None

    @property
    def overridden(self) -> bool:
        """Whether the learner overruled the grader for this answer."""
        return self.overruled is not None


@record
class AnswerOutcome:
    """An answer as committed to the collection."""

    card_id: str
    review_id: int
    quality: Quality
    before: Schedule
    after: Schedule
    record: ReviewRecord


@record
class DeckOverview:
    """One deck as the home screen lists it."""

    deck_id: str
    title: str
    # What today's session holds: due reviews and new cards within the daily limits.
    due_today: int
    new_today: int
    # Raw counts.
    due: int
    new: int
    learned: int
    suspended: int
    total: int
    exam_date: date | None
    days_to_exam: int | None
    # Cards answered below 4 today and not yet drilled again: today's session still holds them.
    drill_today: int = 0


@record
class ImportResult:
    """What importing a deck file did; `plan` is None when the deck was unchanged."""

    deck_id: str
    title: str
    source_path: str
    plan: ImportPlan | None
    warnings: tuple[Diagnostic, ...] = ()

    @property
    def unchanged(self) -> bool:
        return self.plan is None or self.plan.is_noop


@record
class Statistics:
    """Everything the statistics screen draws, for one deck or for all."""

    today: date
    answers_per_day: dict[date, int]
    retention_per_day: dict[date, DayRetention]
    forecast: dict[date, int]
    states: StateCounts
    hardest: tuple[HardCard, ...]
    exam: ExamPlan | None = None

    @property
    def total_answers(self) -> int:
        return sum(self.answers_per_day.values())

    @property
    def retention(self) -> float | None:
        reviews = sum(day.reviews for day in self.retention_per_day.values())
        passed = sum(day.passed for day in self.retention_per_day.values())
        return passed / reviews if reviews else None
