"""Text answers judged word by word: each rule, and the rule each verdict names."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, Verdict, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def judge(
    answer: str,
    typed: str,
    *accept: str,
    question: str = "",
    confusables: tuple[str, ...] = (),
    parts: tuple[str, ...] = (),
) -> Verdict:
    expected = Answer(
        AnswerType.TEXT, answer, alternatives=accept, confusables=confusables, parts=parts
    )
    return grade(expected, typed, policy=POLICY, question=question)


@pytest.mark.parametrize(
    ("answer", "typed", "rule"),
    [
        ("Lipetsk", "Lipetks", "typo in 'lipetks' (1 edit)"),
        ("Lipetsk", "at Lipetsk", "extra words ignored (at)"),
        ("Kazan", "the city of Kazan", "extra words ignored (the city of)"),
        ("The Treaty of Rapallo", "Rapallo Treaty", "word order ignored"),
        ("Valerian Kuibyshev", "Valerian Kujbyšev", "'kujbysev' spells 'kuibyshev'"),
        ("Russians", "Russian", "'russian' for 'russians'"),
        ("The Union of Soviet Socialist Republics", "U.S.S.R.", "abbreviation 'ussr'"),
        ("the Second World War", "WWII", "abbreviation 'ww2'"),
        ("World War I", "WW1", "abbreviation 'ww1'"),
        ("Hitler", "Adolf Hitler", "extra words ignored (adolf)"),
        # "of" belongs to the date: "the first of April" is a day and month.
        ("1 April", "the first of April", "extra words ignored (the)"),
    ],
)
def test_rules_that_accept(answer: str, typed: str, rule: str) -> None:
    verdict = judge(answer, typed)
    assert verdict.correct, verdict
    assert verdict.rule == rule


@pytest.mark.parametrize(
    ("answer", "typed", "rule"),
    [
        ("It was heading for bankruptcy", "It was not heading for bankruptcy", "'not' changes"),
        ("With strings attached", "without strings attached", "'without' changes"),
        ("With strings attached", "with no strings attached", "'no' changes"),
        ("It worked", "it didn't work", "'not' changes"),
        ("Russian", "Prussian", "'prussian' is another word, not a typo of 'russian'"),
        ("Chairman of the Supreme Council", "chairman of the Supreme Court", "'court' instead"),
        ("Lipetsk", "Lipetsk or Kazan", "more than one answer ('or')"),
        ("Mensheviks", "Mensheviks and Bolsheviks", "more than one answer ('and')"),
        ("The treaty of 1926", "the treaty of 1927", "numbers differ"),
        ("the Second World War", "WWI", "numbers differ"),
        ("Korea", "North Korea", "'north' changes the answer"),
        ("Carbon", "carbon dioxide", "extra word 'dioxide'"),
        ("An aviation school", "a tank school", "'tank' instead of 'aviation'"),
        ("Natural alliance", "unnatural alliance", "'unnatural' changes the meaning"),
        # A joining word left where a listed word was dropped stands in for nothing.
        ("By swallowing air and water", "by swallowing air and", "'water' is missing"),
        ("Tanks or aircraft", "tanks or", "'aircraft' is missing"),
        (
            "A barrier reef, and at last an atoll",
            "a barrier reef and at last",
            "'atoll' is missing",
        ),
    ],
)
def test_rules_that_refuse(answer: str, typed: str, rule: str) -> None:
    verdict = judge(answer, typed)
    assert not verdict.correct, verdict
    assert verdict.rule.startswith(rule), verdict.rule


def test_negations_hedges_and_numbers_are_wrong_not_close() -> None:
    for answer, typed in [
        ("It was heading for bankruptcy", "It was not heading for bankruptcy"),
        ("Lipetsk", "Lipetsk or Kazan"),
        ("The treaty of 1926", "the treaty of 1927"),
    ]:
        assert judge(answer, typed).outcome is Outcome.WRONG


def test_a_value_that_is_the_answer_in_another_form_is_no_other_answer() -> None:
    # "They are inferior goods", an option of another card, says what the answer says.
    verdict = judge("an inferior good", "inferior goods", confusables=("They are inferior goods",))
    assert verdict.outcome is Outcome.TYPO
    assert not judge(
        "an inferior good", "normal goods", confusables=("They are normal goods",)
    ).correct


def test_the_answer_in_another_form_names_no_other_answer_beside_it() -> None:
    # "cell" is "cells" singular, not the "cell" of another answer "into the cell".
    verdict = judge("cells", "a cell", confusables=("into the cell",))
    assert verdict.outcome is Outcome.TYPO
    assert verdict.rule == "'cell' for 'cells'; extra words ignored (a)"
    # Another answer's word beside the answer is still a hedge.
    hedged = judge("Lipetsk", "Lipetsk, Kazan", confusables=("Kazan",))
    assert hedged.rule == "more than one answer: 'kazan' is another answer of this deck"


def test_another_answer_of_the_deck_is_never_a_typo() -> None:
    verdict = judge("Iceland", "Ireland", confusables=("Ireland",))
    assert verdict.outcome is Outcome.WRONG
    assert verdict.rule == "'ireland' is another answer of this deck: Ireland"
    # Tolerance never turns one answer into another: as near the other as the answer.
    assert not judge("Stines", "Stinez", confusables=("Stinex",)).correct
    assert judge("Stines", "Stinnes", confusables=("Stinex",)).correct
    # Nor does an extra word hide one: a hedge without "or".
    assert not judge("Lipetsk", "Lipetsk Kazan", confusables=("Kazan",)).correct
    # Unless the question names it: then it is only repeated.
    question = "Where was the flying school, after the one at Kazan?"
    assert judge(
        "Lipetsk", "Lipetsk, after Kazan", question=question, confusables=("Kazan",)
    ).correct


def test_words_the_question_gives_may_be_left_out_or_repeated() -> None:
    level = "At what level was Lenin's request to travel to Germany approved?"
    assert judge("At the highest level", "highest", question=level).correct
    assert judge("At the highest level", "the lowest", question=level).outcome is not Outcome.EXACT
    assert not judge("At the highest level", "highest").correct  # no question, no help
    where = "Where was it agreed in March 1926 to set up an aviation school?"
    assert judge("Lipetsk", "an aviation school at Lipetsk in 1926", question=where).correct


def test_a_cloze_prompt_gives_no_words_of_the_answer() -> None:
    cloze = "In the [...] the Communists voted against the Social Democrats."
    assert not judge("Social Democrats", "Democrats", question=cloze).correct


def test_a_personal_title_before_a_persons_name_may_be_left_out() -> None:
    assert judge("Sir Isaac Newton", "Isaac Newton").rule == "'sir' left out, a title"
    assert judge("Tsar Nicholas II", "Nicholas II").correct
    assert judge("General de Gaulle", "de Gaulle").correct
    assert judge("Professor Ehrenberg", "Ehrenberg").correct
    assert judge("President John F. Kennedy", "John Kennedy").correct
    assert not judge("The Sea of Japan", "Japan").correct
    assert not judge("Mexico City", "Mexico").correct


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("King George's Sound", "George's Sound"),  # a place: 'sound' is no name
        ("Queen Maud Land", "Maud Land"),
        ("Prince Edward Island", "Edward Island"),
        ("St Helena", "Helena"),  # a saint's name makes part of a place's
        ("St Fe", "Fe"),
        ("Santa Fe", "Fe"),
        ("Fort William", "William"),
        ("Port Said", "Said"),
        ("Lake Victoria", "Victoria"),  # no lake in the question, and Victoria names much else
        ("Cape Horn", "Horn"),
    ],
)
def test_a_word_of_a_places_name_is_never_left_out(answer: str, typed: str) -> None:
    verdict = judge(answer, typed, question="Where did it happen?")
    assert not verdict.correct, verdict


def test_a_kind_of_place_is_left_out_before_a_name_that_says_it_alone() -> None:
    verdict = judge("Mount Ararat", "Ararat", question="Where did the ark come to rest?")
    assert verdict.correct
    assert verdict.rule == "'mount' left out: the name says what it is"
    assert judge("Mount Everest", "Everest", question="What did Hillary climb?").correct


def test_a_kind_of_place_is_left_out_when_the_question_names_it() -> None:
    mountain = "What is the highest mountain on Earth?"
    assert judge("Mount Everest", "Everest", question=mountain).rule.startswith("'mount' left out")
    assert judge("Lake Victoria", "Victoria", question="Which lake is largest?").correct
    assert judge("the River Nile", "the Nile", question="Which river is longest?").correct
    assert not judge("Lake Victoria", "Victoria", question="Where is the source?").correct


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("St Helena", "Saint Helena"),
        ("Saint Helena", "St. Helena"),
        ("Mount Everest", "Mt Everest"),
        ("Fort Sumter", "Ft. Sumter"),
        ("Baker Street", "Baker St"),
    ],
)
def test_short_forms_of_place_words_are_the_words(answer: str, typed: str) -> None:
    assert judge(answer, typed).outcome is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("colour", "color"),
        ("the harbour of Bahia", "the harbor of Bahia"),
        ("organisation", "organization"),
        ("centre", "center"),
        ("travelled", "traveled"),
        ("the Sea of Tranquillity", "the Sea of Tranquility"),
        ("grey", "gray"),
        ("catalogue", "catalog"),
        ("defence", "defense"),
        ("color", "colour"),
    ],
)
def test_british_and_american_spellings_are_one_word(answer: str, typed: str) -> None:
    verdict = judge(answer, typed)
    assert verdict.outcome is Outcome.EXACT, verdict
    assert "another spelling" in verdict.rule


def test_a_british_spelling_is_a_real_word_for_typos_too() -> None:
    # "colour" is known, so a real word near it is another word, not a slip.
    assert not judge("colour", "valour").correct
    assert judge("colour", "colur").outcome is Outcome.TYPO


def test_an_extra_word_in_the_place_of_another_accepted_answers_word() -> None:
    union = ("The Union of Industrialists in Germany", "the Union of Industrialists")
    assert judge(*union[:1], "the Union of Industrialists in Germany", *union[1:]).correct
    verdict = judge(union[0], "The Union of Industrialists in Hungary", union[1])
    assert not verdict.correct and verdict.rule == "'hungary' instead of 'germany'"
    assert judge("an aviation school", "an aviation school for pilots").correct


def test_per_after_the_answer_makes_a_rate_of_it() -> None:
    # "GDP per capita" is another measure than GDP; "for pilots" only says whose school.
    assert not judge("GDP", "GDP per capita").correct
    assert not judge("gross domestic product", "gross domestic product per person").correct


def test_a_bracketed_abbreviation_is_an_answer_and_may_be_left_out() -> None:
    assert judge("The German Communist party (KPD)", "the KPD").correct
    assert judge("The German Communist party (KPD)", "German Communist Party").correct
    assert judge("The German Communist party (KPD)", "Communist Party of Germany").correct


def test_numbers_written_any_way_inside_text() -> None:
    assert judge("50 million gold marks", "50,000,000 gold marks").correct
    assert judge("50 million gold marks", "fifty million gold marks").correct
    assert judge("17 June", "the seventeenth of June").correct
    assert judge("Henry VIII", "Henry the Eighth").correct
    assert not judge("Henry VIII", "Henry VII").correct


def test_cards_of_several_parts_take_them_in_any_order() -> None:
    parts = ("Lipetsk", "Kazan")
    assert judge("Lipetsk; Kazan", "Kazan, Lipetsk", parts=parts).correct
    assert judge("Lipetsk; Kazan", "Kazna and Lipetsk", parts=parts).outcome is Outcome.TYPO
    verdict = judge("Lipetsk; Kazan", "Kazan; Moscow", parts=parts)
    assert not verdict.correct and verdict.note == "1 of 2 parts right"


def test_well_known_abbreviations_that_are_not_initials() -> None:
    assert judge("Soviet Union", "the USSR").correct
    assert judge("United States", "the U.S.A.").correct
    assert judge("The United Kingdom", "UK").correct
    assert not judge("The Soviet Union", "us").correct


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Cs", "C"),  # the first letter of a symbol is another symbol
        ("Cl", "C"),
        ("Wb", "W"),
        ("LHR", "L"),
        ("Cs", "X"),  # sounds alike
        ("Cs", "ks"),
        ("Tb", "Tbb"),  # a letter doubled
        ("Hg", "Hgg"),
        ("LHR", "LRH"),  # a swap in a code: another code
        ("Ufa", "Fua"),  # a swap in a rare name
    ],
)
def test_an_answer_of_one_to_three_letters_is_typed_exactly(answer: str, typed: str) -> None:
    verdict = judge(answer, typed, question="What is its symbol?")
    assert not verdict.correct, verdict


def test_an_initial_stands_for_a_given_name_only() -> None:
    assert judge("Marie Curie", "M. Curie").correct
    assert not judge("Marie Curie", "Marie C.").correct
    assert not judge("Curie", "C").correct


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Na", "Na K", False),  # another symbol beside the answer
        ("Na", "K Na", False),
        ("Cs", "Cs or K", False),
        ("John Kennedy", "John F. Kennedy", True),  # a middle initial
        ("Curie", "P. Curie", True),
        ("8,849", "8849 m", True),  # a unit after a number
    ],
)
def test_a_letter_typed_beside_the_answer(answer: str, typed: str, right: bool) -> None:
    assert judge(answer, typed, question="What is it?").correct is right


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Pacific Ocean", "the Pacific"),
        ("Baikonur Cosmodrome", "Baikonur"),
        ("Sahara Desert", "the Sahara"),
        ("Caspian Sea", "Caspian"),
        ("Kalahari Desert", "the Kalahari"),
        ("Mississippi River", "the Mississippi"),
        ("Andes Mountains", "the Andes"),
        ("Galapagos Islands", "the Galapagos"),
        ("Cape Verde Islands", "Cape Verde"),  # the name opens with its own kind
        ("Cape Breton Island", "Cape Breton"),
    ],
)
def test_a_generic_head_noun_after_a_distinctive_name_may_be_left_out(
    answer: str, typed: str
) -> None:
    cloze = "Ships crossed the [...] in the end."
    for question in ("Where did they sail?", cloze):
        verdict = judge(answer, typed, question=question)
        assert verdict.correct, verdict
        assert "left out: the name says what it is" in verdict.rule


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Red Sea", "the Red"),  # a common word: the name needs its noun
        ("Dead Sea", "Dead"),
        ("Black Forest", "Black"),
        ("Indian Ocean", "the Indian"),
        ("Great Lakes", "the Great"),
        ("Pacific Ocean", "the Pacific Sea"),  # another kind typed in its place
        ("Sahara Desert", "the Sahara Sea"),
        ("the Pacific Ocean floor", "the Pacific floor"),  # not the name's last word
        ("Amazon Basin", "the Amazon"),  # the river
        ("Rhine Valley", "the Rhine"),
        ("Cape Verde Islands", "Cape Verde Sea"),
        ("Cape Verde Islands", "Verde"),  # the name's own word left out
    ],
)
def test_a_head_noun_stays_when_the_name_does_not_stand_alone(answer: str, typed: str) -> None:
    verdict = judge(answer, typed, question="Where did it happen?")
    assert not verdict.correct, verdict


def test_a_decimal_is_one_number_in_a_text_answer() -> None:
    answer = "an earthquake of magnitude 5.1"
    assert judge(answer, "a magnitude 5.1 earthquake").correct
    assert judge(answer, "a magnitude 5,1 earthquake").correct
    swapped = judge(answer, "a magnitude 1.5 earthquake")
    assert not swapped.correct
    assert swapped.rule == "numbers differ: 1.5 typed, 5.1 expected"
    assert judge(answer, "a landslide").rule == "numbers differ: no number typed, 5.1 expected"
    # Two numbers on one side, the decimal on the other: a time written either way.
    assert judge("at 10.30 pm", "10:30 pm").correct
    assert judge("at 10:30 pm", "at 10.30 pm").correct


def test_a_phrase_saying_when_or_where_may_follow_the_answer() -> None:
    question = "Where was the new line first seen?"
    assert judge("sunlight", "in sunlight during an eclipse", question=question).correct
    assert judge("Lipetsk", "Lipetsk near Voronezh", question=question).correct
    assert not judge("Lipetsk", "near Lipetsk", question=question).correct
    assert not judge("Lipetsk", "Lipetsk after Kazan", question=question).correct


def test_a_surname_given_as_an_alternative_takes_its_typos_and_spellings() -> None:
    # Deck-wide surname alternatives come from generate/accepted.py; grading must
    # treat them as leniently as the answer itself.
    name, surname = "Ottokar Vlasák", "Vlasák"
    assert judge(name, "Vlasak", surname).outcome is Outcome.EXACT
    assert judge(name, "Vlasck", surname).outcome is Outcome.TYPO
    assert judge(name, "Professor Vlasak", surname).correct
    assert not judge(name, "Vlas", surname).correct
    assert not judge(name, "Vlasak").correct


def test_a_surname_after_a_given_name_may_slip_into_a_common_word() -> None:
    assert judge("Arthur Holmes", "Arthur Homes").outcome is Outcome.TYPO
    assert judge("William Pitt", "William Pit").outcome is Outcome.TYPO
    assert not judge("Claude Monet", "Claude Manet").correct
    assert not judge("Holmes", "Homes").correct


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Chatham Island", "Charles Island"),
        ("Chatham Island", "Chalk Island"),
        ("The Treaty of Rapallo", "the Treaty of Locarno"),
        ("the Pacific Ocean", "the Atlantic Ocean"),
        ("the Dawes Plan", "the Young Plan"),
        # A surname that is a common word is a name all the same.
        ("Jean-Baptiste Carrier", "Jean-Baptiste Drouet"),
        ("Josephine Baker", "Josephine Hopkins"),
        ("William Clinton", "Hillary Clinton"),  # another given name: another person
    ],
)
def test_another_name_in_the_place_of_the_answers_is_wrong_not_close(
    answer: str, typed: str
) -> None:
    # The rest of the answer is only what the two names share.
    assert judge(answer, typed).outcome is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Gustav Stresemann", "Gustav Strassmen"),  # a poor spelling of the name
        ("Gustav Stresemann", "Gustav Strosmun"),
        ("Germany's agreement with the Soviets", "Germany's treaty with the Soviets"),
        ("Hyperinflation", "Inflation"),  # near in letters
        ("Ufa", "Uta"),  # one letter of a short name that is no acronym
    ],
)
def test_a_near_miss_of_a_name_or_another_word_stays_close(answer: str, typed: str) -> None:
    assert judge(answer, typed).outcome is Outcome.CLOSE


def test_an_acronym_with_its_letters_swapped_is_close_and_another_letter_wrong() -> None:
    # Two letters swapped are one edit, as a typo counts them, with or without "the".
    assert judge("KPD", "the KDP", "the KPD").outcome is Outcome.CLOSE
    assert judge("KPD", "KDP", "the KPD").outcome is Outcome.CLOSE
    assert judge("KPD", "the SPD", "the KPD").outcome is Outcome.WRONG


@pytest.mark.parametrize("answer", ["an aviation school", "the aviation school", "aviation school"])
def test_a_leading_article_leaves_how_near_an_answer_is_unchanged(answer: str) -> None:
    verdicts = [
        judge(answer, typed) for typed in ("a tank school", "the tank school", "tank school")
    ]
    assert len({(v.outcome, v.similarity) for v in verdicts}) == 1, verdicts
    assert not verdicts[0].correct


def test_one_article_for_another_inside_an_answer_leaves_how_near_it_is_unchanged() -> None:
    typed = ("in a tank school", "in the tank school", "in an tank school")
    verdicts = [judge("in the flying school", each) for each in typed]
    assert len({(v.outcome, v.similarity) for v in verdicts}) == 1, verdicts
    # An article still pads a phrase as a preposition does: "top" for "highest" is close.
    assert judge("at the highest level", "at a top level").outcome is Outcome.CLOSE


def test_an_answer_to_why_may_open_with_because_or_not() -> None:
    answer, short = "Because it forms water when it burns", "it forms water"
    assert judge(answer, "because it forms water", short).outcome is Outcome.EXACT
    assert judge(answer, "it forms water when it burns").outcome is Outcome.EXACT
    assert not judge(answer, "because it burns", short).correct


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Lipetsk", "Lipetsk, Russia", True),  # where the place lies
        ("Berlin", "Berlin, Germany", True),
        ("Springfield", "Springfield, Illinois", True),
        ("Lipetsk", "Lipetsk, the Soviet Union", True),
        ("Lipetsk", "Lipetsk Russia", False),  # no comma: another thing, as "carbon dioxide"
        ("Roast", "roast turkey", False),
        ("Germany", "Germany, France", False),  # an answer that is a region: two answers
    ],
)
def test_a_region_after_a_comma_says_where_the_answer_lies(
    answer: str, typed: str, right: bool
) -> None:
    verdict = judge(answer, typed, question="Where was the school?")
    assert verdict.correct is right, verdict


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Lenin", "Vladimir Ilyich Lenin", True),  # a patronymic after a given name
        ("Marie Curie", "Marie Sklodowska Curie", True),  # a maiden name
        ("Marie Curie", "Marie Skłodowska-Curie", True),
        ("Warren", "John Smith Warren", False),  # a known surname: another person
        ("John Warren", "John Smith Warren", False),
        ("Soviet Union", "Soviet Socailist Union", False),  # after no given name
    ],
)
def test_an_obscure_second_name_after_a_given_name(answer: str, typed: str, right: bool) -> None:
    assert judge(answer, typed, question="Who was it?").correct is right


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("at the highest level", "at the lowest level"),
        ("the North Sea", "the South Sea"),
        ("higher wages", "lower wages"),
        ("lower wages", "higher wages"),  # "lower" has two opposites: "higher", "upper"
        ("the lower house", "the upper house"),
        ("It rose", "it fell"),
    ],
)
def test_the_opposite_of_a_word_of_the_answer_is_wrong_not_close(answer: str, typed: str) -> None:
    verdict = judge(answer, typed, question="What was it?")
    assert verdict.outcome is Outcome.WRONG
    assert "is the opposite of" in verdict.rule
    # Another word that is no opposite stays close.
    assert judge("at the highest level", "at the top level").outcome is Outcome.CLOSE


@pytest.mark.parametrize(
    ("expected", "typed", "question", "accepted"),
    [
        ("the inferior vena cava", "IVC", "", True),
        ("the left ventricle", "RV", "", False),
        ("World War II", "World War III", "", False),
        # A ruler's number after a name the question does not say is no repeat of its count.
        ("Napoleon Bonaparte", "Napoleon III", "Who received the Third Symphony?", False),
        ("Napoleon Bonaparte", "Napoleon Bonaparte III", "Who received the Third?", False),
        ("Lord North", "George III's minister Lord North", "Who was George III's minister?", True),
    ],
)
def test_initials_and_rulers_numbers(
    expected: str, typed: str, question: str, accepted: bool
) -> None:
    verdict = judge(expected, typed, question=question)
    assert verdict.correct is accepted, verdict.rule
