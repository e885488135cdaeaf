"""The app shell: first run, startup problems, the theme, going back, and the command palette."""

from __future__ import annotations

import gc
import re
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.command import CommandPalette

import trainer.tui.app
from tests.tui.conftest import SIZE, MovableClock, settle, wait_for_engine
from trainer.core.gc_control import pause_for_start_up, resume_after_start_up
from trainer.engine import Engine
from trainer.tui.app import TrainerApp
from trainer.tui.screens import loading
from trainer.tui.screens.exam_date import ExamDateScreen
from trainer.tui.screens.help import HelpScreen
from trainer.tui.screens.home import HomeScreen
from trainer.tui.screens.loading import LoadingScreen
from trainer.tui.screens.startup_error import StartupErrorScreen
from trainer.tui.start import StartAt
from trainer.tui.widgets.deck_table import DeckTable

App = Callable[..., TrainerApp]


def problem_text(app: TrainerApp) -> str:
    screen = app.screen
    assert isinstance(screen, StartupErrorScreen)
    return "\n".join(str(widget.render()) for widget in screen.query(".error-line"))


async def test_first_run_imports_the_bundled_decks_and_lists_them(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        table = app.screen.query_one(DeckTable)
        shown = [deck.deck_id for deck in table.decks]
        assert shown == ["moore-germany-soviet", "voyage-of-the-beagle", "tutorial"]
        assert table.row_count == 3
        assert table.get_row_at(0)[0].plain.startswith("Germany and the Soviet Union")


def held_open(clock: MovableClock) -> tuple[TrainerApp, threading.Event]:
    """An app whose collection opens only when the returned event is set."""
    release = threading.Event()

    def slow_open() -> Engine:
        release.wait(timeout=10)
        return Engine.open(clock=clock)

    return TrainerApp(slow_open), release


async def test_the_loading_screen_shows_while_the_collection_opens(
    trainer_home: Path, clock: MovableClock
) -> None:
    app, release = held_open(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)
        assert not app.engine_ready
        await pilot.pause(loading.SHOWN_AFTER + 0.1)
        assert isinstance(app.screen, LoadingScreen)
        assert "Opening your collection" in str(app.screen.query_one("#loading-message").render())
        release.set()
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.engine_ready


async def test_a_quick_start_never_builds_the_loading_page(
    trainer_home: Path, clock: MovableClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bundled decks imported beforehand, as after a first run: opening then only
    # checks that they are unchanged, far inside the page's quarter of a second. Here
    # the page waits a second, so that a machine busy with other tests still opens
    # within it: what is tested is the page left unbuilt, not how fast opening is.
    monkeypatch.setattr(loading, "SHOWN_AFTER", 1.0)
    with Engine.open(clock=clock) as engine:
        engine.prepare(None)
    app = TrainerApp(lambda: Engine.open(clock=clock))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_engine(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.pause(loading.SHOWN_AFTER + 0.1)
        page = app.screen_stack[0]
        assert isinstance(page, LoadingScreen)
        assert not page.children


async def test_a_bad_settings_file_is_shown_in_the_app_and_printed_on_quit(
    trainer_home: Path, make_app: App
) -> None:
    (trainer_home / "settings.toml").write_text("new_per_day = -3\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_engine(app, pilot)
        assert not app.engine_ready
        text = problem_text(app)
        assert "settings.toml: new_per_day: expected a whole number from 0 to 10000, got -3" in text
        assert "Traceback" not in text
        # The collection did not open: there is no home screen to go on to.
        await pilot.press("enter")
        assert isinstance(app.screen, StartupErrorScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 1


async def test_a_corrupt_collection_is_shown_without_a_traceback(
    trainer_home: Path, make_app: App
) -> None:
    (trainer_home / "collection.sqlite").write_bytes(b"this is not a database" * 100)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_engine(app, pilot)
        assert isinstance(app.screen, StartupErrorScreen)
        assert app.startup_problem is not None
        assert app.startup_problem.title == "The collection cannot be opened"
        assert "collection.sqlite" in problem_text(app)


async def test_a_deck_missing_from_the_command_line_lets_the_learner_go_home(make_app: App) -> None:
    app = make_app(StartAt("review", deck="no-such-deck"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_engine(app, pilot)
        assert "no-such-deck: no such deck file or imported deck" in problem_text(app)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        # The home screen is the root: escape does not go back to the problem.
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_a_malformed_deck_on_the_command_line_shows_its_diagnostics(
    make_app: App, deck_folder: Path
) -> None:
    broken = deck_folder / "broken.yaml"
    app = make_app(StartAt("quiz", deck=str(broken)))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_engine(app, pilot)
        text = problem_text(app)
        assert f"{broken}:6:14: error: cloze deletion c1 is empty" in text
        assert f"{broken}:8:9: error:" in text


async def test_ctrl_t_toggles_between_light_and_dark(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.current_theme.dark
        await pilot.press("ctrl+t")
        assert not app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.current_theme.dark


async def test_escape_goes_back_but_never_past_home(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


def palette_titles(app: TrainerApp) -> set[str]:
    return {command.title for command in app.get_system_commands(app.screen)}


async def test_every_home_key_is_a_palette_command(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        titles = palette_titles(app)
        # Home's keys (Footer and hidden ones), the app's keys, and Textual's built-ins.
        expected = {"Review", "All", "Quiz", "Stats", "All stats", "Browse", "Import", "Exam"}
        assert expected <= titles
        assert {"Help", "Light/dark", "Theme", "Quit"} <= titles
        # App-wide entries that no home key already runs.
        assert "Browse cards" in titles
        # ...but not twice: home's `i` and `g` already run these.
        assert "Import a deck…" not in titles
        assert "Statistics" not in titles


async def test_a_palette_command_runs_its_action(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        for key in "exam":
            await pilot.press(key)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ExamDateScreen)


async def test_app_wide_commands_appear_on_other_screens(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        titles = palette_titles(app)
        assert {"Import a deck…", "Statistics", "Browse cards", "Close"} <= titles
        # Home's own keys belong to home, not to the help screen above it.
        assert "Exam" not in titles


async def test_the_palette_offers_no_collection_commands_before_it_opens(
    trainer_home: Path, clock: MovableClock
) -> None:
    app, release = held_open(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = palette_titles(app)
        assert "Help" in titles
        assert "Import a deck…" not in titles
        release.set()
        await settle(app, pilot)


def test_one_stylesheet_with_theme_colours_only() -> None:
    tui = Path(__file__).resolve().parents[2] / "trainer" / "tui"
    assert [path.name for path in tui.rglob("*.tcss")] == ["app.tcss"]
    assert TrainerApp.CSS_PATH == "app.tcss"
    css = (tui / "app.tcss").read_text(encoding="utf-8")
    # Hard-coded colours would break one theme or the other.
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsl\(", css)


@pytest.mark.parametrize("start", [StartAt("review", deck="tutorial")])
async def test_starting_at_a_review_shows_it_first_and_back_leads_home(
    make_app: App, start: StartAt
) -> None:
    review = pytest.importorskip("trainer.tui.screens.review")
    app = make_app(start)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, review.ReviewScreen)
        # Home is not built beneath it (the first question comes sooner) ...
        assert not any(isinstance(screen, HomeScreen) for screen in app.screen_stack)
        await app.run_action("back")
        await settle(app, pilot)
        # ... but going back leads there all the same.
        assert isinstance(app.screen, HomeScreen)


async def test_starting_at_a_quiz_and_going_back_leads_home(make_app: App) -> None:
    quiz = pytest.importorskip("trainer.tui.screens.quiz")
    app = make_app(StartAt("quiz", deck="tutorial", count=5))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, quiz.QuizSetupScreen)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_closing_the_app_closes_the_collection(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        engine = app.engine
    with pytest.raises(sqlite3.ProgrammingError):
        engine.decks()


async def test_the_collector_paused_for_start_up_is_back_on_once_the_app_has_started(
    make_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trainer.tui.app, "_START_UP_SECONDS", 0.05)
    pause_for_start_up()
    try:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            assert not gc.isenabled()
            await settle(app, pilot)
            await pilot.pause(0.2)
            assert gc.isenabled()
    finally:
        resume_after_start_up()
        gc.unfreeze()
