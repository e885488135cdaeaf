"""Tests for trainer.core.answering.number_claims: what a number answer says besides its number."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("answer", "question", "typed", "outcome"),
    [
        # Denied, bounded or hedged: another claim, whatever the number.
        ("4", "How many antennas?", "not 4", Outcome.WRONG),
        ("4", "How many antennas?", "more than 4", Outcome.WRONG),
        ("17000", "How many were executed?", "fewer than 17,000", Outcome.WRONG),
        ("4", "How many antennas?", "maybe 4", Outcome.WRONG),
        ("about 300,000", "How many men were killed?", "over 300,000", Outcome.WRONG),
        # Words the question says together are the question's: no denial.
        ("404", "Which status code means 'Not Found'?", "404 Not Found", Outcome.EXACT),
        ("404", "Which status code means 'Not Found'?", "not 404", Outcome.WRONG),
        # Said by the answer itself, a bound is the answer's.
        ("over 300,000", "How many men were killed?", "over 300,000", Outcome.EXACT),
        # Something else counted: the number is right, the thing is not.
        ("100,000 men", "How large an army?", "100,000 ships", Outcome.CLOSE),
        ("206 bones", "How many bones?", "206 teeth", Outcome.CLOSE),
        # Words that only write the number, its unit or the question are nothing.
        # "up to" bounds it, as "at most" does ("up to nine" was right for nine).
        ("100,000 men", "How large an army?", "up to 100,000 men", Outcome.WRONG),
        ("9", "How many justices?", "up to nine", Outcome.WRONG),
        ("up to 100,000 men", "How large an army?", "up to 100,000", Outcome.EXACT),
        ("100,000 men", "How large an army?", "an army of 100,000", Outcome.EXACT),
        ("360", "How many yards an hour?", "360 yds", Outcome.EXACT),
        ("about 300,000", "How many men were killed?", "300,000 dead", Outcome.EXACT),
        # None, in words.
        ("0", "How many moons does Mercury have?", "none", Outcome.EXACT),
        ("0", "How many moons does Mercury have?", "no moons", Outcome.EXACT),
        ("2", "How many moons does Mars have?", "none", Outcome.WRONG),
    ],
)
def test_a_number_answer_is_judged_by_what_it_claims(
    answer: str, question: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(AnswerType.NUMBER, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome is outcome, verdict.rule


@pytest.mark.parametrize(
    ("answer", "question", "typed", "outcome"),
    [
        # A bare number: the question names the thing counted.
        ("3", "How many sodium ions leave the cell?", "3 ions", Outcome.EXACT),
        ("3", "How many sodium ions leave the cell?", "3 sodium ions", Outcome.EXACT),
        ("3", "How many sodium ions leave the cell?", "about 3", Outcome.EXACT),
        ("3", "How many sodium ions leave the cell?", "3 potassium ions", Outcome.CLOSE),
        ("4", "How many cells does meiosis produce?", "4 cells", Outcome.EXACT),
        ("4", "How many cells does meiosis produce?", "4 diploid cells", Outcome.CLOSE),
        ("2", "What is the net gain of ATP?", "2 ATP molecules", Outcome.EXACT),
        ("2", "What is the net gain of ATP?", "2 NADH", Outcome.CLOSE),
        ("12", "How many moons were found?", "12 planets", Outcome.CLOSE),
        # A unit the question does not measure in is another answer.
        ("27", "How old was Gagarin?", "27 years", Outcome.EXACT),
        ("27", "How old was Gagarin?", "27 years old", Outcome.EXACT),
        ("27", "How old was Gagarin?", "27 months", Outcome.WRONG),
        ("27", "How old was Gagarin?", "27 days", Outcome.WRONG),
        ("3", "How many sodium ions leave the cell?", "3 kg", Outcome.WRONG),
        ("108", "How long did the flight last?", "108 minutes", Outcome.EXACT),
        ("108", "How far did it fly?", "108 minutes", Outcome.WRONG),
        # A quantity that is no measure takes no unit: "443 MB" is no port.
        ("443", "Which port does HTTPS use by default?", "443 MB", Outcome.WRONG),
        ("443", "Which port does HTTPS use by default?", "port 443", Outcome.EXACT),
        ("1.618", "What is the golden ratio?", "1.618 m", Outcome.WRONG),  # a lone m too
        ("6", "What is the atomic number of carbon?", "6 g", Outcome.WRONG),
        ("7", "What is the pH of pure water?", "7 mol", Outcome.WRONG),
        ("110", "What was the price index in 2020?", "110 dollars", Outcome.WRONG),
        ("-2", "What is the price elasticity of demand?", "-2 dollars", Outcome.WRONG),
        ("2", "What is the price of a loaf?", "2 dollars", Outcome.EXACT),
        ("1", "What is the number of moles in 18 g of water?", "1 mol", Outcome.EXACT),
        ("100", "What is the boiling point of water?", "100 °C", Outcome.EXACT),
        # Counted in groups.
        ("46", "How many chromosomes has a body cell?", "23 pairs", Outcome.EXACT),
        ("23", "How many chromosomes has a gamete?", "23 pairs", Outcome.WRONG),
        ("23", "How many pairs of chromosomes?", "23 pairs", Outcome.EXACT),
        ("12", "How many eggs?", "a dozen", Outcome.EXACT),
        ("6", "How many eggs?", "half a dozen", Outcome.EXACT),
        ("0.5", "What share was sold?", "half a dozen", Outcome.WRONG),
        ("18", "How many eggs?", "one and a half dozen", Outcome.EXACT),
        ("24", "How many eggs?", "a couple of dozen", Outcome.EXACT),
        # The opposite of what the question or the answer says is the reverse claim.
        ("6", "How many women were ENIAC's first programmers?", "6 men", Outcome.WRONG),
        ("6", "How many women were ENIAC's first programmers?", "6 women", Outcome.EXACT),
        ("300", "How many soldiers were in the north?", "300 in the south", Outcome.WRONG),
        ("300", "How many soldiers were in the north?", "300 in the north", Outcome.EXACT),
        ("6 women", "Who were the first programmers?", "6 men", Outcome.WRONG),
        # A word of comparison the question asks by, after the number, is the question's.
        ("300", "How many more men than women were there?", "300 more", Outcome.EXACT),
        ("300", "How many more men than women were there?", "more than 300", Outcome.WRONG),
        ("300", "How many men were there?", "300 more", Outcome.WRONG),
        # A bound the question asks for is the question's wherever it is typed.
        ("30", "Over what age could British women vote in 1918?", "over 30", Outcome.EXACT),
        ("30", "Over what age could British women vote in 1918?", "under 30", Outcome.WRONG),
        # A question that names an age asks it in years.
        ("16", "What is the voting age in Austria?", "16 years", Outcome.EXACT),
        ("16", "What is the voting age in Austria?", "16 months", Outcome.WRONG),
        ("6", "At what age can a baby sit up, in months?", "6 months", Outcome.EXACT),
        # "degrees" is the word of the question's sign, or of the scale after it.
        ("430", "Mercury's day side reaches [number] °C.", "430 degrees Celsius", Outcome.EXACT),
        ("430", "Mercury's day side reaches [number] °C.", "430 degrees", Outcome.EXACT),
        ("100", "At what temperature does water boil, in °C?", "100 degrees C", Outcome.EXACT),
        ("3", "How many sodium ions leave the cell?", "3 degrees", Outcome.CLOSE),
    ],
)
def test_words_beside_a_bare_number_must_name_what_the_question_counts(
    answer: str, question: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(AnswerType.NUMBER, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome is outcome, verdict.rule


def _judged(answer: str, typed: str, question: str) -> bool:
    excerpt = (
        "The pump moves three sodium ions out and two potassium ions in."
        " Meiosis makes four haploid cells."
    )
    verdict = grade(
        Answer(AnswerType.NUMBER, answer),
        typed,
        policy=Policy(),
        question=question,
        context=excerpt,
    )
    return verdict.correct


def test_the_excerpt_may_say_what_the_number_counts() -> None:
    cells = "How many cells does meiosis produce?"
    assert _judged("4", "4 haploid cells", cells)
    assert not _judged("4", "4 diploid cells", cells)
    ions = "How many ions does the pump move out?"
    assert not _judged("3", "3 potassium ions", ions)
    assert _judged("3", "3 sodium ions", ions)


_OUT = "How many sodium ions does the sodium-potassium pump move out?"
_IN = "How many potassium ions does the sodium-potassium pump move in?"
_MEIOSIS = "How many haploid cells does meiosis of a diploid cell make?"


@pytest.mark.parametrize(
    ("answer", "question", "typed", "outcome"),
    [
        # The question names the other thing too: where it stands decides.
        ("3", _OUT, "3 potassium ions", Outcome.CLOSE),
        ("2", _IN, "2 sodium ions", Outcome.CLOSE),
        ("3", _OUT, "3 sodium ions", Outcome.EXACT),
        ("3", _OUT, "3 ions", Outcome.EXACT),
        ("4", _MEIOSIS, "4 diploid cells", Outcome.CLOSE),
        # A word added where the question qualifies nothing is no swap.
        ("100000", "How many men did Germany lose?", "100,000 German men", Outcome.EXACT),
    ],
)
def test_a_word_in_place_of_the_one_the_question_counts_by_is_another_thing(
    answer: str, question: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(AnswerType.NUMBER, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome is outcome, verdict.rule


def test_the_excerpt_may_say_the_swapped_word_of_the_same_number() -> None:
    assert not _judged("3", "3 potassium ions", _OUT)
    assert _judged("2", "2 potassium ions", _OUT.replace("sodium ions", "ions"))


@pytest.mark.parametrize(
    ("answer", "question", "typed", "outcome"),
    [
        # A percentage is no count, and a count no percentage.
        (
            "15%",
            "By how much did the quantity demanded of concert tickets fall?",
            "15 tickets",
            Outcome.WRONG,
        ),
        ("40%", "What share of voters backed the party?", "40 voters", Outcome.WRONG),
        ("8%", "By how much did car sales rise?", "8 cars", Outcome.WRONG),
        ("120", "How many tickets were sold?", "120%", Outcome.WRONG),
        (
            "15%",
            "By how much did the quantity demanded of concert tickets fall?",
            "15 per cent",
            Outcome.EXACT,
        ),
        (
            "15%",
            "By how much did the quantity demanded of concert tickets fall?",
            "a 15% fall",
            Outcome.EXACT,
        ),
        (
            "15%",
            "By how much did the quantity demanded of concert tickets fall?",
            "15",
            Outcome.EXACT,
        ),
        (
            "15%",
            "By how much did the quantity demanded of concert tickets fall?",
            "15% fewer tickets",
            Outcome.EXACT,
        ),
        (
            "40%",
            "What share of voters backed the party?",
            "40 per cent of the voters",
            Outcome.EXACT,
        ),
        ("3%", "By what percentage did unemployment rise?", "3 percentage points", Outcome.EXACT),
        ("120", "How many tickets were sold?", "120 tickets", Outcome.EXACT),
        # "more than" still bounds a percentage.
        ("15%", "By how much did sales fall?", "more than 15%", Outcome.WRONG),
        # A question that names its units asks in them: money is another kind.
        ("400", "What quantity clears the market, in kilograms a week?", "$400", Outcome.WRONG),
        (
            "400",
            "What quantity clears the market, in kilograms a week?",
            "400 dollars",
            Outcome.WRONG,
        ),
        (
            "2,500",
            "How many tonnes of steel did the plant make a day?",
            "2,500 euros",
            Outcome.WRONG,
        ),
        ("400", "What quantity clears the market, in kilograms a week?", "400 kg", Outcome.EXACT),
        (
            "400",
            "What quantity clears the market, in kilograms a week?",
            "400 kilograms a week",
            Outcome.EXACT,
        ),
        ("400", "What quantity clears the market, in kilograms a week?", "400", Outcome.EXACT),
        ("7.25", "What was the federal minimum wage in 2009?", "$7.25", Outcome.EXACT),
        ("7.25", "What was the minimum wage, in dollars an hour?", "7.25 dollars", Outcome.EXACT),
    ],
)
def test_a_quantity_of_another_kind_is_wrong(
    answer: str, question: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(AnswerType.NUMBER, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome is outcome, verdict.rule


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("a single vote", Outcome.EXACT),
        ("one single vote", Outcome.EXACT),
        ("a lone vote", Outcome.EXACT),
        ("by a single vote", Outcome.EXACT),
        ("a couple of votes", Outcome.WRONG),
    ],
)
def test_a_single_thing_is_one(typed: str, outcome: Outcome) -> None:
    question = "By how many votes did the death sentence have a majority?"
    verdict = grade(Answer(AnswerType.NUMBER, "one"), typed, policy=Policy(), question=question)
    assert verdict.outcome is outcome, verdict.rule
    assert not grade(
        Answer(AnswerType.NUMBER, "2"), "a single ship", policy=Policy(), question="How many?"
    ).correct


@pytest.mark.parametrize(
    ("question", "answer", "typed", "right"),
    [
        # A percentage typed for a bare number is read as its value.
        ("What is the price elasticity of demand?", "-2", "-2%", False),
        ("What is the multiplier?", "5", "5%", False),
        ("What is the multiplier?", "5", "500%", True),
        ("What share voted?", "0.6", "60%", True),
        # Asked in percent, or a percentage the answer gives, as before.
        ("What percentage voted?", "60", "60%", True),
        ("What was inflation?", "24%", "24", True),
    ],
)
def test_a_percentage_typed_for_a_bare_number_is_its_value(
    question: str, answer: str, typed: str, right: bool
) -> None:
    verdict = grade(Answer(AnswerType.NUMBER, answer), typed, policy=Policy(), question=question)
    assert verdict.correct is right, verdict


@pytest.mark.parametrize("typed", ["aged 35", "at the age of 35", "age 35", "35 years old"])
def test_an_age_said_with_its_words_is_the_number(typed: str) -> None:
    answer = Answer(AnswerType.NUMBER, "35")
    verdict = grade(answer, typed, policy=Policy(), question="How old was Mozart when he died?")
    assert verdict.outcome is Outcome.EXACT, verdict.rule
