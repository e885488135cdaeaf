"""Line mode (`trainer review --plain`): scripted sessions over simulated days, and its output."""

from __future__ import annotations

import io
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.support.cli import run_trainer_text
from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.cli.plain_review import run_plain_review
from trainer.engine import Engine

ROOT = Path(__file__).resolve().parents[2]
ONE_CARD = deck_text("solo", {"lipetsk": [("where", "Lipetsk")]})


def trainer(home: Path, now: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_trainer_text(home, *args, now=now, stdin=stdin, timeout=60)


def test_a_scripted_session_over_several_days_follows_published_sm2(tmp_path: Path) -> None:
    deck = tmp_path / "solo.yaml"
    deck.write_text(ONE_CARD, encoding="utf-8")
    home = tmp_path / "home"
    # (day, what is typed on stdin) — answer lines alternate with quality lines.
    days = [
        ("2026-03-01", "Lipetsk\n5\n"),
        ("2026-03-02", "Lipetsk\n5\n"),
        ("2026-03-08", "Lipetsk\n4\n"),
        # Five days overdue: the interval grows from 17 regardless. A 3 is drilled again.
        ("2026-03-30", "Lipetsk\n3\nLipetsk\n5\n"),
        ("2026-05-13", "Kazan\n1\nLipetsk\n5\n"),  # a lapse, then the same-day drill
        ("2026-05-14", "Lipetsk\n5\n"),
        ("2026-05-15", "Lipetsk\n5\n"),
    ]
    for day, typed in days:
        run = trainer(home, f"{day}T10:00:00+01:00", "review", "--plain", str(deck), stdin=typed)
        assert run.returncode == 0, run.stderr
        assert "Traceback" not in run.stderr
        assert "Nothing left for today" in run.stdout
    exported = trainer(home, "2026-05-15T11:00:00+01:00", "export", "log", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    log = [
        (row["quality"], row["drill"], row["ef_after"], row["interval_after"], row["due_after"])
        for row in json.loads(exported.stdout)
    ]
    # Computed by hand from Wozniak's formulas (see docs/scheduling.md):
    # EF' = EF + 0.1 - (5-q)(0.08 + (5-q)0.02); I(1)=1, I(2)=6, I(n)=ceil(I(n-1)·EF').
    assert log == [
        (5, False, 2.6, 1, "2026-03-02"),
        (5, False, 2.7, 6, "2026-03-08"),
        (4, False, 2.7, 17, "2026-03-25"),  # ceil(6 × 2.7 = 16.2)
        (3, False, 2.56, 44, "2026-05-13"),  # ceil(17 × 2.56 = 43.52), from 30 March
        (5, True, 2.56, 44, "2026-05-13"),  # the same-day drill after a 3 changes nothing
        (1, False, 2.56, 1, "2026-05-14"),  # failed: repetitions restart, EF unchanged
        (5, True, 2.56, 1, "2026-05-14"),  # the drill changes nothing
        (5, False, 2.66, 1, "2026-05-15"),  # I(1) again
        (5, False, 2.76, 6, "2026-05-21"),  # I(2) again
    ]


def test_the_output_shows_verdict_answer_source_and_suggestion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    deck = tmp_path / "solo.yaml"
    deck.write_text(ONE_CARD, encoding="utf-8")
    clock = MovableClock()
    with Engine.open(clock=clock) as engine:
        deck_id = engine.resolve_deck(str(deck))
        out = io.StringIO()
        assert run_plain_review(engine, deck_id, io.StringIO("Lipetzk\n\n"), out) == 0
        text = out.getvalue()
        assert "What is where?" in text
        assert "Correct (with a small slip)." in text
        assert "Answer: Lipetsk" in text
        assert "Source: p. 7" in text
        assert "Suggested quality: 4 (correct response after a hesitation)" in text
        assert "Nothing left for today. 1 card answered" in text
        assert engine.statistics().total_answers == 1


def test_choices_are_numbered_and_answered_by_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    deck = tmp_path / "choice.yaml"
    deck.write_text(
        "id: c\ntitle: C\nexcerpts:\n  - id: e\n    page: 1\n    text: Junkers built planes.\n"
        "    questions:\n      - q: Which firm built planes?\n        a: Junkers\n"
        "        distractors: [Krupp, Rheinmetall, Stinnes]\n",
        encoding="utf-8",
    )
    with Engine.open(clock=MovableClock()) as engine:
        deck_id = engine.resolve_deck(str(deck))
        study = engine.session(deck_id).next_card()
        assert study is not None
        right = study.card.answer.key[0] + 1
        out = io.StringIO()
        run_plain_review(engine, deck_id, io.StringIO(f"{right}\n\n"), out)
        text = out.getvalue()
        for number, choice in enumerate(study.card.choices, start=1):
            assert f"  {number}. {choice}" in text
        assert "Correct." in text
        assert f"Answer: {right}. Junkers" in text
        # The log keeps the option picked and the grader's word, in a review's mode.
        details = engine.card_details(study.card.id)
        (entry,) = details.history
        # Counted in the card's own order, whatever order the options were shown in.
        picked = details.entry.card.choices.index("Junkers")
        assert (entry.choice, entry.verdict, entry.mode) == (picked, "exact", "review")


def test_q_quits_and_keeps_what_was_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    deck = tmp_path / "two.yaml"
    deck.write_text(deck_text("two", {"a": [("x", "X")], "b": [("y", "Y")]}), encoding="utf-8")
    with Engine.open(clock=MovableClock()) as engine:
        deck_id = engine.resolve_deck(str(deck))
        out = io.StringIO()
        # q at the quality prompt saves the checked answer first (see test_plain_review_keys).
        run_plain_review(engine, deck_id, io.StringIO("X\n5\nY\nq\n"), out)
        assert "Stopped. 2 cards answered" in out.getvalue()
        assert engine.statistics().total_answers == 2
        assert engine.statistics().answers_per_day == {date(2026, 3, 2): 2}


def test_a_bad_quality_is_asked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    deck = tmp_path / "solo.yaml"
    deck.write_text(ONE_CARD, encoding="utf-8")
    with Engine.open(clock=MovableClock()) as engine:
        deck_id = engine.resolve_deck(str(deck))
        out = io.StringIO()
        run_plain_review(engine, deck_id, io.StringIO("Lipetsk\n9\nfive\n4\n"), out)
        assert out.getvalue().count("Type a quality from 0 to 5") == 2
        assert engine.card_details("solo:lipetsk:where").history[0].quality == 4


def test_a_missing_deck_is_a_clear_error(tmp_path: Path) -> None:
    run = trainer(tmp_path / "home", "2026-03-01T10:00:00+01:00", "review", "--plain", "nope")
    assert run.returncode == 1
    assert "no such deck file or imported deck" in run.stderr
    assert "Traceback" not in run.stderr


def test_export_log_as_csv_has_the_documented_columns(tmp_path: Path) -> None:
    deck = tmp_path / "solo.yaml"
    deck.write_text(ONE_CARD, encoding="utf-8")
    home = tmp_path / "home"
    trainer(home, "2026-03-01T10:00:00+01:00", "review", "--plain", str(deck), stdin="x\n2\n")
    run = trainer(home, "2026-03-01T11:00:00+01:00", "export", "log", "--format", "csv")
    header, *rows = run.stdout.splitlines()
    assert header.split(",")[:7] == [
        "card",
        "reviewed_at",
        "quality",
        "drill",
        "ef_after",
        "interval_after",
        "due_after",
    ]
    assert rows[0].startswith("solo:lipetsk:where,2026-03-01T10:00:00+01:00,2,False,2.5,1,")
