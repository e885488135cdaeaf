"""Tests for trainer.core.answering.decisive_difference: what no typo excuses."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.asked_question import Question
from trainer.core.answering.decisive_difference import decisive_difference
from trainer.core.answering.grading import grade
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def test_a_negation_or_other_numbers_decide() -> None:
    asked = Question.of("What happened?", cloze=False)
    assert decisive_difference(["it", "rained"], ["it", "never", "rained"], asked, "")
    found = decisive_difference(["1925"], ["1926"], asked, "1926")
    assert found == "numbers differ: 1926 typed, 1925 expected"
    assert decisive_difference(["it", "rained"], ["it", "rained"], asked, "it rained") is None


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # A year beside a name, after a comma or in brackets, says when.
        ("Thomas Hobbes", "Thomas Hobbes, 1651", "Who wrote Leviathan?"),
        ("Orson Welles", "Orson Welles (1941)", "Who directed Citizen Kane?"),
        ("Wings", "Wings (1927)", "Which film won the first Best Picture?"),
        ("the Treaty of Rapallo", "the Treaty of Rapallo, 1922", "Which treaty?"),
        ("Werner Heisenberg", "Werner Heisenberg in 1927", "Who found it?"),
        # A life or a reign in brackets, holding any year the question names.
        ("Ming", "Ming dynasty (1368–1644)", "Which dynasty did the Qing replace?"),
        (
            "Tokugawa Ieyasu",
            "Tokugawa Ieyasu (1543-1616)",
            "Who founded the Edo shogunate in 1603?",
        ),
        # Before Christ, its era written or not.
        ("Plato", "Plato (427-347)", "Who wrote the Republic?"),
        ("Plato", "Plato (c. 427–347 BC)", "Who wrote the Republic?"),
        ("Aristotle", "Aristotle (384-322 BCE)", "Who taught Alexander?"),
    ],
)
def test_a_year_said_as_when_is_no_other_number(expected: str, typed: str, question: str) -> None:
    assert graded(expected, typed, question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # Against a year the card holds, or one the question names, a year is a claim.
        ("the Treaty of Versailles (1919)", "the Treaty of Versailles, 1920", "Which treaty?"),
        ("the Treaty of Versailles (1919)", "the Treaty of Versailles in 1920", "Which treaty?"),
        ("Franz von Papen", "Franz von Papen, 1933", "Who was chancellor in 1932?"),
        ("Tokugawa Ieyasu", "Tokugawa Ieyasu (1605-1616)", "Who founded the shogunate in 1603?"),
        # Inside the answer, not beside it, a number is another thing.
        ("Thomas Hobbes", "Thomas 1651 Hobbes", "Who wrote Leviathan?"),
    ],
)
def test_a_year_against_the_cards_own_is_wrong(expected: str, typed: str, question: str) -> None:
    assert graded(expected, typed, question) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed", "rule"),
    [
        ("First Consul", "emperor", "'emperor' instead of 'first consul'"),
        ("the Third Estate", "the clergy", "'the clergy' instead of 'the third estate'"),
        # Another number is still told as one.
        ("First Consul", "Second Consul", "numbers differ: 2 typed, 1 expected"),
    ],
)
def test_an_answer_numbered_in_words_is_told_whole_when_another_is_typed(
    answer: str, typed: str, rule: str
) -> None:
    verdict = grade(
        Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="What title did he take?"
    )
    assert verdict.outcome is Outcome.WRONG
    assert verdict.rule == rule


_OATH = "What did the deputies swear on 20 June 1789?"
_OATH_TOO = "not to disperse until France had a constitution"


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        # A negation opening words another accepted answer writes is the author's.
        ("the Tennis Court Oath not to disperse", True),
        ("the Tennis Court Oath, not to disperse until France had a constitution", True),
        # A negation of the answer itself, or too few words to be quoted, still decide.
        ("not the Tennis Court Oath", False),
        ("the Tennis Court Oath, not to", False),
        ("the Tennis Court Oath, not to disperse, not the ball court oath", False),
    ],
)
def test_a_negation_quoted_from_another_accepted_answer_changes_nothing(
    typed: str, right: bool
) -> None:
    outcome = graded("the Tennis Court Oath", typed, _OATH, _OATH_TOO)
    assert (outcome in (Outcome.EXACT, Outcome.TYPO)) is right, outcome


def test_a_negation_no_accepted_answer_writes_so_still_decides() -> None:
    question = "Where was the Weimar economy heading in 1923?"
    typed = "It was not heading for bankruptcy"
    assert graded("heading for bankruptcy", typed, question, "towards bankruptcy") is (
        Outcome.WRONG
    )
    assert graded("heading for bankruptcy", typed, question, "not solvent") is Outcome.WRONG


def _with_excerpt(expected: str, typed: str, question: str, excerpt: str) -> Verdict:
    answer = Answer(AnswerType.TEXT, expected)
    return grade(answer, typed, policy=Policy(), question=question, context=excerpt)


_HASTINGS = "The Battle of Hastings in 1066 ended Anglo-Saxon rule in England."
_WATERLOO = "Napoleon was defeated at Waterloo in 1815 by Wellington and Blücher."


@pytest.mark.parametrize(
    ("expected", "typed", "question", "excerpt", "said"),
    [
        # A year beside the answer that misremembers the excerpt's is a false claim.
        ("the Battle of Hastings", "Hastings in 1067", "Which battle?", _HASTINGS, "1066"),
        ("Napoleon", "Napoleon, in 1915", "Who was defeated at Waterloo?", _WATERLOO, "1815"),
        ("Napoleon", "Napoleon (1813)", "Who was defeated at Waterloo?", _WATERLOO, "1815"),
    ],
)
def test_a_year_that_misremembers_the_excerpts_is_wrong(
    expected: str, typed: str, question: str, excerpt: str, said: str
) -> None:
    verdict = _with_excerpt(expected, typed, question, excerpt)
    assert verdict.outcome is Outcome.WRONG
    assert verdict.rule.endswith(f"the card says {said}")


@pytest.mark.parametrize(
    ("expected", "typed", "question", "excerpt"),
    [
        # The excerpt's own year, or one too far from it to be a memory of it.
        ("the Battle of Hastings", "Hastings in 1066", "Which battle?", _HASTINGS),
        ("Napoleon", "Napoleon, 1769", "Who was defeated at Waterloo?", _WATERLOO),
        # An excerpt with no year holds no claim to contradict.
        ("Napoleon", "Napoleon, in 1815", "Who was defeated at Waterloo?", "He lost."),
    ],
)
def test_a_year_the_excerpt_holds_or_is_far_from_stays_when(
    expected: str, typed: str, question: str, excerpt: str
) -> None:
    assert _with_excerpt(expected, typed, question, excerpt).outcome is Outcome.EXACT


def test_a_year_against_the_questions_says_which_year_the_question_names() -> None:
    verdict = _with_excerpt("Franz von Papen", "Papen, 1933", "Who was chancellor in 1932?", "")
    assert verdict.rule == "numbers differ: 1933 typed, the question says 1932"
