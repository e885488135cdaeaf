"""Line mode's keys and limits: q at either prompt, u and :undo, a literal \\q, options and
orders asked again, the 1,000-character cap, invalid UTF-8 on stdin, a lost race, damage."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.cli import run_trainer
from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.cli.plain_review import HELP, run_plain_review
from trainer.core.model import Card
from trainer.core.scheduling.state import Quality
from trainer.engine import MAX_ANSWER_CHARS, Engine, Feedback
from trainer.engine import answers as answers_module
from trainer.errors import TrainerError
from trainer.store import CardEntry, CollectionCorruptError, EntryKind, get_card

ROOT = Path(__file__).resolve().parents[2]
TWO = deck_text("two", {"a": [("x", "Xanten")], "b": [("y", "Ypres")]})
LITERAL_Q = deck_text("letter", {"l": [("letter", "q")]})
CHOICE = """\
id: c
title: C
excerpts:
  - id: e
    page: 1
    text: Junkers built planes.
    questions:
      - q: Which firm built planes?
        a: Junkers
        distractors: [Krupp, Rheinmetall, Stinnes]
"""
ORDER = """\
id: ord
title: Order
defaults:
  auto_cloze: false
chronology:
  - id: order
    facts: [a, b, c]
excerpts:
  - id: e
    page: 1
    text: Three events.
    facts:
      - {id: a, event: First event, year: 1901}
      - {id: b, event: Second event, year: 1902}
      - {id: c, event: Third event, year: 1903}
"""


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


# Opens the collection with a deck (its YAML text) imported: the engine, the deck's id.
OpenDeck = Callable[[str], tuple[Engine, str]]


@pytest.fixture
def open_deck(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: MovableClock
) -> Iterator[OpenDeck]:
    """Open the test's collection with a deck imported; every engine opened is closed."""
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("TRAINER_NOW", raising=False)
    opened: list[Engine] = []

    def open_(text: str) -> tuple[Engine, str]:
        path = tmp_path / "deck.yaml"
        path.write_text(text, encoding="utf-8")
        engine = Engine.open(clock=clock, backup=False)
        opened.append(engine)
        return engine, engine.resolve_deck(str(path))

    yield open_
    for engine in opened:
        engine.close()


def run(engine: Engine, deck_id: str, typed: str) -> str:
    out = io.StringIO()
    assert run_plain_review(engine, deck_id, io.StringIO(typed), out) == 0
    return out.getvalue()


def first_card(engine: Engine, deck_id: str) -> Card:
    """The card a new sitting on the deck asks first."""
    study = engine.session(deck_id).next_card()
    assert study is not None
    return study.card


def answers(engine: Engine, card_id: str) -> list[tuple[Quality | None, str | None, bool]]:
    log = engine.card_details(card_id).history
    return [(e.quality, e.typed, e.undone) for e in log if e.kind is EntryKind.ANSWER]


def test_the_help_line_is_printed_once_and_names_every_key(open_deck: OpenDeck) -> None:
    engine, deck_id = open_deck(TWO)
    text = run(engine, deck_id, "q\n")
    assert text.startswith(HELP)
    assert text.count(HELP) == 1
    for key in (" q ", ":undo", " u ", "\\q"):
        assert key in HELP
    assert "> " not in HELP  # the crash test counts prompts by "> "


def test_q_at_the_answer_prompt_quits_and_stores_nothing_for_that_card(
    open_deck: OpenDeck,
) -> None:
    engine, deck_id = open_deck(TWO)
    first = first_card(engine, deck_id)
    text = run(engine, deck_id, f"{first.answer.text}\n5\nQ\n5\n")
    assert "Stopped. 1 card answered, 1 with quality 3 or more." in text
    assert engine.statistics().total_answers == 1
    assert answers(engine, first.id) == [(Quality.PERFECT, first.answer.text, False)]


def test_q_at_the_quality_prompt_saves_the_shown_answer_then_quits(open_deck: OpenDeck) -> None:
    engine, deck_id = open_deck(TWO)
    first = first_card(engine, deck_id)
    text = run(engine, deck_id, "Wrong guess\nq\n")
    assert "Saved." in text and "Stopped. 1 card answered, 0 with quality 3" in text
    ((quality, typed, _),) = answers(engine, first.id)
    assert typed == "Wrong guess" and quality is not None and quality < 3
    assert engine.statistics().total_answers == 1


def test_u_discards_the_shown_answer_and_asks_the_card_again(open_deck: OpenDeck) -> None:
    engine, deck_id = open_deck(TWO)
    first = first_card(engine, deck_id)
    text = run(engine, deck_id, f"oops\nu\n{first.answer.text}\n\nq\n")
    assert "Answer discarded: nothing was saved." in text
    assert text.count(first.prompt) == 2
    assert answers(engine, first.id) == [(Quality.PERFECT, first.answer.text, False)]


def test_undo_takes_back_this_sessions_last_answer_and_asks_it_again(
    open_deck: OpenDeck,
) -> None:
    engine, deck_id = open_deck(TWO)
    first = first_card(engine, deck_id)
    text = run(engine, deck_id, f"{first.answer.text}\n5\n:undo\nagain\n2\nq\n")
    assert f"Undone: your answer to “{first.prompt}”. It is asked again." in text
    assert text.count(first.prompt) >= 2
    assert answers(engine, first.id) == [
        (Quality.PERFECT, first.answer.text, True),
        (Quality(2), "again", False),
    ]
    assert "Stopped. 1 card answered, 0 with quality 3 or more." in text


def test_undo_never_reaches_an_earlier_session(open_deck: OpenDeck, clock: MovableClock) -> None:
    engine, deck_id = open_deck(TWO)
    first = first_card(engine, deck_id)
    run(engine, deck_id, f"{first.answer.text}\n5\nq\n")
    clock.advance(days=1)
    text = run(engine, deck_id, ":undo\n:undo\nq\n")
    assert text.count("Nothing to undo: no answer was saved in this session yet.") == 2
    assert answers(engine, first.id) == [(Quality.PERFECT, first.answer.text, False)]


def test_a_backslash_types_a_literal_q(open_deck: OpenDeck) -> None:
    engine, deck_id = open_deck(LITERAL_Q)
    text = run(engine, deck_id, "\\q\n\n")
    assert "Correct." in text
    ((quality, typed, _),) = answers(engine, "letter:l:letter")
    assert typed == "q" and quality is not None and quality >= 3


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("\\x1b[2J", "\\x1b[2J"), ("\\frac", "\\frac"), ("\\\\q", "\\q"), ("\\:undo", ":undo")],
)
def test_a_backslash_escapes_only_a_command(open_deck: OpenDeck, typed: str, stored: str) -> None:
    """Any other answer is kept exactly as typed, a leading backslash included."""
    engine, deck_id = open_deck(LITERAL_Q)
    run(engine, deck_id, f"{typed}\n\n")
    ((_, kept, _),) = answers(engine, "letter:l:letter")
    assert kept == stored


def test_an_option_that_does_not_exist_is_asked_again(open_deck: OpenDeck) -> None:
    engine, deck_id = open_deck(CHOICE)
    card = first_card(engine, deck_id)
    right = card.answer.key[0] + 1
    text = run(engine, deck_id, f"7\nfoo\n{right}\n\n")
    assert text.count("Type one option's number, 1 to 4, or its text") == 2
    assert [(q, t) for q, t, _ in answers(engine, card.id)] == [(Quality.PERFECT, str(right))]


PERCENTS = """\
id: pc
title: Percents
excerpts:
  - id: e
    page: 1
    text: Egg sales fell by 3%.
    questions:
      - q: By what percentage did egg sales fall?
        a: 3%
        distractors: ["1%", "2%", "4%"]
"""


def test_a_number_that_is_one_option_and_the_value_of_another_is_asked_again(
    open_deck: OpenDeck,
) -> None:
    engine, deck_id = open_deck(PERCENTS)
    card = first_card(engine, deck_id)
    # A number n whose option is not "n%": typed bare, it could mean either.
    unclear = next(n for n in range(1, 5) if card.choices[n - 1] != f"{n}%")
    text = run(engine, deck_id, f"{unclear}\n3%\n\n")
    assert f"'{unclear}' is option {unclear}'s number" in text
    assert "Correct." in text and "Wrong." not in text
    assert [(q, t) for q, t, _ in answers(engine, card.id)] == [(Quality.PERFECT, "3%")]


def test_an_incomplete_or_unreadable_order_is_asked_again(open_deck: OpenDeck) -> None:
    engine, deck_id = open_deck(ORDER)
    card = first_card(engine, deck_id)
    right = " ".join(str(index + 1) for index in card.answer.key)
    text = run(engine, deck_id, f"3 2\n1 1 2\nfirst\n{right}\n\n")
    assert text.count("Type each of the 3 options' numbers once, in order") == 3
    assert "Wrong." not in text and "Correct." in text
    assert [(q, t) for q, t, _ in answers(engine, card.id)] == [(Quality.PERFECT, right)]


def test_a_wrong_but_readable_order_is_graded(open_deck: OpenDeck) -> None:
    engine, deck_id = open_deck(ORDER)
    card = first_card(engine, deck_id)
    wrong = " ".join(str(index + 1) for index in reversed(card.answer.key))
    text = run(engine, deck_id, f"{wrong}\n\n")
    assert "options' numbers once" not in text and "Wrong." in text


def test_a_long_line_is_cut_to_the_cap_with_a_note(open_deck: OpenDeck) -> None:
    engine, deck_id = open_deck(TWO)
    first = first_card(engine, deck_id)
    text = run(engine, deck_id, "x" * (50 * MAX_ANSWER_CHARS) + "\n\nq\n")
    assert f"longer than {MAX_ANSWER_CHARS:,} characters" in text
    ((_, typed, _),) = answers(engine, first.id)
    assert typed == "x" * MAX_ANSWER_CHARS


@given(extra=st.integers(min_value=-3, max_value=3), ending=st.sampled_from(["\n", "\r\n", ""]))
def test_lines_near_the_cap_are_read_whole_or_cut_exactly(extra: int, ending: str) -> None:
    from trainer.cli.plain_review import _LineReview

    line = "y" * (MAX_ANSWER_CHARS + extra)
    typed = line + ending + ("next\n" if ending else "")  # no ending: the input's last line
    out = io.StringIO()
    reader = _LineReview(None, io.StringIO(typed), out)  # type: ignore[arg-type]
    assert reader.read("> ") == line[:MAX_ANSWER_CHARS]
    assert ("longer than" in out.getvalue()) == (extra > 0)
    assert reader.read("> ") == ("next" if ending else None)


def test_a_lost_race_for_a_card_prints_one_line_and_goes_on(
    open_deck: OpenDeck, clock: MovableClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, deck_id = open_deck(TWO)
    first = first_card(engine, deck_id)
    real_get_card = get_card  # what answers_module.get_card is until patched
    checked = engine.check
    race = {"armed": False}

    def check(card: Card, typed: str, response_seconds: float | None = None) -> Feedback:
        race["armed"] = True
        return checked(card, typed, response_seconds)

    def get_card_then_lose_the_race(conn: sqlite3.Connection, card_id: str) -> CardEntry:
        entry = real_get_card(conn, card_id)
        if race["armed"] and card_id == first.id:
            race["armed"] = False
            # Another trainer answers the card between our read and our write.
            with Engine.open(clock=clock, backup=False) as other:
                other.session().answer(card_id, 4)
        return entry

    monkeypatch.setattr(engine, "check", check)
    monkeypatch.setattr(answers_module, "get_card", get_card_then_lose_the_race)
    second = next(card for card in ("two:a:x", "two:b:y") if card != first.id)
    right = engine.card_details(second).entry.card.answer.text
    text = run(engine, deck_id, f"guess\n1\n{right}\n5\n")
    assert "Not saved: another trainer changed this card meanwhile. Going on." in text
    assert [q for q, _, _ in answers(engine, first.id)] == [Quality(4)]  # the other's only
    assert answers(engine, second) == [(Quality.PERFECT, right, False)]
    assert "Nothing left for today. 1 card answered" in text


def test_a_card_suspended_meanwhile_is_not_logged_and_the_session_goes_on(
    open_deck: OpenDeck, clock: MovableClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, deck_id = open_deck(TWO)
    first = first_card(engine, deck_id)
    checked = engine.check

    def check_while_another_trainer_suspends(
        card: Card, typed: str, response_seconds: float | None = None
    ) -> Feedback:
        with Engine.open(clock=clock, backup=False) as other:
            other.suspend(first.id)
        return checked(card, typed, response_seconds)

    monkeypatch.setattr(engine, "check", check_while_another_trainer_suspends)
    text = run(engine, deck_id, "guess\n\n")
    assert "Not saved: this card was suspended or retired meanwhile." in text
    assert answers(engine, first.id) == []
    assert text.count("answer> ") == 2  # the other card came next


def test_damage_while_saving_names_the_answer_and_how_to_restore(
    open_deck: OpenDeck, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, deck_id = open_deck(TWO)
    first = first_card(engine, deck_id)

    def damaged(*_: object, **__: object) -> None:
        raise CollectionCorruptError("database disk image is malformed")

    monkeypatch.setattr(engine, "_commit", damaged)
    out = io.StringIO()
    with pytest.raises(TrainerError) as raised:
        run_plain_review(engine, deck_id, io.StringIO("guess\n\n"), out)
    message = str(raised.value)
    assert f"Your answer to “{first.prompt}” was not saved" in message
    assert "trainer restore" in message
    assert "Stopped. 0 cards answered" in out.getvalue()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8:surrogateescape"])
def test_invalid_utf8_on_stdin_is_graded_as_typed_not_a_traceback(
    tmp_path: Path, encoding: str
) -> None:
    # A C locale's stdin escapes what it cannot decode as lone surrogates, which no
    # answer can be saved with.
    deck = tmp_path / "two.yaml"
    deck.write_text(TWO, encoding="utf-8")
    run_ = run_trainer(
        tmp_path / "home",
        "review",
        "--plain",
        str(deck),
        now="2026-03-01T10:00:00+01:00",
        stdin=b"Xan\xff\xfeten\n5\nYpres\n5\n",
        env={"PYTHONIOENCODING": encoding},
        timeout=60,
    )
    stdout, stderr = run_.stdout.decode(), run_.stderr.decode()
    assert run_.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert stdout.count("Saved.") == 2
    assert "Nothing left for today. 2 cards answered" in stdout
