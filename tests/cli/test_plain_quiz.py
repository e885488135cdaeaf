"""Tests of the quiz in line mode (`trainer quiz --plain`): asked, scored, nothing stored."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.support.cli import run_trainer_text
from tests.support.clock import MovableClock
from tests.support.decks import HINTED, deck_text
from trainer.cli.plain_quiz import run_plain_quiz
from trainer.engine import Engine
from trainer.tui.screens.quiz_run import QuizSettings, draw_questions

THREE = deck_text("three", {"a": [("x", "Xanadu")], "b": [("y", "Yerevan")], "c": [("z", "Zug")]})
CHOICE = (
    "id: c\ntitle: C\nexcerpts:\n  - id: e\n    page: 1\n    text: Junkers built planes.\n"
    "    questions:\n      - q: Which firm built planes?\n        a: Junkers\n"
    "        distractors: [Krupp, Rheinmetall, Stinnes]\n"
)


def _open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[Engine, str]:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    deck = tmp_path / "deck.yaml"
    deck.write_text(text, encoding="utf-8")
    engine = Engine.open(clock=MovableClock())
    return engine, engine.resolve_deck(str(deck))


def _answers(engine: Engine, deck_id: str, count: int) -> list[tuple[str, str]]:
    """The prompt and right answer of each question the quiz asks, in its order."""
    drawn = draw_questions(engine, QuizSettings(deck_id, count))
    return [(question.card.prompt, question.card.answer.text) for question in drawn]


def test_every_question_is_asked_scored_and_nothing_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, deck_id = _open(tmp_path, monkeypatch, THREE)
    with engine:
        (_, first), (missed, second), (_, third) = _answers(engine, deck_id, 3)
        out = io.StringIO()
        typed = f"{first}\nwrong\n{third.upper()}\n"  # right, wrong, right in capitals
        assert run_plain_quiz(engine, deck_id, 3, io.StringIO(typed), out) == 0
        text = out.getvalue()
        for number in (1, 2, 3):
            assert f"[question {number} of 3]" in text
        assert "Correct." in text and "Wrong." in text
        assert f"Answer: {second}" in text
        assert "Score: 2 of 3 right (67%)." in text
        assert f"To revise:\n  “{missed}”: {second}" in text
        assert "Suggested quality" not in text  # a quiz asks for none
        assert engine.statistics().total_answers == 0


def test_the_line_quiz_asks_what_the_app_s_quiz_draws_on_the_same_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, deck_id = _open(tmp_path, monkeypatch, THREE)
    with engine:
        drawn = draw_questions(engine, QuizSettings(deck_id, 2))
        out = io.StringIO()
        run_plain_quiz(engine, deck_id, 2, io.StringIO("\n\n"), out)
        asked = [line for line in out.getvalue().splitlines() if line.startswith("What is")]
        assert asked == [question.card.prompt for question in drawn]


def test_q_ends_the_quiz_with_the_score_of_the_questions_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, deck_id = _open(tmp_path, monkeypatch, THREE)
    with engine:
        first = _answers(engine, deck_id, 3)[0][1]
        out = io.StringIO()
        run_plain_quiz(engine, deck_id, 3, io.StringIO(f"{first}\nq\n"), out)
        text = out.getvalue()
        assert "Quiz ended after 1 of 3 questions." in text
        assert "Score: 1 of 1 right (100%)." in text
        assert "[question 3 of 3]" not in text


def test_the_end_of_the_input_before_any_answer_ends_the_quiz(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, deck_id = _open(tmp_path, monkeypatch, THREE)
    with engine:
        out = io.StringIO()
        assert run_plain_quiz(engine, deck_id, 3, io.StringIO(""), out) == 0
        assert "No question was answered." in out.getvalue()


def test_an_option_that_is_none_is_asked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, deck_id = _open(tmp_path, monkeypatch, CHOICE)
    with engine:
        (question,) = draw_questions(engine, QuizSettings(deck_id, 1))
        right = question.card.choices.index("Junkers") + 1
        out = io.StringIO()
        run_plain_quiz(engine, deck_id, 1, io.StringIO(f"7\n{right}\n"), out)
        text = out.getvalue()
        assert "Type one option's number, 1 to 4" in text
        assert f"Answer: {right}. Junkers" in text
        assert "Score: 1 of 1 right (100%)." in text


def test_a_hint_is_shown_on_request_and_a_backslash_makes_a_command_an_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, deck_id = _open(tmp_path, monkeypatch, HINTED)
    with engine:
        out = io.StringIO()
        run_plain_quiz(engine, deck_id, 1, io.StringIO(":hint\n\\:hint\n"), out)
        assert "Hint: " in out.getvalue()
        assert "No answer." not in out.getvalue()  # "\:hint" was an answer, graded


def test_trainer_quiz_plain_runs_from_the_command_line(tmp_path: Path) -> None:
    deck = tmp_path / "three.yaml"
    deck.write_text(THREE, encoding="utf-8")
    home = tmp_path / "home"
    now = "2026-03-01T10:00:00+00:00"
    run = run_trainer_text(home, "quiz", "--plain", "-n", "2", str(deck), now=now, stdin="\n\n")
    assert run.returncode == 0, run.stderr
    assert "[question 2 of 2]" in run.stdout
    assert "Score: 0 of 2 right (0%)." in run.stdout
    app = run_trainer_text(home, "quiz", str(deck), now=now)
    assert app.returncode != 0
    assert "trainer quiz --plain" in app.stderr


def test_a_pasted_control_sequence_is_no_part_of_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Xanadu\x1b[0m" was wrong in line mode, where the app's answer box drops it.
    engine, deck_id = _open(tmp_path, monkeypatch, THREE)
    with engine:
        answers = [answer for _, answer in _answers(engine, deck_id, 3)]
        out = io.StringIO()
        typed = "".join(f"\x1b[1m{answer}\x1b[0m\n" for answer in answers)
        assert run_plain_quiz(engine, deck_id, 3, io.StringIO(typed), out) == 0
        assert "Score: 3 of 3 right (100%)." in out.getvalue()
        assert "\x1b" not in out.getvalue()
