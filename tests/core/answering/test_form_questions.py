"""A question that asks for one form of a word takes no other form of it, nor a slip in a
foreign form; other questions keep their tolerance."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.form_questions import (
    asked_person_pronouns,
    asks_for_a_form,
    in_the_asked_form,
    written_in_another_language,
)
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.word_match import Kind, WordMatch
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def outcome(question: str, answer: str, typed: str) -> Outcome:
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=POLICY, question=question).outcome


@pytest.mark.parametrize(
    "prompt",
    [
        "What is the plural of cactus?",
        "Give the feminine form of 'acteur'.",
        "What is the past tense of 'run'?",
        "Write the past participle of write.",
        "Conjugate 'parler' for nous.",
        "Give the first person plural (nous) form of 'être' in the present tense.",
        "Give the nous form of 'finir'.",
        "What is the comparative of good?",
        "What is the genitive singular form of 'Haus'?",
        "How do you say 'to speak' in French?",
        "How do you say 'the apple' in French (with its article)?",
        "What is the German for 'the girl'?",
        "Which Spanish word means 'the year'?",
        "Which word means 'the year' in Spanish?",
        "Je suis étudiant et tu [...] professeur. Nous avons deux chats.",
        "Das Mädchen [...] im Garten mit dem Hund.",
        "El niño [...] una manzana en la cocina.",
        "Translate into German: I am tired.",
        "Translate 'the cat' to French.",
        "Put into the passé composé: elle va.",
        "  Put into the plural: le cheval",
        "Make negative: Je mange.",
        "Make the sentence negative: Je mange.",
        "Rewrite it in the plural: the cat sleeps.",
        "Exercise 3. Turn it into a question: Tu viens.",
        # A phrase of a language, however asked: its words keep their order.
        "Which Latin motto on the US seal means 'out of many, one'?",
        "Which Latin phrase did Caesar write after Zela?",
        "What French expression means 'I don't know what'?",
    ],
)
def test_questions_that_ask_for_a_form(prompt: str) -> None:
    assert asks_for_a_form(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Who was the first person to fly alone across the Atlantic?",
        "What form of government did the Weimar constitution set up?",
        "Why were relations tense between Berlin and Moscow in 1930?",
        "What did the Reichstag pass in the form of an enabling act?",
        "Which comparative study of fascism did Moore cite?",
        "Who was the second person to walk on the Moon?",
        "Which army fought in French Indochina?",
        "What did the German army call the plan?",
        "Why did the French occupy the Ruhr?",
        "The French say je ne sais pas when they do not know the [...] of a thing.",
        "Charles de Gaulle led the Free French from London in [...].",
        "Mitochondria synthesise ATP by oxidative [...].",
        # Changing one thing into another, asked, not ordered as an exercise.
        "How did the Nazis turn the Reichstag into a rubber stamp?",
        "What did the army put into the field in 1940?",
        "Who made the treaty?",
        "Which troops moved into French Indochina?",
        "Which book was translated into French in 1920?",
        "Which novel did Beckett write in French?",
        "Which of Beckett's plays did he write in French?",
        "Who read the proclamation in German?",
    ],
)
def test_questions_that_do_not(prompt: str) -> None:
    assert not asks_for_a_form(prompt)


@pytest.mark.parametrize(
    ("question", "answer", "typed", "expected"),
    [
        # Another form gives the question back, or is the mistake the card checks.
        ("What is the plural of cactus?", "cacti", "cactus", Outcome.WRONG),
        ("What is the singular of phenomena?", "phenomenon", "phenomenons", Outcome.CLOSE),
        ("Give the tu form of 'être' in the present tense.", "es", "est", Outcome.CLOSE),
        # Another form, more than a slip from the one asked, is another answer: each
        # was close.
        ("What is the nosotros form of 'hablar'?", "hablamos", "hablan", Outcome.WRONG),
        ("What is the first person plural of 'amare'?", "amamus", "amatis", Outcome.WRONG),
        ("What is the nous form of 'être'?", "nous sommes", "nous êtes", Outcome.WRONG),
        ("What is the nous form of 'être'?", "nous sommes", "nous somme", Outcome.CLOSE),
        (
            "Give the nous form of 'parler' in the present tense.",
            "parlons",
            "parlont",
            Outcome.CLOSE,
        ),
        (
            "Give the nous form of 'parler' in the present tense.",
            "parlons",
            "parlon",
            Outcome.CLOSE,
        ),
        ("Give the first person plural form of 'être'.", "sommes", "somme", Outcome.CLOSE),
        # A doubled letter is a form of its own in French (appelle, appelons).
        ("Give the nous form of 'appeler'.", "appelons", "appellons", Outcome.CLOSE),
        # The form itself, with its pronoun, in any case or without accents, is right.
        ("Give the vous form of 'être'.", "êtes", "vous etes", Outcome.EXACT),
        ("Give the nous form of 'parler'.", "parlons", "PARLONS", Outcome.EXACT),
        # A word asked for in another language: each of its forms is a word of its own.
        ("How do you say 'to speak' in French?", "parler", "parlez", Outcome.CLOSE),
        ("How do you say 'to speak' in French?", "parler", "parle", Outcome.CLOSE),
        ("How do you say 'to speak' in French?", "parler", "Parler", Outcome.EXACT),
        # A blank in a sentence of another language is a word of that language.
        ("Nous [...] deux chats et un chien.", "avons", "avon", Outcome.CLOSE),
        ("Je [...] étudiant et tu es professeur.", "suis", "suiss", Outcome.CLOSE),
        # The article gives the gender, and the word its own letters.
        ("How do you say 'the apple' in French?", "la pomme", "la pome", Outcome.CLOSE),
        # A slip in an English form the word list knows is still a typo.
        ("What is the singular of phenomena?", "phenomenon", "phenomenom", Outcome.TYPO),
        ("What is the plural of criterion?", "criteria", "critera", Outcome.TYPO),
    ],
)
def test_form_questions_are_graded_on_the_form(
    question: str, answer: str, typed: str, expected: Outcome
) -> None:
    assert outcome(question, answer, typed) is expected


@pytest.mark.parametrize(
    ("question", "answer", "typed", "expected"),
    [
        # Without a form asked for, other forms and slips keep their tolerance.
        ("Which fruit did the farmer sell?", "apples", "apple", Outcome.TYPO),
        (
            "Who was the first person to fly alone across the Atlantic?",
            "Charles Lindbergh",
            "Charles Lindberg",
            Outcome.TYPO,
        ),
    ],
)
def test_other_questions_keep_their_tolerance(
    question: str, answer: str, typed: str, expected: Outcome
) -> None:
    assert outcome(question, answer, typed) is expected


@given(st.sampled_from(list(Kind)), st.sampled_from(["parlons", "criteria", "cacti"]))
def test_only_the_same_word_or_a_spelling_of_it_is_always_in_the_asked_form(
    kind: Kind, expected: str
) -> None:
    held = in_the_asked_form(expected, WordMatch(kind))
    if kind in (Kind.SAME, Kind.REGIONAL, Kind.INITIAL):
        assert held
    if kind is Kind.FORM:
        assert not held


def test_an_option_typed_with_a_slip_still_picks_it() -> None:
    # Typing an option picks it: the form rule is for written answers.
    answer = Answer(AnswerType.CHOICE, "", key=(0,))
    verdict = grade(
        answer,
        "la pome",
        choices=("la pomme", "la viande", "le pain"),
        policy=POLICY,
        question="Which French word means 'the apple'?",
    )
    assert verdict.outcome is Outcome.TYPO


@pytest.mark.parametrize(
    ("question", "answer", "typed", "expected"),
    [
        ("Translate into German: I am tired.", "Ich bin müde", "Ich müde bin", Outcome.WRONG),
        ("What is the German for 'I am tired'?", "Ich bin müde", "ich bin müde", Outcome.EXACT),
        ("Put into the passé composé: elle va.", "elle est allée", "elle a allé", Outcome.CLOSE),
        ("Put into the passé composé: elle va.", "elle est allée", "elle est allee", Outcome.EXACT),
        # Elsewhere a name's words may come in any order.
        ("Who led the Bolsheviks?", "Vladimir Lenin", "Lenin Vladimir", Outcome.EXACT),
    ],
)
def test_a_sentence_in_the_asked_form_keeps_its_words_and_their_order(
    question: str, answer: str, typed: str, expected: Outcome
) -> None:
    assert outcome(question, answer, typed) is expected


@pytest.mark.parametrize(
    ("question", "answer", "typed", "expected"),
    [
        # An accent typed is a letter chosen: another, or one the answer lacks, is close.
        ("What is 'to sin' in French?", "pécher", "pêcher", Outcome.CLOSE),
        ("What is 'or' in French?", "ou", "où", Outcome.CLOSE),
        ("What is the German for 'the mother'?", "die Mutter", "die Mütter", Outcome.CLOSE),
        # One left out may be the keyboard's.
        ("What is 'where' in French?", "où", "ou", Outcome.EXACT),
        ("What is 'to sin' in French?", "pécher", "pecher", Outcome.EXACT),
        # Elsewhere accents never matter.
        ("Who was chancellor in 1930?", "Brüning", "Brûning", Outcome.EXACT),
    ],
)
def test_an_accent_typed_in_the_asked_form_is_a_letter_chosen(
    question: str, answer: str, typed: str, expected: Outcome
) -> None:
    assert outcome(question, answer, typed) is expected


@given(st.sampled_from(["pécher", "où", "la forêt", "die Mütter", "él", "être"]), st.data())
def test_accents_left_out_of_the_asked_form_never_matter(answer: str, data: st.DataObject) -> None:
    """Any accents of the answer left out, the verdict is the answer's own."""
    decomposed = unicodedata.normalize("NFD", answer)
    kept = [
        char
        for char in decomposed
        if not unicodedata.combining(char) or data.draw(st.booleans(), label=f"keep {char!r}")
    ]
    typed = unicodedata.normalize("NFC", "".join(kept))
    assert outcome("How do you say it in French?", answer, typed) is Outcome.EXACT


@pytest.mark.parametrize(
    ("prompt", "foreign"),
    [
        # A short sentence: no English function word, and two foreign ones or one beside
        # a word in small letters with an accent.
        ("Ich [...] müde.", True),
        ("Je [...] fatigué.", True),
        ("Das ist [...].", True),
        ("Nous [...] deux chats.", True),
        ("El niño [...].", True),
        # English with a foreign name in it.
        ("[...] wrote Les Misérables.", False),
        ("Le Corbusier designed [...].", False),
        ("Dürer painted [...].", False),
        ("La Paz lies in [...].", False),
        ("[...] is the capital of Perú.", False),
    ],
)
def test_a_short_sentence_in_another_language_is_told(prompt: str, foreign: bool) -> None:
    assert written_in_another_language(prompt) is foreign


_PERSON_CASES = [
    ("What is the first person singular present of 'tener'?", "tengo", "yo tengo", "tú tengo"),
    ("Give the third person plural of 'être'.", "sont", "elles sont", "nous sont"),
    ("What is the 1st pl. of 'haben'?", "haben", "wir haben", "ich haben"),
    ("What is the first-person singular of 'to be'?", "am", "I am", "you am"),
    ("Conjugate 'avoir' in the present for 'nous'.", "avons", "nous avons", "vous avons"),
    ("Conjugate 'être' in the present for 'ils'.", "sont", "ils sont", "il sont"),
    # Latin and Portuguese.
    ("What is the first person singular present of 'amare'?", "amo", "ego amo", "tu amo"),
    ("What is the 1st pl. of 'falar'?", "falamos", "nós falamos", "eu falamos"),
    ("What is the second person plural of 'esse'?", "estis", "vos estis", "ego estis"),
]


@pytest.mark.parametrize(("question", "expected", "with_its_pronoun", "another"), _PERSON_CASES)
def test_the_subject_pronoun_of_the_asked_person_may_come_with_the_form(
    question: str, expected: str, with_its_pronoun: str, another: str
) -> None:
    answer = Answer(AnswerType.TEXT, expected)
    assert grade(answer, with_its_pronoun, policy=Policy(), question=question).outcome is (
        Outcome.EXACT
    )
    verdict = grade(answer, another, policy=Policy(), question=question)
    assert verdict.outcome is Outcome.WRONG
    assert "another person" in verdict.rule


def test_no_person_is_asked_without_one_named() -> None:
    assert asked_person_pronouns("What do you call a baby cat?") == frozenset()
    assert asked_person_pronouns("Who was the third person to walk on the Moon?") == frozenset()
    # Two persons named: none is the one asked.
    assert asked_person_pronouns("Conjugate 'être' for 'je' and 'nous'.") == frozenset()
    assert "yo" in asked_person_pronouns("Give the 1st sg. of 'ser'.")


@pytest.mark.parametrize(
    ("question", "expected", "typed"),
    [
        # Words English calls function words carry an answer of another language.
        ("Translate into German: I call (someone) up.", "ich rufe an", "ich rufe"),
        ("Translate into German: I call (someone) up.", "ich rufe an", "ich rufe auf"),
        ("Translate into German: What is that?", "Was ist das?", "ist das"),
        ("Translate into German: What is that?", "Was ist das?", "wer ist das"),
        # A form English knows as a word of its own ("Sind") is still no slip.
        ("What is the first person plural of 'sein'?", "wir sind", "wir sinf"),
        ("What is the first person plural of 'sein'?", "wir sind", "wir sint"),
    ],
)
def test_every_word_of_an_answer_in_another_language_counts(
    question: str, expected: str, typed: str
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, expected), typed, policy=Policy(), question=question)
    assert not verdict.correct, (typed, verdict.rule)


def test_an_answer_in_another_language_is_still_right_as_written() -> None:
    question = "Translate into German: What is that?"
    for typed in ("was ist das", "Was ist das"):
        verdict = grade(
            Answer(AnswerType.TEXT, "Was ist das?"), typed, policy=Policy(), question=question
        )
        assert verdict.outcome is Outcome.EXACT
    # An English form keeps its slips.
    phenomena = Answer(AnswerType.TEXT, "phenomena")
    verdict = grade(
        phenomena, "phenomana", policy=Policy(), question="What is the plural of phenomenon?"
    )
    assert verdict.outcome is Outcome.TYPO


def test_a_word_inside_an_answer_of_another_language_is_a_detail() -> None:
    question = "Translate into German: I call (someone) up."
    answer = Answer(AnswerType.TEXT, "ich rufe an")
    assert grade(answer, "ich rufe jemanden an", policy=Policy(), question=question).correct


def test_asked_what_a_word_means_the_answer_is_english_and_keeps_its_slips() -> None:
    for question in (
        "What does the German verb 'bekommen' mean?",
        "Translate into English: bekommen",
    ):
        answer = Answer(AnswerType.TEXT, "to receive")
        assert grade(answer, "to recieve", policy=Policy(), question=question).outcome is (
            Outcome.TYPO
        )


@pytest.mark.parametrize(
    ("question", "answer", "typed"),
    [
        ("Which Latin motto means 'out of many, one'?", "e pluribus unum", "e unum pluribus"),
        ("Which Spanish expression means 'more or less'?", "más o menos", "menos o más"),
    ],
)
def test_a_phrase_of_a_language_out_of_order_is_not_right(
    question: str, answer: str, typed: str
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question)
    assert not verdict.correct


@pytest.mark.parametrize(
    ("expected", "typed", "question", "outcome"),
    [
        # Was a slip: the other number of the noun translated is another answer.
        ("the house", "the houses", "What does 'la maison' mean?", Outcome.CLOSE),
        ("the library", "the libraries", "What does 'la biblioteca' mean?", Outcome.CLOSE),
        ("war", "wars", "What does 'bellum' mean?", Outcome.CLOSE),
        # A verb's "-s" is no plural, before its object or after its subject.
        ("thank you", "thanks", "What does 'danke' mean?", Outcome.TYPO),
        ("it is raining", "it rains", "What does 'il pleut' mean?", Outcome.TYPO),
        # Outside a translation, a plural is a slip as before.
        ("the house", "the houses", "Where did they live?", Outcome.TYPO),
    ],
)
def test_a_translation_asks_for_the_nouns_number(
    expected: str, typed: str, question: str, outcome: Outcome
) -> None:
    assert graded(expected, typed, question) is outcome
