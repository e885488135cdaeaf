"""Reading CSV banks: columns named as spreadsheets and quiz sites name them; numbered options."""

from __future__ import annotations

import pytest

from trainer.interop.bank import Bank
from trainer.interop.csv_table import read_csv


def questions(bank: Bank) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (q.prompt, q.answer, q.accept, q.distractors) for item in bank.items for q in item.questions
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Frage;Antwort;Falsche Antwort 1;Falsche Antwort 2",
        "Pregunta;Respuesta correcta;Respuesta incorrecta 1;Respuesta incorrecta 2",
        "Question text;Correct answer;Wrong answer 1;Wrong answer 2",
        "Énoncé;Bonne réponse;Mauvaise réponse 1;Mauvaise réponse 2",
        "Question (required);Correct answer - one only;Incorrect answer 1;Incorrect answer 2",
    ],
)
def test_column_names_of_other_languages_and_templates_are_read(header: str) -> None:
    bank = read_csv(f"{header}\nCapital of France?;Paris;Lyon;Nice\n", "bank.csv")
    assert questions(bank) == [("Capital of France?", "Paris", (), ("Lyon", "Nice"))]
    assert bank.notes == []


def test_numbered_options_with_the_right_ones_number_make_a_multiple_choice() -> None:
    text = (
        "Question - max 120 characters,Answer 1 - max 75 characters,Answer 2,Answer 3,"
        "Correct answer(s)\n"
        "Where was the tank school?,Kazan,Lipetsk,Berne,1\n"
        "Who signed at Rapallo?,Stresemann,Rathenau,Ebert,2\n"
    )
    assert questions(read_csv(text, "kahoot.csv")) == [
        ("Where was the tank school?", "Kazan", (), ("Lipetsk", "Berne")),
        ("Who signed at Rapallo?", "Rathenau", (), ("Stresemann", "Ebert")),
    ]


def test_a_right_option_may_be_named_by_its_text_and_empty_options_are_none() -> None:
    text = (
        "Question Text,Option 1,Option 2,Option 3,Option 4,Correct Answer\n"
        "Capital?,Lyon,paris,Nice,,Paris\n"
    )
    assert questions(read_csv(text, "quizizz.csv")) == [("Capital?", "paris", (), ("Lyon", "Nice"))]


def test_several_right_options_are_accepted_answers_never_options_beside_the_answer() -> None:
    bank = read_csv(
        'Question,Option 1,Option 2,Option 3,Option 4,Correct Answer\nPrime?,2,4,3,9,"1,3"\n',
        "q.csv",
    )
    assert questions(bank) == [("Prime?", "2", ("3",), ("4", "9"))]
    assert ["2 right options" in note.message for note in bank.notes] == [True]


def test_a_number_that_is_no_options_leaves_the_row_out_with_a_warning() -> None:
    text = "Question,Option 1,Option 2,Correct answer\nA?,x,y,3\nB?,x,y,2\n"
    bank = read_csv(text, "q.csv")
    assert questions(bank) == [("B?", "y", (), ("x",))]
    assert [note.message for note in bank.notes] == [
        "correct answer '3' is no option's number; left out"
    ]


def test_an_answer_that_is_no_option_keeps_every_option_as_a_wrong_one() -> None:
    bank = read_csv("Question,Answer,Option 1,Option 2\nCapital?,Paris,Lyon,Nice\n", "q.csv")
    assert questions(bank) == [("Capital?", "Paris", (), ("Lyon", "Nice"))]


def test_the_delimiter_is_the_one_that_splits_a_header_not_the_most_used() -> None:
    # A comma table whose cells hold more semicolons than the file holds commas.
    text = "Question,Answer\nLes mots ; les phrases ; les textes ?,oui ; si ; non\nX;Y;Z?,b\n"
    assert questions(read_csv(text, "q.csv")) == [
        ("Les mots ; les phrases ; les textes ?", "oui ; si ; non", (), ()),
        ("X;Y;Z?", "b", (), ()),
    ]


def test_controls_removed_from_html_cells_are_told_at_their_row() -> None:
    text = "#html:true\nQuestion,Answer\n<b>Where\u202e?</b>,Lip\x1b[1metsk\nWhen?,1926\n"
    bank = read_csv(text, "q.csv")
    assert questions(bank) == [("Where?", "Lipetsk", (), ()), ("When?", "1926", (), ())]
    (note,) = bank.notes
    assert note.where == "q.csv:3:1"
    assert note.message.startswith("2 control or formatting characters removed")
