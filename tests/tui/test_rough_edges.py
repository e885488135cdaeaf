"""Pilot tests of issue 16's rough edges in the app: `?` and F1 in text fields, the
instructor's hint on request, deck ids on screen, `g` in Home's Footer, clock times on
their calendar date, and the exam dialog's own clear key, button and early Enter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from textual.widgets import Button, Input, Static

from tests.support.clock import MovableClock
from tests.support.decks import HINTED
from tests.tui.conftest import SIZE, settle
from trainer.core.scheduling.state import Quality
from trainer.engine import Engine
from trainer.tui.app import TrainerApp
from trainer.tui.screens.browse import BrowseScreen
from trainer.tui.screens.card_detail import history_rows
from trainer.tui.screens.exam_date import ExamDateScreen
from trainer.tui.screens.help import HelpScreen
from trainer.tui.screens.home import HomeScreen
from trainer.tui.start import StartAt
from trainer.tui.widgets.asking import CardAsker

App = Callable[..., TrainerApp]
HISTORY = "moore-germany-soviet"


def _text(app: TrainerApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_question_mark_opens_help_from_an_empty_search_and_is_typed_otherwise(
    make_app: App,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("b")
        await settle(app, pilot)
        assert isinstance(app.screen, BrowseScreen)
        field = app.screen.query_one("#search", Input)
        assert app.focused is field and field.value == ""
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")  # closes help again
        await pilot.pause()
        assert isinstance(app.screen, BrowseScreen)
        await pilot.press("w", "h", "o", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, BrowseScreen)
        assert field.value == "who?"
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_the_hint_appears_only_on_request_and_the_hint_line_names_f1(
    make_app: App, tmp_path: Path
) -> None:
    deck = tmp_path / "hinted.yaml"
    deck.write_text(HINTED, encoding="utf-8")
    app = make_app(StartAt("review", str(deck)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        asker = app.screen.query_one(CardAsker)
        line = _text(app, "#answer-hint")
        assert "Voronezh" not in line
        assert "ctrl+g" in line and "F1" in line
        await pilot.press("question_mark")  # an empty answer field: help
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert "Hint: a town on the Voronezh river" in _text(app, "#answer-hint")
        assert asker.check_action("show_hint", ()) is False  # once is enough
        await pilot.press("L", "question_mark")
        await pilot.pause()
        assert app.screen.query_one("#answer-area Input", Input).value == "L?"


async def test_the_hint_key_is_offered_in_the_palette_only_for_a_card_with_a_hint(
    make_app: App,
) -> None:
    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        asker = app.screen.query_one(CardAsker)
        assert asker.asked is not None
        assert asker.check_action("show_hint", ()) is bool(asker.asked.card.hint)


async def test_home_shows_the_deck_id_and_offers_g(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert f"id {HISTORY}" in _text(app, "#details-text")
        shown = [b.binding.key for b in app.screen.active_bindings.values() if b.binding.show]
        assert "g" in shown


async def test_browse_across_decks_shows_deck_ids(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_browse(None)
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        column = [str(cell) for cell in screen.table.get_column("deck")]
        assert HISTORY in column


async def test_exam_date_clears_with_its_own_key_and_button(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.engine.set_exam(HISTORY, app.engine.today() + timedelta(days=30))
        await pilot.press("e")
        await settle(app, pilot)
        assert isinstance(app.screen, ExamDateScreen)
        await pilot.press("ctrl+r")  # "reveal" elsewhere: nothing here
        await settle(app, pilot)
        assert app.engine.deck(HISTORY).exam_date is not None
        await pilot.click("#exam-clear")
        await settle(app, pilot)
        assert app.engine.deck(HISTORY).exam_date is None
        await pilot.press("e")
        await settle(app, pilot)
        assert app.screen.query_one("#exam-clear", Button).disabled


async def test_an_enter_in_the_same_burst_as_the_date_is_not_lost(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e", *"2026-06-15", "enter")  # no pause: as a paste arrives
        await settle(app, pilot)
        exam_date = app.engine.deck(HISTORY).exam_date
        assert exam_date is not None
        assert exam_date.isoformat() == "2026-06-15"


async def test_after_midnight_the_exam_dialog_offers_the_calendars_today(
    trainer_home: Path,
) -> None:
    night = datetime(2026, 11, 30, 1, 0, tzinfo=timezone(timedelta(hours=1)))
    app = TrainerApp(lambda: Engine.open(clock=MovableClock(night)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e", *"2026-11-29", "enter")
        await settle(app, pilot)
        assert "choose today (Mon 30 Nov) or later" in _text(app, "#exam-status")


async def test_a_clock_time_shows_on_its_calendar_date(trainer_home: Path) -> None:
    night = datetime(2026, 11, 30, 1, 59, tzinfo=timezone(timedelta(hours=1)))
    with Engine.open(clock=MovableClock(night)) as engine:
        engine.import_bundled_decks()
        session = engine.session(HISTORY)
        study = session.next_card()
        assert study is not None
        session.answer(study.card.id, 5)
        details = engine.card_details(study.card.id)
        assert details.history[-1].day.isoformat() == "2026-11-29"  # the learning day
        [row] = history_rows(study.card, details.history, engine.today())
        assert row.when == "30 Nov 01:59"


async def test_the_summary_lists_the_missed_cards_with_their_sources(make_app: App) -> None:
    from tests.support.answering import answer_card
    from trainer.tui.screens.summary import SummaryScreen

    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        asked = app.screen.query_one(CardAsker).asked
        assert asked is not None
        card = asked.card
        await answer_card(pilot, card, right=False)
        await settle(app, pilot)
        await pilot.press("1")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        [missed] = app.screen.summary.missed
        assert missed.prompt == card.prompt and card.source in missed.source
        assert _text(app, "#summary-missed-0") == "Missed (1) — reread:"
        assert card.source in _text(app, "#summary-missed-1")


async def test_after_a_reveal_the_footer_offers_no_accept(make_app: App) -> None:
    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        asker = app.screen.query_one(CardAsker)
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert asker.revealed
        assert asker.check_action("accept", ()) is False
        shown = [b.binding.action for b in app.screen.active_bindings.values() if b.enabled]
        assert "accept" not in shown
        assert asker.check_action("grade", (3,)) is True


async def test_each_grade_shows_the_interval_it_leads_to(make_app: App) -> None:
    from tests.support.answering import answer_card
    from trainer.tui.widgets.feedback import QualityLine

    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        asked = app.screen.query_one(CardAsker).asked
        assert asked is not None
        expected = app.engine.grade_intervals(asked.card.id)
        assert set(expected) == set(range(6))
        assert expected[Quality.PERFECT] >= expected[Quality.BLACKOUT]
        await answer_card(pilot, asked.card, right=True)
        await settle(app, pilot)
        for line in app.screen.query(QualityLine):
            days = expected[line.quality]
            assert f"· {days} d" in str(line.render())


async def test_the_count_goes_down_and_drill_cards_are_counted_apart(make_app: App) -> None:
    from tests.support.answering import answer_card

    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        first = _text(app, "#question-count")
        assert first.startswith("0 done · ") and "drill" not in first
        left = int(first.split(" · ")[1].split()[0])
        asked = app.screen.query_one(CardAsker).asked
        assert asked is not None
        await answer_card(pilot, asked.card, right=False)
        await settle(app, pilot)
        await pilot.press("1")  # below 4: drilled again today
        await settle(app, pilot)
        assert _text(app, "#question-count") == f"1 done · {left - 1} left today · 1 to drill"
        overview = next(d for d in app.engine.decks() if d.deck_id == HISTORY)
        assert overview.drill_today == 1
        await pilot.press("escape")
        await settle(app, pilot)
        app.open_home()
        await settle(app, pilot)
        assert "(1 to drill again)" in _text(app, "#totals")
