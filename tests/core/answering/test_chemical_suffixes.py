"""Chemical names an ending apart are two substances: never typos of each other, typed or chosen."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.morphemes import other_ending
from trainer.core.answering.word_match import Refusal, WordRefusal, match_word
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()
PAIRS = [
    ("ammonia", "ammonium"),  # -ia / -ium: the molecule and its cation
    ("magnesium", "magnesia"),  # the element and its oxide
    ("lithium", "lithia"),
    ("zirconium", "zirconia"),
    ("sulfite", "sulfate"),  # -ite / -ate
    ("nitrite", "nitrate"),
    ("phosphite", "phosphate"),
    ("chloride", "chlorate"),  # -ide / -ate
    ("iodide", "iodate"),
    ("ethane", "ethene"),  # -ane / -ene / -yne
    ("ethene", "ethyne"),
    ("ethane", "ethyne"),
    ("propene", "propyne"),
    # The series' own names: "alkynes" was a typo of "alkanes".
    ("alkanes", "alkynes"),
    ("alkane", "alkene"),
    ("butane", "butene"),
    ("hexane", "hexene"),
    ("cyclohexane", "cyclohexene"),
    ("ethanol", "ethenol"),  # the bond inside a derivative's name
    ("propanoic", "propenoic"),
    ("ferrous", "ferric"),  # -ous / -ic
    ("cuprous", "cupric"),
    ("stannous", "stannic"),
    ("sulfites", "sulfates"),  # the same endings in the plural
    ("chlorides", "chlorates"),
    ("ethanes", "ethenes"),
]


def judge(answer: str, typed: str, question: str = "Which substance is it?") -> Outcome:
    expected = Answer(AnswerType.TEXT, answer)
    return grade(expected, typed, policy=POLICY, question=question).outcome


def chosen(choices: tuple[str, ...], key: int, typed: str) -> tuple[Outcome, str]:
    answer = Answer(AnswerType.CHOICE, choices[key], key=(key,))
    verdict = grade(answer, typed, choices=choices, policy=POLICY, question="Which is it?")
    return verdict.outcome, verdict.matched


@pytest.mark.parametrize(("answer", "typed"), [*PAIRS, *((b, a) for a, b in PAIRS)])
def test_another_substance_by_its_ending_is_wrong_in_a_text_answer(answer: str, typed: str) -> None:
    assert other_ending(answer, typed)
    assert judge(answer, typed) is Outcome.WRONG
    assert match_word(answer, typed, 0.15) == WordRefusal(Refusal.OTHER_TERM)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("sodium sulfite", "sodium sulfate"),
        ("ferrous sulfate", "ferric sulfate"),
        ("aqueous ammonia", "aqueous ammonium"),
        ("liquid ethane", "liquid ethyne"),
        ("milk of magnesia", "milk of magnesium"),
    ],
)
def test_the_ending_decides_inside_a_longer_name(answer: str, typed: str) -> None:
    assert judge(answer, typed) is Outcome.WRONG


@pytest.mark.parametrize(
    ("choices", "key", "typed"),
    [
        (("ammonia", "methane", "nitrogen", "chlorine"), 0, "ammonium"),
        (("ammonium", "sodium", "potassium", "calcium"), 0, "ammonia"),
        (("ethane", "ethanol", "methanol", "propane"), 0, "ethene"),
        (("ethane", "ethanol", "methanol", "propane"), 0, "ethyne"),
        (("magnesium", "iron", "copper", "zinc"), 0, "magnesia"),
        (("sodium sulfate", "sodium chloride", "sodium nitrate"), 0, "sodium sulfite"),
    ],
)
def test_another_substance_by_its_ending_chooses_no_option(
    choices: tuple[str, ...], key: int, typed: str
) -> None:
    outcome, matched = chosen(choices, key, typed)
    assert outcome is Outcome.WRONG
    assert matched != choices[key]


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        ("ammonia", "amonia", Outcome.TYPO),  # a slip that makes no other substance
        ("ammonia", "ammonnia", Outcome.TYPO),
        ("ethane", "etane", Outcome.TYPO),
        ("magnesium", "magnesum", Outcome.TYPO),
        ("sulfate", "sulphate", Outcome.TYPO),  # another spelling, as before
        ("sodium chloride", "sodium chlorde", Outcome.TYPO),
        # A Latin singular and plural in -ium and -ia stay forms of one word.
        ("bacteria", "bacterium", Outcome.TYPO),
        ("cilia", "cilium", Outcome.TYPO),
        ("atrium", "atria", Outcome.TYPO),
        ("oogonium", "oogonia", Outcome.TYPO),
        ("mitochondria", "mitochondrion", Outcome.TYPO),
        # -ane and -ene away from a stem that counts carbon atoms: a slip.
        ("membrane", "membrene", Outcome.TYPO),
        ("Ethan", "Ethen", Outcome.TYPO),
    ],
)
def test_a_real_slip_or_a_form_of_the_same_word_still_passes(
    answer: str, typed: str, outcome: Outcome
) -> None:
    assert judge(answer, typed, question="What is it?") is outcome


def test_a_slip_in_a_chemical_option_still_chooses_it() -> None:
    choices = ("ammonia", "methane", "nitrogen", "chlorine")
    assert chosen(choices, 0, "amonia") == (Outcome.TYPO, "ammonia")
    assert chosen(choices, 0, "ammonia") == (Outcome.EXACT, "ammonia")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("bacterium", "bacteria"),
        ("medium", "media"),
        ("decant", "decent"),  # no chemical ending after the bond
        ("methane", "methanol"),  # another compound, but not by the bond
        ("ethane", "ethane"),
        ("sulfates", "sulfate"),  # a plural is no other substance
        ("bacteriums", "bacterias"),
    ],
)
def test_endings_that_name_no_other_substance_are_left_alone(first: str, second: str) -> None:
    assert not other_ending(first, second)
