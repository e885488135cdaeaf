"""The home screen's table of decks: today's counts and the exam countdown, one row per deck."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widgets import DataTable

from trainer.core.records import record
from trainer.engine import DeckOverview
from trainer.tui.literal import literal_text
from trainer.tui.wording import exam_countdown


@record
class CountColumn:
    """A right-aligned column of the table, filled from one deck's overview."""

    key: str
    label: str
    width: int


COUNT_COLUMNS = (
    CountColumn("due", "Due", 4),
    CountColumn("new", "New", 4),
    CountColumn("learned", "Learned", 7),
    CountColumn("total", "Total", 5),
    CountColumn("exam", "Exam", len("in 999 days")),
)
MIN_TITLE_WIDTH = 12


def deck_cells(deck: DeckOverview) -> dict[str, str]:
    """The text of each count column for one deck."""
    return {
        # Cards waiting to be drilled again are part of today's work too.
        "due": str(deck.due_today + deck.drill_today),
        "new": str(deck.new_today),
        "learned": str(deck.learned),
        "total": str(deck.total),
        "exam": exam_countdown(deck.days_to_exam),
    }


class DeckTable(DataTable[Text]):
    """One row per deck, keyed by deck id; the title column takes the width left over."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(cursor_type="row", id=id)
        self._decks: list[DeckOverview] = []
        self._title_width = 0

    @property
    def decks(self) -> list[DeckOverview]:
        return list(self._decks)

    @property
    def highlighted_deck(self) -> DeckOverview | None:
        if not self._decks or not 0 <= self.cursor_row < len(self._decks):
            return None
        return self._decks[self.cursor_row]

    def show_decks(self, decks: list[DeckOverview], highlight: str | None = None) -> None:
        """Fill the table; the highlight goes to deck `highlight` if given, else stays on the
        deck it was on when that deck is still there."""
        current = self.highlighted_deck
        self._decks = list(decks)
        self._rebuild(highlight or (current.deck_id if current else None))

    def _fitting_title_width(self) -> int:
        padding = 2 * self.cell_padding * (len(COUNT_COLUMNS) + 1)
        counts = sum(column.width for column in COUNT_COLUMNS)
        available = self.scrollable_content_region.width - counts - padding
        return max(MIN_TITLE_WIDTH, available)

    def on_resize(self, _event: events.Resize) -> None:
        if self._fitting_title_width() != self._title_width:
            current = self.highlighted_deck
            self._rebuild(current.deck_id if current else None)

    def _rebuild(self, highlight: str | None) -> None:
        self._title_width = self._fitting_title_width()
        self.clear(columns=True)
        self.add_column("Deck", width=self._title_width, key="title")
        for column in COUNT_COLUMNS:
            # Right-aligned by padding: DataTable does not honour Text.justify in cells.
            label = Text(column.label.rjust(column.width))
            self.add_column(label, width=column.width, key=column.key)
        for deck in self._decks:
            title = literal_text(deck.title, no_wrap=True)
            title.truncate(self._title_width, overflow="ellipsis")
            cells = deck_cells(deck)
            counts = [Text(cells[column.key].rjust(column.width)) for column in COUNT_COLUMNS]
            self.add_row(title, *counts, key=deck.deck_id)
        ids = [deck.deck_id for deck in self._decks]
        if highlight in ids:
            self.move_cursor(row=ids.index(highlight))
