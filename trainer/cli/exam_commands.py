"""`trainer exam DECK [DATE | --clear] [--format text|json]`: a deck's exam date and its plan."""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from typing import TYPE_CHECKING

from trainer.cli import EXIT_OK
from trainer.errors import TrainerError

if TYPE_CHECKING:
    from trainer.core.scheduling.exam_plan import ExamSchedule

FORMATS = ("text", "json")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class ExamDateError(TrainerError):
    """The exam date given cannot be used."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `exam` to the command line."""
    exam = subparsers.add_parser(
        "exam",
        help="set or clear a deck's exam date, or show its day-by-day plan",
        description=(
            "With a DATE (YYYY-MM-DD, today or later), set the deck's exam date; with "
            "--clear, clear it; with neither, show the plan: the new cards and reviews of "
            "each day until the exam, which the deck's sessions follow (daily limits are "
            "raised to it, with a notice). See docs/scheduling.md, Exam mode."
        ),
    )
    exam.add_argument("deck", metavar="DECK", help="an imported deck's id, or a deck file")
    exam.add_argument("date", nargs="?", metavar="DATE", help="the exam day, YYYY-MM-DD")
    exam.add_argument("--clear", action="store_true", help="clear the deck's exam date")
    exam.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    exam.set_defaults(handler=run_exam)


def run_exam(args: argparse.Namespace) -> int:
    from trainer.engine import Engine

    if args.clear and args.date is not None:
        raise ExamDateError("give an exam DATE or --clear, not both")
    with Engine.open(backup=False) as engine:
        deck_id = engine.resolve_deck(args.deck)
        if args.clear:
            engine.set_exam(deck_id, None)
        elif args.date is not None:
            engine.set_exam(deck_id, parse_exam_date(args.date, engine.now().date()))
        plan = engine.exam_schedule(deck_id)
        notice = engine.exam_notice(deck_id)
        # No plan for a stored date: one past the horizon, from before it was kept.
        unplanned = engine.deck(deck_id).exam_date if plan is None else None
    if args.format == "json":
        shape = plan_json(plan, deck_id)
        if unplanned is not None:
            shape["exam"] = unplanned.isoformat()
        print(json.dumps(shape, indent=2))
    elif args.clear:
        print(f"The exam date of deck {deck_id} is cleared.")
    elif unplanned is not None:
        print(
            f"The exam date of deck {deck_id}, {unplanned.isoformat()}, is more than ten "
            "years away: no plan is made and sessions go on as without an exam. Set "
            f"another date, or clear it with `trainer exam {deck_id} --clear`."
        )
    else:
        print("\n".join(plan_text(plan, deck_id, notice)))
    return EXIT_OK


def parse_exam_date(text: str, today: date) -> date:
    """A `YYYY-MM-DD` day that is `today` (the calendar's) or later."""
    if not _ISO_DAY.fullmatch(text):
        raise ExamDateError(f"an exam date is written YYYY-MM-DD, e.g. 2026-06-15, not {text!r}")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ExamDateError(f"{text} is not a day of the calendar") from None
    if day < today:
        raise ExamDateError(f"{text} has passed: choose today ({today.isoformat()}) or later")
    return day


def plan_json(plan: ExamSchedule | None, deck_id: str) -> dict[str, object]:
    """The issue's shape: `{"deck": ID, "exam": "YYYY-MM-DD", "days": [{"date", "new",
    "reviews"}, …]}`; `exam` is null and `days` empty without an exam date."""
    if plan is None:
        return {"deck": deck_id, "exam": None, "days": []}
    from trainer.core.scheduling.exam_plan import plan_json as shape

    return shape(plan, deck_id)


def plan_text(plan: ExamSchedule | None, deck_id: str, notice: str | None) -> list[str]:
    """The plan as a table, one line a day, with the notice of raised limits."""
    if plan is None:
        return [
            f"No exam date is set for deck {deck_id}. "
            f"Set one with `trainer exam {deck_id} YYYY-MM-DD`."
        ]
    when = plan.exam_date.isoformat()
    if plan.is_over:
        return [f"The exam of deck {deck_id} ({when}) has come: sessions are back to normal."]
    lines = [f"Exam of deck {deck_id} on {when}, in {plan.days_left} days."]
    if notice:
        lines.append(notice)
    lines += ["", f"{'date':<10}  {'new':>5}  {'reviews':>7}"]
    for row in plan_json(plan, deck_id)["days"]:  # type: ignore[attr-defined]
        lines.append(f"{row['date']:<10}  {row['new']:>5}  {row['reviews']:>7}")
    lines += [
        "",
        f"Busiest day {plan.peak} answers; {plan.mean:.1f} a day on average. Every card is "
        "seen before the exam; days after today are a forecast that assumes passing answers.",
    ]
    return lines
