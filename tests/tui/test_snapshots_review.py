"""Snapshots of the review screen at 80×24: a question, its feedback, and a session summary.

The clock is fixed and the bundled history deck asks its cards in a fixed order, so the
pictures are the same on every run. Update with `pytest --snapshot-update` on this file,
then look at the report before committing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from tests.support.answering import TINY_DECK, answer_card, settle
from tests.tui.conftest import still
from trainer.tui.app import TrainerApp
from trainer.tui.screens.review import ReviewScreen
from trainer.tui.start import StartAt

HISTORY = "moore-germany-soviet"
SIZE = (80, 24)
MakeApp = Callable[..., TrainerApp]


def slip(answer: str) -> str:
    """The answer with one letter left out: a typo the feedback highlights."""
    middle = len(answer) // 2
    return answer[:middle] + answer[middle + 1 :]


def test_a_question(snap_compare: Callable[..., bool], make_app: MakeApp) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot.app, pilot)
        assert isinstance(pilot.app.screen, ReviewScreen)
        await still(pilot)

    app = make_app(StartAt("review", HISTORY))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_feedback_after_a_slip(snap_compare: Callable[..., bool], make_app: MakeApp) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot.app, pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ReviewScreen) and screen.study is not None
        await pilot.press(*slip(screen.study.card.answer.text), "enter")
        await settle(pilot.app, pilot)
        await still(pilot)

    app = make_app(StartAt("review", HISTORY))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_the_session_summary(
    snap_compare: Callable[..., bool], make_app: MakeApp, tmp_path: Path
) -> None:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY_DECK, encoding="utf-8")

    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        await settle(app, pilot)
        while isinstance(app.screen, ReviewScreen):
            assert app.screen.study is not None
            await answer_card(pilot, app.screen.study.card, right=True)
            await settle(app, pilot)
            await pilot.press("enter")
            await settle(app, pilot)
        await still(pilot)

    app = make_app(StartAt("review", str(path)))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
