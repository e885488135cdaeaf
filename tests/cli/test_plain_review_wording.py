"""Line mode's wording (issue 16): the hint only on request, the excerpt after each answer,
and the next due day relative to the learner's day, also between midnight and 4 am."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.support.clock import MovableClock
from tests.support.decks import HINTED
from trainer.cli.plain_review import run_plain_review
from trainer.engine import Engine


def _session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, clock: MovableClock
) -> str:
    tmp_path.mkdir(exist_ok=True)
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    deck = tmp_path / "hinted.yaml"
    deck.write_text(HINTED, encoding="utf-8")
    with Engine.open(clock=clock) as engine:
        deck_id = engine.resolve_deck(str(deck))
        out = io.StringIO()
        assert run_plain_review(engine, deck_id, io.StringIO(typed), out) == 0
        return out.getvalue()


def test_the_hint_is_printed_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unasked = _session(tmp_path / "a", monkeypatch, "Lipetsk\n5\n", MovableClock())
    assert "Voronezh" not in unasked
    assert "(A hint: type :hint)" in unasked
    asked = _session(tmp_path / "b", monkeypatch, ":hint\nLipetsk\n5\n", MovableClock())
    assert "Hint: a town on the Voronezh river" in asked
    assert "Nothing left for today. 1 card answered" in asked


def test_the_excerpt_itself_follows_each_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _session(tmp_path, monkeypatch, "Kazan\n5\n", MovableClock())
    assert "Source: p. 12\n  In 1926 an aviation school opened at Lipetsk.\n" in text


def test_next_due_is_worded_from_the_learning_day_after_midnight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 01:59 on Mon 30 Nov is still the learning day of Sun 29 Nov (days start at 4 am): a
    # first answer graded 5 is due a day later, on 30 Nov, which is "tomorrow".
    night = datetime(2026, 11, 30, 1, 59, tzinfo=timezone(timedelta(hours=1)))
    text = _session(tmp_path, monkeypatch, "Lipetsk\n5\n", MovableClock(night))
    assert "Saved. Next due tomorrow." in text
    assert "2026-11-30" not in text


def test_a_question_of_an_untitled_excerpt_is_headed_by_its_place_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A converted bank's excerpt ids are slugs of their questions: never shown as a title.
    text = _session(tmp_path, monkeypatch, "Lipetsk\n5\n", MovableClock())
    assert "\n[new, 1 left today]\nWhere was the aviation school?\n" in f"\n{text}"
    assert "lipetsk]" not in text and "] lipetsk" not in text
