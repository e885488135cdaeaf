"""The app shell: opens the engine in a worker, imports the bundled decks, then navigates."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, cast

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.dom import DOMNode
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen, Screen
from textual.theme import Theme

from trainer.core.gc_control import resume_after_start_up
from trainer.engine import Engine, ImportResult
from trainer.tui.literal import shown
from trainer.tui.screens.loading import LoadingScreen
from trainer.tui.start import StartAt
from trainer.tui.startup import Opened, StartupProblem, open_for_app
from trainer.tui.theme_memory import remember_theme, remembered_theme
from trainer.tui.wording import describe_import

# The loading screen stays at the bottom of the stack; the root screen sits on it.
ROOT_DEPTH = 2

THEME_TIP = "Switch between the light and the dark theme"


# Seconds after the engine opens at which answering is readied (see `_engine_opened`).
_READY_ANSWERING_AFTER = 1.0
# Seconds after the app mounts at which the garbage collector is back on, if starting
# paused it (see `gc_control.pause_for_start_up`): the first question is on screen by then.
_START_UP_SECONDS = 1.0


# The status a bug ends the app with: EX_SOFTWARE, as `cli.crash` reports one.
EXIT_CRASHED = 70


class TrainerApp(App[None]):
    """`trainer`'s terminal app. Every screen reaches the collection through `self.engine`.

    The engine is opened in a thread worker (opening may back up and import decks), so
    the first frame appears at once; screens are pushed once `engine_ready` is set.
    """

    TITLE = "trainer"
    CSS_PATH = "app.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        # A priority key, so that it works in a text field too, where it is typed instead
        # unless the field is empty (see widgets/help_key.py). F1 always opens help.
        Binding(
            "question_mark",
            "help",
            "Help",
            key_display="?",
            priority=True,
            tooltip="Keys and grades (F1 too)",
        ),
        Binding("f1", "help", "Help", show=False, priority=True),
        Binding("escape", "back", "Back", tooltip="Back to the previous screen"),
        # Hidden from the Footer for room; the help screen and the palette list them.
        Binding(
            "ctrl+t", "toggle_theme", "Light/dark", show=False, priority=True, tooltip=THEME_TIP
        ),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, tooltip="Quit trainer"),
    ]

    def __init__(self, engine_factory: Callable[[], Engine], start: StartAt | None = None) -> None:
        super().__init__()
        self._engine_factory = engine_factory
        self._start = start or StartAt()
        self._engine: Engine | None = None
        self.startup_problem: StartupProblem | None = None
        self._theme_written = ""
        # A bug that ended the app, for the command line to report as it reports its own.
        self.crashed: Exception | None = None

    def _handle_exception(self, error: Exception) -> None:
        """A bug ends the app as it ends a command: one line and a crash file (see
        `cli.crash`), never Textual's traceback, whose locals print deck text and can run
        to a megabyte. Headless (under Pilot) the library's own handling stays, so that
        tests see the exception."""
        if self.is_headless:
            super()._handle_exception(error)
            return
        if self.crashed is None:
            self.crashed = error
        self.exit(return_code=EXIT_CRASHED)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("the engine is not open yet")
        return self._engine

    @property
    def engine_ready(self) -> bool:
        return self._engine is not None

    # Text shown literally: notifications and the header carry deck titles, searches,
    # file names and error messages, which must never be read as markup.

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification (screens' and widgets' too: theirs come here) is shown as
        written, controls escaped: `markup` is ignored, the app's messages use none."""
        super().notify(
            shown(message),
            title=shown(title, one_line=True),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header's title and sub-title (a deck's title, often), controls escaped."""
        return super().format_title(shown(title, one_line=True), shown(sub_title, one_line=True))

    def action_help_quit(self) -> None:
        """ctrl+c: say which key quits (Textual's own hint is markup, shown raw by `notify`)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(f"Press {key} to quit the app", title="Do you want to quit?")
                return

    def get_default_screen(self) -> Screen[Any]:
        return LoadingScreen()

    def on_mount(self) -> None:
        self._restore_theme()
        self._open_engine()
        # Started by `trainer` (see `cli.study_commands.build_app`), the collector is off
        # while the first screen comes up, and back on by then.
        self.set_timer(_START_UP_SECONDS, resume_after_start_up)

    def _restore_theme(self) -> None:
        """The theme last chosen (see theme_memory), then remember every change of it."""
        remembered = remembered_theme()
        if remembered is not None and remembered in self.available_themes:
            self.theme = remembered
        self._theme_written = self.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme: Theme) -> None:
        if theme.name != self._theme_written:
            self._theme_written = theme.name
            remember_theme(theme.name)

    @work(thread=True, exclusive=True, group="engine")
    def _open_engine(self) -> None:
        opened = open_for_app(self._engine_factory, self._start)
        self.call_from_thread(self._engine_opened, opened)

    def _engine_opened(self, opened: Opened) -> None:
        self._engine = opened.engine
        if opened.problem is not None:
            self.show_startup_problem(opened.problem)
            return
        # Started at a review or a quiz, that screen is the root and home is built only
        # when the learner goes back to it: the first question appears sooner.
        if self._start.screen == "review":
            self._reset_to(self._screen("review", "ReviewScreen", opened.deck_id))
        elif self._start.screen == "quiz":
            self._reset_to(
                self._screen("quiz", "QuizSetupScreen", opened.deck_id, self._start.count)
            )
        else:
            self.open_home()
        # Grading, its word list (a tenth of a second) and the feedback panel are not
        # needed for the first question: they are readied in the background once it has
        # had time to show, so that neither start-up nor the first answer waits for them.
        self.set_timer(_READY_ANSWERING_AFTER, self._ready_answering)

    @work(thread=True, exclusive=True, group="ready-answering")
    def _ready_answering(self) -> None:
        if self._engine is not None:
            self._engine.ready_answering()
        # The panel's module (and the answer diff it imports): asking.py imports it when
        # the first answer is checked, which then finds it loaded.
        import trainer.tui.widgets.feedback  # noqa: F401

    def show_startup_problem(self, problem: StartupProblem) -> None:
        """Show why the app cannot start as asked, in place of every screen."""
        from trainer.tui.screens.startup_error import StartupErrorScreen

        self.startup_problem = problem
        self._reset_to(StartupErrorScreen(problem))

    def on_unmount(self) -> None:
        if self._engine is not None:
            self._engine.close()

    def _reset_to(self, screen: Screen[Any]) -> None:
        """Make `screen` the root: the only one above the loading screen, so that escape
        never goes back past it."""
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(screen)

    def _home_is_root(self) -> bool:
        """True unless the root is a screen the app was started at (a review or a quiz):
        going back from one of those leads home. A startup problem counts as home."""
        pages = [screen for screen in self.screen_stack if not isinstance(screen, ModalScreen)]
        root = pages[ROOT_DEPTH - 1] if len(pages) >= ROOT_DEPTH else None
        # Read off the screen rather than tested with isinstance, which would import
        # the home screen's module (and its widgets) before the first question.
        return root is None or getattr(root, "IS_HOME", False)

    @property
    def at_root(self) -> bool:
        """True when no screen is open above the root one (home or a startup problem).

        Dialogs (the command palette too) don't count: they close themselves."""
        pages = [screen for screen in self.screen_stack if not isinstance(screen, ModalScreen)]
        return len(pages) <= ROOT_DEPTH

    # Navigation: each screen module is imported only when first shown.

    @staticmethod
    def _screen(module: str, class_name: str, *args: object) -> Screen[Any]:
        screen_class = getattr(importlib.import_module(f"trainer.tui.screens.{module}"), class_name)
        return cast(Screen[Any], screen_class(*args))

    def _show(self, module: str, class_name: str, *args: object) -> None:
        self.push_screen(self._screen(module, class_name, *args))

    def open_home(self) -> None:
        """Go back to the home screen (the bottom of the stack), or show it first."""
        from trainer.tui.screens.home import HomeScreen

        stack = self.screen_stack
        if len(stack) >= ROOT_DEPTH and isinstance(stack[ROOT_DEPTH - 1], HomeScreen):
            while len(self.screen_stack) > ROOT_DEPTH:
                self.pop_screen()
        else:
            self._reset_to(HomeScreen())

    def open_review(self, deck_id: str | None) -> None:
        self._show("review", "ReviewScreen", deck_id)

    def open_quiz(self, deck_id: str | None, count: int = 20) -> None:
        self._show("quiz", "QuizSetupScreen", deck_id, count)

    def open_stats(self, deck_id: str | None = None) -> None:
        self._show("stats", "StatsScreen", deck_id)

    def open_browse(self, deck_id: str | None = None) -> None:
        self._show("browse", "BrowseScreen", deck_id)

    def open_import(self) -> None:
        """Ask for a deck file and import it; the result is announced in a notification."""
        from trainer.tui.screens.import_deck import ImportDeckScreen

        self.push_screen(ImportDeckScreen(), self._announce_import)

    def _announce_import(self, result: ImportResult | None) -> None:
        from trainer.tui.screens.home import HomeScreen

        if result is None:
            return
        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen):
                screen.highlight_deck(result.deck_id)
        self.notify(describe_import(result), title="Import")
        if result.warnings:
            lines = "\n".join(str(warning) for warning in result.warnings[:5])
            more = len(result.warnings) - 5
            extra = f"\n… and {more} more" if more > 0 else ""
            self.notify(lines + extra, title="Warnings", severity="warning", markup=False)

    def open_exam_date(self, deck_id: str) -> None:
        """Set or clear a deck's exam date."""
        from trainer.tui.screens.exam_date import ExamDateScreen

        self.push_screen(ExamDateScreen(deck_id))

    # Actions (keys and command-palette entries).

    def action_help(self) -> None:
        from trainer.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()  # `?` again (or F1) closes it
            return
        self.push_screen(HelpScreen())

    def action_import_deck(self) -> None:
        self.open_import()

    def action_statistics(self) -> None:
        self.open_stats(None)

    def action_browse(self) -> None:
        self.open_browse(None)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    async def action_back(self) -> None:
        if not self.at_root:
            self.pop_screen()
        elif not self._home_is_root():
            self.open_home()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            # Hidden where there is nothing to go back to (home, the startup screens).
            return not self.at_root or not self._home_is_root()
        if action in {"import_deck", "statistics", "browse"}:
            return self.engine_ready

        return True

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # The palette's module, when the palette is first opened: not before the first question.
        from trainer.tui.commands import PALETTE_COMMANDS, app_commands, binding_commands

        built_in = list(super().get_system_commands(screen))
        yield from built_in
        yield from binding_commands(screen, taken_titles=[command.title for command in built_in])
        if self.engine_ready:
            yield from app_commands(self, screen, PALETTE_COMMANDS)


def trainer_app(node: DOMNode) -> TrainerApp:
    """The running TrainerApp, typed, for screens and widgets that call its navigation."""
    return cast(TrainerApp, node.app)
