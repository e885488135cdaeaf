"""Options typed as text, true/false words, and orders graded by their distance from the right."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.option_grading import kendall_tau_distance, out_of_place, pairs_in_order
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()
CAPITALS = ("Basel", "Berne", "Geneva", "Zurich")
BERNE = Answer(AnswerType.CHOICE, "", key=(1,))


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("2", Outcome.EXACT),
        ("Berne", Outcome.EXACT),
        ("bern", Outcome.TYPO),  # another spelling of the option
        ("the city of Berne", Outcome.EXACT),
        ("Berrne", Outcome.TYPO),
        ("Zürich", Outcome.WRONG),  # another option
        ("Lausanne", Outcome.WRONG),  # no option
    ],
)
def test_options_typed_as_text(typed: str, outcome: Outcome) -> None:
    assert grade(BERNE, typed, choices=CAPITALS, policy=POLICY).outcome is outcome


def test_an_option_typed_as_text_says_so_and_which() -> None:
    verdict = grade(BERNE, "Bern", choices=CAPITALS, policy=POLICY)
    assert verdict.matched == "Berne"
    assert verdict.rule == "option 'Berne' typed as text ('bern' spells 'berne')"
    unknown = grade(BERNE, "Lausanne", choices=CAPITALS, policy=POLICY)
    assert unknown.note == "type an option's number, 1 to 4, or its text"
    assert grade(BERNE, "Zurich", choices=CAPITALS, policy=POLICY).rule == "chose another option"
    assert grade(BERNE, "4", choices=CAPITALS, policy=POLICY).rule == "chose another option"
    misspelt = grade(BERNE, "Zurch", choices=CAPITALS, policy=POLICY)
    assert misspelt.rule.startswith("chose another option: option 'Zurich' typed as text")


PORTS = ("Bahia", "St Jago", "St Paul's Rocks", "Fernando Noronha")
ST_JAGO = Answer(AnswerType.CHOICE, "St Jago", alternatives=("Santiago", "São Tiago"), key=(1,))


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("Santiago", Outcome.EXACT),  # an accepted answer of the right option
        ("sao tiago", Outcome.EXACT),
        ("Santiaog", Outcome.TYPO),  # by the rules for text answers
        ("Saint Jago", Outcome.EXACT),
        ("Jago", Outcome.WRONG),  # a saint's name is part of a place's
        ("Bahia", Outcome.WRONG),
    ],
)
def test_the_right_option_answers_to_its_accepted_answers(typed: str, outcome: Outcome) -> None:
    verdict = grade(ST_JAGO, typed, choices=PORTS, policy=POLICY)
    assert verdict.outcome is outcome, verdict


def test_an_option_typed_as_an_accepted_answer_says_which() -> None:
    verdict = grade(ST_JAGO, "Santiago", choices=PORTS, policy=POLICY)
    assert verdict.rule == "option 'St Jago' typed as text ('Santiago' is accepted; exact)"


def test_an_accepted_answer_near_another_option_chooses_neither() -> None:
    answer = Answer(AnswerType.CHOICE, "Prussian", alternatives=("Prussians",), key=(0,))
    twins = ("Prussian", "Russians", "German")
    assert grade(answer, "Russians", choices=twins, policy=POLICY).matched == "Russians"
    assert not grade(answer, "Russians", choices=twins, policy=POLICY).correct


def test_text_near_two_options_chooses_neither() -> None:
    twins = ("Russian", "Prussian", "German")
    answer = Answer(AnswerType.CHOICE, "", key=(0,))
    assert not grade(answer, "Prussian", choices=twins, policy=POLICY).correct
    assert grade(answer, "russian", choices=twins, policy=POLICY).correct


@pytest.mark.parametrize(
    ("typed", "truth"),
    [
        *[(w, True) for w in ("t", "T", "true", "yes", "Y", "correct", "right", "not false")],
        *[(w, False) for w in ("f", "false", "no", "N", "incorrect", "wrong", "not true")],
    ],
)
def test_true_false_words(typed: str, truth: bool) -> None:
    for options in (("True", "False"), ("False", "True")):
        key = options.index("True" if truth else "False")
        answer = Answer(AnswerType.CHOICE, "", key=(key,))
        assert grade(answer, typed, choices=options, policy=POLICY).correct


EVENTS = ("Rapallo", "Lipetsk", "Comintern congress", "Rheinmetall deal", "Hugenberg memo")


def order(key: tuple[int, ...]) -> Answer:
    return Answer(AnswerType.ORDER, "", key=key)


def test_an_order_one_swap_from_right_is_close_with_the_event_out_of_place() -> None:
    verdict = grade(order((0, 1, 2, 3, 4)), "1 2 4 3 5", choices=EVENTS, policy=POLICY)
    assert verdict.outcome is Outcome.CLOSE
    assert verdict.swaps == 1 and verdict.events == 5
    assert verdict.misplaced == (3,)  # of two neighbours swapped, the later one typed
    assert verdict.note == "out of place: 4"
    assert verdict.rule.startswith("1 swap of neighbours")


def test_a_reversed_order_is_wrong_with_every_event_but_one_out_of_place() -> None:
    verdict = grade(order((0, 1, 2, 3, 4)), "5 4 3 2 1", choices=EVENTS, policy=POLICY)
    assert verdict.outcome is Outcome.WRONG
    assert verdict.swaps == 10
    assert len(verdict.misplaced) == 4


def test_one_event_moved_far_is_one_event_out_of_place() -> None:
    verdict = grade(order((0, 1, 2, 3, 4)), "2 3 4 5 1", choices=EVENTS, policy=POLICY)
    assert verdict.misplaced == (0,)
    assert verdict.swaps == 4


def test_kendall_tau_distance() -> None:
    assert kendall_tau_distance((0, 1, 2, 3), (0, 1, 2, 3)) == 0
    assert kendall_tau_distance((1, 0, 2, 3), (0, 1, 2, 3)) == 1
    assert kendall_tau_distance((3, 2, 1, 0), (0, 1, 2, 3)) == 6
    assert pairs_in_order((1, 0, 2, 3), (0, 1, 2, 3)) == 5 / 6


@given(st.permutations(range(5)), st.permutations(range(5)))
def test_moving_the_events_out_of_place_puts_the_order_right(
    typed: list[int], key: list[int]
) -> None:
    misplaced = set(out_of_place(typed, key))
    kept = [option for option in typed if option not in misplaced]
    assert kept == [option for option in key if option not in misplaced]
    # No smaller set of events would do: it is all but a longest run in order.
    place = {option: i for i, option in enumerate(key)}
    longest = max(
        (
            size
            for size in range(len(typed) + 1)
            for run in itertools.combinations(typed, size)
            if [place[o] for o in run] == sorted(place[o] for o in run)
        ),
        default=0,
    )
    assert len(misplaced) == len(typed) - longest
    assert (kendall_tau_distance(typed, key) == 0) == (not misplaced)


INVENTORS = ("Alexander Graham Bell", "Thomas Edison", "Nikola Tesla", "Samuel Morse")
DISCOVERERS = ("Rosalind Franklin", "James Watson and Francis Crick", "Linus Pauling")
PRESIDENTS = ("John Adams", "Samuel Adams", "John Hancock")


@pytest.mark.parametrize(
    ("choices", "key", "typed", "outcome"),
    [
        (INVENTORS, 0, "Bell", Outcome.EXACT),
        (INVENTORS, 0, "Edison", Outcome.WRONG),  # another option, by its surname
        (DISCOVERERS, 1, "Watson and Crick", Outcome.EXACT),
        (DISCOVERERS, 1, "Crick & Watson", Outcome.EXACT),
        (DISCOVERERS, 1, "Franklin", Outcome.WRONG),
        (PRESIDENTS, 0, "Adams", Outcome.WRONG),  # two options have it
        (PRESIDENTS, 2, "Hancock", Outcome.EXACT),
        # A ruler's number is no surname: "XVI" chooses nothing.
        (("Louis XVI", "Maximilien Robespierre", "Georges Danton"), 0, "XVI", Outcome.WRONG),
    ],
)
def test_an_option_naming_people_answers_to_their_surnames_when_unique(
    choices: tuple[str, ...], key: int, typed: str, outcome: Outcome
) -> None:
    answer = Answer(AnswerType.CHOICE, "", key=(key,))
    assert grade(answer, typed, choices=choices, policy=POLICY).outcome is outcome


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("False, it is 6,650 km", Outcome.EXACT),
        ("false - it is longer", Outcome.EXACT),
        ("False because the Amazon carries more water", Outcome.EXACT),
        ("True, it is", Outcome.WRONG),  # the other verdict, whatever the reason
        ("Falsehood", Outcome.WRONG),
    ],
)
def test_a_verdict_typed_with_its_reason_chooses_its_option(typed: str, outcome: Outcome) -> None:
    answer = Answer(AnswerType.CHOICE, "", key=(1,))
    assert grade(answer, typed, choices=("True", "False"), policy=POLICY).outcome is outcome


def test_a_name_typed_with_more_after_a_comma_is_no_verdict() -> None:
    # Only a verdict is chosen by its first word: "Paris, Texas" is no "Paris".
    answer = Answer(AnswerType.CHOICE, "", key=(0,))
    verdict = grade(answer, "Paris, Texas", choices=("Paris", "Lyon"), policy=POLICY)
    assert verdict.rule != "option 'Paris' typed with a reason"
