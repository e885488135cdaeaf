"""The review-log export (trainer.interop.log_export, `trainer export log`): the columns an
export always had are written byte for byte as before, and the columns a class's item
analysis needs come after them."""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
from pathlib import Path

import pytest

from tests.support.clock import MovableClock
from trainer.cli import main
from trainer.core.scheduling.state import Quality
from trainer.engine import Engine, SessionMode
from trainer.interop.log_export import EXPORT_COLUMNS, ExportOptions, export_row, write_log

DATA = Path(__file__).parent / "data" / "log_export"
# What `trainer export log` wrote for the collection `build_collection` makes, before the
# export moved to trainer.interop and gained the columns after `memory_after`.
LEGACY_COLUMNS = EXPORT_COLUMNS[: EXPORT_COLUMNS.index("memory_after") + 1]
ADDED_COLUMNS = ("learner", "verdict", "choice", "overridden")
DECK = textwrap.dedent(
    """\
    id: g
    title: Golden
    excerpts:
      - id: e1
        page: 7
        text: About alpha, "quoted", and =1+1.
        questions:
          - id: q1
            q: What is alpha?
            a: Alpha
      - id: e2
        page: 8
        text: About beta.
        questions:
          - id: q2
            q: What is beta?
            a: Beta
      - id: e3
        page: 9
        text: About the river.
        questions:
          - id: q3
            q: Which river?
            a: Volga
            distractors: [Don, Ural, Oka]
    """
)
HOSTILE = '=HYPERLINK("x"),\n"quoted"\x1b[31m ünï'


def build_collection(home: Path) -> None:
    """Two days of answers in two sittings (a review with an undo, a quiz), with typed
    text that a spreadsheet or a terminal would run, as the reference export was made."""
    deck = home.parent / "g.yaml"
    deck.write_text(DECK, encoding="utf-8")
    clock = MovableClock()
    with Engine.open(clock=clock) as engine:
        engine.import_deck(deck)
        review = engine.session("g")
        review.answer("g:e1:q1", 5, typed="Alpha", suggested=Quality(5), response_seconds=2.5)
        clock.advance(seconds=20)
        review.answer("g:e2:q2", 1, typed=HOSTILE, suggested=Quality(0), response_seconds=4.0)
        clock.advance(seconds=20)
        beta = engine.card_details("g:e2:q2").entry.card
        review.answer(
            "g:e2:q2",
            4,
            typed="Beta",
            suggested=Quality(4),
            response_seconds=3.25,
            feedback=review.check(beta, "beta"),
        )
        clock.advance(seconds=20)
        river = engine.card_details("g:e3:q3").entry.card
        review.answer(
            "g:e3:q3",
            3,
            typed="2",
            suggested=Quality(3),
            response_seconds=1.234,
            feedback=review.check(river, "2"),
        )
        clock.advance(seconds=5)
        review.undo()
        clock.advance(days=1, minutes=30)
        quiz = engine.session("g", SessionMode.QUIZ)
        quiz.answer("g:e1:q1", 4)
        clock.advance(seconds=20)
        quiz.answer(
            "g:e3:q3",
            0,
            typed="",
            suggested=Quality(0),
            response_seconds=0.0004,
            feedback=quiz.check(river, ""),
        )


@pytest.fixture
def exported(home: Path, tmp_path: Path) -> dict[str, str]:
    build_collection(home)
    out = {}
    for fmt in ("csv", "json"):
        target = tmp_path / f"log.{fmt}"
        assert main(["export", "log", "--format", fmt, "-o", str(target)]) == 0
        out[fmt] = target.read_text(encoding="utf-8")
    return out


def test_the_columns_of_earlier_exports_are_written_byte_for_byte_as_before(
    exported: dict[str, str],
) -> None:
    assert (*LEGACY_COLUMNS, *ADDED_COLUMNS) == EXPORT_COLUMNS
    # The added cells end every record; what is left must be the earlier export exactly.
    added_csv = re.compile(
        r",(learner,verdict,choice,overridden|[0-9a-f]{32},[a-z]*,\d*,(True|False))\n"
    )
    legacy_csv = added_csv.sub("\n", exported["csv"])
    assert len(added_csv.findall(exported["csv"])) == 8  # the header and seven entries
    assert legacy_csv == (DATA / "before.csv").read_text(encoding="utf-8")
    added_json = re.compile(
        r', "learner": "[0-9a-f]{32}", "verdict": (null|"[a-z]+"), "choice": (null|\d+), '
        r'"overridden": (true|false)\}'
    )
    legacy_json = added_json.sub("}", exported["json"])
    assert len(added_json.findall(exported["json"])) == 7
    assert legacy_json == (DATA / "before.json").read_text(encoding="utf-8")


def test_the_added_columns_name_the_learner_the_grader_and_the_option(
    exported: dict[str, str],
) -> None:
    rows = list(csv.DictReader(io.StringIO(exported["csv"])))
    learners = {row["learner"] for row in rows}
    assert len(learners) == 1 and re.fullmatch(r"[0-9a-f]{32}", learners.pop())
    assert [row["mode"] for row in rows] == ["review"] * 5 + ["quiz"] * 2
    by_id = {row["id"]: row for row in rows}
    # No check given with the answer: nothing is known of the grader's verdict.
    assert (by_id["1"]["verdict"], by_id["1"]["choice"]) == ("", "")
    # A typed answer: the grader's word, and no option.
    assert (by_id["3"]["verdict"], by_id["3"]["choice"]) == ("exact", "")
    # Option 2 typed for the multiple choice: index 1, right or wrong as the key says.
    assert by_id["4"]["choice"] == "1"
    assert by_id["4"]["verdict"] in {"exact", "wrong"}
    # The undo row and the quiz answer given without a check.
    assert by_id["5"]["kind"] == "undo" and by_id["5"]["verdict"] == ""
    assert by_id["6"]["verdict"] == "" and by_id["6"]["mode"] == "quiz"
    # A blank answer to the multiple choice: no option picked.
    assert (by_id["7"]["verdict"], by_id["7"]["choice"]) == ("blank", "")
    assert {row["overridden"] for row in rows} == {"False"}
    objects = json.loads(exported["json"])
    assert objects[3]["choice"] == 1 and objects[0]["choice"] is None
    assert objects[0]["overridden"] is False


def test_an_anonymous_export_leaves_out_what_was_typed_unless_asked(
    home: Path, tmp_path: Path
) -> None:
    build_collection(home)
    target = tmp_path / "anonymous.csv"
    assert main(["export", "log", "--anonymous", "-o", str(target)]) == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert {row["typed"] for row in rows} == {""}
    assert all(row["learner"] and row["card"] for row in rows)
    assert "Alpha" not in target.read_text(encoding="utf-8")
    assert main(["export", "log", "--anonymous", "--with-answers", "-o", str(target)]) == 0
    kept = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [row["typed"] for row in kept][:2] == ["Alpha", "'" + _csv_shown(HOSTILE)]


def _csv_shown(text: str) -> str:
    return text.replace("\x1b", "\\x1b")


def test_one_row_carries_every_column_as_a_plain_value(home: Path) -> None:
    build_collection(home)
    with Engine.open(backup=False) as engine:
        entries = list(engine.log("g"))
        learner = engine.learner_id()
    first, second = (export_row(entry, ExportOptions(learner=learner)) for entry in entries[:2])
    assert tuple(first) == EXPORT_COLUMNS
    assert EXPORT_COLUMNS[:7] == (
        "card",
        "reviewed_at",
        "quality",
        "drill",
        "ef_after",
        "interval_after",
        "due_after",
    )
    assert first["card"] == "g:e1:q1" and first["reviewed_at"] == "2026-03-02T10:00:00+01:00"
    assert (first["quality"], first["drill"], first["ef_after"]) == (5, False, 2.6)
    assert (first["interval_after"], first["due_after"]) == (1, "2026-03-03")
    assert first["due_before"] is None and first["day"] == "2026-03-02"
    assert first["scheduler"] == "sm2"
    assert first["memory_before"] == '{"ef":2.5,"repetitions":0}'
    assert first["memory_after"] == '{"ef":2.6,"repetitions":1}'
    # The SM-2 columns of earlier exports are read from the memory.
    assert (first["ef_before"], first["repetitions_after"]) == (2.5, 1)
    assert first["learner"] == second["learner"] == learner
    assert export_row(entries[1], ExportOptions(with_typed=False))["typed"] is None
    assert export_row(entries[1])["learner"] == ""


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_empty_log_is_a_header_or_an_empty_array(fmt: str) -> None:
    out = io.StringIO()
    assert write_log([], fmt, out) == 0  # type: ignore[arg-type]
    expected = ",".join(EXPORT_COLUMNS) + "\n" if fmt == "csv" else "[]\n"
    assert out.getvalue() == expected
