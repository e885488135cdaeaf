"""The card browser: search by text, tag or deck; a card's state and history; suspend."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Header, Input, Select, Static

from trainer.engine import CardDetails, CardEntry, CardStatus
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.literal import WITHOUT_CONTROLS, literal, literal_cell
from trainer.tui.screens.browse_columns import (
    column_widths,
    columns_for,
    header_label,
    row_cells,
    sorted_entries,
)
from trainer.tui.screens.browse_query import (
    FILTERS_HELP,
    RESULT_LIMIT,
    SearchQuery,
    SearchResult,
    describe_result,
    parse_query,
    with_plan_days,
)
from trainer.tui.screens.card_detail import CardDetailPane, due_text, status_text
from trainer.tui.widgets.help_key import HelpKeyInput
from trainer.tui.widgets.keys_footer import KeysFooter

# The deck filter's value for "every deck" (deck ids are never empty).
ALL_DECKS = ""
# Seconds of quiet typing before the search runs (enter searches at once).
DEBOUNCE_SECONDS = 0.3
DECK_LABEL_WIDTH = 24
__all__ = ["RESULT_LIMIT", "SearchQuery", "SearchResult", "describe_result", "parse_query"]


class BrowseScreen(Screen[None]):
    """Find cards, read one in full with its history, and suspend or unsuspend it."""

    TITLE = "Browse cards"
    AUTO_FOCUS = "#search"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", key_display="/", tooltip="Type a search"),
        Binding(
            "ctrl+s", "suspend", "Suspend", tooltip="Leave the highlighted card out of reviews"
        ),
        Binding("ctrl+s", "unsuspend", "Unsuspend", tooltip="Schedule the highlighted card again"),
        # Clicking a column's header sorts too; this is the keyboard's way.
        Binding(
            "ctrl+o", "next_sort", "Sort", tooltip="Sort by the next column (each way in turn)"
        ),
    ]

    def __init__(self, deck_id: str | None = None) -> None:
        super().__init__()
        self.deck_id = deck_id
        self.entries: dict[str, CardEntry] = {}
        self.result: SearchResult | None = None
        self.today: date | None = None
        self._debounce: Timer | None = None
        self._decks_loaded = False
        self._searched_deck: str | None = None
        self.deck_titles: dict[str, str] = {}
        # The column the results are sorted by (a header clicked), and whether reversed.
        self.sorted_by: str | None = None
        self.sort_reversed = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="search-row"):
            yield HelpKeyInput(
                placeholder=f"Search: words, {FILTERS_HELP}",
                restrict=WITHOUT_CONTROLS,
                id="search",
            )
            yield Select[str](
                [("All decks", ALL_DECKS)], allow_blank=False, value=ALL_DECKS, id="deck-filter"
            )
        yield Static("Searching…", id="result-count")
        yield DataTable[str | Text](id="results", cursor_type="row", zebra_stripes=True)
        yield CardDetailPane(id="detail")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.load_decks()

    @property
    def table(self) -> DataTable[str | Text]:
        return self.query_one("#results", DataTable)

    @property
    def detail(self) -> CardDetailPane:
        return self.query_one(CardDetailPane)

    @property
    def deck_filter(self) -> str | None:
        value = self.query_one("#deck-filter", Select).value
        return value if isinstance(value, str) and value != ALL_DECKS else None

    # Loading ------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="browse-decks")
    def load_decks(self) -> None:
        """Fill the deck filter, then run the first search (every card of the deck)."""
        try:
            decks = [(deck.title, deck.id) for deck in trainer_app(self).engine.deck_records()]
        except TrainerError as error:
            self.app.call_from_thread(self._report, error)
            return
        self.app.call_from_thread(self._decks_ready, decks)

    def _decks_ready(self, decks: list[tuple[str, str]]) -> None:
        self.deck_titles = {deck_id: title for title, deck_id in decks}
        select = self.query_one("#deck-filter", Select)
        # Text, not str: Select reads a str label as markup.
        labels = [(literal_cell(title, DECK_LABEL_WIDTH), deck_id) for title, deck_id in decks]
        select.set_options([("All decks", ALL_DECKS), *labels])
        known = {deck_id for _, deck_id in decks}
        select.value = self.deck_id if self.deck_id in known else ALL_DECKS
        self._decks_loaded = True
        self.run_search()

    def run_search(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        self._searched_deck = self.deck_filter
        self.search(parse_query(self.query_one("#search", Input).value), self._searched_deck)

    @work(thread=True, exclusive=True, group="browse-search")
    def search(self, query: SearchQuery, deck_id: str | None) -> None:
        engine = trainer_app(self).engine
        states = set(query.states)
        # is:due and is:new mean cards that are asked, unless is:suspended says otherwise.
        status = (
            CardStatus.SUSPENDED if "suspended" in states else CardStatus.ACTIVE if states else None
        )
        try:
            found = engine.search(
                words=query.words,
                tag=query.tag,
                deck_id=query.deck or (None if query.decks else deck_id),
                status=status,
                due="due" in states,
                new="new" in states,
                limit=RESULT_LIMIT,
            )
        except TrainerError as error:
            self.app.call_from_thread(self._report, error)
            return
        # The engine filters by one tag and one deck; further tags must all be carried too.
        entries = tuple(e for e in found if query.keeps(e))
        try:
            plan_days = engine.exam_plan_days(e.card.deck_id for e in entries)
        except TrainerError as error:
            self.app.call_from_thread(self._report, error)
            plan_days = {}
        entries, planned = with_plan_days(entries, plan_days)
        result = SearchResult(query, deck_id, entries, engine.today(), planned)
        self.app.call_from_thread(self.show_results, result)

    @work(thread=True, exclusive=True, group="browse-detail")
    def load_detail(self, card_id: str) -> None:
        engine = trainer_app(self).engine
        try:
            details = engine.card_details(card_id)
        except TrainerError as error:
            self.app.call_from_thread(self._report, error)
            return
        self.app.call_from_thread(self.show_detail, details, engine.today())

    @work(thread=True, group="browse-suspend")
    def set_suspended(self, card_id: str, suspended: bool) -> None:
        engine = trainer_app(self).engine
        try:
            if suspended:
                engine.suspend(card_id)
            else:
                engine.unsuspend(card_id)
            details = engine.card_details(card_id)
        except TrainerError as error:
            self.app.call_from_thread(self._report, error)
            return
        self.app.call_from_thread(self.card_changed, details, engine.today())

    def _report(self, error: TrainerError) -> None:
        self.notify(str(error), title="Browse", severity="error", markup=False)

    # Showing ------------------------------------------------------------------------

    def show_results(self, result: SearchResult) -> None:
        # A search may finish while the screen closes: attached, its widgets already gone.
        if not self.is_attached or not self.query("#results"):
            return
        table = self.table
        keep = self.highlighted_id
        self.result = result
        self.today = result.today
        self.entries = {entry.card.id: entry for entry in result.entries}
        self._fill_table()
        self.query_one("#result-count", Static).update(literal(describe_result(result)))
        if keep in self.entries:
            table.move_cursor(row=table.get_row_index(keep))
        elif not self.entries:
            self.detail.show(None, result.today)
        self.refresh_bindings()

    def _fill_table(self) -> None:
        table = self.table
        table.clear(columns=True)
        assert self.result is not None and self.today is not None
        entries = sorted_entries(list(self.entries.values()), self.sorted_by, self.sort_reversed)
        # Across decks a Deck column (the deck's id) says where each card is from.
        across = self.result.deck_id is None and self.result.query.deck is None
        columns = columns_for(self.size.width, across_decks=across)
        widths = column_widths(columns, entries, self.today, self.size.width)
        for column in columns:
            label = header_label(column, self.sorted_by, self.sort_reversed)
            table.add_column(label, width=widths[column.key], key=column.key)
        for entry in entries:
            table.add_row(*row_cells(columns, entry, widths, self.today), key=entry.card.id)

    def on_resize(self) -> None:
        # The prompt column takes the width left over, so it follows the terminal's size.
        if self.result is not None:
            keep = self.highlighted_id
            self._fill_table()
            if keep in self.entries:
                self.table.move_cursor(row=self.table.get_row_index(keep))

    def show_detail(self, details: CardDetails, today: date) -> None:
        if self.is_attached and details.entry.card.id == self.highlighted_id:
            self.detail.show(details, today)

    def card_changed(self, details: CardDetails, today: date) -> None:
        """A card's status changed: its row and, if it is highlighted, the detail follow."""
        if not self.is_attached:
            return
        entry = details.entry
        card_id = entry.card.id
        if card_id in self.entries:
            self.entries[card_id] = entry
            self.table.update_cell(card_id, "status", status_text(entry.status))
            self.table.update_cell(card_id, "due", Text(due_text(entry.schedule, today)))
        self.show_detail(details, today)
        verb = "suspended" if entry.status is CardStatus.SUSPENDED else "back in reviews"
        prompt = literal_cell(entry.card.prompt, 50).plain
        self.notify(f"Card {verb}: {prompt}", title="Browse", markup=False)
        self.refresh_bindings()

    @property
    def highlighted_id(self) -> str | None:
        table = self.table
        if not self.entries or table.row_count == 0:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    @property
    def highlighted(self) -> CardEntry | None:
        card_id = self.highlighted_id
        return None if card_id is None else self.entries.get(card_id)

    # Events and actions ---------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _typed(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE_SECONDS, self.run_search)

    @on(Input.Submitted, "#search")
    def _submitted(self) -> None:
        self.run_search()
        self.table.focus()

    @on(Select.Changed, "#deck-filter")
    def _deck_chosen(self) -> None:
        if self._decks_loaded and self.deck_filter != self._searched_deck:
            self.run_search()

    @on(DataTable.RowHighlighted, "#results")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self.load_detail(event.row_key.value)
        self.refresh_bindings()

    @on(DataTable.HeaderSelected, "#results")
    def _sort_by(self, event: DataTable.HeaderSelected) -> None:
        """A header clicked sorts by its column; clicked again, the other way round."""
        key = event.column_key.value
        if self.result is None or key is None:
            return
        self._sort(key, not self.sort_reversed if key == self.sorted_by else False)

    def action_next_sort(self) -> None:
        """Each column one way, then the other, then the next column; then as found."""
        if self.result is None:
            return
        keys = [str(key.value) for key in self.table.columns]
        steps: list[tuple[str | None, bool]] = [(k, r) for k in keys for r in (False, True)]
        steps.append((None, False))
        current = (self.sorted_by, self.sort_reversed)
        index = steps.index(current) if current in steps else len(steps) - 1
        self._sort(*steps[(index + 1) % len(steps)])

    def _sort(self, key: str | None, reverse: bool) -> None:
        self.sorted_by, self.sort_reversed = key, reverse
        keep = self.highlighted_id
        self._fill_table()
        if keep in self.entries:
            self.table.move_cursor(row=self.table.get_row_index(keep))

    @on(DataTable.RowSelected, "#results")
    def _selected(self) -> None:
        self.detail.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        entry = self.highlighted
        if action == "suspend":
            return entry is not None and entry.status is CardStatus.ACTIVE
        if action == "unsuspend":
            return entry is not None and entry.status is CardStatus.SUSPENDED
        return True

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_suspend(self) -> None:
        if (entry := self.highlighted) is not None:
            self.set_suspended(entry.card.id, True)

    def action_unsuspend(self) -> None:
        if (entry := self.highlighted) is not None:
            self.set_suspended(entry.card.id, False)
