"""The browser's search (issue 16, point 7): every word in any order, filters `is:due`,
`is:new`, `is:suspended`, `deck:` and `tag:`, sortable columns, due dates never cut, and the
card's text given room at 80 columns."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.coordinate import Coordinate
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from tests.tui.conftest import settle
from tests.tui.study_history import (  # noqa: F401 (fixtures)
    DECK_ID,
    RIVERS,
    studied_collection,
    studied_home,
)
from trainer.engine import CardStatus
from trainer.tui.app import TrainerApp
from trainer.tui.screens.browse import BrowseScreen
from trainer.tui.screens.browse_query import parse_query

MakeApp = Callable[..., TrainerApp]
studied = pytest.mark.usefixtures("studied_home")


def test_filters_are_read_out_of_the_words() -> None:
    query = parse_query("IS:due lenin deck:moore  tag:war berne is:new is:duee")
    assert query.words == ("lenin", "berne")
    assert query.tags == ("war",) and query.decks == ("moore",) and query.deck == "moore"
    assert query.states == ("due", "new")
    assert query.unknown == ("is:duee",)


@given(st.lists(st.sampled_from(["tag:a", "deck:b", "is:due", "x", "y", "10:30"]), max_size=8))
def test_no_typed_word_is_lost(words: list[str]) -> None:
    query = parse_query(" ".join(words))
    kept = len(query.words) + len(query.tags) + len(query.decks) + len(query.states)
    assert kept == len(set(w for w in words if ":" in w and w != "10:30")) + sum(
        1 for w in words if ":" not in w or w == "10:30"
    )


async def open_browse(app: TrainerApp, pilot: Pilot[None], deck_id: str | None) -> BrowseScreen:
    await settle(app, pilot)
    app.open_browse(deck_id)
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, BrowseScreen) and screen.result is not None
    return screen


async def search(app: TrainerApp, pilot: Pilot[None], typed: str) -> list[str]:
    field = app.screen.query_one("#search", Input)
    field.focus()
    field.value = typed
    await pilot.press("enter")
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, BrowseScreen)
    return [entry.card.answer.text for entry in screen.entries.values()]


@studied
async def test_every_word_in_any_order(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_browse(app, pilot, DECK_ID)
        for words in itertools.permutations(["flows", "PARIS", "which"]):
            assert await search(app, pilot, " ".join(words)) == ["Seine"]
        # Words may come from the prompt and the answer alike.
        assert await search(app, pilot, "seine paris") == ["Seine"]
        assert await search(app, pilot, "paris london") == []


@studied
async def test_is_and_deck_filters(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_browse(app, pilot, None)
        today = app.engine.today()
        due = await search(app, pilot, "is:due")
        expected = [
            e.card.answer.text
            for e in app.engine.search(deck_id=DECK_ID, limit=500)
            if e.status is CardStatus.ACTIVE
            and not e.schedule.is_new
            and e.schedule.due is not None
            and e.schedule.due <= today
        ]
        assert due == expected
        new = await search(app, pilot, f"deck:{DECK_ID} is:new")
        assert new == [
            e.card.answer.text
            for e in app.engine.search(deck_id=DECK_ID, limit=500)
            if e.schedule.is_new and e.status is CardStatus.ACTIVE
        ]
        [danube] = app.engine.search(words=[RIVERS[0][2]], deck_id=DECK_ID)
        app.engine.suspend(danube.card.id)
        assert await search(app, pilot, "is:suspended") == [RIVERS[0][2]]
        assert await search(app, pilot, "deck:nonesuch") == []
        await search(app, pilot, "is:duee")
        line = str(screen.query_one("#result-count", Static).render())
        assert "is:duee: not a filter" in line and "F1" in line


@studied
async def test_columns_sort_and_due_dates_are_never_cut(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_browse(app, pilot, DECK_ID)
        table = screen.query_one("#results", DataTable)
        widths = {key.value: column.width for key, column in table.columns.items()}
        assert widths["prompt"] >= 40  # usable at 80 columns
        for entry in screen.entries.values():
            shown = str(table.get_cell(entry.card.id, "due"))
            assert len(shown) <= widths["due"] and "…" not in shown
        due_column = next(c for c in table.columns.values() if c.key.value == "due")
        dues0 = list(screen.entries)
        for reverse in (False, True):
            table.post_message(
                DataTable.HeaderSelected(
                    table, due_column.key, table.get_column_index("due"), due_column.label
                )
            )
            await settle(app, pilot)
            assert screen.sorted_by == "due" and screen.sort_reversed is reverse
            rows = [
                table.coordinate_to_cell_key(Coordinate(r, 0)).row_key.value
                for r in range(len(dues0))
            ]
            dues = [screen.entries[row].schedule for row in rows if row is not None]
            scheduled = [s.due for s in dues if not s.is_new and s.due is not None]
            assert scheduled == sorted(scheduled, reverse=reverse)
            label = next(c.label.plain for c in table.columns.values() if c.key.value == "due")
            assert label == ("Due ▼" if reverse else "Due ▲")


@studied
async def test_at_120_columns_kind_and_ef_come_back(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_browse(app, pilot, DECK_ID)
        table = screen.query_one("#results", DataTable)
        labels = [column.label.plain for column in table.columns.values()]
        assert labels == ["Card", "Kind", "Status", "Due", "EF"]


@studied
async def test_the_keyboard_sorts_too(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_browse(app, pilot, DECK_ID)
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert (screen.sorted_by, screen.sort_reversed) == ("prompt", False)
        prompts = [e.card.prompt.casefold() for e in screen.entries.values()]
        table = screen.query_one("#results", DataTable)
        shown = [str(table.get_row_at(row)[0]).casefold() for row in range(table.row_count)]
        assert [p[:10] for p in shown] == [p[:10] for p in sorted(prompts)]
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert (screen.sorted_by, screen.sort_reversed) == ("prompt", True)
        for _ in range(5):  # status, due: each way; then back to the order found
            await pilot.press("ctrl+o")
            await settle(app, pilot)
        assert screen.sorted_by is None
