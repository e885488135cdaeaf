"""The app shell: opens the engine in a worker, imports the bundled decks, then navigates."""

from __future__ import annotations

from collections.abc import Callable

from textual import work
from textual.app import App
from textual.binding import Binding

from trainer.engine import Engine
from trainer.tui.start import StartAt


class TrainerApp(App[None]):
    """`trainer`'s terminal app. Every screen reaches the collection through `self.engine`.

    The engine is opened in a thread worker (opening may back up and import decks), so
    the first frame appears at once; screens are pushed once `engine_ready` is set.
    """

    TITLE = "trainer"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(self, engine_factory: Callable[[], Engine], start: StartAt | None = None) -> None:
        super().__init__()
        self._engine_factory = engine_factory
        self._start = start or StartAt()
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("the engine is not open yet")
        return self._engine

    @property
    def engine_ready(self) -> bool:
        return self._engine is not None

    def on_mount(self) -> None:
        self._open_engine()

    @work(thread=True, exclusive=True, group="engine")
    def _open_engine(self) -> None:
        engine = self._engine_factory()
        engine.import_bundled_decks()
        deck_id = engine.resolve_deck(self._start.deck) if self._start.deck else None
        self.call_from_thread(self._engine_opened, engine, deck_id)

    def _engine_opened(self, engine: Engine, deck_id: str | None) -> None:
        self._engine = engine
        self.open_home()
        if self._start.screen == "review":
            self.open_review(deck_id)
        elif self._start.screen == "quiz":
            self.open_quiz(deck_id, self._start.count)

    def on_unmount(self) -> None:
        if self._engine is not None:
            self._engine.close()

    # Navigation: each screen module is imported only when first shown.

    def open_home(self) -> None:
        from trainer.tui.screens.home import HomeScreen

        self.push_screen(HomeScreen())

    def open_review(self, deck_id: str | None) -> None:
        from trainer.tui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen(deck_id))

    def open_quiz(self, deck_id: str | None, count: int = 20) -> None:
        from trainer.tui.screens.quiz import QuizSetupScreen

        self.push_screen(QuizSetupScreen(deck_id, count))

    def open_stats(self, deck_id: str | None = None) -> None:
        from trainer.tui.screens.stats import StatsScreen

        self.push_screen(StatsScreen(deck_id))

    def open_browse(self, deck_id: str | None = None) -> None:
        from trainer.tui.screens.browse import BrowseScreen

        self.push_screen(BrowseScreen(deck_id))

    def action_help(self) -> None:
        from trainer.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())
