"""Options reshuffled between showings: the same set, a new order per showing, the same order
within one showing, the key remapped so a shown card grades as shown."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import grade
from trainer.core.answering.option_order import option_order, reshuffled, shown_card
from trainer.core.model import Answer, AnswerType, Card, CardKind
from trainer.core.scheduling.policy import Policy

POLICY = Policy()
OPTIONS = ("Kazan", "Lipetsk", "Tomka", "Berlin")


def choice_card(card_id: str = "d:e:q", options: tuple[str, ...] = OPTIONS, key: int = 1) -> Card:
    answer = Answer(AnswerType.CHOICE, options[key], key=(key,))
    return Card(card_id, "d", CardKind.CHOICE, "e", "Where?", answer, "p. 1", choices=options)


def chronology(card_id: str = "d:chronology", count: int = 3) -> Card:
    events = tuple(f"Event {n}" for n in range(count))
    key = tuple(range(count))
    answer = Answer(AnswerType.ORDER, " → ".join(events), key=key)
    return Card(card_id, "d", CardKind.CHRONOLOGY, "e", "Order them", answer, "", choices=events)


def test_the_same_showing_keeps_its_order() -> None:
    card = choice_card()
    assert shown_card(card, 3) == shown_card(card, 3)
    assert option_order(card, 3) == option_order(card, 3)


def test_the_order_changes_between_showings() -> None:
    card = choice_card()
    orders = {option_order(card, showing) for showing in range(12)}
    assert len(orders) > 3
    places = {shown_card(card, showing).answer.key for showing in range(12)}
    assert len(places) > 1  # the answer is not always at the same place


@given(st.text(min_size=1, max_size=20), st.integers(0, 10_000), st.integers(0, 3))
def test_the_set_stays_and_the_key_follows_the_right_option(
    card_id: str, showing: int, key: int
) -> None:
    card = choice_card(card_id, key=key)
    shown = shown_card(card, showing)
    assert sorted(shown.choices) == sorted(card.choices)
    assert shown.choices[shown.answer.key[0]] == card.choices[key]
    assert shown.answer.text == card.answer.text


@given(st.text(min_size=1, max_size=20), st.integers(0, 10_000), st.integers(2, 6))
def test_a_chronology_is_never_shown_already_in_order(
    card_id: str, showing: int, count: int
) -> None:
    card = chronology(card_id, count)
    shown = shown_card(card, showing)
    assert sorted(shown.choices) == sorted(card.choices)
    assert shown.choices != card.choices
    assert tuple(shown.choices[i] for i in shown.answer.key) == card.choices


def test_a_shown_card_grades_as_shown() -> None:
    card = choice_card(key=1)
    for showing in range(8):
        shown = shown_card(card, showing)
        number = str(shown.answer.key[0] + 1)
        verdict = grade(shown.answer, number, choices=shown.choices, policy=POLICY)
        assert verdict.correct and verdict.matched == "Lipetsk"
        wrong = str((shown.answer.key[0] + 1) % len(OPTIONS) + 1)
        assert not grade(shown.answer, wrong, choices=shown.choices, policy=POLICY).correct


def test_true_false_and_cards_without_options_keep_their_order() -> None:
    statement = Answer(AnswerType.CHOICE, "True", key=(0,))
    true_false = Card(
        "d:e:f.t", "d", CardKind.TRUE_FALSE, "e", "True?", statement, "", choices=("True", "False")
    )
    typed = Card("d:e:q", "d", CardKind.QA, "e", "Who?", Answer(AnswerType.TEXT, "X"), "")
    assert not reshuffled(true_false) and shown_card(true_false, 5) is true_false
    assert not reshuffled(typed) and shown_card(typed, 5) is typed


@given(st.text(min_size=1, max_size=20), st.integers(0, 10_000))
def test_an_option_about_the_others_is_shown_after_them(card_id: str, showing: int) -> None:
    options = ("All of the above", "Kazan", "None of the above", "Berlin")
    shown = shown_card(choice_card(card_id, options, key=0), showing)
    assert set(shown.choices[2:]) == {"All of the above", "None of the above"}
    assert shown.choices[shown.answer.key[0]] == "All of the above"
