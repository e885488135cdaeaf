"""The theme is remembered between runs in its own file, never in the learner's
settings.toml (issue 16, point 10)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.tui.conftest import SIZE, settle
from trainer.tui.app import TrainerApp
from trainer.tui.theme_memory import remember_theme, remembered_theme, theme_path

App = Callable[..., TrainerApp]


async def test_a_theme_chosen_is_the_theme_of_the_next_run(
    make_app: App, trainer_home: Path
) -> None:
    settings = trainer_home / "settings.toml"
    settings.write_text("# my own notes\nnew_per_day = 20  # keep\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.theme == "textual-light"
    assert remembered_theme() == "textual-light"
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.theme == "textual-light"
        again.theme = "nord"  # as the palette's "Change theme" does
        await pilot.pause()
    assert remembered_theme() == "nord"
    assert settings.read_text(encoding="utf-8") == "# my own notes\nnew_per_day = 20  # keep\n"


async def test_an_unknown_or_damaged_theme_file_is_ignored(
    make_app: App, trainer_home: Path
) -> None:
    theme_path().write_text("theme = [unclosed\n", encoding="utf-8")
    assert remembered_theme() is None
    remember_theme("no-such-theme")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "textual-dark"


def test_a_theme_name_is_written_as_a_toml_string(trainer_home: Path) -> None:
    remember_theme('odd "name" \\ here')
    assert remembered_theme() == 'odd "name" \\ here'
    assert theme_path().parent == trainer_home
