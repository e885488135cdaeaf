"""Tests of cards from authored questions: free answer and multiple choice."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.answering.normalise import fold
from trainer.core.authored import Deck, Fact
from trainer.core.generate.option_rules import signed_fold
from trainer.core.model import AnswerType, CardKind, DeckDefaults


def test_a_free_answer_question_makes_a_qa_card(make: type[Make]) -> None:
    question = make.question(
        "Who announced it?",
        "Valerian Kuibyshev",
        slot="who",
        accept=("Kuibyshev",),
        hint="chairman",
        tags=("people", "ussr"),
    )
    excerpt = make.excerpt("kuibyshev", questions=(question,), tags=("ussr", "1929"))
    (card,) = make.cards(make.deck(excerpt, deck_id="moore", tags=("moore", "ussr")))
    assert card.id == "moore:kuibyshev:who"
    assert card.kind is CardKind.QA
    assert card.deck_id == "moore"
    assert card.prompt == "Who announced it?"
    assert card.answer.text == "Valerian Kuibyshev"
    assert card.answer.alternatives == ("Kuibyshev",)
    assert card.answer.type is AnswerType.TEXT
    assert card.hint == "chairman"
    assert card.source == "pp. 128–129"
    assert card.excerpt_id == "kuibyshev"
    assert card.cites == ("kuibyshev",)
    assert card.choices == ()
    assert card.tags == ("moore", "ussr", "1929", "people")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("1929", AnswerType.YEAR),
        ("1000", AnswerType.YEAR),
        ("2099", AnswerType.YEAR),
        ("2100", AnswerType.NUMBER),
        ("999", AnswerType.NUMBER),
        ("50,000", AnswerType.NUMBER),
        ("50%", AnswerType.NUMBER),
        ("3.5", AnswerType.NUMBER),
        ("Rheinmetall", AnswerType.TEXT),
        ("1929 or so", AnswerType.TEXT),
    ],
)
def test_answer_type_is_inferred_when_not_given(
    make: type[Make], answer: str, expected: AnswerType
) -> None:
    (card,) = make.cards(make.deck(make.excerpt(questions=(make.question("When?", answer),))))
    assert card.answer.type is expected


def test_a_given_type_and_tolerance_win(make: type[Make]) -> None:
    question = make.question("How many?", "50000", type=AnswerType.NUMBER, tolerance=500.0)
    (card,) = make.cards(make.deck(make.excerpt(questions=(question,))))
    assert (card.answer.type, card.answer.tolerance) == (AnswerType.NUMBER, 500.0)


def test_a_date_answer_is_shown_in_words_as_a_templates_is(make: type[Make]) -> None:
    for written, shown in (("1953-05-29", "29 May 1953"), ("1954-11", "November 1954")):
        question = make.question("When?", written, type=AnswerType.DATE)
        (card,) = make.cards(make.deck(make.excerpt(questions=(question,))))
        assert card.answer.text == shown
    # A year without its leading zeros, as a template shows one.
    question = make.question("In what year?", "0410", type=AnswerType.YEAR)
    (card,) = make.cards(make.deck(make.excerpt(questions=(question,))))
    assert card.answer.text == "410"
    # Written in words already, it is kept as written.
    question = make.question("When?", "29 May 1953", type=AnswerType.DATE)
    (card,) = make.cards(make.deck(make.excerpt(questions=(question,))))
    assert card.answer.text == "29 May 1953"


def test_unnamed_questions_keep_the_slots_the_loader_gave(make: type[Make]) -> None:
    questions = (make.question(slot="q1"), make.question(slot="firm"), make.question(slot="q3"))
    cards = make.cards(make.deck(make.excerpt("x", questions=questions)))
    assert [c.id for c in cards] == ["d:x:q1", "d:x:firm", "d:x:q3"]


WRITTEN = ("Krupp", "Rheinmetall", "Stinnes")


def _choice_deck(
    make: type[Make],
    *,
    distractors: tuple[str, ...] = WRITTEN,
    choices: int | None = 4,
    draw: str | None = None,
    facts: tuple[Fact, ...] = (),
    accept: tuple[str, ...] = (),
) -> Deck:
    question = make.question(
        "Which firm?",
        "Junkers",
        distractors=distractors,
        choices=choices,
        draw=draw,
        accept=accept,
    )
    return make.deck(make.excerpt("firms", questions=(question,), facts=facts))


def test_written_distractors_make_a_choice_card(make: type[Make]) -> None:
    (card,) = make.cards(_choice_deck(make))
    assert card.kind is CardKind.CHOICE
    assert sorted(card.choices) == sorted(("Junkers", *WRITTEN))
    assert card.answer.type is AnswerType.CHOICE
    assert card.answer.text == "Junkers"
    assert card.choices[card.answer.key[0]] == "Junkers"
    assert len(card.answer.key) == 1


def test_options_are_the_same_on_every_compile_and_in_any_deck(make: type[Make]) -> None:
    deck = _choice_deck(make)
    first = make.cards(deck)[0]
    other = make.excerpt("other", questions=(make.question("Else?", "Yes"),))
    bigger = dataclasses.replace(deck, excerpts=(other, *deck.excerpts))
    again = next(c for c in make.cards(bigger) if c.id == first.id)
    assert again.choices == first.choices
    assert again.answer == first.answer


def test_the_order_of_options_depends_on_the_card_id(make: type[Make]) -> None:
    orders = set()
    for n in range(12):
        question = make.question("Which?", "Junkers", slot=f"q{n}", distractors=WRITTEN)
        (card,) = make.cards(make.deck(make.excerpt(questions=(question,))))
        orders.add(card.choices)
    assert len(orders) > 1


def test_written_distractors_come_first_and_in_order(make: type[Make]) -> None:
    (card,) = make.cards(_choice_deck(make, choices=3))
    assert sorted(card.choices) == sorted(("Junkers", "Krupp", "Rheinmetall"))


def test_a_distractor_like_the_answer_or_another_is_dropped(make: type[Make]) -> None:
    written = ("JUNKERS!", "Krupp", "krüpp", "Kuibyshev", "Rheinmetall", "Stinnes")
    (card,) = make.cards(_choice_deck(make, distractors=written, accept=("kuibyshev",)))
    assert sorted(card.choices) == sorted(("Junkers", "Krupp", "Rheinmetall", "Stinnes"))
    errors = make.errors(_choice_deck(make, distractors=written[:3], choices=3))
    assert "needs 2 distinct wrong options but only 1 could be found" in errors[0].message


def test_draw_fills_the_remaining_places_from_the_field(make: type[Make]) -> None:
    facts = tuple(
        make.fact(f"f{i}", where=place)
        for i, place in enumerate(["Lipetsk", "Kazan", "Moscow", "kazan", "Tomka"])
    )
    question = make.question(
        "Which town got the tank school?", "Kazan", draw="where", distractors=("Berlin",)
    )
    deck = make.deck(make.excerpt(questions=(question,), facts=facts))
    (card,) = make.cards(deck)
    assert "Berlin" in card.choices
    assert len(card.choices) == 4
    assert [fold(c) for c in card.choices].count("kazan") == 1
    assert set(card.choices) <= {"Kazan", "Berlin", "Lipetsk", "Moscow", "Tomka"}


def test_draw_from_a_field_no_fact_has_is_an_error_with_a_suggestion(make: type[Make]) -> None:
    facts = (make.fact("f1", where="Lipetsk"),)
    (error,) = make.errors(_choice_deck(make, draw="wher", facts=facts, distractors=()))
    assert error.location == make.loc(10, 7)
    assert error.message == (
        "question 'q1' draws options from field 'wher', which no fact has (did you mean 'where'?)"
    )


def test_too_few_options_is_an_error_at_the_question(make: type[Make]) -> None:
    (error,) = make.errors(_choice_deck(make, distractors=("Krupp",), choices=4))
    assert str(error) == (
        "deck.yaml:10:7: error: question 'q1' needs 3 distinct wrong options "
        "but only 1 could be found; add distractors, or set `choices: 2`"
    )


def test_the_deck_default_sets_the_number_of_options(make: type[Make]) -> None:
    deck = dataclasses.replace(
        _choice_deck(make, choices=None), defaults=DeckDefaults(choices=2, auto_cloze=False)
    )
    (card,) = make.cards(deck)
    assert sorted(card.choices) == ["Junkers", "Krupp"]


names = st.text(alphabet="abcAB é-", min_size=1, max_size=6).filter(lambda s: fold(s) != "")


@settings(max_examples=60, deadline=None)
@given(
    answer=names,
    written=st.lists(names, max_size=4),
    pool=st.lists(names, max_size=12),
    choices=st.integers(2, 8),
    slot=st.from_regex(r"[a-z][a-z0-9]{0,8}", fullmatch=True),
)
def test_options_never_repeat_and_hold_the_answer_once(
    make: type[Make], answer: str, written: list[str], pool: list[str], choices: int, slot: str
) -> None:
    assume(written or pool)
    facts = tuple(make.fact(f"f{i}", town=value) for i, value in enumerate(pool))
    question = make.question(
        "Q?",
        answer,
        slot=slot,
        distractors=tuple(written),
        draw="town" if pool else None,
        choices=choices,
    )
    deck = make.deck(make.excerpt(questions=(question,), facts=facts))
    cards, diagnostics = make.generate(deck)
    if not cards:
        assert any("distinct wrong options" in d.message for d in diagnostics)
        return
    (card,) = cards
    folded = [signed_fold(c) for c in card.choices]
    assert len(card.choices) == choices
    assert len(set(folded)) == len(folded)
    # The answer, perhaps without its article where no other option has one.
    article, _, rest = answer.partition(" ")
    shown_as = {fold(answer), fold(rest) if article in ("a", "an", "the") else fold(answer)}
    assert fold(card.choices[card.answer.key[0]]) in shown_as


def test_an_option_naming_others_by_letter_warns_the_author(make: type[Make]) -> None:
    deck = _choice_deck(make, distractors=("Krupp", "Both A and B", "Dornier"))
    told = "names others by their letters"
    (warning,) = [w for w in make.warnings(deck) if told in w.message]
    assert warning.message == (
        "question 'q1': option 'Both A and B' names others by their letters, but options "
        "are shown numbered, in a new order at each showing: name them by their words"
    )
    plain = _choice_deck(make, distractors=("Krupp", "All of the above"))
    assert not [w for w in make.warnings(plain) if told in w.message]
