"""One card in full for the browser: content, excerpt and source, scheduling state, history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Static

from trainer.core.model import Card
from trainer.core.records import record
from trainer.core.scheduling.day_words import days_between, relative_date
from trainer.core.scheduling.registry import scheduler_named
from trainer.core.scheduling.schedule import Schedule
from trainer.core.scheduling.sm2_scheduler import ef_of
from trainer.engine import CardDetails, CardEntry, CardStatus, EntryKind, LogEntry
from trainer.tui.kinds import AnswerForm, answer_form
from trainer.tui.literal import literal, literal_text, shown
from trainer.tui.widgets.charts.dates import short_date

HISTORY_COLUMNS = ("When", "Grade", "Kind", "Interval", "Typed")


def due_text(schedule: Schedule, today: date) -> str:
    """`new` for a card never studied, else its due day relative to the learning day
    (`today`, `tomorrow`, `in 6 days`, `3 days ago`): short, for a table column."""
    if schedule.is_new or schedule.due is None:
        return "new"
    return days_between(schedule.due, today)


def due_words(schedule: Schedule, today: date) -> str:
    """`new`, or the due day with its date when not obvious (`in 6 days, Sat 5 Dec`)."""
    if schedule.is_new or schedule.due is None:
        return "new"
    return relative_date(schedule.due, today)


def ef_text(schedule: Schedule) -> str:
    """An SM-2 card's E-Factor (`2.50`); a dash for a card another scheduler keeps."""
    ef = ef_of(schedule)
    return "–" if ef is None else f"{ef:.2f}"


def status_text(status: CardStatus) -> Text:
    """The status as a table cell: suspended in italics, retired dimmed."""
    style = {CardStatus.SUSPENDED: "italic", CardStatus.RETIRED: "dim"}.get(status, "")
    return Text(status.value, style=style)


def days_text(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


@record
class HistoryRow:
    """One answer as the history table shows it."""

    when: str
    grade: str
    kind: str
    interval: str
    typed: str
    undone: bool


def typed_text(card: Card, typed: str | None) -> str:
    """What was typed; an option's number is shown with the option itself."""
    if not typed:
        return ""
    if answer_form(card.answer.type) is AnswerForm.OPTION and typed.strip().isdecimal():
        number = int(typed.strip())
        if 1 <= number <= len(card.choices):
            return f"{number}. {card.choices[number - 1]}"
    return typed


def answer_kind(entry: LogEntry) -> str:
    """`drill` (a same-day repetition), `quiz`, `first` (a new card's first answer) or the
    session's own name (`review`)."""
    if entry.drill:
        return "drill"
    if entry.mode == "review" and entry.before.is_new:
        return "first"
    return entry.mode


def history_rows(card: Card, history: Sequence[LogEntry], today: date) -> list[HistoryRow]:
    """The card's answers, oldest first; undone answers stay, marked, and undo rows go."""
    rows: list[HistoryRow] = []
    for entry in history:
        if entry.kind is not EntryKind.ANSWER:
            continue
        # The clock time on its calendar date: an answer at 01:59 on 30 Nov belongs to
        # the learning day of 29 Nov, but was given on 30 Nov.
        when = f"{short_date(entry.reviewed_at.date(), today)} {entry.reviewed_at:%H:%M}"
        rows.append(
            HistoryRow(
                when=when,
                grade="" if entry.quality is None else str(int(entry.quality)),
                kind=answer_kind(entry),
                interval=days_text(entry.after.interval),
                typed=typed_text(card, entry.typed),
                undone=entry.undone,
            )
        )
    return rows


def typed_cell(row: HistoryRow) -> str:
    """The typed answer on one line (as the learner typed it), marked when undone."""
    return shown(row.typed, one_line=True) + (" (undone)" if row.undone else "")


def scheduling_text(entry: CardEntry, today: date) -> str:
    """`active · EF 2.50 · repetitions 2 · interval 6 days · due 8 Mar · …`: the status,
    what the card's scheduler remembers, then the schedule every scheduler keeps."""
    schedule = entry.schedule
    memory = scheduler_named(schedule.scheduler).describe(schedule.memory)
    return " · ".join(
        [
            entry.status.value,
            *(f"{label} {value}" for label, value in memory),
            f"interval {days_text(schedule.interval)}",
            f"due {due_words(schedule, today)}",
            f"lapses {schedule.lapses}",
            f"reviews {schedule.reviews}",
        ]
    )


def card_text(details: CardDetails, today: date) -> Content:
    """The card's question, answer and choices, then its scheduling state and tags."""
    card = details.entry.card
    # Every part from the deck or the collection goes through `shown`: Content.assemble
    # takes str parts literally, but would pass their control characters on.
    lines = [
        Content.assemble(("Q  ", "bold $accent"), shown(card.prompt)),
        Content.assemble(("A  ", "bold $success"), (shown(card.answer.text), "bold")),
    ]
    if card.answer.alternatives:
        also = shown("; ".join(card.answer.alternatives))
        lines.append(Content.assemble(("   also accepted: ", "$text-muted"), also))
    if card.choices:
        option = answer_form(card.answer.type) is AnswerForm.OPTION
        right = set(card.answer.key) if option else set()
        for number, choice in enumerate(card.choices, start=1):
            mark = (" ✓", "bold $success") if number - 1 in right else ""
            lines.append(Content.assemble(f"   {number}. {shown(choice)}", mark))
    state = shown(scheduling_text(details.entry, today))
    lines.append(Content.assemble(("State  ", "bold"), state))
    if card.tags:
        lines.append(Content.assemble(("Tags  ", "bold"), shown(", ".join(card.tags))))
    return Content("\n").join(lines)


def excerpt_text(details: CardDetails) -> Content:
    """The passage the card was made from, headed by its title and source."""
    card = details.entry.card
    excerpt = details.excerpt
    if excerpt is None:
        if not card.source:
            return Content("")
        return Content.assemble(("Source  ", "bold"), shown(card.source))
    cite = shown(excerpt.source.cite() or card.source, one_line=True)
    title = shown(excerpt.title or "Excerpt", one_line=True)
    heading = Content.assemble((title, "bold"), (f"  {cite}", "$text-muted"))
    return Content("\n").join([heading, literal(excerpt.text.strip(), "italic")])


class CardDetailPane(VerticalScroll):
    """The highlighted card in full; scrolls when it is longer than the space it has."""

    DEFAULT_CSS = """
    CardDetailPane {
        & > #card-text { height: auto; }
        & > #history-title { height: 1; margin-top: 1; text-style: bold; }
        & > #history { height: auto; }
        & > #excerpt { height: auto; margin-top: 1; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.details: CardDetails | None = None
        self.rows: list[HistoryRow] = []

    def compose(self) -> ComposeResult:
        yield Static("Highlight a card to see it here.", id="card-text")
        yield Static(id="history-title")
        history: DataTable[str | Text] = DataTable(id="history", cursor_type="none")
        # Focus moves to the pane, which scrolls; the table inside is only read.
        history.can_focus = False
        yield history
        yield Static(id="excerpt")

    def show(self, details: CardDetails | None, today: date) -> None:
        self.details = details
        history: DataTable[str | Text] = self.query_one("#history", DataTable)
        history.clear(columns=True)
        title = self.query_one("#history-title", Static)
        if details is None:
            self.rows = []
            self.query_one("#card-text", Static).update("No card is highlighted.")
            title.update("")
            history.display = False
            self.query_one("#excerpt", Static).update("")
            return
        self.query_one("#card-text", Static).update(card_text(details, today))
        self.query_one("#excerpt", Static).update(excerpt_text(details))
        self.rows = history_rows(details.entry.card, details.history, today)
        answers = sum(not row.undone for row in self.rows)
        title.update(Content(f"History: {answers} answer{'' if answers == 1 else 's'}"))
        history.display = bool(self.rows)
        cells = [history_cells(row) for row in self.rows]
        # Widths given, not left to the table: its own measuring could be lost when the
        # card changed twice in quick succession, leaving columns as wide as their labels.
        for at, label in enumerate(HISTORY_COLUMNS):
            width = max([cell_len(label), *(row[at].cell_len for row in cells)])
            history.add_column(label, width=width)
        for row_cells in cells:
            history.add_row(*row_cells)


def history_cells(row: HistoryRow) -> tuple[Text, ...]:
    """A row of the history table. The typed answer (and, in a damaged collection, any
    stored word) is the learner's or the collection's: Text cells, controls escaped."""
    style = "strike dim" if row.undone else ""
    return (
        *(literal_text(value, style) for value in (row.when, row.grade, row.kind)),
        literal_text(row.interval, style, justify="right"),
        literal_text(typed_cell(row), style),
    )
