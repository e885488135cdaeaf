"""The statistics screen: headline figures and charts, for one deck or for all of them."""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static, TabbedContent, TabPane, Tabs

from trainer.core.records import record
from trainer.engine import Statistics, UnknownDeckError
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.screens.stats_items import ItemsPane
from trainer.tui.screens.stats_lazy import show_lazy_panes
from trainer.tui.screens.stats_panes import (
    ActivityPane,
    CardsPane,
    ForecastPane,
    HardestPane,
    RetentionPane,
    StatsPane,
)
from trainer.tui.screens.stats_schedulers import SchedulersPane
from trainer.tui.widgets.charts.figures import Headline, headline
from trainer.tui.widgets.charts.scale import percent, thousands
from trainer.tui.widgets.keys_footer import KeysFooter
from trainer.tui.wording import plural

ALL_DECKS_TITLE = "All decks"
TAB_KEYS = Binding.Group("Tab")


@record
class StatsData:
    """What one load read: the figures, for which deck, and every deck's id and title."""

    scope: str | None
    stats: Statistics
    decks: tuple[tuple[str, str], ...]


def headline_content(figures: Headline) -> Content:
    """`1,234 answers · 87% retention · streak 5 days · 12 due tomorrow`.

    A deck's exam is not repeated here: the Forecast tab shows it with its plan."""
    answers = figures.total_answers
    items = [
        ("", thousands(answers), " answer" if answers == 1 else " answers"),
        ("", percent(figures.retention), " retention"),
        ("streak ", plural(figures.streak, "day"), ""),
        ("", thousands(figures.due_tomorrow), " due tomorrow"),
    ]
    parts: list[str | tuple[str, str]] = []
    for number, (before, value, after) in enumerate(items):
        if number:
            parts.append(("  ·  ", "$text-muted"))
        parts += [before, (value, "bold $accent"), after]
    return Content.assemble(*parts)


class StatsScreen(Screen[None]):
    """Charts of reviews, retention, the month ahead and the cards' states."""

    TITLE = "Statistics"
    AUTO_FOCUS = "ContentTabs"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "show_all", "All decks", tooltip="Statistics over every deck"),
        Binding("a", "show_deck", "This deck", tooltip="Statistics of one deck again"),
        Binding("d", "next_deck", "Next deck", tooltip="Statistics of the next deck in turn"),
        # Priority: the tabs' own left/right would otherwise hide these from the Footer.
        Binding("left", "previous_tab", "Previous tab", group=TAB_KEYS, priority=True),
        Binding("right", "next_tab", "Next tab", group=TAB_KEYS, priority=True),
    ]

    def __init__(self, deck_id: str | None = None) -> None:
        super().__init__()
        self.scope = deck_id
        # The deck `a` goes back to from all decks: the last deck shown.
        self.remembered_deck = deck_id
        self.decks: tuple[tuple[str, str], ...] = ()
        self.data: StatsData | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Reading the collection…", id="headline")
        with TabbedContent(id="stats-tabs"):
            with TabPane("Activity", id="activity"):
                yield ActivityPane()
            with TabPane("Retention", id="retention"):
                yield RetentionPane()
            with TabPane("Forecast", id="forecast"):
                yield ForecastPane()
            with TabPane("Cards", id="cards"):
                yield CardsPane()
            with TabPane("Hardest", id="hardest"):
                yield HardestPane()
            with TabPane("Items", id="items"):
                yield ItemsPane()
            with TabPane("Schedulers", id="schedulers"):
                yield SchedulersPane()
        yield KeysFooter()

    def on_screen_resume(self) -> None:
        # Shown first, or back from another screen: answers may have changed everything.
        self.load(self.scope)

    @work(thread=True, exclusive=True, group="stats")
    def load(self, scope: str | None) -> None:
        """Read the statistics of `scope` (None = all decks) in a worker, then show them."""
        engine = trainer_app(self).engine
        try:
            decks = tuple((deck.id, deck.title) for deck in engine.deck_records())
            try:
                stats = engine.statistics(scope)
            except UnknownDeckError:
                # The deck went away (say, another trainer removed it): show every deck.
                scope = None
                stats = engine.statistics(None)
        except TrainerError as error:
            self.app.call_from_thread(
                self.notify, str(error), title="Cannot read the statistics", severity="error"
            )
            return
        self.app.call_from_thread(self.show_data, StatsData(scope, stats, decks))

    def show_data(self, data: StatsData) -> None:
        if not self.is_attached:
            return
        self.data = data
        self.scope = data.scope
        self.decks = data.decks
        if data.scope is not None:
            self.remembered_deck = data.scope
        titles = dict(data.decks)
        self.sub_title = ALL_DECKS_TITLE if data.scope is None else titles.get(data.scope, "")
        figures = headline(data.stats)
        self.query_one("#headline", Static).update(headline_content(figures))
        for pane in self.query(StatsPane):
            pane.show(data.stats, figures)
        self.refresh_bindings()

    @property
    def loaded(self) -> bool:
        return self.data is not None

    # Actions -----------------------------------------------------------------------

    def _deck_to_remember(self) -> str | None:
        if self.remembered_deck is not None:
            return self.remembered_deck
        return self.decks[0][0] if self.decks else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show_all":
            return self.scope is not None
        if action == "show_deck":
            return self.scope is None and self._deck_to_remember() is not None
        if action == "next_deck":
            return bool(self.decks)
        return True

    def action_show_all(self) -> None:
        self.load(None)

    def action_show_deck(self) -> None:
        deck_id = self._deck_to_remember()
        if deck_id is not None:
            self.load(deck_id)

    def action_next_deck(self) -> None:
        """All decks, then each deck in the home screen's order, then all decks again."""
        order: list[str | None] = [None, *(deck_id for deck_id, _ in self.decks)]
        position = order.index(self.scope) if self.scope in order else 0
        self.load(order[(position + 1) % len(order)])

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        show_lazy_panes(event.tabbed_content, event.pane)

    def action_previous_tab(self) -> None:
        self.query_one(Tabs).action_previous_tab()

    def action_next_tab(self) -> None:
        self.query_one(Tabs).action_next_tab()
