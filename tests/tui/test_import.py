"""Importing a deck in the app: completing the path, success, and errors shown in the dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from tests.support.decks import deck_text
from tests.tui.conftest import SIZE, settle
from trainer.core.compile import compile_deck
from trainer.core.model import DeckError
from trainer.core.untrusted import first_forbidden
from trainer.tui.app import TrainerApp
from trainer.tui.screens.home import HomeScreen
from trainer.tui.screens.import_deck import ImportDeckScreen
from trainer.tui.widgets.deck_table import DeckTable
from trainer.tui.widgets.path_input import PathInput, complete_path

App = Callable[..., TrainerApp]


async def open_import(app: TrainerApp, pilot: Pilot[None]) -> ImportDeckScreen:
    await settle(app, pilot)
    await pilot.press("i")
    await pilot.pause()
    assert isinstance(app.screen, ImportDeckScreen)
    return app.screen


async def import_path(app: TrainerApp, pilot: Pilot[None], text: str) -> None:
    dialog = await open_import(app, pilot)
    dialog.query_one(PathInput).value = text
    await pilot.press("enter")
    await settle(app, pilot)


def problems(dialog: ImportDeckScreen) -> tuple[str, list[str]]:
    status = str(dialog.query_one("#import-status", Static).render())
    lines = [str(line.render()) for line in dialog.query(".problem")]
    return status, lines


async def test_importing_a_deck_adds_it_to_the_table(make_app: App, deck_folder: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await import_path(app, pilot, str(deck_folder / "small.yaml"))
        assert isinstance(app.screen, HomeScreen)
        table = app.screen.query_one(DeckTable)
        assert [deck.deck_id for deck in table.decks] == [
            "small",
            "moore-germany-soviet",
            "voyage-of-the-beagle",
            "tutorial",
        ]
        # The new deck is highlighted, ready to study.
        assert table.highlighted_deck is not None
        assert table.highlighted_deck.deck_id == "small"
        assert [cell.plain.strip() for cell in table.get_row_at(0)][1:5] == ["0", "3", "0", "3"]
        messages = [note.message for note in app._notifications]
        assert "“Deck small” imported: 3 cards added" in messages


async def test_reimporting_a_changed_deck_reports_what_changed(
    make_app: App, deck_folder: Path
) -> None:
    path = deck_folder / "small.yaml"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await import_path(app, pilot, str(path))
        path.write_text(
            deck_text("small", {"rivers": [("nile", "Nile"), ("po", "Po")]}), encoding="utf-8"
        )
        await import_path(app, pilot, str(path))
        messages = [note.message for note in app._notifications]
        assert "“Deck small” updated: 1 added, 0 changed, 2 retired" in messages
        await import_path(app, pilot, str(path))
        assert "“Deck small” is already up to date" in [n.message for n in app._notifications]


async def test_a_malformed_deck_lists_every_diagnostic_in_the_dialog(
    make_app: App, deck_folder: Path
) -> None:
    broken = deck_folder / "broken.yaml"
    with pytest.raises(DeckError) as raised:
        compile_deck(broken)
    expected = [str(diagnostic) for diagnostic in raised.value.diagnostics]
    assert len(expected) == 2
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await import_path(app, pilot, str(broken))
        dialog = app.screen
        assert isinstance(dialog, ImportDeckScreen)
        status, lines = problems(dialog)
        assert status == "The deck has 2 errors; nothing was imported:"
        assert lines == expected
        assert lines[0] == f"{broken}:6:14: error: cloze deletion c1 is empty"
        # Nothing was imported, and the app goes on: fix the path and import another deck.
        assert "broken" not in {deck.deck_id for deck in app.engine.decks()}
        dialog.query_one(PathInput).value = str(deck_folder / "small.yaml")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert "small" in {deck.deck_id for deck in app.engine.decks()}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.yaml", "There is no file at {path}."),
        ("", "{path} is a folder: choose a deck file (.yaml) inside it."),
    ],
)
async def test_a_path_that_is_no_deck_file_gets_a_clear_message(
    make_app: App, deck_folder: Path, name: str, message: str
) -> None:
    path = str(deck_folder / name) if name else str(deck_folder)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await import_path(app, pilot, path)
        assert isinstance(app.screen, ImportDeckScreen)
        assert problems(app.screen) == (message.format(path=path), [])


async def test_an_empty_path_asks_for_one(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await import_path(app, pilot, "  ")
        assert isinstance(app.screen, ImportDeckScreen)
        assert problems(app.screen)[0] == "Type the path of a deck file (.yaml)."


async def test_escape_closes_the_dialog_without_importing(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_import(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert len(app.engine.decks()) == 3


async def test_tab_accepts_the_completion_of_a_typed_path(make_app: App, deck_folder: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        # A broken deck first, so the dialog has its list of errors to tab to.
        await import_path(app, pilot, str(deck_folder / "broken.yaml"))
        dialog = app.screen
        assert isinstance(dialog, ImportDeckScreen)
        dialog.query_one(PathInput).value = ""
        for key in f"{deck_folder}/sm":
            await pilot.press(key)
        await settle(app, pilot)
        field = dialog.query_one(PathInput)
        assert field.completion == f"{deck_folder}/small.yaml"
        await pilot.press("tab")
        assert field.value == f"{deck_folder}/small.yaml"
        # Nothing more to complete: tab moves the focus on, as it does elsewhere.
        await settle(app, pilot)
        assert field.completion == ""
        await pilot.press("tab")
        assert dialog.focused is dialog.query_one("#import-problems")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    for folder in ("decks", "deeds", ".hidden", "decks/history"):
        (root / folder).mkdir(parents=True)
    for file in ("decks/ww1.yaml", "decks/ww2.yaml", "decks/notes.txt", "decks/greek.yml"):
        (root / file).write_text("", encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("typed", "completed"),
    [
        ("de", "decks/"),  # decks/ and deeds/ share only "de": the first is offered
        ("dec", "decks/"),  # one folder: completed with its slash
        ("decks/w", "decks/ww"),  # the longest start the matches share
        ("decks/ww2", "decks/ww2.yaml"),
        ("decks/h", "decks/history/"),
        ("decks/g", "decks/greek.yml"),
        ("decks/n", None),  # not a deck file
        ("decks/ww2.yaml", None),  # complete already
        (".h", ".hidden/"),  # hidden entries when asked for
        ("nothing", None),
        ("", None),
    ],
)
def test_completion_of_folders_and_deck_files(
    tree: Path, typed: str, completed: str | None
) -> None:
    assert complete_path(typed, cwd=tree) == completed


def test_hidden_entries_are_not_offered_unasked(tree: Path) -> None:
    # decks/ and deeds/ (not .hidden/) share "de".
    assert complete_path(f"{tree}/", cwd=tree) == f"{tree}/de"


def test_completion_keeps_the_tilde_it_expands(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tree))
    assert complete_path("~", cwd=tree) == "~/"
    assert complete_path("~/decks/ww2", cwd=tree) == "~/decks/ww2.yaml"


def test_a_folder_that_cannot_be_read_gives_no_completion(tree: Path) -> None:
    assert complete_path(f"{tree}/missing/x", cwd=tree) is None


@pytest.mark.parametrize(
    "name", ["a\nFNNL.yaml", "a\tTAB.yaml", "a\rCR.yaml", "a\x1b]0;x\x07.yaml"]
)
def test_a_name_that_would_leave_its_line_is_never_offered(tmp_path: Path, name: str) -> None:
    # Offered inside the one-line input, a newline drew the rest of the name on the next
    # row of the screen, outside the input.
    (tmp_path / name).write_text("", encoding="utf-8")
    assert complete_path("a", cwd=tmp_path) is None
    (tmp_path / "ab.yaml").write_text("", encoding="utf-8")
    assert complete_path("a", cwd=tmp_path) == "ab.yaml"


def test_one_line_finds_the_tabs_and_newlines_deck_text_may_hold() -> None:
    assert first_forbidden("Line one\nline\ttwo") is None
    assert first_forbidden("Line one\nline two", one_line=True) == 8
    assert first_forbidden("a\tb", one_line=True) == 1
