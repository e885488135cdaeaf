"""A typed answer read in the answer's own spelling: umlauts as digraphs, a flat as "Bb"; and
the note A is no article in a key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.answer_spellings import spelled_as_the_answer
from trainer.core.answering.carried_words import named_function_words
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("expected", "typed", "read"),
    [
        ("B♭", "Bb", "B flat"),
        ("B flat major", "bb major", "b flat major"),
        ("E♭ and B♭", "Eb, Bb", "E flat, B flat"),
        # A flat the answer does not name stays as typed.
        ("B♭", "Eb", "Eb"),
        ("F♯", "Fb", "Fb"),
        ("Mädchen", "Maedchen", "Mädchen"),
        # A number in another base, typed without the prefix the answer gives it.
        ("0xFF", "ff", "0xFF"),
        ("0b101", "101", "0b101"),
        ("0o17", "17", "0o17"),
        ("0b101", "102", "102"),  # no binary digits
        ("17", "0x17", "0x17"),  # the answer's 17 is in tens
        # A label's sign, where the answer says it in words.
        ("O negative", "O−", "O negative"),
        ("AB positive", "ab+", "ab positive"),
        ("Rh negative", "Rh-", "Rh negative"),
        ("O negative", "O+", "O+"),  # another sign: left to be judged
        ("AB positive", "B+", "B+"),  # another label
    ],
)
def test_spelled_as_the_answer(expected: str, typed: str, read: str) -> None:
    assert spelled_as_the_answer(expected, typed) == read


@given(st.text(max_size=20), st.text(max_size=20))
def test_without_a_flat_or_an_umlaut_nothing_changes(expected: str, typed: str) -> None:
    expected = expected.replace("♭", "").replace("flat", "").replace("0", "")
    expected = expected.replace("positive", "").replace("negative", "")
    if not any(mark in expected + typed for mark in "äöüÄÖÜ"):
        assert spelled_as_the_answer(expected, typed) == typed


def outcome(answer: str, typed: str, question: str) -> Outcome:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question)
    return verdict.outcome


@pytest.mark.parametrize(
    ("answer", "typed", "question", "expected"),
    [
        ("B♭", "Bb", "Which note is flattened in F major?", Outcome.EXACT),
        ("B♭", "Eb", "Which note is flattened in F major?", Outcome.WRONG),
        # The note A is part of a key's name, not an article: "E minor" is another key.
        ("A minor", "E minor", "What is the relative minor of C major?", Outcome.CLOSE),
        ("A minor", "a minor", "What is the relative minor of C major?", Outcome.EXACT),
        ("A flat", "E flat", "Which note is it?", Outcome.CLOSE),
    ],
)
def test_notes_and_keys(answer: str, typed: str, question: str, expected: Outcome) -> None:
    assert outcome(answer, typed, question) is expected


def test_a_minor_is_a_key_only_where_the_question_is_about_music() -> None:
    assert "a" in named_function_words(["a", "minor"], frozenset({"relative", "key"}))
    assert "a" not in named_function_words(["a", "minor"], frozenset({"who", "under", "18"}))
    assert "a" in named_function_words(["a", "flat"], frozenset({"which", "note"}))
    assert "a" not in named_function_words(["a", "flat"], frozenset({"where", "lived"}))


@pytest.mark.parametrize(
    ("answer", "typed", "question", "expected"),
    [
        # A trailing A labels what comes before it; it is no article to leave out.
        ("vitamin A", "vitamin", "Lack of which vitamin causes night blindness?", Outcome.WRONG),
        ("vitamin A", "A", "Lack of which vitamin causes night blindness?", Outcome.EXACT),
        ("vitamin A", "vitamin E", "Which vitamin is it?", Outcome.CLOSE),
        ("Type A", "Type B", "Which personality type is competitive?", Outcome.WRONG),
        ("vitamin A and vitamin D", "vitamin D", "Which vitamins?", Outcome.WRONG),
    ],
)
def test_the_letter_a_after_what_it_labels(
    answer: str, typed: str, question: str, expected: Outcome
) -> None:
    assert outcome(answer, typed, question) is expected


def test_an_article_is_still_one() -> None:
    assert named_function_words(["a", "loop", "diuretic"]) == frozenset()
    assert outcome("a loop diuretic", "loop diuretic", "What is furosemide?") is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed", "question", "expected"),
    [
        # A function by its name where the answer writes its symbol; a count in words
        # before a variable where the answer writes digits.
        ("cos x", "cosine x", "What is the derivative of sin x?", Outcome.EXACT),
        ("sin x", "sine x", "What is the derivative of −cos x?", Outcome.EXACT),
        ("ln x", "natural log of x", "What is the antiderivative of 1/x?", Outcome.EXACT),
        ("2x", "two x", "What is the derivative of x^2?", Outcome.EXACT),
        ("2x", "twice x", "What is the derivative of x^2?", Outcome.EXACT),
        ("3x^2", "three x squared", "What is the derivative of x^3?", Outcome.EXACT),
        ("e^x", "exp(x)", "What is the derivative of e^x?", Outcome.EXACT),
        # π by its name, or after a sign of times, where the answer writes the symbol.
        ("2π", "2 pi", "How many radians make a full turn?", Outcome.EXACT),
        ("2π", "2*pi", "How many radians make a full turn?", Outcome.EXACT),
        ("2π", "two pi", "How many radians make a full turn?", Outcome.EXACT),
        ("4π/3", "4 pi / 3", "What is the volume of a unit sphere?", Outcome.EXACT),
        ("2π radians", "2 PI radians", "What angle is a full turn?", Outcome.EXACT),
        # Another function, or another count, is still another answer.
        ("sin x", "tangent x", "What is the derivative of −cos x?", Outcome.WRONG),
        ("2x", "three x", "What is the derivative of x^2?", Outcome.WRONG),
        ("e^x", "exp(2x)", "What is the derivative of e^x?", Outcome.WRONG),
        ("2π", "4 pi", "How many radians make a full turn?", Outcome.WRONG),
        ("2π", "3 pi", "How many radians make a full turn?", Outcome.WRONG),
        ("2π", "pi", "How many radians make a full turn?", Outcome.WRONG),
    ],
)
def test_mathematics_in_words_is_read_as_the_answer_writes_it(
    answer: str, typed: str, question: str, expected: Outcome
) -> None:
    assert outcome(answer, typed, question) is expected


def test_a_name_is_rewritten_only_into_the_answers_symbol() -> None:
    assert spelled_as_the_answer("cos x", "cosine x") == "cos x"
    # The answer writes no "tan": "tangent" stays a word, as in "the tangent line".
    assert spelled_as_the_answer("cos x", "tangent x") == "tangent x"
    # Without digits before a letter, a count in words is a word: "two B" is a grid square.
    assert spelled_as_the_answer("the Two Ronnies", "two r") == "two r"
    # "pi" is π only where the answer writes π, and only as a word of its own.
    assert spelled_as_the_answer("2π", "2 pi") == "2π"
    assert spelled_as_the_answer("the pi meson", "pion") == "pion"
    assert spelled_as_the_answer("2π", "spin") == "spin"
    assert spelled_as_the_answer("Pi Day", "pi day") == "pi day"


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        # A century by its hundreds, and the reverse; a decade in words.
        ("the 14th century", "the 1300s", Outcome.EXACT),
        ("the 1300s", "the 14th century", Outcome.EXACT),
        ("the 1920s", "the twenties", Outcome.EXACT),
        # A century in words, and hundreds with an apostrophe (both were wrong).
        ("the nineteenth century", "the 1800s", Outcome.EXACT),
        ("the 1300s", "the fourteenth century", Outcome.EXACT),
        ("the twenty-first century", "the 2000s", Outcome.EXACT),
        ("the 19th century", "the 1800's", Outcome.EXACT),
        # Another century or decade is another answer.
        ("the 14th century", "the 1400s", Outcome.WRONG),
        ("the nineteenth century", "the 1700s", Outcome.WRONG),
        ("the 1920s", "the thirties", Outcome.WRONG),
    ],
)
def test_a_period_is_read_as_the_answer_writes_it(
    answer: str, typed: str, expected: Outcome
) -> None:
    assert outcome(answer, typed, "When did it begin?") is expected


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("the 30s", Outcome.EXACT),
        ("the '30s", Outcome.EXACT),
        ("the nineteen-thirties", Outcome.EXACT),
        ("1930-1939", Outcome.EXACT),
        ("the 20s", Outcome.WRONG),
        ("the 1830s", Outcome.WRONG),
        ("1930-1949", Outcome.WRONG),
    ],
)
def test_a_decade_in_any_writing_is_itself(typed: str, wanted: Outcome) -> None:
    assert graded("the 1930s", typed, "In which decade did the Depression begin?") is wanted
