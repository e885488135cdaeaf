"""The card browser driven with Pilot at 80×24: search by text and tag, history, suspend."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Select, Static

from tests.tui.conftest import SIZE, MovableClock, settle
from tests.tui.study_history import (  # noqa: F401 (fixtures)
    DECK_ID,
    RIVERS,
    studied_collection,
    studied_home,
)
from trainer.core.scheduling.sm2_scheduler import sm2_memory
from trainer.core.scheduling.state import Quality
from trainer.engine import Engine
from trainer.store import CardStatus, EntryKind
from trainer.tui.app import TrainerApp
from trainer.tui.screens import browse
from trainer.tui.screens.browse import ALL_DECKS, BrowseScreen, parse_query
from trainer.tui.screens.card_detail import CardDetailPane, history_rows

MakeApp = Callable[..., TrainerApp]
# Tests on the studied collection: the rivers deck answered for weeks before today.
studied = pytest.mark.usefixtures("studied_home")


def test_a_query_splits_into_words_and_tags() -> None:
    assert parse_query("") == browse.SearchQuery("", ())
    query = parse_query("  tag:east  flows   through TAG:big tag: tag:east ")
    assert query.text == "flows through"
    assert query.tags == ("east", "big")
    assert query.tag == "east"


async def open_browse(app: TrainerApp, pilot: Pilot[None], deck_id: str | None) -> BrowseScreen:
    await settle(app, pilot)
    app.open_browse(deck_id)
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, BrowseScreen) and screen.result is not None
    return screen


async def search(app: TrainerApp, pilot: Pilot[None], typed: str) -> None:
    """Replace the search text and press enter (which searches at once)."""
    field = app.screen.query_one("#search", Input)
    field.focus()
    field.value = ""
    await pilot.press(*typed, "enter")
    await settle(app, pilot)


def shown_prompts(screen: BrowseScreen) -> list[str]:
    return [entry.card.prompt for entry in screen.entries.values()]


@studied
async def test_the_deck_is_listed_and_found_by_text_and_by_tag(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browse(app, pilot, DECK_ID)
        table = screen.query_one("#results", DataTable)
        assert screen.query_one("#deck-filter", Select).value == DECK_ID
        assert table.row_count == len(RIVERS) == 12
        assert app.focused is screen.query_one("#search", Input)

        await search(app, pilot, "Paris")
        assert shown_prompts(screen) == ["Which river flows through Paris?"]
        assert str(screen.query_one("#result-count", Static).render()).startswith(
            "1 card matching “Paris”"
        )
        assert screen.focused is table  # enter moved on to the list

        await search(app, pilot, "tag:east")
        east = {question for _, question, _, region in RIVERS if region == "east"}
        assert set(shown_prompts(screen)) == east and len(east) == 3
        expected = [e.card.id for e in app.engine.search(None, tag="east", deck_id=DECK_ID)]
        assert list(screen.entries) == expected

        await search(app, pilot, "tag:east through")
        assert set(shown_prompts(screen)) == {
            "Which river flows through Vienna, Budapest and Belgrade?",
            "Which river flows through Warsaw and Kraków?",
        }
        await search(app, pilot, "tag:east tag:geography Warsaw")
        assert shown_prompts(screen) == ["Which river flows through Warsaw and Kraków?"]
        await search(app, pilot, "tag:nowhere")
        assert table.row_count == 0
        assert str(screen.query_one("#result-count", Static).render()).startswith("0 cards")


@studied
async def test_the_deck_filter_widens_the_search_to_every_deck(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browse(app, pilot, DECK_ID)
        table = screen.query_one("#results", DataTable)
        # At 80 columns the kind and E-Factor leave their room to the card's text.
        assert [column.label.plain for column in table.columns.values()] == [
            "Card",
            "Status",
            "Due",
        ]
        screen.query_one("#deck-filter", Select).value = ALL_DECKS
        await settle(app, pilot)
        assert screen.result is not None and screen.result.deck_id is None
        every = app.engine.search(None, limit=browse.RESULT_LIMIT)
        assert list(screen.entries) == [entry.card.id for entry in every]
        assert {entry.card.deck_id for entry in screen.entries.values()} > {DECK_ID}
        # Across decks, a Deck column says where each card comes from.
        assert "Deck" in [column.label.plain for column in table.columns.values()]


@studied
async def test_a_reviewed_card_shows_its_state_and_history(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browse(app, pilot, DECK_ID)
        await search(app, pilot, "Paris")
        await pilot.press("enter")  # on the card: its details
        await settle(app, pilot)
        pane = screen.query_one(CardDetailPane)
        assert app.focused is pane
        card_id = next(iter(screen.entries))
        details = app.engine.card_details(card_id)
        answers = [entry for entry in details.history if entry.kind is EntryKind.ANSWER]
        assert len(answers) > 3
        assert pane.details is not None and pane.details.entry.card.id == card_id
        assert len(pane.rows) == len(answers)
        assert [row.grade for row in pane.rows] == [str(int(e.quality or 0)) for e in answers]
        assert pane.rows[0].typed == "seine" and pane.rows[0].kind == "first"
        assert {row.kind for row in pane.rows[1:]} <= {"review", "drill"}
        history = pane.query_one("#history", DataTable)
        assert history.row_count == len(answers)
        text = str(pane.query_one("#card-text", Static).render())
        state = details.entry.schedule
        memory = sm2_memory(state)
        assert "Which river flows through Paris?" in text and "Seine" in text
        assert f"EF {memory.ef:.2f}" in text and f"reviews {state.reviews}" in text
        assert f"repetitions {memory.repetitions}" in text and f"lapses {state.lapses}" in text
        excerpt = str(pane.query_one("#excerpt", Static).render())
        assert "The Seine" in excerpt and "p. 9" in excerpt


@studied
async def test_suspending_and_unsuspending_a_card(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browse(app, pilot, DECK_ID)
        await search(app, pilot, "London")
        card_id = next(iter(screen.entries))
        table = screen.query_one("#results", DataTable)

        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.engine.card_details(card_id).entry.status is CardStatus.SUSPENDED
        assert table.get_cell(card_id, "status").plain == "suspended"
        assert screen.highlighted is not None
        assert screen.highlighted.status is CardStatus.SUSPENDED
        active = {b.binding.action for b in screen.active_bindings.values()}
        assert "unsuspend" in active and "suspend" not in active

        # ctrl+s works from the search field too, where letters are typed.
        screen.query_one("#search", Input).focus()
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.engine.card_details(card_id).entry.status is CardStatus.ACTIVE
        assert table.get_cell(card_id, "status").plain == "active"
        assert screen.query_one("#search", Input).value == "London"


@studied
async def test_typing_searches_once_the_learner_pauses(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(browse, "DEBOUNCE_SECONDS", 0.01)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browse(app, pilot, DECK_ID)
        await pilot.press(*"Volga")
        await pilot.pause(0.2)
        await settle(app, pilot)
        assert shown_prompts(screen) == ["Which is the longest river in Europe?"]
        assert app.focused is screen.query_one("#search", Input)


@studied
def test_history_rows_mark_undone_answers_and_leave_out_undo_entries(make_app: MakeApp) -> None:
    with Engine.open(clock=MovableClock(), backup=False) as engine:
        card = engine.search("Paris", deck_id=DECK_ID)[0].card
        sitting = engine.session(DECK_ID)
        sitting.answer(card.id, Quality.CORRECT_HESITATION, typed="oops")
        sitting.undo()
        details = engine.card_details(card.id)
    rows = history_rows(details.entry.card, details.history, date(2026, 3, 2))
    answers = [entry for entry in details.history if entry.kind is EntryKind.ANSWER]
    assert len(rows) == len(answers) and len(details.history) == len(answers) + 1
    assert rows[-1].undone and rows[-1].typed == "oops" and rows[-1].grade == "4"
    assert not any(row.undone for row in rows[:-1])
    assert rows[-1].when == "2 Mar 10:00"
