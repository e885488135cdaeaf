"""`trainer export apkg --with-progress`: Anki gets each card's schedule and the review history."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.support.clock import MovableClock
from trainer.cli import main
from trainer.core.scheduling.learning_days import learning_day
from trainer.engine import Engine
from trainer.interop.anki_progress import anki_button

DECK = """\
id: rivers
title: Rivers
excerpts:
  - id: rivers
    page: 12
    text: The Danube flows through Vienna; the Seine through Paris; the Thames through London.
    questions:
      - {id: danube, q: Which river flows through Vienna?, a: Danube}
      - {id: seine, q: Which river flows through Paris?, a: Seine}
      - {id: thames, q: Which river flows through London?, a: Thames}
      - {id: new, q: Which river flows through Rome?, a: Tiber}
      - {id: undone, q: Which river flows through Prague?, a: Vltava}
"""


@pytest.fixture
def deck(tmp_path: Path, home: Path) -> Path:
    path = tmp_path / "rivers.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def study(deck: Path) -> tuple[dict[str, Any], list[tuple[str, int]]]:
    """A few days of answers; the stored schedules and the answers that count."""
    clock = MovableClock()
    answers: list[tuple[str, int]] = []
    with Engine.open(clock=clock) as engine:
        engine.import_deck(deck)
        sitting = engine.session("rivers")

        def answer(slot: str, quality: int) -> None:
            sitting.answer(f"rivers:rivers:{slot}", quality)
            answers.append((f"rivers:rivers:{slot}", quality))

        answer("danube", 5)
        answer("seine", 2)
        answer("seine", 4)  # a drill, the same day
        answer("thames", 4)
        clock.advance(days=1)
        answer("seine", 3)
        clock.advance(days=6)
        answer("danube", 4)
        answer("thames", 1)  # a lapse
        sitting.answer("rivers:rivers:undone", 5)
        sitting.undo()
        engine.suspend("rivers:rivers:thames")
        entries = {e.card.id: e for e in engine.search(deck_id="rivers", limit=100)}
    return entries, answers


def import_package(collection: Any, path: Path) -> None:
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    options = ImportAnkiPackageOptions(with_scheduling=True)
    collection.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=options)
    )


def test_anki_gets_schedules_and_history(
    deck: Path, tmp_path: Path, new_anki: Callable[[], Any], capsys: pytest.CaptureFixture[str]
) -> None:
    entries, answers = study(deck)
    output = tmp_path / "rivers.apkg"
    assert main(["export", "apkg", str(deck), "-o", str(output), "--with-progress"]) == 0
    assert capsys.readouterr().out == f"{output}: 5 notes, 3 with a schedule, 7 reviews\n"
    collection = new_anki()
    import_package(collection, output)
    # Anki's day starts at 4 am; so does trainer's by default.
    today = learning_day(datetime.now().astimezone(), 4)
    notes = {collection.get_note(n).guid: collection.get_note(n) for n in collection.find_notes("")}
    assert sorted(notes) == sorted(entries)
    for card_id, entry in entries.items():
        (card,) = notes[card_id].cards()
        schedule = entry.schedule
        if schedule.is_new:
            assert (card.type, card.queue, card.ivl, card.reps) == (0, 0, 0, 0)
            continue
        suspended = entry.status.value == "suspended"
        assert (card.type, card.queue) == (2, -1 if suspended else 2)
        assert card.ivl == schedule.interval
        assert card.factor == round(schedule.memory.ef * 1000)
        assert (card.reps, card.lapses) == (schedule.reviews, schedule.lapses)
        assert card.due - collection.sched.today == (schedule.due - today).days
    rows = collection.db.all("SELECT cid, ease, type FROM revlog ORDER BY id")
    guid_of = {notes[g].cards()[0].id: g for g in notes}
    assert [(guid_of[cid], ease) for cid, ease, _ in rows] == [
        (card_id, anki_button(quality)) for card_id, quality in answers
    ]
    # First answers are learning, a same-day repeat relearning, the rest reviews.
    assert [kind for _, _, kind in rows] == [0, 0, 2, 0, 1, 1, 1]
    # Importing again adds no note and no review.
    import_package(collection, output)
    assert collection.note_count() == 5
    assert collection.db.scalar("SELECT count() FROM revlog") == 7


def test_the_package_is_marked_scheduler_version_2(deck: Path, tmp_path: Path) -> None:
    study(deck)
    output = tmp_path / "rivers.apkg"
    assert main(["export", "apkg", str(deck), "-o", str(output), "--with-progress"]) == 0
    with zipfile.ZipFile(output) as package:
        (tmp_path / "col.sqlite").write_bytes(package.read("collection.anki2"))
    with closing(sqlite3.connect(tmp_path / "col.sqlite")) as conn:
        (conf,) = conn.execute("SELECT conf FROM col").fetchone()
    assert json.loads(conf)["schedVer"] == 2


@pytest.mark.parametrize(("buttons", "expected"), [((0, 1, 2), 1), ((3,), 2), ((4,), 3), ((5,), 4)])
def test_grades_map_to_anki_buttons(buttons: tuple[int, ...], expected: int) -> None:
    assert {anki_button(quality) for quality in buttons} == {expected}


def test_without_a_collection_nothing_is_written(
    deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "rivers.apkg"
    assert main(["export", "apkg", str(deck), "-o", str(output), "--with-progress"]) == 1
    assert "no collection yet" in capsys.readouterr().err
    assert not output.exists()


def test_a_deck_not_in_the_collection(
    deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(DECK.replace("id: rivers\n", "id: other\n", 1), encoding="utf-8")
    study(deck)
    output = tmp_path / "other.apkg"
    assert main(["export", "apkg", str(other), "-o", str(output), "--with-progress"]) == 1
    assert "deck 'other' is not in your collection" in capsys.readouterr().err
    assert not output.exists()


def test_converting_a_package_back_reports_the_progress_it_leaves(
    deck: Path, tmp_path: Path
) -> None:
    from trainer.interop.sources import convert

    study(deck)
    output = tmp_path / "rivers.apkg"
    assert main(["export", "apkg", str(deck), "-o", str(output), "--with-progress"]) == 0
    converted = convert(output)
    assert str(converted.notes[0]) == (
        f"{output}: warning: holds 7 reviews; a learner's progress is not converted "
        "(a deck holds questions, not progress)"
    )
    # The card the learner suspended is named, and converted all the same.
    assert [note.message for note in converted.notes][1:] == [
        "card 1 is suspended in Anki; converted all the same"
    ]
    assert [c.prompt for c in converted.compiled.cards][:1] == ["Which river flows through Vienna?"]
