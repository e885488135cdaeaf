"""Malformed GIFT, Aiken, CSV and Quizlet files: one `file:line:col: error:` line, as decks give."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.model import DeckError
from trainer.interop.sources import ReadOptions, read_bank

GIFT = [
    (
        "::Rapallo\nWhere was it signed?{=Rapallo}\n",
        "1:1: error: a title opened with '::' is never closed",
    ),
    (
        "// a comment\n\nWhere was it signed?{=Rapallo\n",
        "3:21: error: this answer block is never closed with '}'",
    ),
    (
        "Where {=Rapallo {=Genoa}}\n",
        "1:17: error: '{' inside an answer block (write '\\{' for a brace)",
    ),
    (
        "Where } was it signed?{=Rapallo}\n",
        "1:7: error: '}' closes no answer block (write '\\}' for a brace)",
    ),
    (
        "First {=a} then {=b}\n",
        "1:17: error: a question has one answer block; write '\\{' and '\\}' for braces",
    ),
    # Two questions with no blank line between them: the second is named.
    (
        "::Q1:: Who? {=a}\n::Q2:: When? {#1830}\n",
        "2:1: error: another question starts here: separate questions with a blank line",
    ),
    (
        "Who? {=a}\n  What? {=b}\n",
        "2:3: error: another question starts here: separate questions with a blank line",
    ),
    (
        "Where was it signed?{\n    Rapallo\n}\n",
        "2:5: error: an answer must start with '=' (right) or '~' (wrong)",
    ),
    (
        "How many?{#fifty}\n",
        "1:12: error: 'fifty' is not a number, 'number:tolerance' or 'low..high'",
    ),
    (
        "How many?{#\n  =50:5\n  =about 60\n}\n",
        "3:4: error: 'about 60' is not a number, 'number:tolerance' or 'low..high'",
    ),
    (
        "Match.{=a -> 1 =b =c -> 3}\n",
        "1:16: error: a matching pair needs '->' between its two sides",
    ),
    ("::Title::{=Rapallo}\n", "1:10: error: a question with no text"),
    (
        "Fine.{=yes}\n\nBroken {=no\n\nNever reached.{T}\n",
        "3:8: error: this answer block is never closed with '}'",
    ),
]

AIKEN = [
    ("A. An option first\nANSWER: A\n", "1:1: error: an option with no question before it"),
    ("What?\nANSWER: A\n", "2:1: error: 'ANSWER:' comes before any option"),
    ("What?\nA. One\nB. Two\nANSWER: C\n", "4:1: error: 'ANSWER: C' names no option (A, B)"),
    ("What?\nA. One\nB. Two\n", "4:1: error: the question ends without 'ANSWER: …'"),
    ("What?\nA. One\nA. Again\nANSWER: A\n", "3:1: error: option A is given twice"),
    (
        "What?\nA. One\nB. Two\nthen some text\nANSWER: A\n",
        "4:1: error: expected another option ('C. …') or the answer ('ANSWER:' and one of A, B) "
        "here",
    ),
    ("What?\nA. Only one\nANSWER: A\n", "1:1: error: a multiple choice question needs two options"),
    # An option with no text: said so, not taken for text before the options.
    ("What?\nA.\nB. b\nANSWER: B\n", "2:1: error: option A has no text"),
    ("What?\nA. a\nB)\nANSWER: A\n", "3:1: error: option B has no text"),
    (
        "What?\nA. a\nB. b\nC. c\nD. d\ntext\nANSWER: A\n",
        "6:1: error: expected another option ('E. …') or the answer ('ANSWER:' and one of A, B, "
        "C, D) here",
    ),
    # A question with no ANSWER line, then the next one: said at the first, not the second.
    (
        "What?\nA. One\nB. Two\n\nAnd then?\nA. Three\nB. Four\nANSWER: A\n",
        "4:1: error: the question ends without 'ANSWER: …'",
    ),
    (
        "Wer?\n  A) Eins\n  B) Zwei\n  C) Drei\n\n\n  Was?\n",
        "5:1: error: the question ends without 'ANSWER: …'",
    ),
    # Options with small letters are text to Moodle: the first one is named, not the answer.
    (
        "What?\na) One\nb) Two\nANSWER: A\n",
        "2:1: error: an option is a capital letter, 'A) …', not 'a) …'",
    ),
    (
        "Qui ?\n  c. Un\n  D. Deux\nANSWER: D\n",
        "2:3: error: an option is a capital letter, 'C. …', not 'c. …'",
    ),
    (
        "What?\nA. One\nb. Two\nANSWER: A\n",
        "3:1: error: an option is a capital letter, 'B. …', not 'b. …'",
    ),
    (
        "What?\n  A. One\n  B. Two\n  ANSWER A\n",
        "4:3: error: expected another option ('C. …') or the answer ('ANSWER:' and one of A, B) "
        "here",
    ),
]

CSV = [
    (
        "query,reply\nWhat?,That\n",
        "1:1: error: no 'question' column: the header row names the columns "
        "(question, answer, accept, distractors, page …)",
    ),
    ("question,answer\nWhat?,That,More\n", "2:1: error: 3 cells, but the header names 2 columns"),
    ("question,answer,q\nWhat?,That,Other\n", "1:17: error: two columns give the question"),
    ("\n\n", "1:1: error: no header row naming the columns"),
    ('question,answer\n"What?" x,That\n', "2:1: error: malformed row: ',' expected after '\"'"),
    # A quote never closed swallows the rest of the file: the row that opened it is named.
    (
        'question,answer\nFine?,Yes\n"Broken?,No\nMore,rows\nand,more\n',
        "3:1: error: a quoted cell opened in this row is never closed with '\"'",
    ),
    (
        'question;answer\nA?;"B\n\n',
        "2:1: error: a quoted cell opened in this row is never closed with '\"'",
    ),
]

QUIZLET = [
    ("Lipetsk\taviation school\nKazan tank school\n", None),
    (
        "no tab on the first line\nKazan\ttank school\n",
        "1:1: error: no tab between the term and its definition",
    ),
]


def error_of(tmp_path: Path, name: str, text: str, fmt: str, **options: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DeckError) as raised:
        read_bank(path, named=fmt, options=ReadOptions(**options))
    (diagnostic,) = raised.value.diagnostics
    assert str(diagnostic).startswith(f"{path}:")
    return str(diagnostic).removeprefix(f"{path}:")


@pytest.mark.parametrize(("text", "expected"), GIFT)
def test_malformed_gift(tmp_path: Path, text: str, expected: str) -> None:
    assert error_of(tmp_path, "bank.gift", text, "gift") == expected


def test_a_blank_line_inside_an_answer_block_does_not_end_the_question(tmp_path: Path) -> None:
    path = tmp_path / "bank.gift"
    path.write_text("Which towns?{\n=Lipetsk\n\n=Kazan\n}\n", encoding="utf-8")
    (item,) = read_bank(path, named="gift").items
    assert item.questions[0].accept == ("Kazan",)


@pytest.mark.parametrize(("text", "expected"), AIKEN)
def test_malformed_aiken(tmp_path: Path, text: str, expected: str) -> None:
    assert error_of(tmp_path, "bank.txt", text, "aiken") == expected


@pytest.mark.parametrize(("text", "expected"), CSV)
def test_malformed_csv(tmp_path: Path, text: str, expected: str) -> None:
    assert error_of(tmp_path, "bank.csv", text, "csv") == expected


def test_a_quizlet_line_without_a_tab_continues_the_definition_before_it(tmp_path: Path) -> None:
    path = tmp_path / "set.txt"
    path.write_text(QUIZLET[0][0], encoding="utf-8")
    bank = read_bank(path, named="quizlet")
    (item,) = bank.items
    assert item.questions[0].answer == "aviation school\nKazan tank school"


def test_a_quizlet_file_must_start_with_a_card(tmp_path: Path) -> None:
    text, expected = QUIZLET[1]
    assert error_of(tmp_path, "set.txt", text, "quizlet") == expected


def test_a_quizlet_card_without_the_chosen_separator(tmp_path: Path) -> None:
    error = error_of(
        tmp_path, "set.txt", "a,b;c d;e,f", "quizlet", term_separator=",", card_separator=";"
    )
    assert error == "1:5: error: no comma between the term and its definition"


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bank.gift"
    path.write_bytes(b"Where?{=Rapallo}\n\nWhen?{=1922 caf" + b"\xe9}\n")
    with pytest.raises(DeckError) as raised:
        read_bank(path, named="gift")
    assert str(raised.value) == f"{path}:3:16: error: not UTF-8 text; save the file as UTF-8"


def test_comment_lines_inside_an_answer_block_are_comments(tmp_path: Path) -> None:
    path = tmp_path / "bank.gift"
    path.write_text(
        "Which town?{\n// the right one first\n=Lipetsk\n  // then the others\n~Kazan\n}\n",
        encoding="utf-8",
    )
    (item,) = read_bank(path, named="gift").items
    question = item.questions[0]
    assert (question.answer, question.distractors) == ("Lipetsk", ("Kazan",))


@pytest.mark.parametrize(
    ("name", "fmt", "text", "warning"),
    [
        (
            "bank.csv",
            "csv",
            "question,answer,tolerance\nHow many?,5,inf\n",
            "2:1: warning: tolerance 'inf' is not a finite number; left out",
        ),
        (
            "bank.csv",
            "csv",
            "question,answer,tolerance\nHow many?,5,nan\n",
            "2:1: warning: tolerance 'nan' is not a finite number; left out",
        ),
        (
            "bank.gift",
            "gift",
            "How many?{#5:" + "9" * 400 + "}\n",
            "1:12: warning: a tolerance of 401 digits is too large to be one; left out",
        ),
    ],
)
def test_a_tolerance_past_any_number_is_left_out_with_a_warning(
    tmp_path: Path, name: str, fmt: str, text: str, warning: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    bank = read_bank(path, named=fmt)
    assert [str(note).removeprefix(f"{path}:") for note in bank.notes] == [warning]
    (item,) = bank.items
    assert item.questions[0].tolerance is None


def test_quizlet_positions_are_counted_line_by_line(tmp_path: Path) -> None:
    lines = [f"term {i}\tdefinition {i}" for i in range(2_000)]
    lines[1_500] = "\tno term here"
    path = tmp_path / "set.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    bank = read_bank(path, named="quizlet")
    assert [str(note).removeprefix(f"{path}:") for note in bank.notes] == [
        "1501:2: warning: a card with no term; left out"
    ]
