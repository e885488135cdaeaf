"""Typed answers that are in truth another: a slip for another answer, a word of another
accepted answer replaced, a place the question contradicts; and words of other accepted
answers, which add nothing."""

from __future__ import annotations

from trainer.core.answering.asked_question import Question
from trainer.core.answering.grading import Outcome, Verdict, grade
from trainer.core.answering.other_answers import as_near_another, question_contradiction
from trainer.core.answering.text_match import match_text
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def judge(
    answer: str,
    typed: str,
    *accepted: str,
    question: str = "",
    confusables: tuple[str, ...] = (),
) -> Verdict:
    """The verdict on `typed` for `answer`, with the other `accepted` answers."""
    expected = Answer(AnswerType.TEXT, answer, alternatives=accepted, confusables=confusables)
    return grade(expected, typed, policy=Policy(), question=question)


def test_a_slip_is_another_answer_only_when_it_shares_as_much_with_it() -> None:
    # Letter by letter, a reordered answer is far from its own answer, and a short other
    # answer may come as near; word by word, it is plainly the answer.
    others = ("X-rays", "insulin", "a vaccine against rabies")
    answer = "vaccination against smallpox"
    for typed in ("a vaccine against smallpox", "vaccinating against smallpox"):
        assert judge(answer, typed, confusables=others).outcome is Outcome.TYPO, typed
    assert not judge(answer, "a vaccine against rabies", confusables=others).correct
    assert not judge(answer, "vaccine against rabies", confusables=others).correct
    circulation = "the circulation of the blood"
    verdict = judge(circulation, "that blood circulates", confusables=("X-rays", "penicillin"))
    assert verdict.outcome is Outcome.TYPO


def test_a_slip_as_near_another_answer_word_by_word_is_that_answer() -> None:
    words = answer_words
    assert as_near_another(words("Lipetks"), words("Lipetsk"), words("Lipetsk"), 0.15)
    assert not as_near_another(
        words("smallpox vaccine"), words("X-rays"), words("vaccination against smallpox"), 0.15
    )


def test_a_place_the_question_names_is_contradicted_by_another() -> None:
    question = answer_words("What was agreed at Lipetsk in 1926?")
    assert question_contradiction((("at", "kazan"),), question, 0.15) == (
        "'kazan' instead of 'lipetsk'"
    )
    # The same place, a slip for it, a common word or another kind of word: no other place.
    assert question_contradiction((("at", "lipetsk"),), question, 0.15) is None
    assert question_contradiction((("at", "lipetzk"),), question, 0.15) is None
    assert question_contradiction((("at", "home"),), question, 0.15) is None
    assert question_contradiction((("the", "kazan"),), question, 0.15) is None
    # A country may hold the place typed, and a place may lie in the country typed.
    russia = answer_words("What did Germany build in Russia?")
    assert question_contradiction((("in", "kazan"),), russia, 0.15) is None
    assert question_contradiction((("at", "russia"),), question, 0.15) is None
    lipetsk = "What was agreed at Lipetsk in 1926?"
    others = ("a flying school", "a German aviation school")
    school = "an aviation school"
    assert not judge(school, "a flying school at Kazan", *others, question=lipetsk).correct
    assert judge(school, "a flying school at Lipetsk", *others, question=lipetsk).correct


def test_a_word_of_another_accepted_answer_adds_nothing() -> None:
    others = ("a flying school", "a German aviation school")
    school = "an aviation school"
    lipetsk = "What was agreed at Lipetsk in 1926?"
    verdict = judge(school, "a German flying school", *others, question=lipetsk)
    assert verdict.outcome is Outcome.EXACT
    # A word no accepted answer has is still judged as before.
    assert not judge(school, "a Soviet flying school", *others, question=lipetsk).correct
    assert not judge(school, "a German tank school", *others, question=lipetsk).correct


_GUILTY = "Of what was Louis XVI found guilty?"
_FULLER = "Conspiracy against the liberty of the nation"


def test_a_phrase_after_a_short_form_may_not_contradict_the_fuller_answer() -> None:
    for typed in (
        "conspiracy against the king",
        "conspiracy with the nation",
        "conspiracy for the liberty of the nation",
    ):
        assert not judge(_FULLER, typed, "conspiracy", question=_GUILTY).correct
    for typed in ("conspiracy", "conspiracy against the nation", "conspiracy against liberty"):
        assert judge(_FULLER, typed, "conspiracy", question=_GUILTY).correct


def test_a_phrase_after_a_short_form_in_other_forms_or_places_stays_right() -> None:
    # Against the short form alone (the fuller one, missing 'goods', is judged apart).
    asked = Question.of("What is a tariff?", cloze=False)
    fuller = ("a tax", "a tax on imported goods")
    for typed, right in (("a tax on imports", True), ("a tax on exports", False)):
        found = match_text("a tax", typed, question=asked, siblings=fuller, typo_tolerance=0.15)
        assert found.accepted is right
    found = match_text(
        "Lipetsk",
        "Lipetsk in Russia",
        question=Question.of("Where was the school?", cloze=False),
        siblings=("Lipetsk", "Lipetsk in the Soviet Union"),
        typo_tolerance=0.15,
    )
    assert found.accepted  # a region may hold the fuller answer's place
