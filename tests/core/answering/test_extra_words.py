"""Words typed beyond an answer: inside it, in the place of a word left out, or beside it."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def judge(answer: str, typed: str, *accept: str) -> Outcome:
    return grade(Answer(AnswerType.TEXT, answer, alternatives=accept), typed, policy=POLICY).outcome


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("X-rays", "gamma rays"),
        ("X-rays", "rays"),
        # A prefix written with a hyphen makes another movement or thing.
        ("Impressionism", "Neo-Impressionism"),
        ("Impressionism", "Post-Impressionism"),
        ("Darwinism", "neo-Darwinism"),
        ("U-boats", "E-boats"),
        ("T cells", "cells"),
        ("vitamin C", "vitamin"),
        ("John Warren", "John Smith Warren"),
        ("Warren", "John Smith Warren"),
        ("natural selection", "natural sexual selection"),
        ("John F. Kennedy", "John Smith Kennedy"),
        ("James Young Simpson", "James Smith Simpson"),
        # No middle name: a function word stands between the first and last words.
        ("Germany's agreement with the Soviets", "Germany's treaty with the Soviets"),
        ("Germany's agreement with the Soviets", "Germany's war with the Soviets"),
        # A place's name has no middle name to leave out.
        ("the Museo Reina Sofía", "Museo Sofía"),
    ],
)
def test_a_word_replacing_or_inserted_into_the_answer_is_not_right(answer: str, typed: str) -> None:
    assert judge(answer, typed) not in (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("X-rays", "X rays"),
        ("John F. Kennedy", "John Kennedy"),
        ("John F. Kennedy", "John Fitzgerald Kennedy"),
        ("James Young Simpson", "James Simpson"),
        ("Ludwig van Beethoven", "Ludwig Beethoven"),
        ("Wolfgang Mozart", "Wolfgang Amadeus Mozart"),
        ("Warren", "Dr John Warren"),
        ("Isaac Newton", "Sir Isaac Newton"),
        # A court's titles are titles too.
        ("John Marshall", "Chief Justice John Marshall"),
        ("Justice Anthony Kennedy", "Anthony Kennedy"),
        ("Ruth Bader Ginsburg", "Justice Ruth Bader Ginsburg"),
        # What the one named is, before the name: a role, or an animal's kind.
        ("Asaph Hall", "the astronomer Asaph Hall"),
        ("Laika", "the dog Laika"),
        ("Ham", "the chimpanzee Ham"),
    ],
)
def test_initials_middle_names_and_titles_stay_optional(answer: str, typed: str) -> None:
    assert judge(answer, typed) in (Outcome.EXACT, Outcome.TYPO)


def test_an_abbreviation_stands_only_for_the_words_another_answer_spells_out() -> None:
    assert judge("WHO", "Western Health Office", "World Health Organization") is Outcome.WRONG
    assert judge("WHO", "World Helth Organization", "World Health Organization") is Outcome.TYPO


@given(
    st.sampled_from(string.ascii_uppercase),  # "A" and "I" too: "A-bomb" is no article
    st.sampled_from(string.ascii_uppercase),
    st.sampled_from(["rays", "boats", "bomb", "cells", "turn"]),
)
def test_a_hyphenated_letter_is_part_of_the_answer(letter: str, other: str, word: str) -> None:
    answer = f"{letter}-{word}"
    assert (judge(answer, f"{other}-{word}") in (Outcome.EXACT, Outcome.TYPO)) == (letter == other)
    assert judge(answer, word) not in (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        # Words naming a nation, people or creed: what kind of thing it was.
        ("Stahlhelm", "Soviet Stahlhelm", False),
        ("Nazis", "Communist Nazis", False),
        ("Reichswehr", "Imperial Reichswehr", False),
        ("Zentrum", "Protestant Zentrum", False),
        ("Freikorps", "Communist Freikorps", False),
        # Rarer ones too.
        ("Nazis", "Prussian Nazis", False),
        ("Rapallo", "Bavarian Rapallo", False),
        ("Stahlhelm", "Marxist Stahlhelm", False),
        ("Lipetsk", "Finnish Lipetsk", False),
        ("Hanseatic League", "Spanish Hanseatic League", False),
        # A given name, an obscure word or what a person did: still the answer.
        ("Hitler", "Adolf Hitler", True),
        ("Hobsbawm", "Eric Hobsbawm", True),
        ("Bach", "Johann Sebastian Bach", True),
        ("Hanks", "Tom Hanks", True),
        ("Cervantes", "Miguel de Cervantes Saavedra", True),
        ("Schacht", "Hjalmar Schacht", True),
        ("Lenin", "Vladimir Ilyich Lenin", True),
        # Given names that are words too.
        ("Acheson", "Dean Acheson", True),
        ("Bradman", "Don Bradman", True),
        # What a person did describes them; it names no nation or creed.
        ("Gould", "Ornithologist John Gould", True),
        ("Brunel", "the engineer Brunel", True),
        ("Einstein", "physicist Albert Einstein", True),
        # An article is no kind.
        ("Stahlhelm", "the Stahlhelm", True),
    ],
)
def test_a_word_naming_a_nation_people_or_creed_before_the_answer_is_not_right(
    answer: str, typed: str, right: bool
) -> None:
    assert (judge(answer, typed) in (Outcome.EXACT, Outcome.TYPO)) is right


def test_a_word_of_the_question_before_the_answer_stays_harmless() -> None:
    answer = Answer(AnswerType.TEXT, "Stahlhelm")
    question = "Which Nationalist veterans' league did the Soviet press attack?"
    verdict = grade(answer, "Soviet Stahlhelm", policy=POLICY, question=question)
    assert verdict.outcome is Outcome.EXACT


def test_no_listed_given_name_is_taken_for_a_qualifier() -> None:
    """Every given name the lexicon lists that is no common word may stand before a
    surname answer: those that are known words or end as adjectives do ("Tom",
    "Sebastian", "Christian"). (A common word is an extra word, given name or not.)"""
    from trainer.core.given_names import GIVEN_NAMES
    from trainer.core.lexicon import is_common_word

    names = sorted(name for name in GIVEN_NAMES if not is_common_word(name))
    refused = [name for name in names if judge("Zwingli", f"{name} Zwingli") is Outcome.WRONG]
    assert len(names) > 400
    assert refused == []


def test_another_given_name_before_an_accepted_surname_is_another_person() -> None:
    # 'galilei' matches 'galilei'; 'vincenzo' then stands where 'galileo' should be.
    assert judge("Galileo Galilei", "Vincenzo Galilei", "Galilei") is Outcome.WRONG
    assert judge("Galileo Galilei", "Galilei", "Galilei") is Outcome.EXACT
    assert judge("Galileo Galilei", "Galileo Galilei", "Galilei") is Outcome.EXACT


@pytest.mark.parametrize("typed", ["nine years old", "9 years old", "9 yrs old", "a nine-year-old"])
def test_an_age_typed_in_years_old_is_the_age(typed: str) -> None:
    assert judge("nine", typed) in (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "typed"), [("nine", "nine days old"), ("the New Testament", "the Old Testament")]
)
def test_old_elsewhere_still_changes_the_answer(answer: str, typed: str) -> None:
    assert judge(answer, typed) not in (Outcome.EXACT, Outcome.TYPO)


_SURPLUS = "What is the term for a situation in which quantity supplied exceeds quantity demanded?"


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        # A noun before a term makes another term, a noun for a person's role too.
        ("a surplus", "consumer surplus", False),
        ("a surplus", "producer surplus", False),
        ("Surplus", "consumer surplus", False),
        ("a shortage", "a consumer shortage", False),
        ("a shortage", "a labour shortage", False),
        ("inflation", "wage inflation", False),
        ("a virus", "a computer virus", False),
        ("monopoly", "natural monopoly", False),
        # A word of size or degree says how much, not which.
        ("a surplus", "a large surplus", True),
        ("a surplus", "a huge surplus", True),
        ("Surplus", "a big surplus", True),
        ("a shortage", "a severe shortage", True),
        ("a surplus", "a surplus of wheat", True),
        ("a surplus", "the surplus", True),
    ],
)
def test_a_word_typed_before_a_term_makes_another_term_unless_it_says_how_much(
    answer: str, typed: str, right: bool
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=POLICY, question=_SURPLUS)
    assert verdict.correct is right


def test_a_trade_before_a_name_still_describes_the_person() -> None:
    for answer, typed, asked in (
        ("Smith", "the engineer Smith", "Who built the bridge?"),
        ("Baker", "the inventor Baker", "Who invented it?"),
    ):
        verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=POLICY, question=asked)
        assert verdict.correct


@pytest.mark.parametrize(
    ("answer", "typed", "question", "right"),
    [
        ("Kansas", "Kansas City", "Where is most wheat farmed?", False),
        ("Mexico", "Mexico City", "Where did the Aztecs live?", False),
        ("Panama", "Panama Canal", "Which country?", False),
        ("Mississippi", "Mississippi River", "Which state is the poorest?", False),
        # The kind the question asks for, a region's own kind, or a feature's name.
        ("Mississippi", "the Mississippi River", "Which river did Twain write about?", True),
        ("Kansas", "the state of Kansas", "Where is most wheat farmed?", True),
        ("Washington", "Washington State", "Which state?", True),
        ("the Congo", "the Congo River", "What did Stanley explore?", True),
        ("Kazan", "Kazan city", "Where was the school?", True),
    ],
)
def test_a_kind_of_place_after_a_region_makes_another_place(
    answer: str, typed: str, question: str, right: bool
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=POLICY, question=question)
    assert verdict.correct is right


def test_a_title_ending_a_name_makes_another_name() -> None:
    # "Martin Luther King" is another man than Martin Luther; a title before the name,
    # or one describing him after it, is not.
    assert graded("Martin Luther", "Martin Luther King") is not Outcome.EXACT
    assert graded("Martin Luther", "Martin Luther King Jr") is not Outcome.EXACT
    assert graded("Martin Luther", "Dr Martin Luther") is Outcome.EXACT
    assert graded("Louis XIV", "Louis XIV the king", "Who built Versailles?") is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # A name carried on through "of" is another name.
        ("the National Gallery", "National Gallery of Art"),
        ("the National Gallery", "the National Gallery of Scotland"),
        ("the Royal Society", "the Royal Society of Chemistry"),
        # A land's name cut to an adjective, then a body of water: the water.
        ("the Philippines", "the Philippine Sea"),
        ("Arabia", "the Arabian Sea"),
    ],
)
def test_a_longer_name_typed_around_the_answer_is_not_right(answer: str, typed: str) -> None:
    assert judge(answer, typed) not in (Outcome.EXACT, Outcome.TYPO)


def test_an_institutions_kind_then_of_after_the_name_makes_another_institution() -> None:
    # "University" is the question's word, but "of Technology" goes on with the name.
    asked = "At which university was Torvalds a student?"
    assert graded("Helsinki", "the Helsinki University of Technology", asked) is Outcome.WRONG
    assert graded("Helsinki", "Helsinki University", asked) is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("the National Gallery", "the National Gallery in London"),
        ("the Philippines", "the Philippine Islands"),
        # A term, not a name: "of" says where or of what.
        ("insulin", "insulin of the pancreas"),
    ],
)
def test_a_phrase_after_the_answer_that_names_nothing_else_is_harmless(
    answer: str, typed: str
) -> None:
    assert judge(answer, typed) in (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize("counted", ["people", "inhabitants", "residents", "persons"])
def test_the_people_a_population_counts_are_harmless_after_it(counted: str) -> None:
    question = "What was the population of Canada in 2023?"
    verdict = grade(
        Answer(AnswerType.TEXT, "39 million"),
        f"39 million {counted}",
        policy=POLICY,
        question=question,
    )
    assert verdict.outcome is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("effortless action", "effortless action or the way"),
        ("Arnold Schoenberg", "Arnold Schoenberg and Berg"),
        ("a snail", "a decomposed snail or slug"),
    ],
)
def test_a_hedge_is_wrong_never_close(answer: str, typed: str) -> None:
    # More than one answer is never near the right one: it asks the marker to choose.
    assert judge(answer, typed) is Outcome.WRONG


def test_arguments_after_a_command_asked_for_are_harmless() -> None:
    asked = "Which Unix command lists the files in a directory?"
    assert graded("ls", "ls -l", asked) is Outcome.EXACT
    assert graded("ls", "ls -la /tmp", asked) is Outcome.EXACT
    pushed = "Which git command uploads local commits to a remote?"
    assert graded("git push", "git push origin main", pushed) is Outcome.EXACT
    # Another command, or a hedge, is still wrong; and outside a question of commands,
    # a letter after the answer is a stray one.
    assert graded("git push", "git push or git pull", pushed) is Outcome.WRONG
    assert graded("ls", "dir", asked) is Outcome.WRONG
    assert judge("Lipetsk", "Lipetsk -l") is not Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed", "verdict"),
    [
        # "between … and …" is a range, one answer, not two.
        ("60 to 100 beats per minute", "between 60 and 100 beats a minute", "exact"),
        ("1914 to 1918", "between 1914 and 1918", "exact"),
        ("1914 to 1918", "between 1914 and 1919", "wrong"),
        # "and" between names is still two answers.
        ("Lipetsk", "Lipetsk and Kazan", "wrong"),
    ],
)
def test_between_two_numbers_is_a_range(expected: str, typed: str, verdict: str) -> None:
    assert graded(expected, typed, "When was it?").value == verdict


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # A name of one word that only names: "of" says whence its bearer came.
        ("Herodotus", "Herodotus of Halicarnassus"),
        ("Thucydides", "Thucydides of Athens"),
        ("Kazan", "Kazan of Russia"),
    ],
)
def test_a_lone_names_origin_after_of_is_harmless(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Who was it?") is Outcome.EXACT


def test_a_given_name_carried_on_through_of_is_another_person() -> None:
    assert graded("John", "John of Gaunt", "Which king sealed Magna Carta?") is Outcome.WRONG
    assert graded("Anne", "Anne of Cleves", "Who was it?") is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed"),
    [("Thucydides", "Thucydites"), ("Euripides", "Euripites"), ("Aristides", "Aristites")],
)
def test_a_persons_name_has_no_parts_of_a_term(answer: str, typed: str) -> None:
    # "-ides" and "-ites" are two compounds' endings, but no name has them as parts.
    assert graded(answer, typed, "Who wrote the play?") is Outcome.TYPO
    assert graded("sodium sulfide", "sodium sulfite", "What forms?") is Outcome.WRONG


def test_a_year_said_as_when_beside_an_answer_without_a_number_is_harmless() -> None:
    who = "Who formulated the uncertainty principle?"
    assert graded("Werner Heisenberg", "Werner Heisenberg in 1927", who) is Outcome.EXACT
    assert graded("Lipetsk", "Lipetsk in 1926", "Where was the school?") is Outcome.EXACT
    # A number that is no time, or a year against the question's own, still counts.
    assert graded("Vostok", "Vostok 1", "Which spacecraft?") is Outcome.WRONG
    asked = "Which treaty of 1922?"
    assert graded("the Treaty of Rapallo", "the Treaty of Rapallo in 1925", asked) is (
        Outcome.WRONG
    )


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        # Kin after the name, through "of", says whose child or spouse the answer is.
        ("Perseus", "Perseus, son of Zeus", "Who beheaded Medusa?"),
        ("Penelope", "Penelope, daughter of Icarius", "Who was the wife of Odysseus?"),
        ("Romulus", "Romulus, brother of Remus", "Who founded Rome?"),
        # A being of myth by its kind, before or after its name.
        ("Mars", "Mars, god of war", "What did the Romans call Ares?"),
        ("Mars", "the god Mars", "What did the Romans call Ares?"),
        ("Perseus", "the hero Perseus", "Who beheaded Medusa?"),
        ("Freyja", "the goddess Freyja", "Who drove a chariot pulled by cats?"),
        # A span of history by its kind.
        ("Ming", "the Ming Empire", "Which dynasty ruled China from 1368 to 1644?"),
        ("Shōwa", "Shōwa period", "Which Japanese era began in 1926?"),
        ("the Duat", "the Duat, realm of Osiris", "What was the Egyptian underworld?"),
    ],
)
def test_kin_and_kinds_said_of_the_answer_are_no_claim(
    answer: str, typed: str, question: str
) -> None:
    assert graded(answer, typed, question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("Perseus", "son of Zeus", "Who beheaded Medusa?"),  # the kin alone names another
        ("Perseus", "Theseus, son of Aegeus", "Who beheaded Medusa?"),
        ("Mars", "Mars, Jupiter", "What did the Romans call Ares?"),
    ],
)
def test_kin_without_the_answer_is_still_wrong(answer: str, typed: str, question: str) -> None:
    assert graded(answer, typed, question) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Gravity", "the force of gravity", True),  # was "extra word 'force'"
        ("photosynthesis", "the process of photosynthesis", True),
        ("evolution", "the theory of evolution", True),
        ("appeasement", "the policy of appeasement", True),
        # Another idea of the kind, or the kind word elsewhere, is not the answer.
        ("evolution", "the theory of relativity", False),
        ("gravity", "the force of friction", False),
        ("Lenin", "the son of Lenin", False),
    ],
)
def test_the_kind_of_idea_named_before_the_answer_adds_nothing(
    answer: str, typed: str, right: bool
) -> None:
    assert (judge(answer, typed) in (Outcome.EXACT, Outcome.TYPO)) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("a Swiss socialist", "a Swiss socialist politician", True),  # was "extra word"
        ("Bismarck", "the statesman Bismarck", True),
        ("Lenin", "Lenin the revolutionary", True),
        ("a Swiss socialist", "a Swiss politician", False),  # in the answer's word's place
    ],
)
def test_what_a_person_was_said_beside_them_adds_nothing(
    answer: str, typed: str, right: bool
) -> None:
    assert (judge(answer, typed) in (Outcome.EXACT, Outcome.TYPO)) is right


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("He capitulated", "he had already capitulated", "How did Stalin respond?"),
        ("It misfired", "it actually misfired", "How did the plan turn out?"),
        ("the military school", "the military school that already existed", "What?"),
    ],
)
def test_an_adverb_that_claims_nothing_is_passed_over(
    answer: str, typed: str, question: str
) -> None:
    assert graded(answer, typed, question) in (Outcome.EXACT, Outcome.TYPO)


def test_all_before_the_count_is_the_count() -> None:
    assert graded("four", "all four", "How many carriers were sunk?") is Outcome.EXACT
    assert graded("four", "all 4", "How many carriers were sunk?") is Outcome.EXACT
    assert graded("four", "all three", "How many carriers were sunk?") is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # "it rarely decreases" was right, its "rarely" ignored: how often or how far it
        # holds takes back the claim.
        ("decreases", "it rarely decreases"),
        ("decreases", "it occasionally decreases"),
        ("it falls", "it is unlikely to fall"),
        ("it dissolves", "it partly dissolves"),
    ],
)
def test_a_word_that_limits_how_often_or_how_far_changes_the_answer(
    answer: str, typed: str
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy())
    assert not verdict.correct, verdict.rule
