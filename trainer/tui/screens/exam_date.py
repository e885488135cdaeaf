"""The exam-date dialog: set a deck's exam day (today or later) or clear it, and see the plan."""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from trainer.core.records import record
from trainer.core.scheduling.day_words import day_and_month
from trainer.core.scheduling.exam import ExamPlan
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.literal import literal
from trainer.tui.widgets.help_key import HelpKeyInput
from trainer.tui.widgets.keys_footer import KeysFooter
from trainer.tui.wording import describe_exam_plan, exam_countdown, long_date

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_exam_date(text: str, today: date) -> date:
    """A `YYYY-MM-DD` day that is `today` or later; ValueError says what is wrong otherwise.

    `today` is the calendar's date (at 01:00 on 30 Nov, 30 Nov), not the learning day,
    which is still 29 Nov until the day starts at 4 am: a day the calendar has left
    behind is never offered."""
    cleaned = text.strip()
    if not _ISO_DAY.fullmatch(cleaned):
        raise ValueError("Write the day as YYYY-MM-DD, e.g. 2026-06-15.")
    try:
        day = date.fromisoformat(cleaned)
    except ValueError:
        raise ValueError(f"{cleaned} is not a day of the calendar.") from None
    if day < today:
        raise ValueError(
            f"{cleaned} has passed: choose today ({day_and_month(today, today)}) or later."
        )
    return day


@record
class ExamInfo:
    """The deck as the dialog describes it."""

    title: str
    # The learning day (for the countdown) and the calendar's date (the earliest exam day).
    today: date
    exam_date: date | None
    days_to_exam: int | None
    plan: ExamPlan | None
    calendar_today: date | None = None

    @property
    def earliest(self) -> date:
        return self.calendar_today or self.today


def describe_exam(info: ExamInfo) -> str:
    if info.exam_date is None:
        return "No exam date is set."
    countdown = exam_countdown(info.days_to_exam)
    lines = [f"Exam on {long_date(info.exam_date)} ({countdown})."]
    if info.plan is not None:
        lines.append(describe_exam_plan(info.plan) + ".")
    return "\n".join(lines)


class ExamDateScreen(ModalScreen[None]):
    """Sets or clears one deck's exam date; the deck table shows the countdown afterwards."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "set_date", "Set", priority=True, tooltip="Set the typed exam date"),
        # Not ctrl+r, which reveals the answer everywhere else.
        Binding("ctrl+l", "clear_date", "Clear date", tooltip="Remove the exam date"),
        Binding("escape", "cancel", "Cancel", tooltip="Close without changing anything"),
    ]

    def __init__(self, deck_id: str) -> None:
        super().__init__()
        self.deck_id = deck_id
        self.info: ExamInfo | None = None
        # Enter pressed before the deck was read (a pasted date and newline): set it then.
        self._set_when_loaded = False

    def compose(self) -> ComposeResult:
        with Vertical(id="exam-dialog", classes="dialog"):
            yield Static("Exam date", classes="dialog-title")
            yield Static("", id="exam-deck")
            yield Static("", id="exam-current")
            yield Static(
                "Type the exam day as YYYY-MM-DD. Before it, every card is brought forward"
                " so that all of them are seen in the last days.",
                classes="dialog-help",
            )
            yield HelpKeyInput(
                placeholder="YYYY-MM-DD",
                restrict=r"[0-9-]*",
                max_length=10,
                id="exam-input",
            )
            yield Static("", id="exam-status")
            with Horizontal(id="exam-buttons"):
                yield Button("Set", id="exam-set", variant="primary", compact=True)
                yield Button("Clear date", id="exam-clear", compact=True, disabled=True)
        yield KeysFooter()

    def on_mount(self) -> None:
        # The field takes typing (and a paste) at once, before the deck is read.
        self.query_one("#exam-input", Input).focus()
        self.load_info()

    @work(thread=True, exclusive=True, group="exam")
    def load_info(self) -> None:
        engine = trainer_app(self).engine
        record = engine.deck(self.deck_id)
        today = engine.today()
        days = (record.exam_date - today).days if record.exam_date else None
        plan = engine.exam_plan(self.deck_id)
        info = ExamInfo(record.title, today, record.exam_date, days, plan, engine.now().date())
        self.app.call_from_thread(self.show_info, info)

    def show_info(self, info: ExamInfo) -> None:
        self.info = info
        self.query_one("#exam-deck", Static).update(literal(info.title, "bold"))
        self.query_one("#exam-current", Static).update(Content(describe_exam(info)))
        field = self.query_one("#exam-input", Input)
        if info.exam_date is not None and not field.value:
            field.value = info.exam_date.isoformat()
        self.query_one("#exam-clear", Button).disabled = info.exam_date is None
        self.refresh_bindings()
        if self._set_when_loaded:
            self._set_when_loaded = False
            self.action_set_date()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_date":
            return self.info is not None and self.info.exam_date is not None
        return True

    @on(Input.Changed, "#exam-input")
    def _hide_old_message(self) -> None:
        self._say("")

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#exam-set")
    def _set_pressed(self) -> None:
        self.action_set_date()

    @on(Button.Pressed, "#exam-clear")
    def _clear_pressed(self) -> None:
        self.action_clear_date()

    def action_set_date(self) -> None:
        if self.info is None:
            self._set_when_loaded = True
            return
        try:
            day = parse_exam_date(self.query_one("#exam-input", Input).value, self.info.earliest)
        except ValueError as error:
            self._say(str(error), error=True)
            return
        self.save(day)

    def action_clear_date(self) -> None:
        if self.info is not None and self.info.exam_date is not None:
            self.save(None)

    def _say(self, text: str, *, error: bool = False) -> None:
        status = self.query_one("#exam-status", Static)
        status.set_class(error, "-error")
        status.update(literal(text))

    @work(thread=True, exclusive=True, group="exam")
    def save(self, day: date | None) -> None:
        engine = trainer_app(self).engine
        try:
            engine.set_exam(self.deck_id, day)
            plan = engine.exam_plan(self.deck_id)
        except TrainerError as error:
            self.app.call_from_thread(self._say, str(error), error=True)
            return
        self.app.call_from_thread(self._saved, day, plan)

    def _saved(self, day: date | None, plan: ExamPlan | None) -> None:
        if day is None:
            self.notify("The exam date is cleared.", title="Exam date")
        else:
            summary = describe_exam_plan(plan) if plan is not None else ""
            self.notify(f"Exam on {long_date(day)}: {summary}.", title="Exam date")
        self.dismiss(None)
