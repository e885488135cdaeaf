"""`trainer convert SOURCE -o DECK.yaml`: warnings, errors, and nothing written on failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_trainer
from trainer.cli import main
from trainer.core.compile import compile_deck

GIFT = """\
// A small bank.
::Rapallo::Where was the 1922 treaty signed?{=Rapallo =%50%Genoa}

Essay about Lipetsk.{}

Which firm built warplanes at Fili?{=Junkers ~Krupp ~Rheinmetall}
"""


@pytest.fixture
def bank(tmp_path: Path, home: Path) -> Path:
    path = tmp_path / "bank.gift"
    path.write_text(GIFT, encoding="utf-8")
    return path


def test_convert_writes_a_deck_that_passes_check(
    bank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "bank.yaml"
    assert main(["convert", str(bank), "-o", str(output)]) == 0
    out, err = capsys.readouterr()
    assert out == (
        f"{bank} → {output}: 2 excerpts, 2 questions, 2 cards; 2 warnings; "
        f"2 without a page (`trainer check {output}` lists them)\n"
    )
    assert err.splitlines() == [
        f"{bank}:2:45: warning: answers with partial or no credit are left out: 'Genoa'",
        f"{bank}:4:21: warning: an essay question has no answer to check; left out",
    ]
    compiled = compile_deck(output)
    assert [card.id for card in compiled.cards] == [
        "bank:rapallo:q1",
        "bank:which-firm-built-warplanes-at-e8adb33a:q1",
    ]
    assert main(["check", str(output)]) == 0
    assert "has page: unknown; write the page it comes from" in capsys.readouterr().err


def test_converting_again_gives_the_same_deck(bank: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    assert main(["convert", str(bank), "-o", str(first)]) == 0
    assert main(["convert", str(bank), "-o", str(second), "--id", "bank"]) == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_without_output_the_deck_goes_to_stdout(
    bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", str(bank), "--id", "mine", "--title", "My bank"]) == 0
    out, err = capsys.readouterr()
    assert "\nid: mine\ntitle: My bank\n" in out
    assert "2 excerpts" in err


def test_an_existing_deck_is_replaced_only_when_asked(
    bank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "bank.yaml"
    output.write_text("my refined deck\n", encoding="utf-8")
    assert main(["convert", str(bank), "-o", str(output)]) == 1
    assert f"{output}: exists already; add --force to replace it" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "my refined deck\n"
    assert main(["convert", str(bank), "-o", str(output), "--force"]) == 0
    assert output.read_text(encoding="utf-8").startswith("# Converted by")


def test_the_source_is_never_overwritten(bank: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(bank), "-o", str(bank), "--force"]) == 1
    assert "is the source itself" in capsys.readouterr().err
    assert bank.read_text(encoding="utf-8") == GIFT


def test_malformed_input_writes_nothing(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "broken.gift"
    source.write_text("Fine?{=yes}\n\nBroken?{=no ~maybe\n", encoding="utf-8")
    output = tmp_path / "broken.yaml"
    output.write_text("kept\n", encoding="utf-8")
    assert main(["convert", str(source), "-o", str(output), "--force"]) == 1
    assert capsys.readouterr().err == (
        f"{source}:3:8: error: this answer block is never closed with '}}'\n"
    )
    assert output.read_text(encoding="utf-8") == "kept\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.gift", "broken.yaml"]


def test_a_damaged_package_is_one_line(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "deck.apkg"
    package.write_bytes(b"PK\x03\x04" + bytes(100))
    output = tmp_path / "deck.yaml"
    assert main(["convert", str(package), "-o", str(output)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"trainer: error: {package}: not a package")
    assert not output.exists()


def test_a_bank_with_nothing_to_convert(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "essays.gift"
    source.write_text("Write an essay.{}\n", encoding="utf-8")
    assert main(["convert", str(source), "-o", str(tmp_path / "essays.yaml")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{source}:1:16: warning: an essay question has no answer to check; left out",
        f"trainer: error: {source}: no question could be converted",
    ]
    assert not (tmp_path / "essays.yaml").exists()


def test_the_format_is_told_by_content_or_named(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    aiken = tmp_path / "quiz.txt"
    aiken.write_text("Which town?\nA. Lipetsk\nB. Kazan\nANSWER: A\n", encoding="utf-8")
    assert main(["convert", str(aiken)]) == 0
    assert "distractors:\n      - Kazan" in capsys.readouterr().out
    quizlet = tmp_path / "set.txt"
    quizlet.write_text("Hund,dog;Katze,cat", encoding="utf-8")
    assert main(["convert", str(quizlet)]) == 1
    assert "cannot tell which format this is; name it with --from" in capsys.readouterr().err
    args = ["convert", str(quizlet), "--from", "quizlet", "--separator", "comma"]
    assert main([*args, "--card-separator", "semicolon"]) == 0
    out = capsys.readouterr().out
    assert "q: Hund\n      a: dog" in out
    assert "q: Katze\n      a: cat" in out


def test_control_characters_never_reach_the_terminal_or_the_deck(
    tmp_path: Path, home: Path
) -> None:
    source = tmp_path / "hostile.gift"
    source.write_text("Where?\x1b]0;pwned\x07{=Rapallo =%50%\x1b[2JGenoa}\n", encoding="utf-8")
    output = tmp_path / "hostile.yaml"
    done = run_trainer(home, "convert", str(source), "-o", str(output))
    assert done.returncode == 0, done.stderr
    assert b"\x1b" not in done.stderr
    assert b"\\x1b[2JGenoa" in done.stderr
    deck = output.read_text(encoding="utf-8")
    assert "\x1b" not in deck
    assert "\x07" not in deck
    compile_deck(output)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--separator", "tab", "--card-separator", "\\t"],
            "the two Quizlet separators must differ",
        ),
        (["--separator", ""], "a Quizlet separator cannot be empty"),
        (["--delimiter", "::"], "the CSV delimiter is one character"),
    ],
)
def test_bad_separators_are_usage_errors(
    bank: Path, options: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", str(bank), *options]) == 2
    assert message in capsys.readouterr().err
