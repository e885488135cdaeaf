"""A bank's feedback as every learner may read it: its verdict left out, never its content."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.interop.sources import convert
from trainer.interop.verdicts import is_only_verdict, without_verdict


@pytest.mark.parametrize(
    ("feedback", "read"),
    [
        ("Yes, group 18.", "Group 18."),
        ("No: ice is less dense than water.", "Ice is less dense than water."),
        ("Correct! The capital is Paris.", "The capital is Paris."),
        ("That's right - water boils at 100 °C.", "Water boils at 100 °C."),
        ("Yes! Well done. Argon is in group 18.", "Argon is in group 18."),
        ("Not quite. It is 7.", "It is 7."),
        ("Close, but it is 63.", "It is 63."),
        ("Yes, ß is a letter.", "ß is a letter."),
        # Content that opens with a verdict's word, or a verdict that is the subject.
        ("No one knows where he is buried.", "No one knows where he is buried."),
        ("Correct answer: Argon", "Correct answer: Argon"),
        ("Nice, France is on the Riviera.", "Nice, France is on the Riviera."),
        ("Right-angled triangles obey it.", "Right-angled triangles obey it."),
        ("Right, but oxygen is not.", "Right, but oxygen is not."),
        ("Great Britain joined in 1973.", "Great Britain joined in 1973."),
        ("The answer is no.", "The answer is no."),
    ],
)
def test_a_verdict_opening_feedback_is_left_out(feedback: str, read: str) -> None:
    assert without_verdict(feedback) == read
    assert not is_only_verdict(feedback)


@pytest.mark.parametrize(
    "feedback",
    [
        "Correct.",
        "Right",
        "Well done!",
        "No, try again.",
        "Very good!",
        "right; good!",
        "Yes! That's right!",
        "Wrong answer. Try again!",
        "Correct - well done.",
        "TRUE",
    ],
)
def test_feedback_that_is_only_a_verdict_is_none(feedback: str) -> None:
    assert is_only_verdict(feedback)
    assert without_verdict(feedback) == ""


@given(st.text(max_size=60))
def test_what_is_kept_is_the_feedback_or_its_end(feedback: str) -> None:
    kept = without_verdict(feedback)
    whole = feedback.strip()
    assert kept == whole or (
        kept[1:] == whole[len(whole) - len(kept) + 1 :] and len(kept) < len(whole)
    )


def _texts(tmp_path: Path, name: str, source: str) -> tuple[list[str], list[str]]:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    converted = convert(path, deck_id="bank")
    warned = [note.message for note in converted.notes if "only says" in note.message]
    return [excerpt.text for excerpt in converted.compiled.deck.excerpts], warned


def test_a_converted_question_reads_its_feedback_without_the_verdict(tmp_path: Path) -> None:
    texts, warned = _texts(
        tmp_path,
        "bank.gift",
        "Which gas is noble? {=Argon#Yes, group 18. ~Nitrogen}\n\n"
        "Water boils at 100 °C. {TRUE#No: at sea level it does.#Correct.}\n\n"
        "How many? {#63#Right}\n",
    )
    assert texts == ["Group 18.", "At sea level it does.", "How many?"]
    assert warned == [
        "feedback that only says whether the answer is right is left out: 'Correct.'",
        "feedback that only says whether the answer is right is left out: 'Right'",
    ]


def test_any_banks_feedback_is_read_so_a_csv_column_too(tmp_path: Path) -> None:
    # The verdicts were left out of GIFT's feedback only: a CSV's feedback column showed
    # every learner "Correct! …".
    texts, warned = _texts(
        tmp_path,
        "bank.csv",
        "Question,Answer,Feedback\n"
        "Capital of Australia?,Canberra,Correct! Canberra was built as the capital.\n"
        "Where is No. 10?,Downing Street,No. 10 Downing Street is in London.\n"
        "Largest ocean?,Pacific,Well done!\n",
    )
    assert texts == [
        "Canberra was built as the capital.",
        "No. 10 Downing Street is in London.",  # a number's "No.", no verdict
        "Largest ocean?",
    ]
    assert warned == [
        "feedback that only says whether the answer is right is left out: 'Well done!'"
    ]


def test_a_banks_own_text_is_no_feedback_and_keeps_its_words(tmp_path: Path) -> None:
    # Only feedback is written to the learner who answered: a source's text, or a
    # vocabulary card's term, that opens like a verdict is as written.
    texts, warned = _texts(
        tmp_path,
        "bank.csv",
        "Question,Answer,Text,Feedback\n"
        'Who answered?,Nobody,"No, nobody answered the letter.",Right: nobody did.\n',
    )
    assert texts == ["No, nobody answered the letter.\n\nNobody did."]
    assert warned == []
    texts, _ = _texts(tmp_path, "words.txt", "Correct\tfree from error\n")
    assert texts[0].startswith("Correct")
