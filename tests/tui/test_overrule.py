"""Pilot: "my answer was right" (ctrl+o) on the feedback of a review and of a practice quiz."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Static

from tests.support.answering import TINY_DECK, settle, type_text
from trainer.core.model import AnswerType
from trainer.engine import EntryKind
from trainer.tui.app import TrainerApp
from trainer.tui.screens.review import ReviewScreen
from trainer.tui.start import StartAt
from trainer.tui.widgets.asking import CardAsker, Phase

SIZE = (80, 24)
MakeApp = Callable[..., TrainerApp]


def tiny_deck(tmp_path: Path) -> str:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY_DECK, encoding="utf-8")
    return str(path)


async def test_ctrl_o_counts_a_rejected_typed_answer_as_right(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(StartAt("review", tiny_deck(tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        asker = screen.query_one(CardAsker)
        # Answer options and orders rightly until a typed card comes up.
        while True:
            study = screen.study
            assert study is not None
            if study.card.answer.type is AnswerType.TEXT:
                break
            await pilot.press("ctrl+n")
            await settle(app, pilot)
            await pilot.press("0")
            await settle(app, pilot)
        card = study.card
        await type_text(pilot, "qqqq zzzz")
        await pilot.press("enter")
        await settle(app, pilot)
        assert asker.phase is Phase.FEEDBACK
        assert "Wrong" in str(screen.query_one("#verdict", Static).render())
        assert app.screen.active_bindings.get("ctrl+o") is not None
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert asker.phase is Phase.FEEDBACK
        verdict = str(screen.query_one("#verdict", Static).render())
        assert "Right" in verdict and "counts as right" in verdict
        assert app.screen.active_bindings.get("ctrl+o") is None  # once is enough
        await pilot.press("enter")
        await settle(app, pilot)
        rows = [e for e in app.engine.log() if e.card_id == card.id and e.kind is EntryKind.ANSWER]
        assert [row.overridden for row in rows] == [True]
        assert rows[0].quality is not None and rows[0].quality >= 3
        assert [a.text for a in app.engine.accepted_answers(card.id)] == ["qqqq zzzz"]


async def test_ctrl_o_is_not_offered_for_a_right_answer(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(StartAt("review", tiny_deck(tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        assert app.screen.active_bindings.get("ctrl+o") is None
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert "Not answered" in str(screen.query_one("#verdict", Static).render())
