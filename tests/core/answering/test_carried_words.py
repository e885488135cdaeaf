"""Places, hedges and terms: words that read as function words, kinds of place, opposites."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()
RIGHT = (Outcome.EXACT, Outcome.TYPO)


def text(answer: str, typed: str, question: str = "", *accepted: str) -> Outcome:
    expected = Answer(AnswerType.TEXT, answer, alternatives=accepted)
    return grade(expected, typed, policy=POLICY, question=question).outcome


def choice(choices: tuple[str, ...], key: int, typed: str) -> Outcome:
    expected = Answer(AnswerType.CHOICE, "", key=(key,))
    return grade(expected, typed, choices=choices, policy=POLICY, question="Which?").outcome


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("London and Paris", "London or Paris"),
        ("London and Paris", "London and/or Paris"),
        ("Watson and Crick", "either Watson or Crick"),
        ("oxygen and hydrogen", "hydrogen or oxygen"),
    ],
)
def test_or_where_the_answer_says_and_is_a_hedge(answer: str, typed: str) -> None:
    assert text(answer, typed, "Which two?") is Outcome.WRONG
    assert text(answer, " and ".join(reversed(answer.split(" and "))), "Which two?") in RIGHT


@pytest.mark.parametrize(
    ("answer", "typed", "question", "outcome"),
    [
        # A capitalised foreign article opens a name.
        ("La Paz", "Paz", "Which city is the seat of government?", None),
        ("Le Havre", "Havre", "Which port?", None),
        ("La Rochelle", "Rochelle", "Which port?", None),
        ("La Paz", "La Paz", "Which city?", Outcome.EXACT),
        ("Leonardo da Vinci", "Leonardo di Vinci", "Who?", Outcome.EXACT),
        # "US" after an article or beside another country is no pronoun: the other
        # country alone is one of the two named (`named_together`), not the answer.
        ("the US and Canada", "Canada", "Which two countries?", Outcome.CLOSE),
        ("US and Mexico", "Mexico", "Which two countries?", Outcome.CLOSE),
        ("the US and Canada", "the United States and Canada", "Which two?", Outcome.EXACT),
        # "DR" before a country is no doctor's title.
        ("DR Congo", "Congo", "Which country was Belgian?", None),
        ("Dr Livingstone", "Livingstone", "Who?", Outcome.EXACT),
        # A larger place named around the answer's.
        ("Bissau", "Guinea-Bissau", "What is the capital of Guinea-Bissau?", Outcome.WRONG),
        ("Salvador", "El Salvador", "Which Brazilian city?", Outcome.WRONG),
        ("Guinea", "Guinea-Bissau", "Which country?", Outcome.WRONG),
        ("Berlin", "Berlin, Germany", "Which capital?", Outcome.EXACT),
        # Another kind of place by the same name, whatever kind the question asks.
        (
            "Bering Strait",
            "Bering Sea",
            "Which strait separates Russia from Alaska?",
            Outcome.WRONG,
        ),
        ("Gulf of Mexico", "Sea of Mexico", "Which gulf?", Outcome.WRONG),
        ("Hudson Bay", "Hudson River", "Which bay?", Outcome.WRONG),
        ("Bering Strait", "the Bering Strait", "Which strait?", Outcome.EXACT),
        ("Strait of Gibraltar", "Gibraltar", "Which strait?", Outcome.EXACT),
    ],
)
def test_places(answer: str, typed: str, question: str, outcome: Outcome | None) -> None:
    # None: not right, near or wrong.
    got = text(answer, typed, question)
    assert got not in RIGHT if outcome is None else got is outcome


@pytest.mark.parametrize(
    ("answer", "typed", "question", "accepted", "outcome"),
    [
        (
            "Directly proportional",
            "indirectly proportional",
            "How?",
            ("proportional",),
            Outcome.WRONG,
        ),
        (
            "Directly proportional",
            "inversely proportional",
            "How?",
            ("proportional",),
            Outcome.WRONG,
        ),
        ("Inversely proportional", "directly proportional", "How?", (), Outcome.WRONG),
        ("cations", "anions", "Which ions do metals form?", (), Outcome.WRONG),
        (
            "The loss of electrons",
            "gain of electrons",
            "What is oxidation?",
            ("losing electrons",),
            Outcome.WRONG,
        ),
        ("exothermic", "endothermic", "What kind of reaction?", (), Outcome.WRONG),
        # A term's head noun, though "number" reads as a function word.
        ("atomic number", "atomic", "The [...] is the number of protons.", (), Outcome.WRONG),
        ("The atomic number", "atomic", "What is the number of protons called?", (), Outcome.WRONG),
        ("mass number", "mass", "What is it called?", (), Outcome.WRONG),
        ("The atomic number", "the atomic number", "What is it called?", (), Outcome.EXACT),
        ("at the highest level", "highest", "At what level?", (), Outcome.EXACT),
        ("number 9", "9", "Which bus?", (), Outcome.EXACT),
        # An initial stands for a given name, not a term's word.
        ("Hydroxide ions", "H", "Which ions do alkalis produce?", ("OH-",), Outcome.WRONG),
        ("William Shakespeare", "W. Shakespeare", "Who?", (), Outcome.EXACT),
    ],
)
def test_terms(
    answer: str, typed: str, question: str, accepted: tuple[str, ...], outcome: Outcome
) -> None:
    assert text(answer, typed, question, *accepted) is outcome


def test_an_opposite_of_a_word_the_question_gives_is_wrong() -> None:
    question = "What does Oliver ask for with 'Please, sir, I want some more'?"
    assert text("More gruel", "less gruel", question) is Outcome.WRONG
    assert text("More gruel", "more gruel", question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("choices", "typed", "right"),
    [
        (("Russia", "Austria", "France"), "Prussia", False),
        (("Austria", "Germany", "Italy"), "Australia", False),
        (("Iran", "Syria", "Egypt"), "Iraq", False),
        (("Gaul", "Britannia", "Hispania"), "Paul", False),
        (("Russia", "Austria", "France"), "Rusia", True),
        (("Alfred Marshall", "Adam Smith", "Joan Robinson"), "Alfred Marshal", True),
    ],
)
def test_the_name_of_another_place_or_person_is_no_slip_among_options(
    choices: tuple[str, ...], typed: str, right: bool
) -> None:
    assert (choice(choices, 0, typed) in RIGHT) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        # "US" before a noun is the country, not the pronoun: it is part of the answer.
        ("US Constitution", "the US Constitution", True),
        ("US Constitution", "the United States Constitution", True),
        ("US Constitution", "the UK Constitution", False),
        ("US Constitution", "Constitution", False),
        ("US Navy", "UK Navy", False),
    ],
)
def test_a_place_abbreviation_opening_the_answer_is_no_pronoun(
    answer: str, typed: str, right: bool
) -> None:
    assert (text(answer, typed) in RIGHT) is right
