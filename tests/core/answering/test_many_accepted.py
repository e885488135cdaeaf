"""A card of very many accepted answers is graded against the nearest of them, as it
would be against all of them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.answering import many_accepted
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.many_accepted import MANY, narrowed, nearest_accepted
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

_PLACES = [
    *("Lipetsk", "Kazan", "Moscow", "Saratov", "Tomka", "Rapallo", "Berlin", "Leningrad"),
    *("Kharkov", "Kiev", "Odessa", "Minsk", "Riga", "Tallinn", "Vilnius", "Warsaw"),
]
ALTERNATIVES = tuple(f"the school at {place} {n}" for place in _PLACES for n in (1, 2, 3))


def test_a_few_answers_are_all_kept() -> None:
    accepted = ["a", *(f"b{i}" for i in range(MANY - 1))]
    assert nearest_accepted(accepted, "zzz") == accepted


def test_of_many_the_card_s_answer_and_the_nearest_are_kept_in_order() -> None:
    kept = nearest_accepted(["Lipetsk", *ALTERNATIVES], "the school at Kazan 2")
    assert kept[0] == "Lipetsk" and len(kept) == MANY
    assert "the school at Kazan 2" in kept
    assert kept[1:] == [a for a in ALTERNATIVES if a in kept]


def test_a_long_list_is_graded_quickly_and_rightly() -> None:
    # 5,000 accepted answers took 3 to 12 s an answer, judged one by one.
    answer = Answer(
        AnswerType.TEXT, "Lipetsk", alternatives=tuple(f"answer number {i}" for i in range(5000))
    )
    assert grade(answer, "answer number 4977", policy=Policy()).outcome is Outcome.EXACT
    assert grade(answer, "answr number 3001", policy=Policy()).outcome is Outcome.TYPO
    assert grade(answer, "Lipetsk", policy=Policy()).outcome is Outcome.EXACT


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(ALTERNATIVES),
    st.sampled_from(["", "x", "s"]),
    st.integers(min_value=0, max_value=3),
)
def test_narrowing_never_changes_the_verdict(alternative: str, added: str, cut: int) -> None:
    typed = alternative[: len(alternative) - cut] + added
    answer = Answer(AnswerType.TEXT, "Lipetsk", alternatives=ALTERNATIVES)
    fast = grade(answer, typed, policy=Policy())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(many_accepted, "MANY", 10**9)
        slow = grade(answer, typed, policy=Policy())
    assert (fast.outcome, fast.matched) == (slow.outcome, slow.matched)


def test_narrowed_keeps_a_short_answer_as_it_is() -> None:
    answer = Answer(AnswerType.TEXT, "Lipetsk", alternatives=("Lipezk",))
    assert narrowed(answer, "Kazan") is answer
