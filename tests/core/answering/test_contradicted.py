"""A short accepted answer's right verdict, taken back only when a fuller one names another word."""

from __future__ import annotations

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def _outcome(answer: str, accepted: tuple[str, ...], typed: str, question: str = "") -> Outcome:
    expected = Answer(AnswerType.TEXT, answer, alternatives=accepted)
    return grade(expected, typed, policy=Policy(), question=question).outcome


def test_another_given_name_before_an_accepted_surname_is_another_person() -> None:
    assert _outcome("Humphry Davy", ("Davy",), "John Davy", "Who?") is Outcome.WRONG
    assert _outcome("Humphry Davy", ("Davy",), "Sir Davy", "Who?") is Outcome.EXACT


def test_another_given_name_far_in_letters_is_another_person() -> None:
    # "Robert Kennedy" is a man of his own, not a near miss for John F. Kennedy.
    assert _outcome("John F. Kennedy", ("Kennedy",), "Robert Kennedy", "Who?") is Outcome.WRONG
    assert _outcome("John Marshall", ("Marshall",), "George Marshall", "Who?") is Outcome.WRONG
    # A given name of the name lists, though the lexicon's list lacks it.
    assert _outcome("William Clinton", ("Clinton",), "Hillary Clinton", "Who?") is Outcome.WRONG
    question = "Who discovered eight comets while working with William Herschel?"
    assert _outcome("Caroline Herschel", (), "John Herschel", question) is Outcome.WRONG
    # A familiar form is the same name; a spelling near it may be a slip.
    assert _outcome("John F. Kennedy", ("Kennedy",), "Jack Kennedy", "Who?") is Outcome.EXACT
    assert _outcome("Caroline Herschel", (), "Carol Herschel", question) is Outcome.CLOSE


def test_another_initial_before_an_accepted_surname_is_another_person() -> None:
    # Ian Fleming wrote the novels: "I. Fleming" is not Alexander Fleming.
    assert _outcome("Alexander Fleming", ("Fleming",), "I. Fleming", "Who?") is Outcome.WRONG
    assert _outcome("Sir Alexander Fleming", ("Fleming",), "I Fleming", "Who?") is Outcome.WRONG
    assert _outcome("Alexander Fleming", ("Fleming",), "A. Fleming", "Who?") is Outcome.EXACT
    # Only the first initial is held to the first given name: a middle initial the
    # answer leaves out is the learner's to write.
    assert _outcome("John Kennedy", ("Kennedy",), "J. F. Kennedy", "Who?") is Outcome.EXACT


def test_the_short_answer_typed_exactly_is_never_taken_back() -> None:
    # A fuller accepted form that joins its words differently ("B:A" reads as 'ba') must
    # not find the short answer's own word standing in the place of one of its words.
    assert _outcome("B", ("B:A",), "B", "lipetsk") is Outcome.EXACT
    assert _outcome("Davy", ("Humphry Davy",), "Davy", "Who?") is Outcome.EXACT


def test_a_close_verdict_is_taken_back_when_the_fuller_form_finds_an_opposite() -> None:
    # Against "the Rhine", 'lower' only changes the answer (close); against "the Upper
    # Rhine" it is the opposite of 'upper': wrong.
    question = "Which stretch of the river was demilitarised?"
    assert _outcome("the Upper Rhine", ("the Rhine",), "the Lower Rhine", question) is (
        Outcome.WRONG
    )
    assert _outcome("the upper house", ("house",), "the lower house", "What?") is Outcome.WRONG
    assert _outcome("the Upper Rhine", ("the Rhine",), "the Rhine", question) is Outcome.EXACT
    # A given name near in letters is no opposite: still close, as it was.
    assert _outcome("Caroline Kennedy", ("Kennedy",), "Carol Kennedy", "Who?") is Outcome.CLOSE


def test_a_close_verdict_is_taken_back_when_another_form_finds_its_negation_left_out() -> None:
    # Against "it has not cleared its neighbourhood" the typed answer is near by its
    # letters; against the accepted "it has not cleared its orbit" it is that answer
    # without its 'not': the reverse, whichever accepted form is nearest.
    answer = "It has not cleared its orbit of other objects"
    accepted = ("it has not cleared its orbit", "it has not cleared its neighbourhood")
    question = "Why is Pluto no longer counted as a planet?"
    for typed in ("it has cleared its orbit", "It has cleared its orbit of other bodies"):
        assert _outcome(answer, accepted, typed, question) is Outcome.WRONG, typed
    assert _outcome(answer, accepted, "it has not cleared its orbit", question) is Outcome.EXACT
    # Near an accepted form, and the negation kept: still close.
    assert _outcome(answer, accepted, "it has not cleared its path", question) is Outcome.CLOSE


def test_every_stand_in_rule_is_read_back() -> None:
    from trainer.core.answering.verdict import instead_rule, opposite_rule, stand_in_of

    assert stand_in_of(instead_rule("kazan", "lipetsk")) == "kazan"
    assert stand_in_of(opposite_rule("lowest", "highest")) == "lowest"
    assert stand_in_of("'kazan' is missing") is None


def test_a_title_and_a_name_are_held_by_the_full_name() -> None:
    # "King Harold" is accepted for Harold Godwinson; "Harald Hardrada" matches it with a
    # slip and a surname added, but the full name finds that surname in place of its own.
    question = "Who won the battle of Stamford Bridge?"
    for typed, wanted in [
        ("Harald Hardrada", Outcome.WRONG),
        ("Harold Harefoot", Outcome.WRONG),
        ("King Harold", Outcome.EXACT),
        ("Harold Godwinson", Outcome.EXACT),
    ]:
        assert graded("Harold Godwinson", typed, question, "King Harold") is wanted, typed


def test_an_accepted_title_is_not_taken_back_by_a_fuller_form() -> None:
    # The author accepts "Lady Lovelace": a fuller form's objection to its title (another
    # woman of the family) does not overrule it, typed as written or with a slip.
    forms = ("Augusta Ada King", "Countess of Lovelace", "Lady Lovelace", "Lovelace")
    question = "In 1843 [...] published notes on the engine."
    for typed, wanted in [("Lady Lovelace", Outcome.EXACT), ("Lady Lovelase", Outcome.TYPO)]:
        assert graded("Ada Lovelace", typed, question, *forms) is wanted, typed


def test_words_besides_a_short_form_that_reverse_the_full_one_are_wrong() -> None:
    answer, accepted = "the conversion of the pound into gold", ("gold conversion",)
    question = "What did Britain suspend in 1931?"
    assert _outcome(answer, accepted, "conversion of gold into pounds", question) is Outcome.WRONG
    assert _outcome(answer, accepted, "gold conversion", question) is Outcome.EXACT
    assert _outcome(answer, accepted, "pound conversion into gold", question) is Outcome.EXACT


def test_a_near_answer_made_of_the_questions_own_words_is_wrong() -> None:
    # Near "Caroline Herschel" by the surname, but the person the question names.
    question = "Who discovered eight comets while working with William Herschel?"
    assert _outcome("Caroline Herschel", (), "William Herschel", question) is Outcome.WRONG
    assert _outcome("Caroline Herschel", (), "Caroline Herschel", question) is Outcome.EXACT
    # A given name near the answer's that the question does not give stays close.
    assert _outcome("Caroline Herschel", (), "Carol Herschel", question) is Outcome.CLOSE


def test_a_title_of_the_other_sex_before_an_accepted_surname_is_another_person() -> None:
    # "Mrs Kennedy" is not John F. Kennedy, though "Kennedy" is accepted.
    assert _outcome("John F. Kennedy", ("Kennedy",), "Mrs Kennedy", "Who?") is Outcome.WRONG
    assert _outcome("Marie Curie", ("Curie",), "Monsieur Curie", "Who?") is Outcome.WRONG
    assert _outcome("Marie Curie", ("Curie",), "Madame Curie", "Who?") is Outcome.EXACT
    assert _outcome("John F. Kennedy", ("Kennedy",), "Joan Kennedy", "Who?") is Outcome.WRONG
    assert _outcome("John F. Kennedy", ("Kennedy",), "President Kennedy", "Who?") is (Outcome.EXACT)


def test_words_said_of_the_person_after_an_accepted_surname_are_no_other_name() -> None:
    question = "Who wrote the Critique of Pure Reason?"
    for typed in ("Kant, in 1781", "Kant, 1781", "Kant in Königsberg", "Kant, a German thinker"):
        assert _outcome("Immanuel Kant", ("Kant",), typed, question) is Outcome.EXACT
    # Before the surname, or right after it, another word is another person.
    assert _outcome("Immanuel Kant", ("Kant",), "Johann Kant", question) is Outcome.WRONG
    assert _outcome("Mao Zedong", ("Mao",), "Mao Anying", "Who led China?") is Outcome.WRONG
