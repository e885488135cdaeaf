"""Grading typed answers of every type, and the folding invariance of text grading."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from trainer.core.answering.date_parsing import parse_date
from trainer.core.answering.grading import (
    Outcome,
    Verdict,
    grade,
    is_blank,
    pairs_in_order,
    typo_allowance,
)
from trainer.core.answering.missing_words import opposite_words
from trainer.core.answering.morphemes import another_term
from trainer.core.answering.parsing import parse_choice, parse_number, parse_order
from trainer.core.lexicon import is_known_word
from trainer.core.model import Answer, AnswerType
from trainer.core.partial_dates import PartialDate, Precision
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def outcome(answer: Answer, typed: str, choices: tuple[str, ...] = ()) -> Outcome:
    return grade(answer, typed, choices=choices, policy=POLICY).outcome


def text(value: str, *accept: str) -> Answer:
    return Answer(AnswerType.TEXT, value, alternatives=accept)


# --- text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Rheinmetall", Outcome.EXACT),
        ("rheinmetall", Outcome.EXACT),
        ("  RHEINMETALL! ", Outcome.EXACT),
        ("Rheinmétall", Outcome.EXACT),
        ("Rhinemetall", Outcome.TYPO),  # 2 edits; 11 letters at 15 % allow 2
        ("Rheinmetl", Outcome.TYPO),  # a doubled letter, and one missing
        ("Rhnmtl", Outcome.WRONG),  # 4 edits
        ("Rheinmetal", Outcome.TYPO),
        ("Krupp", Outcome.WRONG),
        ("", Outcome.BLANK),
    ],
)
def test_text_outcomes(typed: str, expected: Outcome) -> None:
    assert outcome(text("Rheinmetall"), typed) is expected


def test_kuybyshev_is_another_spelling_of_kuibyshev() -> None:
    verdict = grade(text("Valerian Kuibyshev", "Kuibyshev"), "Kuybyshev", policy=POLICY)
    assert verdict.outcome is Outcome.TYPO and verdict.correct
    assert verdict.rule == "'kuybyshev' spells 'kuibyshev'"
    assert verdict.matched == "Kuibyshev"
    assert verdict.expected == "Valerian Kuibyshev"


def test_the_best_matching_alternative_is_reported() -> None:
    verdict = grade(
        text("a German aviation school", "a flying school"), "flying school", policy=POLICY
    )
    assert verdict.outcome is Outcome.EXACT
    assert verdict.matched == "a flying school"


LIPETSK = text(
    "An aviation school, complementing the military school already in existence",
    "an aviation school",
    "a German aviation school",
    "a flying school",
)
FARADAY = text("Michael Faraday", "Faraday")


@pytest.mark.parametrize(
    ("answer", "question", "typed", "right"),
    [
        # Words after the answer that only restate the question contradict no fuller form.
        (LIPETSK, "What was agreed at Lipetsk in 1926?", "an aviation school at Lipetsk", True),
        (LIPETSK, "What was agreed at Lipetsk in 1926?", "an aviation school in 1926", True),
        (FARADAY, "Who was Humphry Davy's assistant?", "Faraday, Davy's assistant", True),
        # Before or inside the answer, or beside a word the question does not give, a
        # word in the place of the fuller form's own still makes it another answer.
        (FARADAY, "Who was Humphry Davy's assistant?", "Humphry Faraday", False),
        (FARADAY, "Who was Humphry Davy's assistant?", "John Faraday", False),
        (LIPETSK, "What was agreed at Lipetsk in 1926?", "a Lipetsk aviation school", False),
        (LIPETSK, "What was agreed at Lipetsk?", "an aviation school at Lipetsk for tanks", False),
        (LIPETSK, "What was agreed at Lipetsk in 1926?", "a tank school at Lipetsk", False),
    ],
)
def test_an_answer_that_restates_the_question_after_it_is_not_contradicted(
    answer: Answer, question: str, typed: str, right: bool
) -> None:
    verdict = grade(answer, typed, policy=POLICY, question=question)
    assert verdict.correct is right, verdict.rule


def test_typo_allowance_grows_with_length_and_spares_short_words() -> None:
    lengths = (3, 4, 6, 9, 10, 16, 17, 40)
    assert [typo_allowance(n, 0.15) for n in lengths] == [0, 1, 1, 1, 2, 2, 3, 6]
    assert typo_allowance(20, 0.0) == 0
    assert outcome(text("Ufa"), "Uta") is Outcome.CLOSE  # short: exact or nothing
    assert outcome(text("Oil"), "Oli") is Outcome.TYPO  # but for a swap that is no word
    assert outcome(text("Kazan"), "Kazn") is Outcome.TYPO


def test_no_typos_when_the_tolerance_is_zero() -> None:
    strict = Policy(typo_tolerance=0.0)
    assert grade(text("Kuibyshev"), "Kuibyshv", policy=strict).outcome is Outcome.CLOSE
    assert not grade(text("Oil"), "Oli", policy=strict).correct


def test_digits_in_text_answers_must_match_exactly() -> None:
    assert outcome(text("1926"), "1927") is Outcome.WRONG
    assert outcome(text("the treaty of 1926"), "the treaty of 1927") is Outcome.WRONG
    assert outcome(text("Lipetsk"), "Lipetsk1") is Outcome.WRONG
    assert outcome(text("50,000 hectares"), "50000 hectares") is Outcome.EXACT
    assert outcome(text("50,000 hectares"), "50 000 hectars") is Outcome.TYPO


def test_a_leading_article_is_ignored() -> None:
    assert outcome(text("the North Caucasus"), "North Caucasus") is Outcome.EXACT
    assert outcome(text("North Caucasus"), "the north caucasus") is Outcome.EXACT
    assert outcome(text("a German tank school"), "German tank school") is Outcome.EXACT
    assert outcome(text("The"), "the") is Outcome.EXACT  # an article alone is the answer


def test_close_and_wrong_by_similarity() -> None:
    verdict = grade(text("Rheinmetall"), "Rheinstahl", policy=POLICY)
    assert verdict.outcome is Outcome.CLOSE and not verdict.correct
    assert 0.6 <= verdict.similarity < 1
    assert outcome(text("Rheinmetall"), "Junkers") is Outcome.WRONG


@pytest.mark.parametrize(
    "typed", ["", "   ", "?", "idk", "IDK", "I don't know", "dunno", "No idea."]
)
def test_blank_answers(typed: str) -> None:
    assert is_blank(typed)
    verdict = grade(text("Kazan"), typed, policy=POLICY)
    assert verdict == Verdict(Outcome.BLANK, 0.0, "", "Kazan", rule="blank")


def test_an_empty_expected_answer_is_an_error() -> None:
    with pytest.raises(ValueError, match="empty"):
        grade(text(" "), "x", policy=POLICY)


# --- years, numbers, dates ------------------------------------------------------------


def number(value: str, tolerance: float = 0) -> Answer:
    return Answer(AnswerType.NUMBER, value, tolerance=tolerance)


@pytest.mark.parametrize(
    "typed", ["50000", "50,000", "50 000", "50\u202f000", "about 50,000 hectares", "50 thousand"]
)
def test_numbers_written_many_ways(typed: str) -> None:
    assert outcome(number("50,000"), typed) is Outcome.EXACT


def test_numbers() -> None:
    assert outcome(number("50%"), "50") is Outcome.EXACT
    assert outcome(number("3.5"), "3.50") is Outcome.EXACT
    assert outcome(number("0.5"), ".5") is Outcome.EXACT
    assert outcome(number("-2"), "−2") is Outcome.EXACT
    assert outcome(number("-2"), "2") is Outcome.WRONG
    assert outcome(number("50000", tolerance=5000), "45,000") is Outcome.TYPO
    assert outcome(number("50000"), "45,000") is Outcome.CLOSE
    assert outcome(number("50000"), "5,000") is Outcome.WRONG
    assert outcome(number("0.3", tolerance=0.1), "0.4") is Outcome.TYPO  # exact, no float slop
    assert outcome(number("0"), "0") is Outcome.EXACT
    assert grade(number("3.5"), "3, 5", policy=POLICY).note == "not a number"


def test_a_comma_that_parts_no_group_of_three_is_a_decimal_comma() -> None:
    assert outcome(number("3.5"), "3,5") is Outcome.EXACT
    assert outcome(number("1.95583"), "1,95583") is Outcome.EXACT
    assert outcome(number("9600000"), "9,6 million") is Outcome.EXACT
    # Groups of three stay thousands, as English writes them.
    assert outcome(number("1950"), "1,950") is Outcome.EXACT
    assert parse_number("1,950") == 1950
    assert parse_number("1,950,000") == 1950000


def test_an_unreadable_expected_value_is_graded_as_text() -> None:
    assert outcome(number("many"), "many") is Outcome.EXACT
    assert outcome(Answer(AnswerType.YEAR, "the twenties"), "the twenties") is Outcome.EXACT


def date_answer(value: str, tolerance: float = 0) -> Answer:
    return Answer(AnswerType.DATE, value, tolerance=tolerance)


@pytest.mark.parametrize(
    "typed",
    [
        "1928-09-01",
        "1 September 1928",
        "September 1, 1928",
        "1st of September 1928",
        "1 Sept. 1928",
        "1928/9/1",
    ],
)
def test_dates_written_many_ways(typed: str) -> None:
    assert outcome(date_answer("1928-09-01"), typed) is Outcome.EXACT


def test_dates_compare_at_the_expected_precision() -> None:
    assert outcome(date_answer("1928-09"), "September 1928") is Outcome.EXACT
    assert outcome(date_answer("1928-09"), "Sept 1928") is Outcome.EXACT
    assert outcome(date_answer("1928-09"), "1 September 1928") is Outcome.EXACT
    assert outcome(date_answer("1928"), "1 September 1928") is Outcome.EXACT
    assert outcome(date_answer("1928-09"), "October 1928") is Outcome.CLOSE
    assert outcome(date_answer("1928-09-01"), "2 September 1928") is Outcome.CLOSE
    assert outcome(date_answer("1928-09-01", tolerance=1), "2 September 1928") is Outcome.TYPO
    assert outcome(date_answer("1928-09-01"), "1 March 1930") is Outcome.WRONG


def test_a_less_precise_date_is_never_right() -> None:
    month = grade(date_answer("1928-09-01"), "September 1928", policy=POLICY)
    assert month.outcome is Outcome.CLOSE and month.note == "not precise enough"
    assert outcome(date_answer("1928-09-01"), "1928") is Outcome.WRONG


def test_numeric_dates_with_the_year_last_are_read_day_first_unless_the_day_says_so() -> None:
    assert outcome(date_answer("1960-05-22"), "22/5/1960") is Outcome.EXACT
    assert outcome(date_answer("1960-05-22"), "5/22/1960") is Outcome.EXACT
    assert outcome(date_answer("1960-05-22"), "22.5.1960") is Outcome.EXACT
    # Both could be the month: day first, as the learner's locale is unknown.
    assert outcome(date_answer("1928-09-01"), "1/9/1928") is Outcome.EXACT
    assert parse_date("9/1/1928") == PartialDate(1928, 1, 9, Precision.DAY)
    assert parse_date("13/13/1960") is None
    assert parse_date("31 February 1928") is None


def test_parsers_reject_what_they_cannot_read() -> None:
    assert parse_number("3, 5") is None
    assert parse_number("1926 1927") is None
    assert parse_number("many") is None
    assert parse_date("tomorrow") is None
    assert parse_date("September") is None


# --- choices and orders ---------------------------------------------------------------

TOWNS = ("Lipetsk", "Kazan", "Moscow")


def test_choice_by_number_or_text() -> None:
    kazan = Answer(AnswerType.CHOICE, "Kazan", key=(1,))
    assert outcome(kazan, "2", TOWNS) is Outcome.EXACT
    assert outcome(kazan, " kazan ", TOWNS) is Outcome.EXACT
    assert outcome(kazan, "1", TOWNS) is Outcome.WRONG
    assert outcome(kazan, "Lipetsk", TOWNS) is Outcome.WRONG
    assert outcome(kazan, "Kazn", TOWNS) is Outcome.TYPO  # typed as text, with a typo
    verdict = grade(kazan, "4", choices=TOWNS, policy=POLICY)
    assert verdict.outcome is Outcome.WRONG and "1 to 3" in verdict.note


@pytest.mark.parametrize(
    ("typed", "truth"),
    [
        ("t", True),
        ("True", True),
        ("yes", True),
        ("Y", True),
        ("f", False),
        ("no", False),
        ("N", False),
    ],
)
def test_true_false_words(typed: str, truth: bool) -> None:
    for options in (("True", "False"), ("False", "True")):
        assert parse_choice(typed, options) == options.index(str(truth))


def test_true_false_by_number_is_by_position() -> None:
    assert parse_choice("1", ("False", "True")) == 0
    assert parse_choice("yes", ("Lipetsk", "Kazan")) is None  # only for true/false options


def test_choice_cards_need_their_options_and_a_valid_key() -> None:
    with pytest.raises(ValueError, match="options"):
        grade(Answer(AnswerType.CHOICE, "Kazan", key=(1,)), "2", policy=POLICY)
    with pytest.raises(ValueError, match="key"):
        grade(Answer(AnswerType.CHOICE, "", key=(5,)), "", choices=TOWNS, policy=POLICY)
    with pytest.raises(ValueError, match="not an order"):
        grade(Answer(AnswerType.ORDER, "", key=(0, 0, 1)), "1 2 3", choices=TOWNS, policy=POLICY)


def order(key: tuple[int, ...]) -> Answer:
    return Answer(AnswerType.ORDER, "", key=key)


@pytest.mark.parametrize(
    "typed", ["3 1 2", "3,1,2", "3, 1, 2", "3 → 1 → 2", "3->1->2", "312", " 3  1 2 "]
)
def test_order_written_many_ways(typed: str) -> None:
    verdict = grade(order((2, 0, 1)), typed, choices=TOWNS, policy=POLICY)
    assert verdict.outcome is Outcome.EXACT
    assert verdict.expected == "Moscow → Lipetsk → Kazan"


def test_wrong_orders() -> None:
    assert outcome(order((2, 0, 1)), "3 2 1", TOWNS) is Outcome.CLOSE  # 2 of 3 pairs right
    assert outcome(order((2, 0, 1)), "2 1 3", TOWNS) is Outcome.WRONG  # reversed
    verdict = grade(order((2, 0, 1)), "3 1 1", choices=TOWNS, policy=POLICY)
    assert verdict.outcome is Outcome.WRONG and "once" in verdict.note
    assert parse_order("3 1", 3) is None
    assert parse_order("0 1 2", 3) is None
    assert parse_order("12345678910", 10) is None  # run together only below 10 options


def test_pairs_in_order() -> None:
    assert pairs_in_order((0, 1, 2, 3), (0, 1, 2, 3)) == 1.0
    assert pairs_in_order((3, 2, 1, 0), (0, 1, 2, 3)) == 0.0
    assert pairs_in_order((1, 0, 2, 3), (0, 1, 2, 3)) == 5 / 6


# --- properties -----------------------------------------------------------------------

# Case, accents and punctuation: see test_grading_properties.py.


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=7, max_size=30), st.data())
def test_one_wrong_letter_in_a_long_word_is_accepted(word: str, data: st.DataObject) -> None:
    # A real word a letter from a real answer is another word, not a typo ("Prussian").
    assume(not is_known_word(word))
    index = data.draw(st.integers(min_value=0, max_value=len(word) - 1))
    letter = data.draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
    typed = word[:index] + letter + word[index + 1 :]
    # Nor is a part put for its opposite ("abduct", "adduct"; docs: another term of the
    # same root), a rule for words no dictionary holds too ("abaxial", "adaxial"), nor
    # another ending of the same compound ("lactase", "lactate": found by Hypothesis as
    # "aaaaase" and "aaaaate").
    assume(not opposite_words(word, typed) and not another_term(word, typed))
    assert grade(text(word), typed, policy=POLICY).correct


@given(st.sampled_from(list(AnswerType)), st.text(max_size=30))
def test_any_typed_text_gets_a_verdict(kind: AnswerType, typed: str) -> None:
    expected = {
        AnswerType.TEXT: Answer(kind, "Rheinmetall"),
        AnswerType.YEAR: Answer(kind, "1926"),
        AnswerType.NUMBER: Answer(kind, "50,000"),
        AnswerType.DATE: Answer(kind, "1928-09"),
        AnswerType.CHOICE: Answer(kind, "Kazan", key=(1,)),
        AnswerType.ORDER: Answer(kind, "", key=(2, 0, 1)),
    }[kind]
    verdict = grade(expected, typed, choices=TOWNS, policy=POLICY)
    assert 0.0 <= verdict.similarity <= 1.0
    assert verdict.correct == (verdict.outcome in (Outcome.EXACT, Outcome.TYPO))


def test_a_number_counted_in_the_questions_unit() -> None:
    question = "The Germans got the schools back for the [how many?] million gold marks they paid."
    for typed in ("50", "50 million", "50,000,000 gold marks", "fifty million"):
        verdict = grade(number("50"), typed, policy=POLICY, question=question)
        assert verdict.outcome is Outcome.EXACT, typed
    close = grade(number("50"), "40 million", policy=POLICY, question=question)
    assert close.outcome is Outcome.CLOSE and close.rule == "off by 10"
    assert outcome(number("50"), "50 million") is Outcome.WRONG  # no such question


def test_a_number_in_another_unit_than_the_question_asks_is_wrong() -> None:
    question = "How long is the Nile, in kilometres?"
    for typed in ("6650", "6,650 km", "6650 kilometers"):
        assert grade(number("6650"), typed, policy=POLICY, question=question).correct, typed
    for typed in ("6,650 miles", "6650 metres", "4130 miles", "4,130 mi"):
        verdict = grade(number("6650"), typed, policy=POLICY, question=question)
        assert verdict.outcome is Outcome.WRONG, typed
        assert "is another unit than 'km'" in verdict.rule
    # Another kind of measure is no other unit: the question names no length of time.
    assert grade(number("6650", 100), "6,650 km long", policy=POLICY, question=question).correct


def test_a_surname_accepted_alone_does_not_accept_another_given_name() -> None:
    # The deck accepts the surname alone; a different given name is another person.
    answer = Answer(AnswerType.TEXT, "Marie Curie", alternatives=("Curie",))
    policy = Policy()
    for typed in ("Curie", "Marie Curie", "M. Curie", "curie marie", "Mary Curie"):
        assert grade(answer, typed, policy=policy, question="Who?").correct, typed
    for typed in ("Pierre Curie", "Eve Curie", "Irene Curie"):
        verdict = grade(answer, typed, policy=policy, question="Who?")
        assert not verdict.correct and "instead of 'marie'" in verdict.rule, typed


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        (Answer(AnswerType.YEAR, "1922"), "1" * 320),
        (Answer(AnswerType.NUMBER, "12.5"), "1" * 400),
        (Answer(AnswerType.NUMBER, "12.5"), "1" * 90 + ".5"),
        (Answer(AnswerType.DATE, "1922-04-16"), "1" * 500),
        (Answer(AnswerType.TEXT, "1" * 4_301), "111"),
        (Answer(AnswerType.NUMBER, "1" * 4_301), "1" * 4_301),
    ],
)
def test_numbers_of_any_length_are_graded_without_failing(answer: Answer, typed: str) -> None:
    verdict = grade(answer, typed, policy=Policy())
    assert verdict.outcome in Outcome
    assert parse_number("1" * 101) is None  # no quantity anyone writes


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("not 1614", Outcome.WRONG),
        ("never 1614", Outcome.WRONG),
        ("maybe 1614", Outcome.WRONG),
        ("before 1614", Outcome.WRONG),
        ("after 1614", Outcome.WRONG),
        ("by 1614", Outcome.WRONG),
        ("in 1614", Outcome.EXACT),
        ("AD 1614", Outcome.EXACT),
        ("in the year 1614", Outcome.EXACT),
        ("sixteen fourteen", Outcome.EXACT),
    ],
)
def test_a_year_denied_or_bounded_is_no_year(typed: str, outcome: Outcome) -> None:
    """A year read out of words, as numbers are read, keeps what the words claim of it."""
    verdict = grade(Answer(AnswerType.YEAR, "1614"), typed, policy=POLICY)
    assert verdict.outcome is outcome, verdict.rule
