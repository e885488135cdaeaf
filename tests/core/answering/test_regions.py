"""The regions a place typed as an answer may be followed by, and when they are read as one."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.normalise import fold
from trainer.core.answering.regions import REGIONS, place_before_its_region, region_after
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def test_regions_are_folded_as_grading_folds_words() -> None:
    assert {"germany", "soviet union", "illinois", "south america"} <= REGIONS
    for name in REGIONS:
        assert name == " ".join(fold(name).split()), name


def test_a_region_is_read_only_after_the_whole_answer_and_a_comma() -> None:
    got = ("berlin", "germany")
    assert region_after(("berlin",), got, [1], {0}, ("germany",)) == [1]
    assert region_after(("berlin",), got, [1], {0}, ()) == []  # no comma typed
    assert region_after(("berlin",), got, [1], {0}, ("prussia", "germany")) == []
    # The words after the answer must all be extra, and together name a region.
    assert region_after(("berlin",), ("berlin", "kazan"), [1], {0}, ("kazan",)) == []
    assert region_after(("france",), ("france", "germany"), [1], {0}, ("germany",)) == []


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        # A continent holds the country the answer names.
        ("Argentina", "Argentina, South America", True),
        ("Canada", "Canada, North America", True),
        # Another country, or another continent beside one, is a second answer.
        ("Germany", "Germany, France", False),
        ("Asia", "Asia, Europe", False),
    ],
)
def test_a_continent_after_a_country_is_where_it_is(answer: str, typed: str, right: bool) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy())
    assert verdict.correct is right, verdict.rule


@pytest.mark.parametrize(
    ("answer", "found"),
    [
        ("Kitty Hawk, North Carolina", ("Kitty Hawk", "North Carolina")),
        ("Valdivia, Chile", ("Valdivia", "Chile")),
        ("Paris, France", ("Paris", "France")),
        # No region after the comma, a region before it, or no comma: none.
        ("Cromford, Derbyshire", None),
        ("Germany, France", None),
        ("Lipetsk, Kazan, Russia", None),
        ("Paris", None),
        (", France", None),
    ],
)
def test_a_place_is_followed_by_where_it_lies(answer: str, found: tuple[str, str] | None) -> None:
    assert place_before_its_region(answer) == found


@pytest.mark.parametrize(
    ("answer", "typed", "wanted"),
    [
        ("Kitty Hawk, North Carolina", "Kitty Hawk", "exact"),
        ("Valdivia, Chile", "Valdivia", "exact"),
        ("Paris, France", "Pariss", "typo"),
        ("Valdivia, Chile", "Chile", "wrong"),  # where it lies is not the place
        ("Paris, France", "Lyon", "wrong"),
    ],
)
def test_the_place_alone_answers_as_the_place_and_its_region_do(
    answer: str, typed: str, wanted: str
) -> None:
    question = "Where did it happen?"
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome.value == wanted, verdict.rule


def test_the_place_alone_is_refused_where_it_is_another_answer_of_the_deck() -> None:
    answer = Answer(AnswerType.TEXT, "Paris, Texas", confusables=("Paris",))
    assert grade(answer, "Paris", policy=Policy(), question="Where?").outcome.value == "wrong"


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        # Asked where, "Villa Farnesina" was close for "the Villa Farnesina in Rome".
        ("Villa Farnesina", True),
        ("the Villa Farnesina in Rome", True),
        ("the Villa Medici", False),
    ],
)
def test_asked_where_a_place_answers_without_the_place_that_holds_it(
    typed: str, right: bool
) -> None:
    answer = "the Villa Farnesina in Rome"
    assert (
        graded(answer, typed, "Where did Raphael paint Galatea?") in (Outcome.EXACT, Outcome.TYPO)
    ) is right
    # Asked anything else, the whole answer is wanted.
    assert graded(answer, "Villa Farnesina", "What did Chigi build?") is Outcome.CLOSE


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        # Asked where, "Cannae" was wrong for "the Battle of Cannae" ("'battle' is missing").
        ("Cannae", True),
        ("at Cannae", True),
        ("Zama", False),
    ],
)
def test_asked_where_an_event_named_by_its_place_is_answered_by_the_place(
    typed: str, right: bool
) -> None:
    question = "Where did Hannibal destroy a Roman army in 216 BC?"
    verdict = graded("the Battle of Cannae", typed, question)
    assert (verdict in (Outcome.EXACT, Outcome.TYPO)) is right
    assert graded("the Treaty of Versailles", "Versailles", "Where was peace signed in 1919?") in (
        Outcome.EXACT,
        Outcome.TYPO,
    )
