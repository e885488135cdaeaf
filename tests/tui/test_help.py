"""The help screen: the keys of the screen below it, the global keys and SM-2's grades."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import pytest
from textual.app import App as TextualApp
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from tests.tui.conftest import SIZE, settle
from trainer.core.scheduling.state import QUALITY_LABELS
from trainer.tui.app import TrainerApp
from trainer.tui.screens.help import HelpScreen, screen_name
from trainer.tui.screens.home import HomeScreen
from trainer.tui.screens.import_deck import ImportDeckScreen

App = Callable[..., TrainerApp]


def section(help_screen: HelpScreen, widget_id: str) -> list[str]:
    return str(help_screen.query_one(widget_id, Static).render()).splitlines()


async def open_help(app: TrainerApp, pilot: object, key: str = "question_mark") -> HelpScreen:
    await pilot.press(key)  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, HelpScreen)
    return app.screen


async def test_help_lists_the_home_screens_keys(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        help_screen = await open_help(app, pilot)
        lines = section(help_screen, "#help-local")
        listed = [line.split()[0] for line in lines]
        assert listed == ["r", "a", "z", "s", "g", "b", "i", "e"]
        assert lines[0] == "r        Review — Review the highlighted deck (also enter)"
        assert any(line.split()[:3] == ["g", "All", "stats"] for line in lines)
        heading = str(help_screen.query_one("#help-local-title", Static).render())
        assert heading == "Keys on this screen (Decks)"


async def test_help_lists_the_global_keys(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        help_screen = await open_help(app, pilot)
        lines = section(help_screen, "#help-global")
        keys = {line.split()[0]: line.split()[1] for line in lines}
        assert keys == {"?": "Help", "esc": "Back", "^t": "Light/dark", "^q": "Quit"}


async def test_help_follows_the_screen_it_was_opened_from(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportDeckScreen)
        # While typing a path, `?` is text; F1 opens the help.
        help_screen = await open_help(app, pilot, "f1")
        lines = section(help_screen, "#help-local")
        assert [line.split()[1] for line in lines] == ["Import", "Cancel"]
        assert "Import a deck" not in section(help_screen, "#help-global")
        # Below a dialog the app's own keys are still listed.
        assert any(line.split()[1] == "Quit" for line in section(help_screen, "#help-global"))


async def test_help_explains_the_grades_in_wozniaks_words(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        help_screen = await open_help(app, pilot)
        lines = section(help_screen, "#help-grades")
        assert len(lines) == 6
        for line, (quality, label) in zip(
            lines, sorted(QUALITY_LABELS.items(), reverse=True), strict=True
        ):
            assert line.split(maxsplit=1) == [str(int(quality)), label]


@pytest.mark.parametrize("key", ["escape", "question_mark", "q"])
async def test_help_closes_with(make_app: App, key: str) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_help(app, pilot)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


class QuizSetupScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+g", "start", "Start", tooltip="Start the quiz")
    ]

    def compose(self) -> ComposeResult:
        yield Static("")


class NamedScreen(Screen[None]):
    SUB_TITLE = "Statistics"


async def test_a_screen_is_named_by_its_sub_title_or_its_class() -> None:
    app: TextualApp[None] = TextualApp()
    async with app.run_test(size=SIZE):
        await app.push_screen(QuizSetupScreen())
        assert screen_name(app.screen) == "Quiz setup"
        await app.push_screen(NamedScreen())
        assert screen_name(app.screen) == "Statistics"


async def test_help_lists_keys_of_any_screen_without_a_list_of_its_own(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await app.push_screen(QuizSetupScreen())
        help_screen = await open_help(app, pilot)
        assert section(help_screen, "#help-local") == ["^g       Start — Start the quiz"]
