"""The card browser: search by text, tag or deck; a card's state and history; suspend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Header, Input, Select, Static

from trainer.engine import CardDetails, CardEntry, CardStatus
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.kinds import kind_label
from trainer.tui.literal import WITHOUT_CONTROLS, literal, literal_cell
from trainer.tui.screens.card_detail import (
    CardDetailPane,
    due_text,
    ef_text,
    status_text,
)

# The deck filter's value for "every deck" (deck ids are never empty).
ALL_DECKS = ""
TAG_PREFIX = "tag:"
RESULT_LIMIT = 200
# Seconds of quiet typing before the search runs (enter searches at once).
DEBOUNCE_SECONDS = 0.3
# Widths of the columns beside the prompt, which takes what is left.
KIND_WIDTH, DECK_WIDTH, STATUS_WIDTH, DUE_WIDTH, EF_WIDTH = 10, 14, 9, 8, 4
# Each column has a cell of padding either side; the table has a scrollbar.
CELL_PADDING, SCROLLBAR = 2, 2
DECK_LABEL_WIDTH = 24


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A search box's text split into words to find and tags to filter by."""

    text: str
    tags: tuple[str, ...]

    @property
    def tag(self) -> str | None:
        return self.tags[0] if self.tags else None


def parse_query(typed: str) -> SearchQuery:
    """`tag:war Lenin` → text `Lenin`, tags (`war`,); an empty `tag:` is ignored."""
    words: list[str] = []
    tags: list[str] = []
    for word in typed.split():
        if word.lower().startswith(TAG_PREFIX):
            if tag := word[len(TAG_PREFIX) :]:
                tags.append(tag)
        else:
            words.append(word)
    return SearchQuery(" ".join(words), tuple(dict.fromkeys(tags)))


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: SearchQuery
    deck_id: str | None
    entries: tuple[CardEntry, ...]
    today: date

    @property
    def truncated(self) -> bool:
        return len(self.entries) >= RESULT_LIMIT


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

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="search-row"):
            yield Input(
                placeholder="Search cards, or tag:NAME",
                restrict=WITHOUT_CONTROLS,
                id="search",
            )
            yield Select[str](
                [("All decks", ALL_DECKS)], allow_blank=False, value=ALL_DECKS, id="deck-filter"
            )
        yield Static("Searching…", id="result-count")
        yield DataTable[str | Text](id="results", cursor_type="row", zebra_stripes=True)
        yield CardDetailPane(id="detail")
        yield Footer()

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
        try:
            found = engine.search(
                query.text or None, tag=query.tag, deck_id=deck_id, limit=RESULT_LIMIT
            )
        except TrainerError as error:
            self.app.call_from_thread(self._report, error)
            return
        # The engine filters by one tag; any further tags must all be carried too.
        entries = tuple(e for e in found if set(query.tags) <= set(e.card.tags))
        self.app.call_from_thread(
            self.show_results, SearchResult(query, deck_id, entries, engine.today())
        )

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
        if not self.is_attached:
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
        # Across decks a Deck column says where each card is from; within one it is noise.
        show_deck = self.result.deck_id is None
        widths = [KIND_WIDTH, STATUS_WIDTH, DUE_WIDTH, EF_WIDTH] + (
            [DECK_WIDTH] if show_deck else []
        )
        used = sum(widths) + CELL_PADDING * (len(widths) + 1) + SCROLLBAR
        prompt_width = max(16, self.size.width - used)
        table.add_column("Card", width=prompt_width, key="prompt")
        table.add_column("Kind", width=KIND_WIDTH, key="kind")
        if show_deck:
            table.add_column("Deck", width=DECK_WIDTH, key="deck")
        table.add_column("Status", width=STATUS_WIDTH, key="status")
        table.add_column("Due", width=DUE_WIDTH, key="due")
        table.add_column("EF", width=EF_WIDTH, key="ef")
        for entry in self.entries.values():
            card = entry.card
            deck = [literal_cell(self.deck_titles.get(card.deck_id, card.deck_id), DECK_WIDTH)]
            table.add_row(
                literal_cell(card.prompt, prompt_width),
                Text(kind_label(card.kind)),
                *(deck if show_deck else []),
                status_text(entry.status),
                Text(due_text(entry.schedule, self.today)),
                Text(ef_text(entry.schedule)),
                key=card.id,
            )

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


def describe_result(result: SearchResult) -> str:
    """`42 cards` (`first 200 cards`), with what was searched for."""
    count = len(result.entries)
    found = (
        f"first {count} cards" if result.truncated else f"{count} card{'' if count == 1 else 's'}"
    )
    filters = []
    if result.query.text:
        filters.append(f"“{result.query.text}”")
    filters += [f"tag {tag}" for tag in result.query.tags]
    where = f" matching {', '.join(filters)}" if filters else ""
    hint = "  ·  enter: the list  ·  enter on a card: its details" if count else ""
    return f"{found}{where}{hint}"
