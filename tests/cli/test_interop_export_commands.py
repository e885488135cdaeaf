"""`trainer export apkg|gift|csv DECK`: files written whole or not at all; decks named by id."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pytest

from trainer.cli import main

DECK = """\
id: schools
title: The schools
excerpts:
  - id: lipetsk
    page: 128
    text: In March 1926 an aviation school was agreed at Lipetsk, and a tank school at Kazan.
    questions:
      - id: where
        q: Where was the aviation school agreed in 1926?
        a: Lipetsk
        distractors: [Kazan, Moscow]
        choices: 3
      - id: year
        q: In what year was it agreed?
        a: 1926
"""


@pytest.fixture
def deck(tmp_path: Path, home: Path) -> Path:
    path = tmp_path / "schools.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def test_gift_goes_to_stdout_without_output(deck: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "gift", str(deck)]) == 0
    out = capsys.readouterr().out
    assert "::lipetsk\\:where::[plain]Where was the aviation school agreed in 1926? {" in out
    assert "    =Lipetsk\n    ~Kazan\n    ~Moscow\n" in out
    assert "::lipetsk\\:year::[plain]In what year was it agreed? {\n    #1926\n" in out
    assert "// page: 128\n" in out
    assert "####In March 1926 an aviation school" in out
    assert "\\n\\nSource\\: p. 128\n" in out


def test_a_package_needs_an_output_file(deck: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "apkg", str(deck)]) == 2
    assert "the following arguments are required: -o/--output" in capsys.readouterr().err


def test_a_failure_half_way_leaves_no_file(
    deck: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(compiled: object, out: BinaryIO, **_: object) -> int:
        out.write(b"PK\x03\x04 half a package")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("trainer.interop.anki_write.write_package", failing)
    output = tmp_path / "schools.apkg"
    output.write_bytes(b"the previous export")
    assert main(["export", "apkg", str(deck), "-o", str(output)]) == 1
    assert output.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["schools.apkg", "schools.yaml"]


def test_an_output_folder_is_refused(
    deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "csv", str(deck), "-o", str(tmp_path)]) == 1
    assert "is a folder, not a file" in capsys.readouterr().err


def test_a_deck_with_errors_is_not_exported(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\ntitle: Broken\nexcerpts:\n  - id: x\n", encoding="utf-8")
    output = tmp_path / "broken.gift"
    assert main(["export", "gift", str(broken), "-o", str(output)]) == 1
    assert f"{broken}:4:5: error:" in capsys.readouterr().err
    assert not output.exists()


def test_a_bank_exports_as_it_converts(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = tmp_path / "bank.gift"
    bank.write_text("::q::Which town?{=Lipetsk ~Kazan}\n", encoding="utf-8")
    assert main(["export", "csv", str(bank)]) == 0
    assert '"Which town?<br><br>1. ' in capsys.readouterr().out
