"""An answer, then what it is not: judged by what it says before the denial."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome

RIGHT = (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("spend more", "spend more, not less", "What should a government do in a slump?"),
        ("arithmetically", "arithmetically, not geometrically", "How does food supply grow?"),
        ("acquitted", "acquitted rather than convicted", "What was the verdict?"),
        ("Lipetsk", "Lipetsk, not Kazan", "Where was the flying school?"),
        ("to the heart", "to the heart and not from it", "Where do veins carry blood?"),
        ("Lipetsk", "Lipetsk instead of Moscow", "Where was the flying school?"),
        # With a comma or without: punctuation never changes a verdict.
        ("spend more", "spend more not less", "What should a government do in a slump?"),
        # Another term denied, though it shares a word with the answer.
        ("big-endian", "big-endian, not little-endian", "Which is network byte order?"),
    ],
)
def test_the_answer_then_what_it_is_not_is_right(answer: str, typed: str, question: str) -> None:
    assert graded(answer, typed, question) in RIGHT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("more", "less, not more"),  # it says "less", and denies the answer
        ("Lipetsk", "Kazan, not Lipetsk"),
        ("Lipetsk", "not Lipetsk"),
        ("spend more", "spend less, not more"),
        ("big-endian", "little-endian, not big-endian"),
        ("big-endian", "big, not big-endian"),  # the answer's own words denied
    ],
)
def test_denying_the_answer_or_saying_another_is_wrong(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Which?") not in RIGHT


@pytest.mark.parametrize(
    "typed",
    ["Elle n'est pas allée à Paris.", "Elle est pas allée à Paris.", "Elle n'est jamais allée."],
)
def test_a_french_negation_with_its_ne_elided_or_dropped_is_wrong(typed: str) -> None:
    question = "Put into the passé composé: Elle va à Paris."
    assert graded("Elle est allée à Paris.", typed, question).value == "wrong"


def test_a_denial_in_brackets_is_one_after_a_comma() -> None:
    question = "What does 'Gift' mean in German?"
    assert graded("poison", "poison (not present)", question) is Outcome.EXACT
    assert graded("poison", "poison (not a present)", question) is Outcome.EXACT
    assert graded("poison", "present (not poison)", question) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed", "question", "wanted"),
    [
        (
            "a vector",
            "a vector, because it has magnitude and direction",
            "Scalar or vector?",
            Outcome.EXACT,
        ),
        (
            "carbon dioxide",
            "carbon dioxide since they photosynthesise",
            "Which gas?",
            Outcome.EXACT,
        ),
        # The answer is what comes before the reason, whatever the reason names.
        (
            "Lipetsk",
            "Kazan, because Lipetsk was for planes",
            "Where was the school?",
            Outcome.WRONG,
        ),
        ("a scalar", "a vector, because it has a direction", "Scalar or vector?", Outcome.WRONG),
        # An answer that is itself a reason keeps its "because".
        ("because of the Depression", "because of the Depression", "Why?", Outcome.EXACT),
    ],
)
def test_a_reason_after_the_answer_is_not_graded(
    answer: str, typed: str, question: str, wanted: Outcome
) -> None:
    assert graded(answer, typed, question) is wanted
