"""`trainer exam` and exam mode through line mode: a simulated run up to an exam."""

from __future__ import annotations

import io
import json
import random
import re
from datetime import date
from pathlib import Path

import pytest

from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.cli import main
from trainer.cli.plain_review import run_plain_review
from trainer.engine import Engine
from trainer.paths import settings_path
from trainer.store import set_exam_date
from trainer.store.log import iter_log

CARDS = 101
DECK = deck_text("d", {f"e{i}": [(f"q{i}", f"A{i}")] for i in range(CARDS)})


class Learner(io.StringIO):
    """Line mode's stdin, answering the card just asked: right (graded 4) most of the
    time, wrong (graded 1, then drilled) now and then."""

    def __init__(self, out: io.StringIO, rng: random.Random, wrong: float) -> None:
        super().__init__()
        self.out, self.rng, self.wrong = out, rng, wrong
        self.quality: str | None = None

    # Line mode only calls readline. (Every text reader's readline needs the ignore: the
    # stubs of io's base class say it returns bytes.)
    def readline(self, size: int = -1, /) -> str:  # type: ignore[override]
        if self.quality is not None:
            line, self.quality = self.quality, None
            return line
        number = re.findall(r"What is q(\d+)\?", self.out.getvalue())[-1]
        if self.rng.random() < self.wrong:
            self.quality = "1\n"
            return "nonsense\n"
        self.quality = "4\n"
        return f"A{number}\n"


def write_settings(text: str) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("scheduler", "wrong"), [("sm2", 0.0), ("sm2", 0.15), ("fsrs", 0.15)])
def test_line_mode_day_by_day_follows_the_plan_covers_every_card_and_evens_the_load(
    home: Path, tmp_path: Path, scheduler: str, wrong: float
) -> None:
    # The case: 101 cards, an exam 15 days ahead, limits of 20 a day.
    write_settings(f'new_per_day = 20\nreviews_per_day = 20\nscheduler = "{scheduler}"\n')
    (tmp_path / "d.yaml").write_text(DECK, encoding="utf-8")
    clock = MovableClock()
    rng = random.Random(11)
    loads = []
    with Engine.open(clock=clock, backup=False) as engine:
        engine.import_deck(tmp_path / "d.yaml")
        exam = engine.today().fromordinal(engine.today().toordinal() + 15)
        engine.set_exam("d", exam)
        notice = engine.exam_notice("d")
        assert notice is not None and "new cards a day from 20 to" in notice
        for _ in range(15):
            today = engine.today()
            plan = engine.exam_schedule("d")
            assert plan is not None and plan.days[0].day == today
            planned = {*plan.days[0].new, *plan.days[0].reviews}
            out = io.StringIO()
            assert run_plain_review(engine, "d", Learner(out, rng, wrong), out) == 0
            offered = {e.card_id for e in iter_log(engine._conn, deck_id="d") if e.day == today}
            assert offered == planned  # the days offered are the plan's
            loads.append(len(offered))
            clock.advance(days=1)
        answered = {entry.card_id for entry in iter_log(engine._conn, deck_id="d")}
        assert len(answered) == CARDS  # every card seen before the exam
        assert engine.today() == exam
    mean = sum(loads) / len(loads)
    assert max(loads) <= 1.25 * mean, loads


def test_exam_sets_shows_as_json_and_clears(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRAINER_NOW", "2026-03-02T10:00:00+01:00")
    (tmp_path / "d.yaml").write_text(deck_text("d", {"e": [("q", "A")]}), encoding="utf-8")
    with Engine.open(clock=MovableClock(), backup=False) as engine:
        engine.import_deck(tmp_path / "d.yaml")
        today = engine.now().date()
    exam = today.fromordinal(today.toordinal() + 3)
    assert main(["exam", "d", exam.isoformat(), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"deck", "exam", "days"} and data["deck"] == "d"
    assert data["exam"] == exam.isoformat()
    assert [set(day) for day in data["days"]] == [{"date", "new", "reviews"}] * len(data["days"])
    assert sum(day["new"] for day in data["days"]) == 1
    assert main(["exam", "d"]) == 0
    assert f"Exam of deck d on {exam.isoformat()}" in capsys.readouterr().out
    assert main(["exam", "d", "--clear"]) == 0
    assert "cleared" in capsys.readouterr().out
    assert main(["exam", "d", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"deck": "d", "exam": None, "days": []}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["2026-13-01"], "is not a day of the calendar"),
        (["tomorrow"], "an exam date is written YYYY-MM-DD"),
        (["2000-01-01"], "has passed"),
        (["9999-12-31"], "is more than ten years away"),
        (["2099-01-01", "--clear"], "not both"),
    ],
)
def test_a_bad_exam_date_is_one_line(
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.setenv("TRAINER_NOW", "2026-03-02T10:00:00+01:00")
    (tmp_path / "d.yaml").write_text(deck_text("d", {"e": [("q", "A")]}), encoding="utf-8")
    with Engine.open(clock=MovableClock(), backup=False) as engine:
        engine.import_deck(tmp_path / "d.yaml")
    assert main(["exam", "d", *args]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_stored_exam_date_past_the_horizon_plans_nothing_and_decks_work(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A collection from before the horizon was kept may hold 9999-12-31: the planner
    # overflowed the calendar, so decks, exam and the app failed until --clear.
    monkeypatch.setenv("TRAINER_NOW", "2026-03-02T10:00:00+01:00")
    (tmp_path / "d.yaml").write_text(deck_text("d", {"e": [("q", "A")]}), encoding="utf-8")
    with Engine.open(clock=MovableClock(), backup=False) as engine:
        engine.import_deck(tmp_path / "d.yaml")
        set_exam_date(engine._conn, "d", date(9999, 12, 31))
    assert main(["decks"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("d "))
    assert row.split()[-3:-1] == ["0", "1"]  # due 0, new 1: studied as without an exam
    assert main(["exam", "d"]) == 0
    out = capsys.readouterr().out
    assert "9999-12-31, is more than ten years away: no plan is made" in out
    assert main(["exam", "d", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"deck": "d", "exam": "9999-12-31", "days": []}
