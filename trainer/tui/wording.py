"""Short phrases the app's screens share: counts, exam countdowns, exam plans, import results."""

from __future__ import annotations

from datetime import date

from trainer.core.scheduling.exam import ExamPlan
from trainer.engine import ImportResult


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`1 card`, `2 cards` (or the given plural form)."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"


def long_date(day: date) -> str:
    """A day written out, e.g. `Mon 16 March 2026`."""
    return f"{day:%a} {day.day} {day:%B %Y}"


def exam_countdown(days_to_exam: int | None) -> str:
    """How far off an exam is, as the deck table shows it; empty when none is set."""
    if days_to_exam is None:
        return ""
    if days_to_exam < 0:
        return "passed"
    if days_to_exam == 0:
        return "today"
    if days_to_exam == 1:
        return "tomorrow"
    return f"in {days_to_exam} days"


def describe_exam_plan(plan: ExamPlan) -> str:
    """The work left before an exam, e.g. `42 cards to see; 6 answers a day for 7 days`."""
    if plan.is_over:
        return "The exam day has come: good luck!"
    if plan.work == 0:
        return "Every card is ready for the exam: keep up the daily reviews."
    days = plural(plan.days_left, "day")
    answers = plural(plan.reviews_per_day, "answer")
    return f"{plural(plan.work, 'card')} to see; {answers} a day for {days}"


def describe_import(result: ImportResult) -> str:
    """What an import did, e.g. `“Title”: 12 cards added, 1 changed, 0 retired`."""
    title = f"“{result.title}”"
    plan = result.plan
    if plan is None or plan.is_noop:
        return f"{title} is already up to date"
    if plan.new_deck:
        return f"{title} imported: {plural(len(plan.added), 'card')} added"
    parts = [
        f"{len(plan.added)} added",
        f"{len(plan.changed)} changed",
        f"{len(plan.retired)} retired",
    ]
    if plan.revived:
        parts.append(f"{len(plan.revived)} back")
    return f"{title} updated: {', '.join(parts)}"


def describe_os_error(error: OSError) -> str:
    """A file-system error in one line: `FILE: reason`, without Python's decorations."""
    where = f"{error.filename}: " if error.filename else ""
    return f"{where}{error.strerror or error}"
