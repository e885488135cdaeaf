"""Answers as grading reads them: contractions, initials, possessives, numbers, abbreviations."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import Verdict, grade
from trainer.core.answering.words import (
    answer_words,
    content_words,
    hyphened_letter_problem,
    join_compounds,
    line_up_abbreviations,
    linking_verb,
)
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("It wasn't 50,000,000 gold marks", ("it", "was", "not", "50000000", "gold", "marks")),
        ("it didnt work", ("it", "did", "not", "work")),
        ("He won't", ("he", "will", "not")),
        ("U.S.S.R.", ("ussr",)),
        ("U S A", ("usa",)),
        ("W. A. Mozart", ("wa", "mozart")),
        # Initials that spell a Roman numeral stay initials; a numeral stays a number.
        ("V. I. Lenin", ("vi", "lenin")),
        ("L.I. Brezhnev", ("li", "brezhnev")),
        ("Pope Pius XI", ("pope", "pius", "11")),
        ("Pius X.I.", ("pius", "11")),
        ("John T. Smith", ("john", "t", "smith")),
        ("Moscow's orders", ("moscow", "orders")),
        ("Symphony No. 9", ("symphony", "number", "9")),
        ("no one", ("no", "1")),
        # "one's" is the pronoun's: "A Room of Ones Own" was "numbers differ".
        ("A Room of One's Own", ("a", "room", "of", "ones", "own")),
        ("A Room of Ones Own", ("a", "room", "of", "ones", "own")),
        ("no one's fault", ("no", "ones", "fault")),
        ("1.5 million", ("1500000",)),
        ("50%", ("50", "percent")),
        ("8 849 m", ("8849", "m")),
    ],
)
def test_answer_words(text: str, words: tuple[str, ...]) -> None:
    assert answer_words(text) == words


def test_content_words_leave_out_function_words_unless_nothing_else_is_left() -> None:
    assert content_words(answer_words("At the highest level")) == ["highest", "level"]
    assert content_words(answer_words("The")) == ["the"]


@pytest.mark.parametrize(
    ("expected", "typed", "joined"),
    [
        ("The Union of Soviet Socialist Republics", "the USSR", ["the", "ussr"]),
        ("The United States of America", "U.S.A.", ["the", "usa"]),
        ("United States", "US", ["us"]),
        ("Wolfgang Amadeus Mozart", "W. A. Mozart", ["wa", "mozart"]),
        # A name's initial is a word the letters stand for.
        ("Franklin D. Roosevelt", "FDR", ["fdr"]),
        ("John F. Kennedy", "JFK", ["jfk"]),
    ],
)
def test_abbreviations_line_up_with_their_words(
    expected: str, typed: str, joined: list[str]
) -> None:
    want, _got, used = line_up_abbreviations(answer_words(expected), answer_words(typed))
    assert want == joined
    assert used


def test_a_one_letter_word_is_no_initial_of_an_abbreviation() -> None:
    # "a" is a word of its own: "AP" is no abbreviation of "a plan".
    _, _, used = line_up_abbreviations(answer_words("a plan"), answer_words("AP"))
    assert not used


def test_words_written_out_line_up_with_an_abbreviated_answer() -> None:
    want, got, _ = line_up_abbreviations(
        answer_words("KPD"), answer_words("Kommunistische Partei Deutschlands")
    )
    assert got == want == ["kpd"]


def test_a_function_word_is_an_abbreviation_only_alone() -> None:
    want, _, used = line_up_abbreviations(
        answer_words("United States"), answer_words("it was us Americans")
    )
    assert want == ["united", "states"] and used == []


def test_compounds_join_on_both_sides() -> None:
    assert join_compounds(["machine", "guns"], ["machineguns"]) == (
        ["machineguns"],
        ["machineguns"],
    )
    assert join_compounds(["greenhouse"], ["green", "house"]) == (["greenhouse"], ["greenhouse"])


def test_a_linking_verb_is_one_before_the_state_it_links_to() -> None:
    assert linking_verb(("it", "goes", "floppy"), 1)
    assert linking_verb(("turns", "milky"), 0)
    assert not linking_verb(("the", "earth", "turns"), 2)  # nothing after it
    assert not linking_verb(("gone", "with", "the", "wind"), 0)
    assert not linking_verb(("it", "goes", "and", "stays"), 1)
    assert not linking_verb(("it", "falls", "over"), 1)  # no linking verb


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("it goes floppy", "floppy", True),
        ("it goes floppy", "it becomes floppy", True),
        ("it goes floppy", "it turns floppy", True),
        ("it turns milky", "it goes milky", True),
        ("it stays firm", "it remains firm", True),
        # The state is the claim: another state, or staying for coming to, is not right.
        ("it goes floppy", "it goes firm", False),
        ("it goes floppy", "it stays floppy", False),
        ("it turns milky", "it turns clear", False),
        ("it goes floppy", "it goes", False),
        # A verb with no state after it says what the answer claims.
        ("the Earth turns", "the Earth", False),
    ],
)
def test_a_linking_verb_may_be_left_out_or_swapped_for_another(
    answer: str, typed: str, right: bool
) -> None:
    verdict = _graded(answer, typed)
    assert verdict.correct is right, verdict


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        # A verb of going up or down typed for another of its direction: the same claim.
        ("it falls", "it decreases", True),
        ("it falls", "it drops", True),
        ("raises interest rates", "increases interest rates", True),
        ("the price rises", "the price increases", True),
        ("it reduced the annual payments", "it cut the annual payments", True),
        ("taxes were reduced", "taxes were slashed", True),
        ("it raised morale", "it boosted morale", True),
        # So is a phrase that says it: a verb and its particle, or a comparative of size.
        ("it falls", "it goes down", True),
        ("it falls", "it went down", True),
        ("it falls", "it gets smaller", True),
        ("it goes down", "it falls", True),
        ("raises interest rates", "pushes up interest rates", True),
        # One of the other direction is its opposite, never close.
        ("it falls", "it rises", False),
        ("raises interest rates", "lowers interest rates", False),
        ("it raised the tariffs", "it cut the tariffs", False),
        ("it falls", "it goes up", False),
        ("it falls", "it gets bigger", False),
        ("raises interest rates", "brings down interest rates", False),
        # Its opposite beside the answer says the reverse, unless it repeats the question.
        ("it falls", "it rises then falls", False),
    ],
)
def test_verbs_of_going_up_or_down_are_one_claim_each(answer: str, typed: str, right: bool) -> None:
    verdict = _graded(answer, typed)
    assert verdict.correct is right, verdict
    if not right:
        assert "opposite" in verdict.rule


def _graded(answer: str, typed: str) -> Verdict:
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy())


def test_a_hyphened_letter_counts_only_beside_a_word_of_the_answer() -> None:
    def problem(expected: str, typed: str) -> str | None:
        return hyphened_letter_problem(expected, typed, answer_words(expected), answer_words(typed))

    assert problem("the bomb", "the H-bomb") == "extra 'h'"
    assert problem("A-bomb", "H-bomb") is not None
    # A letter joined to another word: the words are compared as words.
    assert problem("unrestricted submarine warfare", "unrestricted U-boat warfare") is None


def test_the_questions_own_phrase_beside_the_answer_repeats_it() -> None:
    question = "What happens to the quantity demanded when the price of a good rises?"
    answer = Answer(AnswerType.TEXT, "it falls")
    for typed in ("when the price rises it falls", "demand falls"):
        verdict = grade(answer, typed, policy=Policy(), question=question)
        assert verdict.correct, (typed, verdict.rule)


def test_an_abbreviation_the_question_writes_stands_for_nothing() -> None:
    expanded = ["electronic", "numerical", "integrator", "and", "computer"]
    _, typed, used = line_up_abbreviations(expanded, ["eniac"], asked={"eniac"}.__contains__)
    assert typed == ["eniac"] and used == []
    _, typed, used = line_up_abbreviations(expanded, ["eniac"])
    assert used == ["eniac"]


@pytest.mark.parametrize(
    ("expected", "typed", "question", "outcome"),
    [
        (
            "Electronic Numerical Integrator and Computer",
            "ENIAC",
            "What does ENIAC stand for?",
            "wrong",
        ),
        ("Structured Query Language (SQL)", "SQL", "What does SQL stand for?", "wrong"),
        ("Structured Query Language", "SQL", "Which language queries databases?", "exact"),
        ("Structured Query Language (SQL)", "SQL", "Which language queries databases?", "exact"),
    ],
)
def test_typing_back_the_abbreviation_asked_about(
    expected: str, typed: str, question: str, outcome: str
) -> None:
    assert graded(expected, typed, question).value == outcome


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        # "42" was exact for the score "4-2": two numbers run together are another one.
        ("4-2", "42", False),
        ("4-2", "4:2", True),
        ("120/80", "12080", False),
        # Words written together are still the same words.
        ("green house", "greenhouse", True),
        ("machine guns", "machineguns", True),
        # The same numbers, and words written together around them.
        ("120/80 mmHg", "120/80 mm Hg", True),
        ("CnH2n", "C_nH_2n", True),
    ],
)
def test_words_written_together_are_one_but_never_two_numbers(
    answer: str, typed: str, right: bool
) -> None:
    assert grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy()).correct is right
