"""The statistics screen's Items tab: the learner's own figures per card of one deck.

The same measures an instructor's `trainer analyze` gives per card for a class (see
docs/analytics.md), for this learner alone: answers, whether the first answer was right,
lapse rate, whether the card sits at the scheduler's floor, median response time and
overrides. They are read in a worker when the tab is shown, not with every statistic.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from trainer.engine import OwnItem
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.literal import literal_cell
from trainer.tui.screens.stats_lazy import LazyStatsPane
from trainer.tui.widgets.charts.scale import percent

ITEMS_TITLE = "Your answers per card, hardest first (lapses, then a wrong first answer)"
ALL_DECKS_NOTE = (
    "Items are measured one deck at a time.\n\nPress d to choose a deck: each of its "
    "cards you have answered is listed with your own figures."
)
NO_ANSWERS_NOTE = (
    "No answers in this deck yet.\n\nOnce you have answered some of its cards, each is "
    "listed with your figures: answers, first answer, lapse rate, floor, response time."
)
# Widths of the columns after the card's prompt, with their gaps.
_OTHER_COLUMNS = 44


class ItemsPane(LazyStatsPane):
    """Per card of the deck shown: the learner's own item figures."""

    EMPTY_NOTE = NO_ANSWERS_NOTE
    TAB_ID = "items"

    def __init__(self) -> None:
        super().__init__()
        self.items: tuple[OwnItem, ...] = ()

    def compose(self) -> ComposeResult:
        yield self.empty_note()
        yield Static(ITEMS_TITLE, id="items-title", classes="chart-title chart-part")
        table: DataTable[str | Text] = DataTable(
            id="items-table", classes="chart-part", cursor_type="none", zebra_stripes=True
        )
        table.can_focus = False  # the keys stay with the tabs: the table is read
        yield table

    def read(self, scope: str | None) -> None:
        if scope is None:
            self.items = ()
            self.query_one(".empty-note", Static).update(ALL_DECKS_NOTE)
            self.set_empty(True)
            return
        self.query_one(".empty-note", Static).update(NO_ANSWERS_NOTE)
        self.load(scope)

    @work(thread=True, exclusive=True, group="stats-items")
    def load(self, deck_id: str) -> None:
        try:
            items = trainer_app(self).engine.own_items(deck_id)
        except TrainerError as error:
            self.app.call_from_thread(
                self.notify, str(error), title="Cannot read the items", severity="error"
            )
            return
        self.app.call_from_thread(self.show_items, deck_id, items)

    def show_items(self, deck_id: str, items: tuple[OwnItem, ...]) -> None:
        if not self.is_attached or deck_id != self.scope:
            return  # another deck was chosen meanwhile
        self.items = items
        self.set_empty(not items)
        self.fill_table()

    def on_resize(self) -> None:
        self.fill_table()  # the prompt column takes the width left over

    def fill_table(self) -> None:
        table: DataTable[str | Text] = self.query_one(DataTable)
        table.clear(columns=True)
        prompt_width = max(20, self.size.width - _OTHER_COLUMNS)
        table.add_column("Card", width=prompt_width, key="prompt")
        for label in ("Answers", "First", "Lapses", "Floor", "Time"):
            table.add_column(label, key=label.lower())
        for item in self.items:
            table.add_row(
                literal_cell(item.prompt, prompt_width),
                str(item.answers).rjust(len("Answers")),
                "right" if item.first_right else "wrong",
                percent(item.lapse_rate).rjust(len("Lapses")),
                _floor(item.at_floor),
                _seconds(item.median_response_ms),
                key=item.card_id,
            )


def _floor(at_floor: bool | None) -> str:
    if at_floor is None:
        return "–"
    return "yes" if at_floor else "no"


def _seconds(milliseconds: float | None) -> str:
    return "–" if milliseconds is None else f"{milliseconds / 1000:.1f} s"
