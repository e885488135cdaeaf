"""The command line with hostile values and environments: escaped output, valid JSON, defused CSV,
no partial export files, and one-line errors instead of tracebacks."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import run_trainer as run_in_subprocess
from trainer.cli import EXIT_FAILED, main

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))

# What must never reach a terminal: ESC (OSC title, CSI clear), C1 CSI, NUL, bidi override.
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x9b31m\x00\u202etxt"
HOSTILE_SHOWN = "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\x00\\u202etxt"
RAW_BYTES = (b"\x1b", b"\x07", b"\x00", "\x9b".encode(), "\u202e".encode())
# A file name may hold anything but NUL and "/".
HOSTILE_NAME = HOSTILE.replace("\x00", "")
HOSTILE_NAME_SHOWN = HOSTILE_SHOWN.replace("\\x00", "")

# Markup-looking text is fine in a deck (the loader refuses controls, not brackets).
DECK = """\
id: marks
title: 'Notes [WIP] [/] “quoted”'
excerpts:
  - id: one
    title: '[bold]x [/]'
    page: 3
    text: 'The river [@click=app.quit]Nile[/] flows north.'
    questions:
      - id: river
        q: 'Which river [/] flows north?'
        a: Nile
"""


def run_trainer(
    home: Path, *args: str, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[bytes]:
    """`python -m trainer ARGS` on the collection in `home`, empty stdin, bytes out."""
    return run_in_subprocess(home, *args, env=env, cwd=cwd)


def assert_no_raw_controls(*outputs: bytes) -> None:
    for output in outputs:
        for raw in RAW_BYTES:
            assert raw not in output, (raw, output[:400])


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "marks.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


# File names -----------------------------------------------------------------------------


def test_check_escapes_a_hostile_file_name(home: Path, deck: Path, tmp_path: Path) -> None:
    named = tmp_path / f"deck{HOSTILE_NAME}.yaml"
    named.write_text(DECK, encoding="utf-8")
    missing = tmp_path / f"gone{HOSTILE_NAME}.yaml"
    result = run_trainer(home, "check", str(named), str(missing))
    assert result.returncode == EXIT_FAILED
    assert_no_raw_controls(result.stdout, result.stderr)
    assert f"deck{HOSTILE_NAME_SHOWN}.yaml: 1 card".encode() in result.stdout
    assert f"gone{HOSTILE_NAME_SHOWN}.yaml: error: no such file".encode() in result.stderr


# A name that forges a line of its own: what a script or an editor reads as a diagnostic.
FORGING_NAME = "deck\nforged.yaml:9:9: error: forged"


def _lines_forged(output: bytes) -> list[bytes]:
    return [line for line in output.splitlines() if line.startswith(b"forged.yaml")]


def test_a_newline_in_a_file_name_never_starts_a_line(home: Path, tmp_path: Path) -> None:
    good = tmp_path / f"{FORGING_NAME}.yaml"
    good.write_text(DECK, encoding="utf-8")
    broken = tmp_path / f"bad{FORGING_NAME}.yaml"
    broken.write_text("id: [\n", encoding="utf-8")
    missing = tmp_path / f"gone{FORGING_NAME}.yaml"
    for args in (
        ("check", str(good), str(broken), str(missing)),
        ("import", str(good)),
        ("import", str(broken)),
        ("decks",),
        ("convert", str(broken)),
    ):
        result = run_trainer(home, *args)
        assert not _lines_forged(result.stdout) and not _lines_forged(result.stderr), args
        assert b"\\nforged.yaml:9:9" in result.stdout + result.stderr, args


# Deck values, as a collection or an older deck file could hold them ---------------------


@pytest.fixture
def hostile_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the compiler hand back cards whose every text holds HOSTILE (the loader would
    refuse such a file now; the printing must not depend on it)."""
    from trainer.core import compile as compile_module
    from trainer.core.model import CompiledDeck

    real = compile_module.compile_deck
    real_reusing = compile_module.compile_deck_reusing

    def poisoned(path: str) -> CompiledDeck:
        return _poisoned(real(path))

    # `trainer preview` and `trainer grade` compile through the deck cache's memo.
    def poisoned_reusing(path: str, previous: Any) -> tuple[CompiledDeck, Any]:
        compiled, memo = real_reusing(path, previous)
        return _poisoned(compiled), memo

    def _poisoned(compiled: CompiledDeck) -> CompiledDeck:
        cards = tuple(
            dataclasses.replace(
                card,
                prompt=card.prompt + HOSTILE,
                source=card.source + HOSTILE,
                hint=HOSTILE,
                answer=dataclasses.replace(card.answer, text=card.answer.text + HOSTILE),
            )
            for card in compiled.cards
        )
        return dataclasses.replace(compiled, cards=cards)

    monkeypatch.setattr(compile_module, "compile_deck", poisoned)
    monkeypatch.setattr(compile_module, "compile_deck_reusing", poisoned_reusing)


@pytest.mark.usefixtures("hostile_compile")
def test_preview_escapes_every_value(deck: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["preview", str(deck)]) == 0
    out, err = capfdbinary.readouterr()
    assert_no_raw_controls(out, err)
    assert f"Which river [/] flows north?{HOSTILE_SHOWN}".encode() in out
    assert f"hint: {HOSTILE_SHOWN}".encode() in out


@pytest.mark.usefixtures("hostile_compile")
def test_preview_json_escapes_every_value_and_still_parses(
    deck: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["preview", "--format", "json", str(deck)]) == 0
    out, _ = capfdbinary.readouterr()
    assert_no_raw_controls(out)
    (card,) = json.loads(out)
    assert card["prompt"] == f"Which river [/] flows north?{HOSTILE}"
    assert card["hint"] == HOSTILE


def test_schema_is_valid_json(home: Path) -> None:
    result = run_trainer(home, "schema")
    assert result.returncode == 0
    assert json.loads(result.stdout)["type"] == "object"


# Typed answers in the review log --------------------------------------------------------

FORMULA = '=HYPERLINK("http://evil","x")'


@pytest.fixture
def answered(home: Path, deck: Path) -> Iterator[Path]:
    """A collection whose log holds hostile typed answers (a formula, controls)."""
    from trainer.engine import Engine

    with Engine.open(clock=lambda: NOW) as engine:
        engine.import_deck(deck)
        sitting = engine.session("marks")
        study = sitting.next_card()
        assert study is not None
        sitting.answer(study.card.id, 1, typed=FORMULA + HOSTILE)
        sitting.answer(study.card.id, 4, typed="@SUM(1)")
    yield home


def test_export_csv_defuses_formulas_and_escapes_controls(answered: Path, tmp_path: Path) -> None:
    result = run_trainer(answered, "export", "log", env={"TRAINER_NOW": NOW.isoformat()})
    assert result.returncode == 0, result.stderr
    assert_no_raw_controls(result.stdout, result.stderr)
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
    assert [row["typed"] for row in rows] == ["'" + FORMULA + HOSTILE_SHOWN, "'@SUM(1)"]
    target = tmp_path / "log.csv"
    result = run_trainer(answered, "export", "log", "-o", str(target))
    assert result.returncode == 0 and result.stdout == b""
    assert_no_raw_controls(target.read_bytes())
    assert target.read_text(encoding="utf-8") == rows_text(rows)


def rows_text(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def test_export_json_escapes_controls_and_still_parses(answered: Path) -> None:
    result = run_trainer(answered, "export", "log", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert_no_raw_controls(result.stdout)
    rows = json.loads(result.stdout)
    assert [row["typed"] for row in rows] == [FORMULA + HOSTILE, "@SUM(1)"]


def test_a_failed_export_leaves_no_file_and_an_old_one_untouched(
    answered: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trainer.interop.log_export as log_export
    from trainer.engine import CollectionError
    from trainer.interop.log_export import ExportOptions, ExportValue
    from trainer.store.log import LogEntry

    real = log_export.export_row
    written: list[LogEntry] = []

    def fails_on_the_second_row(
        entry: LogEntry, options: ExportOptions | None = None
    ) -> dict[str, ExportValue]:
        if written:
            raise CollectionError("the collection is damaged (as if a page had gone bad)")
        written.append(entry)
        return real(entry, options)

    monkeypatch.setattr(log_export, "export_row", fails_on_the_second_row)
    folder = tmp_path / "out"
    folder.mkdir()
    new = folder / "new.csv"
    assert main(["export", "log", "-o", str(new)]) == EXIT_FAILED
    assert sorted(path.name for path in folder.iterdir()) == []
    old = folder / "old.json"
    old.write_text("[]\n", encoding="utf-8")
    written.clear()
    assert main(["export", "log", "--format", "json", "-o", str(old)]) == EXIT_FAILED
    assert old.read_text(encoding="utf-8") == "[]\n"
    assert sorted(path.name for path in folder.iterdir()) == ["old.json"]


# Environments that used to end in a traceback -------------------------------------------

BAD_ENVIRONMENTS = {
    "a time zone Python cannot use": ({"TZ": "UTC+99"}, ""),
    "year 1": ({"TRAINER_NOW": "0001-01-01T00:00:00+00:00"}, ""),
    "year 9999": ({"TRAINER_NOW": "9999-12-31T23:00:00+00:00"}, ""),
    "a naive moment in a bad zone": ({"TRAINER_NOW": "2026-01-01T00:00", "TZ": "UTC+99"}, ""),
    "an ASCII terminal": ({"PYTHONIOENCODING": "ascii"}, ""),
    "a huge exam_final_days": ({}, "exam_final_days = 1000000000000\n"),
    "a huge new_per_day": ({}, "new_per_day = 9223372036854775807\n"),
}


@pytest.mark.parametrize("case", list(BAD_ENVIRONMENTS))
def test_no_environment_or_setting_ends_in_a_traceback(case: str, home: Path, deck: Path) -> None:
    env, settings = BAD_ENVIRONMENTS[case]
    home.mkdir()
    if settings:
        (home / "settings.toml").write_text(settings, encoding="utf-8")
    commands = [
        ("check", str(deck)),
        ("preview", str(deck)),
        ("review", "--plain", str(deck)),
        ("export", "log"),
        ("settings",),
    ]
    failures = 0
    for command in commands:
        result = run_trainer(home, *command, env=env)
        shown = f"{case}: trainer {' '.join(command)}: {result.stderr!r}"
        assert b"Traceback" not in result.stdout + result.stderr, shown
        assert result.returncode in (0, EXIT_FAILED), shown
        if result.returncode:
            failures += 1
            assert result.stderr.count(b"\n") == 1, shown
            assert result.stderr.startswith(b"trainer: error: "), shown
    # The clock and the settings are read by the commands that open the collection.
    assert failures == (0 if case == "an ASCII terminal" else 3 if settings else 2)
