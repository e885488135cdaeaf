"""Reading logs: duplicates dropped, retired cards kept, malformed input as `file:line` errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.analytics.conftest import answer, write_log
from trainer.analytics import LogError, analyze, logs
from trainer.analytics.flags import Thresholds
from trainer.analytics.logs import Problems, read_rows
from trainer.core.compile import compile_deck

CARDS = [f"v:e:q{n}" for n in range(1, 6)]


def class_rows(learners: int = 5, cards: list[str] = CARDS) -> list[dict[str, object]]:
    rows = []
    for number in range(learners):
        for index, card in enumerate(cards):
            quality = 5 if (number + index) % 3 else 1
            rows.append(answer(f"L{number}", index + 1, card, quality, 1000 + 100 * index))
    return rows


def errors(paths: list[Path]) -> list[str]:
    with pytest.raises(LogError) as caught:
        analyze(paths)
    return str(caught.value).splitlines()


def test_the_same_log_twice_counts_once(tmp_path: Path) -> None:
    log = write_log(class_rows(), tmp_path / "class.csv")
    once = analyze([log])
    twice = analyze([log, log])
    assert twice.items == once.items
    assert (twice.rows, twice.duplicates) == (2 * once.rows, once.rows)


def test_overlapping_exports_of_one_learner_count_once(tmp_path: Path) -> None:
    rows = class_rows()
    monday = write_log(rows[:12], tmp_path / "monday.json")
    friday = write_log(rows, tmp_path / "friday.csv")
    assert analyze([monday, friday]).items == analyze([friday]).items
    assert analyze([friday, monday]).duplicates == 12


def test_the_same_review_id_of_two_learners_is_two_answers(tmp_path: Path) -> None:
    rows = class_rows(learners=2)
    report = analyze([write_log(rows, tmp_path / "class.csv")])
    assert report.duplicates == 0 and report.answers == len(rows)


def test_logs_without_learner_column_are_one_learner_each(tmp_path: Path) -> None:
    rows = [{k: v for k, v in row.items() if k != "learner"} for row in class_rows()]
    paths = []
    for number in range(5):
        mine = [row for i, row in enumerate(rows) if i // 5 == number]
        paths.append(write_log(mine, tmp_path / f"learner{number}.json"))
    report = analyze(paths)
    assert report.learners == 5 and report.duplicates == 0
    assert analyze([*paths, paths[0]]).duplicates == 5


def test_the_oldest_logs_need_only_the_documented_columns(tmp_path: Path) -> None:
    # card, reviewed_at, quality, drill, ef_after, interval_after, due_after: no id, deck,
    # learner. The deck is read from the card id, the order from the rows.
    log = tmp_path / "old.csv"
    lines = ["card,reviewed_at,quality,drill,ef_after,interval_after,due_after"]
    lines += [
        f"old:e:q1,2026-01-0{day}T10:00:00+00:00,{q},False,2.5,1,2026-01-09"
        for day, q in ((1, 1), (2, 4), (3, 5))
    ]
    lines.append("old:e:q1,2026-01-03T10:00:00+00:00,5,False,2.5,1,2026-01-09")  # a copy
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = analyze(
        [log],
        thresholds=Thresholds(min_learners=1),
    )
    (item,) = report.items
    assert (report.deck, report.learners, item.answers, report.duplicates) == ("old", 1, 3, 1)
    assert item.facility == 0 and item.lapse_rate == 0


def test_cards_retired_from_the_deck_are_reported_and_marked(tmp_path: Path) -> None:
    deck = tmp_path / "v.yaml"
    deck.write_text(
        "id: v\ntitle: Version 2\nexcerpts:\n  - id: e\n    page: 1\n    text: About e.\n"
        "    questions:\n"
        + "".join(
            f"      - id: q{n}\n        q: What is {n}?\n        a: a{n}\n" for n in (1, 2, 3, 4, 6)
        ),
        encoding="utf-8",
    )
    report = analyze([write_log(class_rows(), tmp_path / "class.csv")], compiled=compile_deck(deck))
    by_card = {item.card: item for item in report.items}
    assert by_card["v:e:q5"].retired and by_card["v:e:q5"].where is None
    assert by_card["v:e:q5"].learners == 5  # still measured
    assert not by_card["v:e:q1"].retired
    assert by_card["v:e:q1"].where == f"{deck}:8"
    assert by_card["v:e:q4"].where == f"{deck}:17"
    assert report.unanswered == ("v:e:q6",)


def test_a_row_with_too_many_cells_is_an_error_at_its_line(tmp_path: Path) -> None:
    log = write_log(class_rows(), tmp_path / "class.csv")
    lines = log.read_text(encoding="utf-8").splitlines()
    width = len(lines[0].split(","))
    lines[3] += ",extra"
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert errors([log]) == [f"{log}:4:1: error: {width + 1} cells where the header has {width}"]


def test_bad_values_are_errors_at_their_lines_in_file_order(tmp_path: Path) -> None:
    rows = class_rows()
    rows[2]["quality"] = "good"
    rows[5]["quality"] = 7
    rows[6]["response_ms"] = -3
    rows[7]["choice"] = "B"
    rows[8]["drill"] = "maybe"
    rows[9]["memory_after"] = "{ef: 2}"
    rows[10]["kind"] = "undo"
    rows[11]["kind"] = "redo"
    rows[12]["card"] = ""
    first = write_log(rows, tmp_path / "first.csv")
    second = write_log(rows[:3], tmp_path / "second.json")
    assert errors([first, second]) == [
        f"{first}:4:1: error: quality must be a whole number from 0 to 5, not 'good'",
        f"{first}:7:1: error: quality must be a whole number from 0 to 5, not 7",
        f"{first}:8:1: error: response_ms must be a number of milliseconds, not -3",
        f"{first}:9:1: error: choice must be an option's number (0, 1, …), not 'B'",
        f"{first}:10:1: error: drill must be true or false, not 'maybe'",
        f"{first}:11:1: error: memory_after is not JSON",
        f"{first}:12:1: error: an undo entry needs the id of the answer it undoes (undoes)",
        f"{first}:13:1: error: kind must be answer or undo, not 'redo'",
        f"{first}:14:1: error: no card id",
        f"{second}:4:1: error: quality must be a whole number from 0 to 5, not 'good'",
    ]


def test_past_twenty_errors_the_rest_are_counted(tmp_path: Path) -> None:
    rows = class_rows(learners=6)
    for row in rows:
        row["quality"] = "?"
    lines = errors([write_log(rows, tmp_path / "bad.csv")])
    assert len(lines) == 21 and lines[-1] == "… and 10 more errors"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            '[\n  {"card": "v:e:q1", "quality": 5},\n  {"card": "v:e:q2", "quality": }\n]',
            "3:33",  # at the "}" where the value should be
            "bad JSON: Expecting value",
        ),
        (
            '[\n  {"card": "v:e:q1", "quality": 5}\n  {"card": "v:e:q2"}\n]',
            3,
            "expected ',' or ']' between entries, not '{'",
        ),
        (
            '[\n  {"card": "v:e:q1", "quality": 5},\n  [1, 2]\n]',
            3,
            "each entry must be a JSON object, not an array",
        ),
        ('[\n  {"card": "v:e:q1", "quality": 5},\n', 3, "the array is not closed with ']'"),
        ('[{"card": "v:e:q1", "quality": 5}]\nmore', 2, "text after the closing ']'"),
        (
            '[{"card": "v:e:q1", "quality": 5, "typed": {"a": 1}}]',
            1,
            "'typed' must be text or a number, not an object",
        ),
        # A student's file is untrusted: nesting that exhausts the decoder's stack, and a
        # number SQLite cannot hold, are errors, never a crash.
        ("[" + "[" * 100_000 + "]" * 100_000 + "]", 1, "bad JSON: nested too deeply"),
        (
            '[{"card": "v:e:q1", "quality": 3, "id": 99999999999999999999999999999}]',
            1,
            "'id' is a whole number too large (29 digits)",
        ),
    ],
)
def test_malformed_json_is_an_error_at_its_line(
    tmp_path: Path, text: str, line: int | str, message: str
) -> None:
    # A place JSON's own reader finds is its line and column; an entry's, its line's start.
    log = tmp_path / "bad.json"
    log.write_text(text, encoding="utf-8")
    where = line if isinstance(line, str) else f"{line}:1"
    assert errors([log]) == [f"{log}:{where}: error: {message}"]


def test_files_that_are_no_log(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("\n", encoding="utf-8")
    other = tmp_path / "other.csv"
    other.write_text("name,score\nada,3\n", encoding="utf-8")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"card,quality\n\xff\xfe,3\n")
    assert errors([empty, other, binary, tmp_path / "missing.csv"]) == [
        f"{empty}:1:1: error: empty file: not a CSV or JSON review log",
        f"{other}:1:1: error: no column 'card'; no column 'quality'"
        " (is this an exported review log?)",
        f"{binary}:1:1: error: not UTF-8 text: not a review log",
        f"{tmp_path / 'missing.csv'}:1:1: error: cannot read: No such file or directory",
    ]


def test_hostile_text_in_errors_is_escaped(tmp_path: Path) -> None:
    rows = class_rows()
    rows[0]["quality"] = "\x1b]0;pwned\x07"
    log = write_log(rows, tmp_path / "bad\x1b[31m.csv")
    (line,) = errors([log])
    assert "\x1b" not in line and "\\x1b" in line


@pytest.mark.parametrize("column", ["card", "typed", "learner"])
def test_a_lone_surrogate_escape_in_json_is_an_error_at_its_line(
    tmp_path: Path, column: str
) -> None:
    """JSON's escapes can spell half a character, which no text can hold: an error at the
    entry, never a crash when the rows are stored or shown."""
    rows = [json.dumps(row) for row in class_rows()]
    entry = class_rows()[0]
    entry[column] = f"{entry.get(column) or 'x'}\ud800"
    rows.insert(2, json.dumps(entry))
    log = tmp_path / "bad.json"
    log.write_text("[\n" + ",\n".join(rows) + "\n]\n", encoding="utf-8")
    assert errors([log]) == [
        f"{log}:4:1: error: a lone surrogate escape (\\ud800–\\udfff without its pair) is not text"
    ]


def test_a_surrogate_pair_escape_in_json_is_the_character_it_spells(tmp_path: Path) -> None:
    rows = class_rows()
    log = tmp_path / "paired.json"
    text = json.dumps(rows).replace('"L0"', '"L0 \\ud83d\\ude00"', 1)
    log.write_text(text, encoding="utf-8")
    assert analyze([log]).rows == len(rows)


def test_multi_line_cells_keep_the_line_numbers_right(tmp_path: Path) -> None:
    rows = class_rows()
    rows[0]["typed"] = "two\nlines"
    rows[2]["quality"] = "x"
    log = write_log(rows, tmp_path / "class.csv")
    message = "quality must be a whole number from 0 to 5, not 'x'"
    assert errors([log]) == [f"{log}:5:1: error: {message}"]


def test_json_read_in_small_chunks_gives_the_same_rows_and_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = class_rows()
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    lines_ = tmp_path / "lines.json"
    lines_.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    whole = list(read_rows(str(pretty), 0, Problems()))
    monkeypatch.setattr(logs, "_CHUNK_CHARS", 7)
    assert list(read_rows(str(pretty), 0, Problems())) == whole
    assert [row[1] for row in whole[:3]] == [2, 18, 34]  # where each object opens
    assert [row[2:] for row in read_rows(str(lines_), 0, Problems())] == [row[2:] for row in whole]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(rows[:3], indent=2).replace('"quality": 5', '"quality": 5,,', 1))
    problems = Problems()
    list(read_rows(str(broken), 0, problems))
    # Read 7 characters at a time, the column still counts from the line's own start.
    bad_line = broken.read_text().splitlines()[24]
    column = bad_line.index(",,") + 2
    assert [(p.line, p.column, p.message) for p in problems.items] == [
        (25, column, "bad JSON: Expecting property name enclosed in double quotes")
    ]


def test_json_values_of_every_kind(tmp_path: Path) -> None:
    entry = {"card": "v:e:q1", "quality": 4, "drill": False, "undone": True, "typed": None}
    entry |= {"memory_after": {"ef": 1.3}, "ef_after": 2.5, "learner": None}
    log = tmp_path / "one.json"
    log.write_text(json.dumps([entry]), encoding="utf-8")
    ((file, line, *cells),) = read_rows(str(log), 3, Problems(), "file:one")
    values = dict(zip(logs.LOG_COLUMNS, cells, strict=True))
    assert (file, line, values["learner"], values["drill"], values["undone"]) == (
        3,
        1,
        "file:one",
        "false",
        "true",
    )
    assert (values["typed"], values["memory_after"], values["ef_after"]) == ("", '{"ef": 1.3}', 2.5)


def test_ids_need_not_be_numbers_and_times_may_have_fractions(tmp_path: Path) -> None:
    rows = class_rows()
    for row in rows:
        row["id"] = f"r-{row['id']:04d}"
        row["response_ms"] = int(row["response_ms"]) + 0.5  # type: ignore[call-overload]
    log = write_log(rows, tmp_path / "class.csv")
    report = analyze([log, log])
    assert report.duplicates == len(rows) and report.learners == 5
    assert report.items[0].median_response_ms is not None
    assert report.items[0].median_response_ms % 1 == 0.5


def test_logs_of_more_cards_than_a_course_holds_are_refused_at_the_first_beyond(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("trainer.analytics.pool.MAX_CARDS", 3)
    log = write_log(class_rows(learners=2), tmp_path / "class.csv")
    # Learner L0 answers q1 … q5 on lines 2 … 6: the fourth card is on line 5.
    assert errors([log]) == [
        f"{log}:5:1: error: answers more than 3 cards: item analysis reads a course's logs, "
        "not more"
    ]
    monkeypatch.setattr("trainer.analytics.pool.MAX_CARDS", 5)
    assert analyze([log]).rows == 10


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_as_a_log_is_a_problem_not_a_wait(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "class.csv"
    os.mkfifo(fifo)
    problems = Problems()
    assert list(read_rows(str(fifo), 0, problems)) == []
    assert [p.message for p in problems.items] == ["cannot read: is a FIFO, not a regular file"]


@pytest.mark.parametrize("header", ["", "card,quality\n"])
def test_a_line_longer_than_any_entry_is_refused_before_it_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, header: str
) -> None:
    monkeypatch.setattr(logs, "MAX_ENTRY_CHARS", 1000)
    path = tmp_path / "class.csv"
    # No line end at all: a file of NULs, or a header then one endless line.
    path.write_text(header + "\0" * 50_000, encoding="utf-8")
    problems = Problems()
    assert list(read_rows(str(path), 0, problems)) == []
    (problem,) = problems.items
    assert problem.line == (2 if header else 1)
    assert "a line longer than 1,000 characters" in problem.message
