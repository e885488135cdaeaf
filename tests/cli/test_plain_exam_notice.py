"""Line mode says, before the first card, when an exam plan raised a deck's daily limits."""

from __future__ import annotations

import io
from pathlib import Path

from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.cli.plain_review import run_plain_review
from trainer.engine import Engine

DECK = deck_text("d", {f"e{i}": [(f"q{i}", f"A{i}")] for i in range(101)})


def test_the_raised_limits_are_said_before_the_first_card(home: Path, tmp_path: Path) -> None:
    (tmp_path / "d.yaml").write_text(DECK, encoding="utf-8")
    with Engine.open(clock=MovableClock(), backup=False) as engine:
        engine.import_deck(tmp_path / "d.yaml")
        out = io.StringIO()
        run_plain_review(engine, "d", io.StringIO(""), out)
        assert "new cards a day" not in out.getvalue()  # no exam: nothing to say
        engine.set_exam("d", engine.today().fromordinal(engine.today().toordinal() + 15))
        [notice] = engine.exam_notices(None)
        out = io.StringIO()
        run_plain_review(engine, "d", io.StringIO(""), out)
        text = out.getvalue()
        assert text.startswith(notice) and "new cards a day from 20 to" in text
