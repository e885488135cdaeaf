"""Aiken banks as converters and exam writers produce them: statements listed in the
question, and the answer's letter written with brackets or the option's text."""

from __future__ import annotations

import pytest

from trainer.core.model import DeckError
from trainer.interop.aiken import read_aiken


def only_question(text: str) -> tuple[str, str, tuple[str, ...]]:
    (item,) = read_aiken(text, "bank.txt").items
    (question,) = item.questions
    return question.prompt, question.answer, question.distractors


@pytest.mark.parametrize(
    "statements",
    [
        ["I. Every even number is divisible by 2.", "II. Every prime is odd."],
        ["I) Every even number is divisible by 2.", "II) Every prime is odd."],
        ["I. Mitochondria make ATP.", "II. Ribosomes make lipids.", "III. The nucleus holds DNA."],
        ["V. Vitamin C is water-soluble.", "X. Vitamin D is fat-soluble."],
        ["1. Paris is in France.", "2. Lyon is in Italy."],
        ["- Paris is in France.", "- Lyon is in Italy."],
    ],
)
def test_statements_listed_in_the_question_are_its_text(statements: list[str]) -> None:
    options = ["A. The first only", "B. The second only", "C. Both", "ANSWER: A", ""]
    text = "\n".join(["Consider these statements:", *statements, "Which are true?", *options])
    prompt, answer, wrong = only_question(text)
    assert prompt == "\n".join(["Consider these statements:", *statements, "Which are true?"])
    assert (answer, wrong) == ("The first only", ("The second only", "Both"))


def test_a_question_wrapped_over_lines_is_one_sentence() -> None:
    text = (
        "In classical conditioning, the bell\n(after training) is the:\nA. US\nB. CS\nANSWER: B\n"
    )
    assert only_question(text)[0] == "In classical conditioning, the bell (after training) is the:"


@pytest.mark.parametrize(
    "written", ["B", "b", "B.", "(B)", "B)", "B) Paris", "B. Paris", "B - Paris"]
)
def test_the_answer_s_letter_as_converters_write_it(written: str) -> None:
    text = f"Capital of France?\nA. Lyon\nB. Paris\nC. Nice\nANSWER: {written}\n"
    assert only_question(text)[1] == "Paris"


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("A, C", "4:1: error: 'ANSWER: A, C' is not one letter: an Aiken question has one"),
        ("A and B", "4:1: error: 'ANSWER: A and B' is not one letter: an Aiken question has one"),
        ("", "4:1: error: 'ANSWER:' names no option's letter"),
    ],
)
def test_an_answer_that_is_not_one_letter(answer: str, message: str) -> None:
    with pytest.raises(DeckError) as raised:
        read_aiken(f"Q?\nA. x\nB. y\nANSWER: {answer}\n", "bank.txt")
    assert str(raised.value) == f"bank.txt:{message}"


def test_options_that_do_not_start_at_a_are_named() -> None:
    with pytest.raises(DeckError) as raised:
        read_aiken("Q?\nB. x\nC. y\nANSWER: B\n", "bank.txt")
    assert str(raised.value) == "bank.txt:2:1: error: options are lettered from A: this one is 'B'"
