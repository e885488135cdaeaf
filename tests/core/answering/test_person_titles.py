"""A title or given name typed before the answer's surname that names another person."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def text(answer: str, typed: str, question: str, *accepted: str) -> Outcome:
    expected = Answer(AnswerType.TEXT, answer, alternatives=accepted)
    return grade(expected, typed, policy=POLICY, question=question).outcome


def choice(choices: tuple[str, ...], key: int, typed: str, *accepted: str) -> Outcome:
    expected = Answer(AnswerType.CHOICE, "", alternatives=accepted, key=(key,))
    return grade(expected, typed, choices=choices, policy=POLICY, question="Who?").outcome


RIGHT = (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "surname", "typed", "question"),
    [
        # A title of the other sex.
        ("Mr Earnshaw", "Earnshaw", "Mrs Earnshaw", "Who brings Heathcliff home?"),
        ("Miss Havisham", "Havisham", "Mr Havisham", "Who was jilted?"),
        ("Edward Rochester", "Rochester", "Mrs Rochester", "Whom does Jane Eyre marry?"),
        ("Marie Curie", "Curie", "Monsieur Curie", "Who discovered polonium?"),
        ("Queen Victoria", "", "King Victoria", "Who reigned in 1850?"),
        ("Madame Defarge", "Defarge", "Ernest Defarge", "Who knits?"),
        # A title before a surname the question shows to be her maiden name.
        ("Lucie Manette", "Manette", "Dr Manette", "Whom does Charles Darnay marry?"),
        ("Lucie Manette", "Manette", "Lady Manette", "Whom does Charles Darnay marry?"),
        ("Charlotte Lucas", "Lucas", "Lady Lucas", "Whom does Mr Collins marry?"),
        ("Elizabeth Bennet", "Bennet", "Mrs Bennet", "Who is Mr Bennet's second daughter?"),
    ],
)
def test_a_title_that_names_another_person_is_wrong(
    answer: str, surname: str, typed: str, question: str
) -> None:
    accepted = (surname,) if surname else ()
    assert text(answer, typed, question, *accepted) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "surname", "typed", "question"),
    [
        ("Fitzwilliam Darcy", "Darcy", "Mr Darcy", "Whom does Elizabeth marry?"),
        ("Lucie Manette", "Manette", "Miss Manette", "Whom does Charles Darnay marry?"),
        ("Lucie Manette", "Manette", "Miss Lucie Manette", "Whom does Charles Darnay marry?"),
        ("Lucie Manette", "Manette", "Lady Manette", "Who faints at the trial?"),
        ("Marie Curie", "Curie", "Madame Curie", "Whom did Pierre Curie marry?"),
        ("Marie Curie", "Curie", "Madame Curie", "Who discovered polonium?"),
        ("Madame Defarge", "Defarge", "Mme Defarge", "Who knits?"),
        ("Miss Havisham", "Havisham", "Ms Havisham", "Who was jilted?"),
        ("Mr Earnshaw", "Earnshaw", "Monsieur Earnshaw", "Who brings Heathcliff home?"),
        ("Humphry Davy", "Davy", "Sir Davy", "Who?"),
        ("Isaac Newton", "Newton", "Sir Isaac Newton", "Who?"),
    ],
)
def test_a_title_of_the_persons_sex_stays_right(
    answer: str, surname: str, typed: str, question: str
) -> None:
    assert text(answer, typed, question, surname) in RIGHT


def test_another_marital_state_or_a_given_name_beside_a_title_only_is_near() -> None:
    assert text("Miss Havisham", "Mrs Havisham", "Who?", "Havisham") is Outcome.CLOSE
    assert text("Mr Earnshaw", "Hindley Earnshaw", "Who?", "Earnshaw") is not Outcome.EXACT
    assert text("Mrs Pankhurst", "Emmeline Pankhurst", "Who?", "Pankhurst") is not Outcome.WRONG


def test_another_given_name_where_the_question_gives_the_answers_is_wrong() -> None:
    question = "Whom does Angel Clare marry in Tess of the d'Urbervilles?"
    assert text("Tess Durbeyfield", "Joan Durbeyfield", question, "Durbeyfield") is Outcome.WRONG
    assert text("Tess Durbeyfield", "Tess Durbeyfield", question, "Durbeyfield") is Outcome.EXACT


def test_a_surname_that_is_a_word_replaced_by_another_name_is_wrong() -> None:
    question = "Who dies in Charles Darnay's place?"
    assert text("Sydney Carton", "Sydney Darnay", question) is Outcome.WRONG


DICKENS = ("Madame Defarge", "Miss Havisham", "Nelly Dean", "Bertha Mason")


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("Monsieur Defarge", False),
        ("Ernest Defarge", False),
        ("Mr Defarge", False),
        ("Madame Defarge", True),
        ("Mme Defarge", True),
        ("Defarge", True),
        ("Therese Defarge", True),  # a name of her sex: the option gives none
    ],
)
def test_an_option_by_a_title_of_the_other_sex_is_not_chosen(typed: str, right: bool) -> None:
    assert (choice(DICKENS, 0, typed, "Defarge") in RIGHT) is right


BRONTES = ("Emily Brontë", "Charlotte Brontë", "Anne Brontë")


@pytest.mark.parametrize(
    ("choices", "typed", "accepted", "right"),
    [
        (BRONTES, "Emily Dickinson", "Emily", False),
        (BRONTES, "Emily Jane Brontë", "Emily", True),
        (BRONTES, "Emily", "Emily", True),
        (("Isaac Newton", "Robert Hooke", "Gottfried Leibniz"), "Isaac Asimov", "Isaac", False),
        (("Leonardo da Vinci", "Michelangelo", "Raphael"), "Leonardo DiCaprio", "Leonardo", False),
        (("Marie Curie", "Lise Meitner", "Ernest Rutherford"), "Marie Antoinette", "Marie", False),
    ],
)
def test_an_accepted_given_name_never_excuses_another_surname_after_it(
    choices: tuple[str, ...], typed: str, accepted: str, right: bool
) -> None:
    assert (choice(choices, 0, typed, accepted) in RIGHT) is right


def test_two_people_joined_have_no_middle_name() -> None:
    question = "Who discovered polonium?"
    # Not her name with his as a middle one: one of the two named, the other missing.
    assert graded("Marie and Pierre Curie", "Marie Curie", question) is Outcome.CLOSE
    assert graded("Marie and Pierre Curie", "Pierre and Marie Curie", question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed", "wanted"),
    [
        # A pope's name is often a word, and still a name after the title.
        ("Pope Innocent III", "Innocent III", "exact"),
        ("Pope Urban II", "Urban II", "exact"),
        ("Pope Urban II", "Urban III", "wrong"),
        ("Doge Enrico Dandolo", "Enrico Dandolo", "exact"),
    ],
)
def test_titles_of_rulers_may_be_left_out(expected: str, typed: str, wanted: str) -> None:
    assert graded(expected, typed).value == wanted
