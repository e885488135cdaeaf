"""Tests for trainer.core.answering.excerpt_modifiers: the excerpt's own words before the answer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import grade
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

MARAT = "Jean-Paul Marat, a radical journalist, was stabbed in his bath by Charlotte Corday."
LIPETSK = (
    "In March 1926 Germany and the Soviet Union agreed to set up a German aviation school "
    "at Lipetsk."
)
MEMBRANE = (
    "Oxygen crosses the membrane by diffusion, while glucose needs facilitated diffusion "
    "through carrier proteins."
)
ROCHESTER = "Jane loves Mr Rochester, whose mad wife Bertha is hidden in the attic."
RIGHT = (Outcome.EXACT, Outcome.TYPO)


def verdict(answer: str, typed: str, context: str, question: str = "What?") -> Verdict:
    accepted = Answer(AnswerType.TEXT, answer)
    return grade(accepted, typed, policy=Policy(), question=question, context=context)


@pytest.mark.parametrize(
    ("answer", "typed", "context", "outcome"),
    [
        ("journalist", "radical journalist", MARAT, Outcome.EXACT),
        ("journalist", "a radical journalist", MARAT, Outcome.EXACT),
        ("journalist", "a radical journalist in Paris", MARAT, Outcome.EXACT),
        # A slip in the excerpt's word, or in the answer's, is a slip.
        ("journalist", "radcal journalist", MARAT, Outcome.TYPO),
        ("journalist", "a radical journalst", MARAT, Outcome.TYPO),
        ("an aviation school", "a German aviation school", LIPETSK, Outcome.EXACT),
        ("an aviation school", "German aviation school at Lipetsk", LIPETSK, Outcome.EXACT),
        # A determiner that says whose opens it as an article would.
        ("Bertha", "his mad wife Bertha", ROCHESTER, Outcome.EXACT),
        ("Bertha", "the mad wife Bertha", ROCHESTER, Outcome.EXACT),
        # ("his wife Bertha" is right by whose kin she is: test_kin_words.)
    ],
)
def test_the_excerpts_own_word_before_the_answer_is_right(
    answer: str, typed: str, context: str, outcome: Outcome
) -> None:
    found = verdict(answer, typed, context, "What was Marat's trade?")
    assert found.outcome is outcome
    assert "as the excerpt says it" in found.rule


@pytest.mark.parametrize(
    ("answer", "typed", "context"),
    [
        # Another word than the excerpt's, or a real word a slip away from it.
        ("journalist", "Girondin journalist", MARAT),
        ("journalist", "moderate journalist", MARAT),
        ("journalist", "radial journalist", MARAT),
        ("an aviation school", "a Soviet aviation school", LIPETSK),
        # The excerpt names the answer without the word too: it may make another thing.
        ("diffusion", "facilitated diffusion", MEMBRANE),
        # Words joined to the answer are another answer, not a qualifier.
        ("the Soviet Union", "Germany and the Soviet Union", LIPETSK),
        # No excerpt, no word of its own.
        ("journalist", "radical journalist", ""),
        # Whose, then a word the excerpt does not write.
        ("Bertha", "his first wife Bertha", ROCHESTER),
    ],
)
def test_any_other_word_before_the_answer_is_not_right(
    answer: str, typed: str, context: str
) -> None:
    assert verdict(answer, typed, context).outcome not in RIGHT


def test_the_word_alone_is_not_the_answer() -> None:
    assert verdict("journalist", "radical", MARAT).outcome is Outcome.WRONG


@given(
    modifier=st.sampled_from(["radical", "facilitated", "German", "Soviet", "moderate"]),
    mentions=st.lists(st.booleans(), min_size=1, max_size=4),
)
def test_a_word_the_excerpt_leaves_out_once_never_makes_the_answer_right(
    modifier: str, mentions: list[bool]
) -> None:
    # One sentence per mention of the answer, with the word before it or not.
    sentences = [f"They met a {modifier + ' ' if said else ''}journalist." for said in mentions]
    found = verdict("journalist", f"{modifier} journalist", " ".join(sentences))
    assert (found.outcome in RIGHT) is all(mentions)


def test_an_excerpt_with_cloze_deletions_is_read_as_filled_in() -> None:
    context = "Marat, a {{c1::radical}} journalist, was stabbed by {{c2::Charlotte Corday}}."
    assert verdict("journalist", "radical journalist", context).outcome is Outcome.EXACT
