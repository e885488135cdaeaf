"""Options that are numbers: a value chooses the option that has it, a number its place."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.option_numbers import Reading, reading_of, unclear_option_number
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()
SHARES = ("4%", "10%", "40%", "14%")


def chosen(choices: tuple[str, ...], typed: str) -> str:
    """The option a typed answer chose ("" for none)."""
    return grade(
        Answer(AnswerType.CHOICE, "", key=(0,)), typed, choices=choices, policy=POLICY
    ).matched


@pytest.mark.parametrize(
    ("choices", "typed", "option"),
    [
        (SHARES, "4%", "4%"),
        (SHARES, "4 %", "4%"),
        (SHARES, "4 per cent", "4%"),
        (SHARES, "4.0%", "4%"),
        (SHARES, "10%", "10%"),
        (SHARES, "10", "10%"),  # past the last option's number: a value
        (("1914", "1918", "1939", "1945"), "1918", "1918"),
        (("-5 °C", "0 °C", "5 °C", "10 °C"), "-5", "-5 °C"),
        (("-5 °C", "0 °C", "5 °C", "10 °C"), "minus 5", "-5 °C"),
        (("-5 °C", "0 °C", "5 °C", "10 °C"), "5 °C", "5 °C"),
        (("-5 °C", "0 °C", "5 °C", "10 °C"), "+5", "5 °C"),
        (("-3", "-1", "1", "3"), "− 1", "-1"),
        (("$1.50", "$2", "$3", "$4.50"), "4.5", "$4.50"),
        (("$1.50", "$2", "$3", "$4.50"), "2 dollars", "$2"),
        (("1 year", "2 years", "3 years", "5 years"), "5", "5 years"),
        (("5 km", "5 miles", "10 km", "10 miles"), "5 miles", "5 miles"),
        (("5 km", "5 miles", "10 km", "10 miles"), "10 kilometres", "10 km"),
    ],
)
def test_a_value_chooses_the_option_that_has_it(
    choices: tuple[str, ...], typed: str, option: str
) -> None:
    assert chosen(choices, typed) == option


@pytest.mark.parametrize("typed", ["1", "option 1", "no. 1", "#1", "1.", "the first one", "one"])
def test_an_options_number_chooses_it_by_its_place(typed: str) -> None:
    assert chosen(SHARES, typed) == "4%"


def test_a_value_two_options_have_chooses_neither() -> None:
    verdict = grade(
        Answer(AnswerType.CHOICE, "", key=(0,)),
        "5",
        choices=("5 km", "5 miles", "10 km", "10 miles"),
        policy=POLICY,
    )
    assert verdict.matched == "" and verdict.rule == "not one option"


def test_the_right_value_of_another_option_number_says_how_to_choose_by_value() -> None:
    # The keys send "4": it stays option 4, as the screen says; the note says how to
    # type the value instead.
    verdict = grade(Answer(AnswerType.CHOICE, "", key=(0,)), "4", choices=SHARES, policy=POLICY)
    assert verdict.outcome is Outcome.WRONG and verdict.matched == "14%"
    assert verdict.note == "'4' is read as option 4, 14%; type 4% or 'option 1' for 4%"
    assert unclear_option_number("4", SHARES) is not None
    assert unclear_option_number("1", SHARES) is None
    assert unclear_option_number("4%", SHARES) is None


def test_a_wrong_option_typed_as_text_is_not_called_exact() -> None:
    verdict = grade(Answer(AnswerType.CHOICE, "", key=(0,)), "10%", choices=SHARES, policy=POLICY)
    assert verdict.rule == "chose another option: option '10%' typed as its value"


@pytest.mark.parametrize(
    ("typed", "reading"),
    [
        ("2", Reading.BARE),
        ("two", Reading.BARE),
        ("option 2", Reading.NUMBER),
        ("2nd", Reading.NUMBER),
        ("the second one", Reading.NUMBER),
        ("2%", Reading.VALUE),
        ("-2", Reading.VALUE),
        ("2.5", Reading.VALUE),
        ("$2", Reading.VALUE),
        ("2 years", Reading.VALUE),
        ("Berne", Reading.VALUE),
    ],
)
def test_what_a_typed_choice_is_read_as(typed: str, reading: Reading) -> None:
    assert reading_of(typed) is reading


@given(st.lists(st.integers(0, 99), min_size=2, max_size=6, unique=True), st.data())
def test_percent_options_answer_to_their_text_and_to_their_numbers(
    values: list[int], data: st.DataObject
) -> None:
    choices = tuple(f"{value}%" for value in values)
    pick = data.draw(st.integers(0, len(choices) - 1))
    assert chosen(choices, choices[pick]) == choices[pick]
    assert chosen(choices, f"option {pick + 1}") == choices[pick]
    assert chosen(choices, str(pick + 1)) == choices[pick]  # what a number key sends


AMENDMENTS = (
    "the First Amendment",
    "the Second Amendment",
    "the Fifth Amendment",
    "the Thirteenth Amendment",
)


@pytest.mark.parametrize(
    ("choices", "typed", "option"),
    [
        # Where an option's text holds an ordinal, a typed ordinal names its words.
        (AMENDMENTS, "second", "the Second Amendment"),
        (AMENDMENTS, "2nd", "the Second Amendment"),
        (AMENDMENTS, "thirteenth", "the Thirteenth Amendment"),
        (AMENDMENTS, "fourth", ""),  # no Fourth Amendment among them: no option
        (AMENDMENTS, "4", "the Thirteenth Amendment"),  # a bare number is still its place
        (AMENDMENTS, "option 4", "the Thirteenth Amendment"),
        (("the second vote", "the first vote"), "first", "the first vote"),
        (("the second vote", "the first vote"), "second", "the second vote"),
        # Where none does, an ordinal is the option's place.
        (("Paris", "Berlin", "Rome", "Madrid"), "second", "Berlin"),
        (("Paris", "Berlin", "Rome", "Madrid"), "the second one", "Berlin"),
    ],
)
def test_an_ordinal_is_an_options_place_only_where_no_option_holds_one(
    choices: tuple[str, ...], typed: str, option: str
) -> None:
    # The question names what the options are, so "second" may leave out "amendment".
    question = "Which amendment, or which vote, or which city?"
    verdict = grade(
        Answer(AnswerType.CHOICE, "", key=(0,)),
        typed,
        choices=choices,
        policy=POLICY,
        question=question,
    )
    assert verdict.matched == option, verdict.rule
