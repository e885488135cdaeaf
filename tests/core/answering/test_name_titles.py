"""Words of a person's name that an answer may leave out: here, the suffix that ends it."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.name_titles import is_personal_title, name_suffix, other_suffix
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

RIGHT = (Outcome.EXACT, Outcome.TYPO)
KING = "Martin Luther King Jr."
QUESTION = "Who led the march on Washington?"


def _outcome(typed: str, answer: str = KING, *accepted: str) -> Outcome:
    expected = Answer(AnswerType.TEXT, answer, alternatives=accepted)
    return grade(expected, typed, policy=Policy(), question=QUESTION).outcome


def test_a_suffix_ends_a_name_after_a_word_of_it() -> None:
    words = answer_words(KING)
    assert name_suffix(words, len(words) - 1)
    assert not name_suffix(answer_words("Jr."), 0)  # no name before it
    assert not name_suffix(answer_words("the Jr. varsity team"), 1)  # a word after it


def test_the_other_suffix_is_another_person() -> None:
    assert other_suffix(answer_words(KING), answer_words("King Sr.")) == "sr"
    assert other_suffix(answer_words(KING), answer_words("King Junior")) is None
    assert other_suffix(answer_words(KING), answer_words("King")) is None


def test_a_surname_before_a_suffix_is_no_title() -> None:
    # "King" is a title before a name ("King George"), never before "Jr.".
    words = answer_words(KING)
    assert not is_personal_title(words, words.index("king"))


@pytest.mark.parametrize(
    "typed",
    [
        "Martin Luther King",
        "Dr Martin Luther King",
        "Martin Luther King Junior",
        "M. L. King",
        "MLK",
        "MLK Jr",
    ],
)
def test_a_name_without_its_suffix_is_right(typed: str) -> None:
    assert _outcome(typed) in RIGHT


@pytest.mark.parametrize(
    "typed",
    [
        "Martin Luther King Sr.",  # his father
        "Martin Luther King Senior",
        "Martin Luther",  # the reformer
    ],
)
def test_another_suffix_or_the_surname_left_out_is_not_right(typed: str) -> None:
    assert _outcome(typed) not in RIGHT


def test_a_title_is_no_slip_for_a_suffix() -> None:
    # 'dr' is a letter from 'jr', but a title typed before the name, not the suffix.
    assert _outcome("Dr Martin Luther King") is Outcome.EXACT


def test_what_a_person_is_may_stand_before_a_surname_accepted_alone() -> None:
    answer, question = "Asaph Hall", "Who discovered the two moons of Mars?"
    expected = Answer(AnswerType.TEXT, answer, alternatives=("Hall",))
    for typed in ("the astronomer Hall", "astronomer Hall"):
        verdict = grade(expected, typed, policy=Policy(), question=question)
        assert verdict.outcome is Outcome.EXACT
    assert grade(expected, "John Hall", policy=Policy(), question=question).outcome not in RIGHT


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("Tim Berners-Lee", True),
        ("Tim Berners Lee", True),
        ("Berners-Lee", True),
        # Half of a double-barrelled surname is no middle name to leave out.
        ("Tim Lee", False),
        ("Tim Berners", False),
    ],
)
def test_a_double_barrelled_surname_is_whole(typed: str, right: bool) -> None:
    assert (_outcome(typed, "Tim Berners-Lee", "Berners-Lee") in RIGHT) is right
    # A hyphenated given name's second half is a middle one.
    assert _outcome("Jean Carrier", "Jean-Baptiste Carrier") in RIGHT


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        # The name a person went by: the first given name left out, the next one typed.
        ("Thomas Robert Malthus", "Robert Malthus", True),
        ("John Maynard Keynes", "Maynard Keynes", True),
        # Not the surname alone, and not a place named like a person.
        ("Thomas Robert Malthus", "Malthus", False),
        ("George Washington Bridge", "Washington Bridge", False),
        # Words in small letters are a term's, no person's given names: "posterior"
        # tells the posterior pituitary gland from the whole gland.
        ("posterior pituitary gland", "pituitary gland", False),
        ("the anterior cruciate ligament", "cruciate ligament", False),
    ],
)
def test_the_first_given_name_may_be_left_out_before_the_next(
    answer: str, typed: str, right: bool
) -> None:
    assert (_outcome(typed, answer) in RIGHT) is right


@pytest.mark.parametrize(
    ("answer", "typed", "wanted"),
    [
        ("Lindley LJ", "Lindley", Outcome.EXACT),
        ("Lord Denning MR", "Lord Denning", Outcome.EXACT),
        ("Lord Denning MR", "Denning", Outcome.EXACT),
        ("Lindley LJ", "LJ", Outcome.WRONG),  # the office is no name
        ("Lord Denning MR", "MR", Outcome.WRONG),
    ],
)
def test_a_judges_office_after_the_name_may_be_left_out(
    answer: str, typed: str, wanted: Outcome
) -> None:
    assert graded(answer, typed, "Which judge gave the leading judgment?") is wanted


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # A building named after its place, the kind after the name or before "of" it.
        ("the Wartburg castle", "the Wartburg"),
        ("the Wartburg castle", "Wartburg"),
        ("Blenheim Palace", "Blenheim"),
        ("the Louvre museum", "the Louvre"),
        ("the Palace of Versailles", "Versailles"),
        ("the Castle of Elsinore", "Elsinore"),
        # A chapel or a manor by its name ("the Sistine" was close: 'chapel' missing).
        ("the Sistine Chapel", "the Sistine"),
        ("Thornfield Manor", "Thornfield"),
        ("Lacock Abbey", "Lacock"),
        # A settlement's kind before its name.
        ("the city of Kazan", "Kazan"),
        ("the town of Lipetsk", "Lipetsk"),
    ],
)
def test_the_kind_of_a_place_named_for_itself_may_be_left_out(answer: str, typed: str) -> None:
    verdict = grade(
        Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="Where was he?"
    )
    assert verdict.outcome is Outcome.EXACT, verdict
    assert "left out: the name says what it is" in verdict.rule


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("the Tower of London", "London"),  # a building no settlement, "of" a city
        ("the Gulf of Mexico", "Mexico"),
        ("the capital of France", "France"),
        ("the Museum of Modern Art", "Modern Art"),  # common words: no place's name
        ("the National Gallery", "the National"),
        ("Independence Hall", "Independence"),
        ("the Town Hall", "the Town"),
        ("Bleak House", "Bleak"),  # "house" is no kind left out: Bleak House is no Bleak
        ("Radclyffe Hall", "Radclyffe"),  # a surname
        ("The Tenant of Wildfell Hall", "The Tenant of Wildfell"),
        ("the Wartburg castle", "a castle"),
        ("the town of Lipetsk", "Kazan"),
    ],
)
def test_a_kind_left_out_of_another_place_or_of_no_name_is_wrong(answer: str, typed: str) -> None:
    verdict = grade(
        Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="Where was he?"
    )
    assert verdict.outcome not in RIGHT, verdict


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("the Treaty of Versailles", "Versailles", "What ended the war with Germany?"),
        ("the Peace of Augsburg", "Augsburg", "What let each prince choose his religion?"),
        ("Smoot-Hawley Tariff Act", "Smoot-Hawley", "The [...] of 1930 raised duties."),
        ("Smoot-Hawley Tariff Act", "the Smoot-Hawley Act", "What raised duties in 1930?"),
        ("the Edict of Nantes", "Nantes", "What granted the Huguenots toleration?"),
    ],
)
def test_an_agreements_kind_may_be_left_out_where_its_name_says_which(
    answer: str, typed: str, question: str
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome is Outcome.EXACT, verdict


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("the Social Security Act", "Social Security"),  # common words: no name on its own
        ("the Act of Union", "Union"),
        ("the Treaty of Versailles", "the Versailles Conference"),  # the meeting, no treaty
        ("the Treaty of Versailles", "the Treaty of Trianon"),
    ],
)
def test_an_agreement_named_by_common_words_or_another_kind_is_not_it(
    answer: str, typed: str
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="What?")
    assert verdict.outcome not in RIGHT, verdict


@pytest.mark.parametrize(
    ("answer", "typed", "wanted"),
    [
        # A rank or a peerage before a person's name may be left out, as any title may.
        ("Major Robert Anderson", "Robert Anderson", Outcome.EXACT),
        ("Major General George Pickett", "George Pickett", Outcome.EXACT),
        ("Field Marshal Douglas Haig", "Douglas Haig", Outcome.EXACT),
        ("Count Camillo Cavour", "Camillo Cavour", Outcome.EXACT),
        ("Crown Prince Hirohito", "Hirohito", Outcome.EXACT),
        ("Brigadier John Nicholson", "John Nicholson", Outcome.EXACT),
        ("Earl Douglas Haig", "Douglas Haig", Outcome.EXACT),
        # The same words before no name are words of the answer.
        ("a major port", "a port", Outcome.WRONG),
        ("the Major League", "the League", Outcome.WRONG),
        ("the Grand Canyon", "the Canyon", Outcome.WRONG),
        ("Private Eye", "Eye", Outcome.WRONG),
    ],
)
def test_a_rank_that_is_a_common_word_is_a_title_only_before_a_name(
    answer: str, typed: str, wanted: Outcome
) -> None:
    assert graded(answer, typed, "Who was it?") is wanted


@pytest.mark.parametrize(
    ("answer", "typed", "question", "right"),
    [
        # A building typed after the name of the place it stands in is that place's.
        ("Notre-Dame", "Notre-Dame cathedral", "Where was Napoleon crowned?", True),
        ("the Bastille", "the Bastille prison", "What did the crowd storm?", True),
        ("Versailles", "Versailles palace", "Where did the Estates-General meet?", True),
        ("Canterbury", "Canterbury Cathedral", "Where was Becket murdered?", True),
        ("Windsor", "Windsor Castle", "Where did the king die?", True),
        # Not a town or a land asked for, nor a person, nor more after the building.
        ("Canterbury", "Canterbury Cathedral", "Which city was Becket murdered in?", False),
        ("Windsor", "Windsor Castle", "Who was the house named after?", False),
        ("Canterbury", "Canterbury Cathedral gardens", "Where was he murdered?", False),
        # A name that is a common word is no place's name on its own.
        ("the Globe", "the Globe church", "Where were his plays staged?", False),
    ],
)
def test_a_building_after_its_places_name_is_that_place(
    answer: str, typed: str, question: str, right: bool
) -> None:
    assert (graded(answer, typed, question) in RIGHT) is right
