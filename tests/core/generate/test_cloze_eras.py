"""Tests of eras in automatic cloze: an era beside a number dates it, is never part of a
name, and the number with it is a year, asked and graded as one."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.answering.grading import grade
from trainer.core.answering.verdict import Outcome
from trainer.core.authored import Question
from trainer.core.generate.cloze_candidates import find_candidates
from trainer.core.generate.cloze_eras import EraYears, era_year_value, looked_for
from trainer.core.generate.cloze_kinds import Candidate, CandidateKind
from trainer.core.generate.cloze_words import tokens
from trainer.core.model import AnswerType, Card, CardKind, DeckDefaults
from trainer.core.scheduling.policy import Policy


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.kind.name, c.text) for c in find_candidates(text)]


# --- an era is never part of a name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "name"),
    [
        ("In 44 BC Brutus stabbed Caesar.", "44 BC", "Brutus"),
        ("In 44 B.C. Brutus stabbed Caesar.", "44 BC", "Brutus"),
        ("Around c. 500 BCE Confucius taught in Lu.", "500 BC", "Confucius"),
        ("By 480 B.C.E. Leonidas held the pass.", "480 BC", "Leonidas"),
        ("In 9 CE Arminius destroyed three legions.", "AD 9", "Arminius"),
        ("In 9 C.E. Arminius destroyed three legions.", "AD 9", "Arminius"),
        ("In AD 79 Vesuvius buried the town.", "AD 79", "Vesuvius"),
        ("In A.D. 79 Vesuvius buried the town.", "AD 79", "Vesuvius"),
        ("In 79 AD Vesuvius buried the town.", "AD 79", "Vesuvius"),
        ("In 1066 AD Harold fell at Hastings.", "AD 1066", "Harold"),
        ("In 399 bc Diogenes was young.", "399 BC", "Diogenes"),
    ],
)
def test_an_era_dates_the_number_and_opens_no_name(text: str, year: str, name: str) -> None:
    found = _found(text)
    assert ("YEAR", year) in found
    assert ("NAME", name) in found
    # No name holds the era, and no number is asked without it.
    names = [value for kind, value in found if kind == "NAME"]
    assert all(not set(value.split()) & {"BC", "BCE", "AD", "CE", "bc"} for value in names)
    assert all(value.replace(".", "").split()[-1] not in ("B", "C") for value in names)
    assert not any(kind == "NUMBER" for kind, _ in found)


def test_an_era_ends_no_name_before_its_number() -> None:
    # "Hannibal 218 BC" is Hannibal and a year, never "Hannibal 218".
    found = _found("The Carthaginian general Hannibal 218 BC crossed the Alps.")
    assert ("NAME", "Hannibal") in found and ("YEAR", "218 BC") in found
    assert ("NAME", "Hannibal 218") not in found


def test_an_era_after_a_century_or_a_range_opens_no_name() -> None:
    assert ("NAME", "Athens") in _found("In the fourth century BC Athens was a democracy.")
    # A range's end is no number of its own, but the era is still one.
    assert _found("From 490–479 BC Persia fought Athens.") == [
        ("NAME", "Persia"),
        ("NAME", "Athens"),
    ]


def test_an_era_goes_with_the_number_before_it() -> None:
    found = _found("In 480 BC 300 Spartans held Thermopylae.")
    assert ("YEAR", "480 BC") in found and ("NUMBER", "300") in found


def test_a_number_with_an_era_that_reads_as_no_year_is_not_blanked() -> None:
    # Blanked as a number, "[number] BC" would ask half of a date.
    found = _found("Around 10,000 BC Farmers sowed wheat at Jericho.")
    assert ("NAME", "Jericho") in found
    assert not any(value.startswith("10,000") for _, value in found)
    assert not any("BC" in value for _, value in found)


@pytest.mark.parametrize(
    "text",
    [
        "They ran an ad 30 seconds long on Channel Four.",  # "ad" in small letters: a word
        "The Apollo 11 crew and the CE marking.",  # no number beside "CE"
    ],
)
def test_a_word_like_an_era_away_from_a_number_is_no_era(text: str) -> None:
    assert not any(kind == "YEAR" for kind, _ in _found(text))


def test_a_year_with_its_era_written_two_ways_is_one_candidate() -> None:
    found = find_candidates("Augustus died in AD 14. Tiberius ruled from 14 CE onwards.")
    years = [c for c in found if c.kind is CandidateKind.YEAR]
    assert [(c.text, len(c.spans)) for c in years] == [("AD 14", 2)]


def test_a_year_with_its_era_is_given_away_by_its_number() -> None:
    # "79" elsewhere shows the year; another era word elsewhere does not.
    assert ("YEAR", "AD 79") not in _found("In AD 79 Vesuvius erupted; 79 people fled.")
    found = _found("In AD 79 Vesuvius erupted, and in AD 410 Alaric took Rome.")
    assert ("YEAR", "AD 79") in found and ("YEAR", "AD 410") in found


# --- the module's pieces ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("44 B.C.", "44 BC"),
        ("500 BCE", "500 BC"),
        ("9 CE", "AD 9"),
        ("79 AD", "AD 79"),
        ("A.D. 410", "AD 410"),
        ("Caesar", "Caesar"),
    ],
)
def test_a_year_with_its_era_is_shown_as_the_deck_format_shows_one(
    written: str, shown: str
) -> None:
    assert era_year_value(written) == shown


def test_era_years_pairs_each_era_with_its_number() -> None:
    text = "In 480 BC 300 Spartans fell; AD 9 saw Varus lose; 10,000 BC was cold."
    words = tokens(text)
    eras = EraYears(words, [True] * len(words), text)
    years = {" ".join(t.text for t in run) for run in eras.years.values()}
    assert years == {"480 BC", "AD 9"}
    dated = {t.text for t in words if id(t) in eras.dated}
    assert dated == {"480", "9", "10,000"}
    assert {t.text for t in words if id(t) in eras.eras} == {"BC", "AD"}


def test_a_year_is_looked_for_by_its_number() -> None:
    assert looked_for(Candidate(CandidateKind.YEAR, "AD 79", ((0, 5),))) == "79"
    assert looked_for(Candidate(CandidateKind.YEAR, "1926", ((0, 4),))) == "1926"
    assert looked_for(Candidate(CandidateKind.NAME, "Apollo 11", ((0, 9),))) == "Apollo 11"


# --- cards: asked as a year, graded as a year --------------------------------------------


def _auto(make: type[Make], text: str, *questions: Question) -> list[Card]:
    deck = make.deck(
        make.excerpt("x", text, questions=questions),
        defaults=DeckDefaults(auto_cloze=True, auto_cloze_max=12),
    )
    return [c for c in make.cards(deck) if c.kind is CardKind.AUTO_CLOZE]


def test_a_year_with_its_era_is_a_year_card(make: type[Make]) -> None:
    cards = _auto(make, "In 31 B.C. Octavian defeated Antony at Actium.")
    year = next(c for c in cards if c.answer.type is AnswerType.YEAR)
    assert (year.id, year.prompt, year.answer.text) == (
        "d:x:auto-31-bc",
        "In [year] Octavian defeated Antony at Actium.",
        "31 BC",
    )
    assert {c.answer.text for c in cards} >= {"Octavian", "Antony", "Actium"}

    def outcome(typed: str) -> Outcome:
        return grade(year.answer, typed, policy=Policy(), question=year.prompt).outcome

    assert outcome("31 BC") is Outcome.EXACT
    assert outcome("31 BCE") is Outcome.EXACT
    assert outcome("31") is Outcome.WRONG  # AD 31: the era may not be left out
    assert outcome("31 AD") is Outcome.WRONG


def test_a_year_of_our_era_may_be_typed_without_it(make: type[Make]) -> None:
    cards = _auto(make, "Under Trajan the empire was widest in 117 CE.")
    year = next(c for c in cards if c.answer.type is AnswerType.YEAR)
    assert (year.prompt, year.answer.text) == (
        "Under Trajan the empire was widest in [year].",
        "AD 117",
    )
    assert grade(year.answer, "117", policy=Policy(), question=year.prompt).outcome is Outcome.EXACT


# --- what a written question already asks ---------------------------------------------


@pytest.mark.parametrize("written", ["202 BC", "202 B.C.", "202 BCE", "19 October 202 BC"])
def test_a_year_with_its_era_a_question_asks_is_not_asked_again(
    make: type[Make], written: str
) -> None:
    question = make.question("In what year did Scipio defeat Hannibal at Zama?", written)
    text = "Scipio defeated Hannibal at Zama in 202 BC, ending the war."
    assert "202 BC" not in {c.answer.text for c in _auto(make, text, question)}
    assert "202 BC" in {c.answer.text for c in _auto(make, text)}


def test_a_year_blank_says_what_in_what_year_or_when_asks(make: type[Make]) -> None:
    # The blank's "[year]" is the kind the prompt asks for: with one word shared ("Zama",
    # "western"), the sentence asks the question again.
    zama = make.question("In what year was the Battle of Zama fought?", "202 BC")
    text = "Scipio beat Hannibal at Zama in 202 BC."
    assert "202 BC" not in {c.answer.text for c in _auto(make, text, zama)}
    fall = make.question("When did the Western Empire fall?", "AD 476")
    text = "In AD 476 Odoacer deposed the last western emperor."
    assert "AD 476" not in {c.answer.text for c in _auto(make, text, fall)}
    rapallo = make.question("In what year was the Treaty of Rapallo signed?", "1922")
    text = "Germany and Russia met at Rapallo in 1922."
    assert "1922" not in {c.answer.text for c in _auto(make, text, rapallo)}
    # A sentence about something else is another question.
    text = "In 202 BC the harvest failed in Egypt."
    assert "202 BC" in {c.answer.text for c in _auto(make, text, zama)}


# --- a name that dates itself ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Read as a count of "banned children", the year was blanked "[number]".
        "The Factory Act of 1833 banned children under nine from working in mills.",
        "The Army Act of 1881 armed soldiers with new rifles.",
        "La Constitution de 1791 donna le pouvoir aux citoyens actifs.",
    ],
)
def test_a_number_ending_a_name_is_its_year_whatever_follows(text: str) -> None:
    year = next(word for word in text.split() if word.isdecimal())
    assert ("YEAR", year) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The town had a garrison of 1500 armed soldiers.",
        # A capital that only opens the sentence names nothing.
        "Out of 1500 armed soldiers, 300 came home.",
    ],
)
def test_a_count_after_a_word_that_names_nothing_stays_a_count(text: str) -> None:
    assert ("YEAR", "1500") not in _found(text)
