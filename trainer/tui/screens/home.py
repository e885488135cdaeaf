"""The home screen: the decks with today's counts, and the keys that start everything else."""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static
from textual.worker import get_current_worker

from trainer.core.records import record
from trainer.core.scheduling.exam import ExamPlan
from trainer.engine import DeckOverview, DeckRecord
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.literal import literal
from trainer.tui.widgets.deck_table import DeckTable
from trainer.tui.widgets.keys_footer import KeysFooter
from trainer.tui.wording import describe_exam_plan, exam_countdown, long_date, plural

QUIZ_LENGTH = 20
# Actions that need a highlighted deck; hidden from the Footer while there is none.
DECK_ACTIONS = {"review", "quiz", "deck_stats", "browse", "exam_date"}

EMPTY_HINT = (
    "[b]No decks yet.[/b]\n\n"
    "Press [b]i[/b] to import a deck file (a [i].yaml[/i] file). "
    "The deck format is described in [i]docs/deck-format.md[/i]."
)


@record
class HomeData:
    """Everything the home screen shows, read from the engine in one go."""

    decks: list[DeckOverview]
    records: dict[str, DeckRecord] = field(default_factory=dict)
    plans: dict[str, ExamPlan] = field(default_factory=dict)


def totals_line(decks: list[DeckOverview]) -> str:
    """One line summing every deck: today's work and how much is learned."""
    due = sum(deck.due_today + deck.drill_today for deck in decks)
    drill = sum(deck.drill_today for deck in decks)
    new = sum(deck.new_today for deck in decks)
    learned = sum(deck.learned for deck in decks)
    total = sum(deck.total for deck in decks)
    return (
        f"{plural(len(decks), 'deck')} · today: {due} due"
        + (f" ({drill} to drill again)" if drill else "")
        + f", {new} new"
        f" · {learned} of {plural(total, 'card')} learned"
    )


def deck_details(deck: DeckOverview, record: DeckRecord | None, plan: ExamPlan | None) -> Content:
    """What the screen says about the highlighted deck, below the table."""
    parts = [literal(deck.title, "bold")]
    if record is not None and record.description:
        parts.append(literal(record.description))
    # The id is what `trainer review ID`, `check`, `preview` and `export` accept.
    source = [f"id {deck.deck_id}"]
    if record is not None and record.book_title:
        source.append(f"Source: {record.book_title}")
    if record is not None and record.source_path:
        # Only the file's name: full paths are long and differ from machine to machine.
        source.append(f"file {Path(record.source_path).name}")
    if deck.suspended:
        source.append(f"{deck.suspended} suspended")
    # $text-muted is "auto 60%", which a Content style cannot blend; $foreground-muted can.
    parts.append(literal(" · ".join(source), "$foreground-muted"))
    if deck.exam_date is not None:
        when = f"Exam on {long_date(deck.exam_date)} ({exam_countdown(deck.days_to_exam)})"
        plan_text = f": {describe_exam_plan(plan)}" if plan is not None else ""
        parts.append(Content.styled(when + plan_text, "$accent"))
    return Content("\n").join(parts)


class HomeScreen(Screen[None]):
    """The list of decks; the highlighted deck is the one the keys act on."""

    # The screen going back leads to (see TrainerApp._home_is_root).
    IS_HOME: ClassVar[bool] = True

    SUB_TITLE = "Decks"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "review", "Review", tooltip="Review the highlighted deck (also enter)"),
        Binding("a", "review_all", "All", tooltip="Review the cards of every deck"),
        Binding("z", "quiz", "Quiz", tooltip=f"A {QUIZ_LENGTH}-question quiz on the deck"),
        Binding("s", "deck_stats", "Stats", tooltip="Charts for the highlighted deck"),
        Binding("g", "app.statistics", "All stats", tooltip="Charts for all decks"),
        Binding("b", "browse", "Browse", tooltip="Search and manage the deck's cards"),
        Binding("i", "app.import_deck", "Import", tooltip="Import a deck file"),
        Binding("e", "exam_date", "Exam", tooltip="Set or clear the deck's exam date"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.data = HomeData([])
        self.loaded = False
        self._wanted: str | None = None

    def highlight_deck(self, deck_id: str) -> None:
        """Highlight this deck once the table next fills (e.g. a deck just imported)."""
        self._wanted = deck_id

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        table = DeckTable(id="decks")
        table.border_title = "Decks"
        yield table
        yield Static("", id="totals")
        with VerticalScroll(id="deck-details"):
            yield Static("", id="details-text")
        yield KeysFooter(compact=True)

    @property
    def table(self) -> DeckTable:
        return self.query_one(DeckTable)

    @property
    def highlighted(self) -> DeckOverview | None:
        return self.table.highlighted_deck

    def on_screen_resume(self) -> None:
        # Back from a review, a quiz or a dialog: counts may have changed.
        self.refresh_decks()

    @work(thread=True, exclusive=True, group="home")
    def refresh_decks(self) -> None:
        """Read the decks' counts in a worker and show them."""
        engine = trainer_app(self).engine
        try:
            decks = engine.decks()
            records = {deck.deck_id: engine.deck(deck.deck_id) for deck in decks}
            plans = {
                deck.deck_id: plan
                for deck in decks
                if deck.exam_date is not None and (plan := engine.exam_plan(deck.deck_id))
            }
        except TrainerError as error:
            self.app.call_from_thread(
                self.notify, str(error), title="Cannot read the decks", severity="error"
            )
            return
        # A newer refresh may have started meanwhile: only the latest one is shown.
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_data, HomeData(decks, records, plans))

    def show_data(self, data: HomeData) -> None:
        self.data = data
        self.loaded = True
        self.table.show_decks(data.decks, highlight=self._wanted)
        self._wanted = None
        self.table.display = bool(data.decks)
        totals = totals_line(data.decks) if data.decks else ""
        self.query_one("#totals", Static).update(Content(totals))
        self.query_one("#totals").display = bool(data.decks)
        self._show_details()
        self.refresh_bindings()

    @on(DataTable.RowHighlighted)
    def _highlight_changed(self) -> None:
        self._show_details()
        self.refresh_bindings()

    @on(DataTable.RowSelected)
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_review()

    def _show_details(self) -> None:
        details = self.query_one("#details-text", Static)
        deck = self.highlighted
        if deck is None:
            details.update(Content.from_markup(EMPTY_HINT) if self.loaded else Content(""))
            return
        record = self.data.records.get(deck.deck_id)
        details.update(deck_details(deck, record, self.data.plans.get(deck.deck_id)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in DECK_ACTIONS:
            return self.highlighted is not None
        if action == "review_all":
            return bool(self.data.decks)
        return True

    def _deck_id(self) -> str | None:
        deck = self.highlighted
        return deck.deck_id if deck else None

    def action_review(self) -> None:
        if (deck_id := self._deck_id()) is not None:
            trainer_app(self).open_review(deck_id)

    def action_review_all(self) -> None:
        trainer_app(self).open_review(None)

    def action_quiz(self) -> None:
        if (deck_id := self._deck_id()) is not None:
            trainer_app(self).open_quiz(deck_id, QUIZ_LENGTH)

    def action_deck_stats(self) -> None:
        if (deck_id := self._deck_id()) is not None:
            trainer_app(self).open_stats(deck_id)

    def action_browse(self) -> None:
        if (deck_id := self._deck_id()) is not None:
            trainer_app(self).open_browse(deck_id)

    def action_exam_date(self) -> None:
        if (deck_id := self._deck_id()) is not None:
            trainer_app(self).open_exam_date(deck_id)
