"""CSV banks as quiz sites and teachers' spreadsheets save them: a title above the header,
options lettered or numbered, numbers of any locale, blank cells past the header."""

from __future__ import annotations

import pytest

from trainer.interop.bank import Bank
from trainer.interop.csv_columns import chosen_options, name_columns, spreadsheet_number
from trainer.interop.csv_table import read_csv


def questions(bank: Bank) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (q.prompt, q.answer, q.accept, q.distractors) for item in bank.items for q in item.questions
    ]


CAPITAL = [("Capital of France?", "Paris", (), ("Lyon", "Nice"))]


@pytest.mark.parametrize(
    ("above", "skipped"),
    [
        # Blooket: a title in merged cells, over two lines of one cell.
        ('"Blooket\nImport Template",,,,\n', 1),
        # Kahoot: a blank row, a title and instructions (with commas, quoted), a blank row.
        (
            ",,,,\n,Quiz template,,,\n"
            ',"Add questions, at least two answer alternatives, and a time limit.",,,\n,,,,\n',
            2,
        ),
        # A teacher's sheet: the course in the first row, the date in the second.
        ("Physique 2nde – banque de questions,,,,\nmis à jour le 3 mars,,,,\n", 2),
    ],
)
def test_the_header_row_may_follow_a_title_and_instructions(above: str, skipped: int) -> None:
    text = above + "Question,Answer,Wrong 1,Wrong 2,\nCapital of France?,Paris,Lyon,Nice,\n"
    bank = read_csv(text, "bank.csv")
    assert questions(bank) == CAPITAL
    (note,) = bank.notes
    assert f"{skipped} row(s) above the header row" in note.message


def test_a_header_cell_may_hold_a_line_break_and_its_note() -> None:
    text = (
        'Question Text,Option 1,Option 2,"Option 3\n(Optional)","Correct Answer(s)\n'
        '(Only include Answer #)","Time Limit (sec)\n(Max: 300 seconds)"\n'
        "Capital of France?,Lyon,Paris,Nice,2,20\n"
    )
    bank = read_csv(text, "blooket.csv")
    assert questions(bank) == [("Capital of France?", "Paris", (), ("Lyon", "Nice"))]
    # A warning names the column on one line.
    assert [n.message for n in bank.notes] == [
        "column 'Time Limit (sec) (Max: 300 seconds)' is not used; left out"
    ]


def test_without_a_header_row_the_first_row_says_what_it_lacks() -> None:
    with pytest.raises(Exception, match="no 'question' column"):
        read_csv("Title,,\nsome,thing,else\nmore,rows,here\n", "bank.csv")


@pytest.mark.parametrize(
    "header",
    [
        "Question;A;B;C;Answer",
        "Pregunta;A;B;C;Respuesta correcta",
        "Question;Option A;Option B;Option C;Correct answer",
        "Question;Answer A;Answer B;Answer C;Correct answer",
        "Frage;Antwort (a);Antwort (b);Antwort (c);Richtige Antwort",
        "Question;Choice a;Choice b;Choice c;Correct",
    ],
)
@pytest.mark.parametrize("letter", ["B", "b", "(B)", "B.", "B)"])
def test_lettered_options_and_an_answer_naming_its_letter(header: str, letter: str) -> None:
    bank = read_csv(f"{header}\nCapital of France?;Lyon;Paris;Nice;{letter}\n", "sheet.csv")
    assert questions(bank) == [("Capital of France?", "Paris", (), ("Lyon", "Nice"))]


def test_several_letters_make_the_first_the_answer_and_the_others_accepted() -> None:
    text = "Question\tA\tB\tC\tD\tAnswer\nBases of DNA?\tAdenine\tUracil\tThymine\tRibose\tA, C\n"
    bank = read_csv(text, "sheet.tsv")
    assert questions(bank) == [("Bases of DNA?", "Adenine", ("Thymine",), ("Uracil", "Ribose"))]


def test_a_letter_past_the_options_leaves_the_row_out_with_a_warning() -> None:
    bank = read_csv("Question,A,B,Answer\nX?,one,two,D\nY?,one,two,B\n", "q.csv")
    assert questions(bank) == [("Y?", "two", (), ("one",))]
    assert [n.message for n in bank.notes] == ["correct answer 'D' is no option's letter; left out"]


@pytest.mark.parametrize(
    ("answer", "options", "lettered", "chosen"),
    [
        # A blank option keeps its place: "3" is the third column's, not the third filled.
        ("3", ["Lyon", "", "Paris", "Nice"], False, ["Paris"]),
        ("2", ["Lyon", "", "Paris"], False, None),
        # Option texts that are letters: the answer's letter, unless it is no option's.
        ("D", ["A", "B", "AB", "O"], True, ["O"]),
        ("O", ["A", "B", "AB", "O"], True, ["O"]),
        # Numbered options named by letter, when no option reads as the answer.
        ("C", ["Lyon", "Nice", "Paris"], False, ["Paris"]),
        ("C", ["C", "C++", "Java"], False, ["C"]),
        # Lettered options named by number.
        ("2", ["Lyon", "Paris"], True, ["Paris"]),
        # An answer of its own: the options are wrong ones.
        ("Paris", ["Lyon", "Nice"], False, []),
    ],
)
def test_the_options_a_correct_answer_names(
    answer: str, options: list[str], lettered: bool, chosen: list[str] | None
) -> None:
    assert chosen_options(answer, options, lettered=lettered) == chosen


def test_single_letter_columns_are_options_only_from_a_and_b_on() -> None:
    assert name_columns(["Q", "A"]) == ["question", "answer"]
    assert name_columns(["Question", "A", "B", "Answer"]) == [
        "question",
        "option",
        "option",
        "answer",
    ]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("0,05", "0.05"),
        ("1 000", "1000"),
        ("1\u202f000,5", "1000.5"),
        ("1.234,5", "1234.5"),
        ("1,234.5", "1234.5"),
        ("1,000", "1000"),
        ("2'500", "2500"),
        ("0.5", "0.5"),
    ],
)
def test_numbers_of_any_locale(written: str, read: str) -> None:
    assert spreadsheet_number(written) == read


def test_a_tolerance_with_a_decimal_comma_is_read() -> None:
    text = "Frage;Antwort;Typ;Toleranz\ng in m/s²?;9,81;number;0,05\n"
    text = text.replace("Typ", "Type").replace("Toleranz", "Tolerance")
    bank = read_csv(text, "physik.csv")
    (item,) = bank.items
    assert (item.questions[0].answer, item.questions[0].tolerance) == ("9,81", 0.05)
    assert bank.notes == []


def test_blank_cells_past_the_header_are_no_error() -> None:
    text = "Question,Answer\r\nCapital of France?,Paris,,,\r\n".replace("\r\n", "\n")
    assert questions(read_csv(text, "q.csv")) == [("Capital of France?", "Paris", (), ())]
