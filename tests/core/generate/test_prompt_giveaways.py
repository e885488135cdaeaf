"""A warning when a question names its own answer: a rare word of it, or another form."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.generate.prompt_giveaways import word_given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "word"),
    [
        (
            "Who is the man Tess kills in Tess of the d'Urbervilles?",
            "Alec d'Urberville",
            "d'Urberville",
        ),
        (
            "In which novel does Alec d'Urberville appear?",
            "Tess of the d'Urbervilles",
            "d'Urbervilles",
        ),
        ("Where did Edgar Zetkin serve as ambassador in Moscow?", "Moscow", "Moscow"),
        ("Which firm did Franz Krupp commission?", "the Krupp works", "Krupp"),
        ("Who painted the Zürich altarpiece?", "the Master of ZÜRICH", "ZÜRICH"),
    ],
)
def test_a_rare_word_of_the_answer_in_the_prompt_gives_it_away(
    prompt: str, answer: str, word: str
) -> None:
    assert word_given_away(prompt, answer) == word


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        # The kind asked for, a common word, is repeated by the answer: nothing given.
        ("Which chapel's ceiling did Michelangelo paint?", "The Sistine Chapel"),
        ("Which bay did the Endeavour anchor in?", "Matavai Bay"),
        ("Which survey was the Beagle sent to complete?", "The survey of Patagonia"),
        ("In what year was the Krupp works founded?", "1811"),
        ("Who was the first American in space?", "Alan Shepard"),
        # Letters in common, but not a word of the answer.
        ("Who followed Mosca as tutor?", "Moscow"),
        # An answer that describes: the name it shares is what the question is about.
        ("What did Falkenhayn mean to do to France at Verdun?", "bleed France white"),
        ("What did Article 231 say of Germany?", "it blamed Germany for the war"),
        ("What event does Guernica show?", "the bombing of Guernica"),
    ],
)
def test_no_rare_word_of_the_answer_in_the_prompt_gives_nothing_away(
    prompt: str, answer: str
) -> None:
    assert word_given_away(prompt, answer) is None


def test_a_template_and_a_question_naming_their_answers_warn_the_author(
    make: type[Make],
) -> None:
    novel = make.fact("tess", novel="Tess of the d'Urbervilles", character="Alec d'Urberville")
    template = make.template("who-in", prompt="Who is the villain of {novel}?", answer="character")
    question = make.question("Where did Zetkin serve in Moscow?", "Moscow", line=12)
    deck = make.deck(
        make.excerpt(
            "e1", make.naming("Alec d'Urberville", "Moscow"), facts=(novel,), questions=(question,)
        ),
        templates=(template,),
    )
    assert [str(d) for d in make.warnings(deck)] == [
        "deck.yaml:12:7: warning: question 'q1': its prompt 'Where did Zetkin serve in "
        "Moscow?' names 'Moscow' of its answer 'Moscow', giving it away",
        "deck.yaml:20:9: warning: template 'who-in' for fact 'tess': its prompt 'Who is "
        "the villain of Tess of the d'Urbervilles?' names 'd'Urberville' of its answer "
        "'Alec d'Urberville', giving it away",
    ]


def test_a_statement_naming_its_true_value_elsewhere_warns_the_author(
    make: type[Make],
) -> None:
    facts = tuple(
        make.fact(f"f{i}", event=event, place=place, line=20 + i)
        for i, (event, place) in enumerate(
            [
                ("the flight to Varennes", "Varennes"),
                ("the storming of the Bastille", "Paris"),
                ("the meeting of the Estates-General", "Versailles"),
            ]
        )
    )
    template = make.template(
        "tf", kind=TemplateKind.TRUE_FALSE, statement="{event} took place in {place}.", swap="place"
    )
    deck = make.deck(make.excerpt("e1", facts=facts), templates=(template,))
    assert [d.message for d in make.warnings(deck)] == [
        "template 'tf' for fact 'f0': its statement names 'Varennes' of its true 'place' "
        "'Varennes' elsewhere, giving the answer away"
    ]
