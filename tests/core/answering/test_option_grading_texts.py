"""Options typed as text: another person's given name, a slip into a real word, a reversed claim."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()
LEADERS = ("Georges Danton", "Lazare Carnot", "Maximilien Robespierre", "Jean-Paul Marat")
CONSULS = ("Roger Ducos", "Napoleon Bonaparte", "Emmanuel Sieyes", "Paul Barras")
PHYSICISTS = ("Marie Curie", "Lise Meitner", "Ernest Rutherford")
INVENTORS = ("Alexander Graham Bell", "Thomas Edison", "Nikola Tesla", "Samuel Morse")


def outcome(
    choices: tuple[str, ...], key: int, typed: str, *accepted: str, asked: str = ""
) -> Outcome:
    answer = Answer(AnswerType.CHOICE, "", alternatives=accepted, key=(key,))
    return grade(answer, typed, choices=choices, policy=POLICY, question=asked).outcome


@pytest.mark.parametrize(
    ("choices", "key", "accepted", "typed", "right"),
    [
        (LEADERS, 2, "Robespierre", "Augustin Robespierre", False),  # his brother
        (LEADERS, 2, "Robespierre", "A. Robespierre", False),
        (LEADERS, 3, "Marat", "Jean-Pierre Marat", False),
        (CONSULS, 1, "Bonaparte", "Lucien Bonaparte", False),
        (CONSULS, 1, "Bonaparte", "Joseph Bonaparte", False),
        (PHYSICISTS, 0, "", "Pierre Curie", False),  # her surname, by no other option
        (INVENTORS, 0, "", "Melville Bell", False),
        (INVENTORS, 1, "", "Charles Edison", False),
        # The person's own name, a title, a familiar form or a description stay right.
        (LEADERS, 2, "Robespierre", "Robespierre", True),
        (LEADERS, 2, "Robespierre", "Max Robespierre", True),
        (LEADERS, 2, "Robespierre", "Citizen Robespierre", True),
        (LEADERS, 2, "Robespierre", "the revolutionary Robespierre", True),
        (LEADERS, 3, "Marat", "Dr Marat", True),
        (CONSULS, 1, "Bonaparte", "General Bonaparte", True),
        (CONSULS, 1, "Bonaparte", "N. Bonaparte", True),
        (PHYSICISTS, 0, "", "Madame Curie", True),
        (PHYSICISTS, 0, "", "Mme Curie", True),
        (INVENTORS, 0, "", "Alex Bell", True),
        (INVENTORS, 1, "", "Tom Edison", True),
        # A middle name or initial beside the option's own, another spelling of it, or
        # any name beside an option that gives none.
        (("Arthur Pigou", "Adam Smith", "Alfred Marshall"), 0, "", "A. C. Pigou", True),
        (("Arthur Pigou", "Adam Smith", "Alfred Marshall"), 0, "", "Cecil Pigou", False),
        (("Elinor Ostrom", "Joan Robinson", "Adam Smith"), 0, "Ostrom", "Eleanor Ostrom", True),
        (("Elinor Ostrom", "Joan Robinson", "Adam Smith"), 0, "Ostrom", "Vincent Ostrom", False),
        (("Abbé Sieyès", "Roger Ducos", "Paul Barras"), 0, "Sieyès", "Emmanuel Sieyès", True),
        (
            ("Abbé Sieyès", "Roger Ducos", "Paul Barras"),
            0,
            "Sieyès",
            "Emmanuel-Joseph Sieyes",
            True,
        ),
    ],
)
def test_a_surname_never_excuses_another_given_name_before_it(
    choices: tuple[str, ...], key: int, accepted: str, typed: str, right: bool
) -> None:
    forms = (accepted,) if accepted else ()
    assert (outcome(choices, key, typed, *forms) in (Outcome.EXACT, Outcome.TYPO)) is right


ECONOMISTS = ("Alfred Marshall", "Adam Smith", "Joan Robinson", "John Maynard Keynes")
PHILOSOPHERS = ("John Locke", "Thomas Hobbes", "Jean-Jacques Rousseau", "Montesquieu")


@pytest.mark.parametrize(
    ("choices", "key", "typed"),
    [
        (ECONOMISTS, 0, "Alfred Marshal"),
        (ECONOMISTS, 0, "Marshal"),
        (ECONOMISTS, 1, "Adam Smit"),
        (PHILOSOPHERS, 0, "Lock"),
        (PHILOSOPHERS, 1, "Hobbs"),
        (INVENTORS, 0, "Alexander Graham Ball"),
        (("Canberra", "Sydney", "Melbourne", "Perth"), 3, "Berth"),
        (("Karl Marx", "Friedrich Engels", "Adam Smith", "David Ricardo"), 0, "Marks"),
    ],
)
def test_a_slip_into_a_real_word_chooses_the_one_option_it_is_near(
    choices: tuple[str, ...], key: int, typed: str
) -> None:
    assert outcome(choices, key, typed) is Outcome.TYPO


@pytest.mark.parametrize(
    ("choices", "typed"),
    [
        (("Marshal Ney", "Alfred Marshall", "Adam Smith"), "Marshal"),  # another option's word
        (("hydrophobic", "lipophobic", "amphipathic"), "hydrophilic"),  # another term
        (("natural", "unnatural", "synthetic"), "unatural"),  # near two options
        (("Russian", "Prussian", "German"), "Prusian"),  # nearer another option
    ],
)
def test_a_slip_near_another_option_or_making_another_term_chooses_nothing_right(
    choices: tuple[str, ...], typed: str
) -> None:
    key = 1 if choices[0] == "Marshal Ney" else 0
    assert outcome(choices, key, typed) is Outcome.WRONG


VICTIMS = ("Maximilien Robespierre", "Jean-Paul Marat", "Georges Danton", "Lazare Carnot")
WOMEN = ("Charlotte Corday", "Olympe de Gouges", "Madame Roland", "Marie Antoinette")


@pytest.mark.parametrize(
    ("choices", "key", "asked", "typed", "right"),
    [
        (VICTIMS, 1, "Whom did Charlotte Corday kill?", "Marat killed Charlotte Corday", False),
        (VICTIMS, 1, "Whom did Charlotte Corday kill?", "Corday was killed by Marat", False),
        (VICTIMS, 1, "Whom did Charlotte Corday kill?", "Charlotte Corday killed Marat", True),
        (VICTIMS, 1, "Whom did Charlotte Corday kill?", "Marat was killed by Corday", True),
        (VICTIMS, 1, "Whom did Charlotte Corday kill?", "Marat, in his bath", True),
        (WOMEN, 0, "Who stabbed Marat?", "Marat stabbed Corday", False),
        (WOMEN, 0, "Who stabbed Marat?", "Charlotte Corday stabbed Marat", True),
        (WOMEN, 0, "By whom was Marat killed?", "Corday was killed by Marat", False),
        (
            ("Wellington", "Napoleon", "Blucher"),
            0,
            "Who defeated Napoleon?",
            "Napoleon defeated Wellington",
            False,
        ),
        (
            ("Wellington", "Napoleon", "Blucher"),
            0,
            "Who defeated Napoleon?",
            "Wellington defeated Napoleon",
            True,
        ),
        (
            ("Poland", "France", "Norway"),
            0,
            "Which country did Germany invade in 1939?",
            "Poland invaded Germany",
            False,
        ),
        (
            ("Poland", "France", "Norway"),
            0,
            "Which country did Germany invade in 1939?",
            "Poland was invaded by Germany",
            True,
        ),
        (
            ("Brutus", "Cassius", "Octavian"),
            0,
            "Who stabbed Julius Caesar?",
            "Caesar stabbed Brutus",
            False,
        ),
        (
            ("Brutus", "Cassius", "Octavian"),
            0,
            "Who stabbed Julius Caesar?",
            "Brutus, who stabbed Caesar",
            True,
        ),
    ],
)
def test_a_sentence_that_reverses_the_question_chooses_nothing(
    choices: tuple[str, ...], key: int, asked: str, typed: str, right: bool
) -> None:
    surname = choices[key].split()[-1]
    forms = (surname,) if surname != choices[key] else ()
    got = outcome(choices, key, typed, *forms, asked=asked)
    assert (got in (Outcome.EXACT, Outcome.TYPO)) is right


UNIVERSITIES = ("the University of Cambridge", "the University of Manchester", "MIT")


@pytest.mark.parametrize(
    ("choices", "typed", "wanted"),
    [
        # A place's or an institution's name without its kind chooses it, when no other
        # option holds the name.
        (UNIVERSITIES, "Cambridge", Outcome.EXACT),
        (UNIVERSITIES, "Manchester", Outcome.WRONG),
        (("the University of Cambridge", "Cambridge Analytica", "MIT"), "Cambridge", Outcome.WRONG),
        (("Lake Baikal", "Lake Victoria", "the Caspian Sea"), "Baikal", Outcome.EXACT),
    ],
)
def test_a_place_or_an_institution_answers_to_its_name(
    choices: tuple[str, ...], typed: str, wanted: Outcome
) -> None:
    assert outcome(choices, 0, typed, asked="Where was it built?") is wanted


DISCOVERERS = ("Asaph Hall", "William Lassell", "Christiaan Huygens", "James Christy")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Asked who, a rare given name still opens a person's name: the surname chooses it.
        ("Hall", Outcome.EXACT),
        ("A. Hall", Outcome.EXACT),
        ("B. Hall", Outcome.WRONG),
        ("Edward Hall", Outcome.WRONG),
        ("Christy", Outcome.WRONG),
    ],
)
def test_asked_who_an_option_answers_to_its_surname_whatever_its_given_name(
    typed: str, expected: Outcome
) -> None:
    answer = Answer(AnswerType.CHOICE, "", key=(0,))
    verdict = grade(
        answer, typed, choices=DISCOVERERS, policy=Policy(), question="Who discovered Phobos?"
    )
    assert verdict.outcome is expected


def test_not_asked_who_capitalised_words_are_no_person() -> None:
    places = ("Good Success Bay", "Port Desire", "Bahia Blanca")
    answer = Answer(AnswerType.CHOICE, "", key=(1,))
    verdict = grade(answer, "Desire", choices=places, policy=Policy(), question="Where?")
    assert verdict.outcome is Outcome.WRONG
