"""A swap or option for a person asked for as a woman or a man is a person of that sex first."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind
from trainer.core.generate.name_styles import OTHER_SEX, SEX_UNSAID, UNLIKE_NAMES, unlikeness
from trainer.core.generate.person_words import written_as_person
from trainer.core.model import CardKind
from trainer.core.name_sexes import Sex, sex_of

NOVELS = (
    ("Bertha Mason", "the wife kept locked in the attic", "Jane Eyre"),
    ("Miss Havisham", "the jilted bride who adopts Estella", "Great Expectations"),
    ("Abel Magwitch", "Pip's secret benefactor", "Great Expectations"),
    ("Fagin", "the leader of a gang of child pickpockets", "Oliver Twist"),
    ("Madame Defarge", "the wine-shop keeper's wife who knits", "A Tale of Two Cities"),
    ("Nelly Dean", "the housekeeper who tells the story", "Wuthering Heights"),
    ("Ursula Brangwen", "the teacher who leaves Beldover", "Women in Love"),
    ("Tom Tulliver", "the miller's son", "The Mill on the Floss"),
    ("Heathcliff", "the foundling who marries Isabella", "Wuthering Heights"),
    ("Lady Dedlock", "the mother who hides her past", "Bleak House"),
    ("Gabriel Oak", "the shepherd who marries Bathsheba", "Far from the Madding Crowd"),
)


def _novels(make: type[Make]) -> Deck:
    excerpts = tuple(
        make.excerpt(
            f"e{i}",
            f"In {book}, {who} is {role}.",
            facts=(make.fact(f"f{i}", who=who, role=role, book=book, line=20 + 2 * i),),
            line=19 + 2 * i,
        )
        for i, (who, role, book) in enumerate(NOVELS)
    )
    templates = (
        make.template(
            "tf", kind=TemplateKind.TRUE_FALSE, statement="In {book}, {who} is {role}.", swap="who"
        ),
        make.template(
            "who", kind=TemplateKind.CHOICE, prompt="Who is {role} in {book}?", answer="who"
        ),
    )
    return make.deck(*excerpts, templates=templates)


WOMEN_ASKED = {"Bertha Mason", "Miss Havisham", "Madame Defarge", "Nelly Dean", "Lady Dedlock"}


def test_a_woman_asked_for_is_swapped_and_offered_women(make: type[Make]) -> None:
    cards = make.cards(_novels(make))
    women = {who for who, _, _ in NOVELS if sex_of(who) is Sex.FEMALE}
    checked = 0
    for card in cards:
        if card.kind is CardKind.TRUE_FALSE:
            truth = card.explanation or card.prompt
            if any(f" {who} is" in truth for who in WOMEN_ASKED) and card.explanation:
                swapped = card.prompt.split(", ", 1)[1].split(" is ", 1)[0]
                assert swapped in women, card.prompt
                checked += 1
        elif card.kind is CardKind.CHOICE and card.choices[card.answer.key[0]] in WOMEN_ASKED:
            wrong = set(card.choices) - {card.choices[card.answer.key[0]]}
            assert wrong <= women, card
            checked += 1
    assert checked >= len(WOMEN_ASKED)


@pytest.mark.parametrize(
    ("answer", "value", "asked", "rank"),
    [
        ("Miss Havisham", "Fagin", Sex.FEMALE, SEX_UNSAID),  # a lone name says no sex
        ("Bertha Mason", "Abel Magwitch", Sex.FEMALE, SEX_UNSAID),  # nor a rare given name
        ("Bertha Mason", "Bill Sikes", Sex.FEMALE, OTHER_SEX),
        ("Bertha Mason", "Helen Burns", Sex.FEMALE, 0),
        ("Miss Havisham", "Madame Defarge", Sex.FEMALE, 0),
        ("Sydney Carton", "Abel Magwitch", None, 0),  # nothing asked: nothing to prefer
        ("Alan Shepard", "Laika", None, UNLIKE_NAMES),
    ],
)
def test_a_name_saying_no_sex_comes_after_one_of_the_sex_asked(
    answer: str, value: str, asked: Sex | None, rank: int
) -> None:
    assert unlikeness(answer, value, asked) == rank


@pytest.mark.parametrize(
    ("name", "text", "person"),
    [
        ("Jaggers", "The lawyer Jaggers handles the money.", True),
        ("Jaggers", "Pip visits Mr Jaggers in London.", True),
        ("Wemmick", "His clerk Wemmick lives in a castle.", True),
        ("Gradgrind", "The headmaster Gradgrind wants facts.", True),
        ("Laika", "The dog Laika flew in Sputnik 2.", False),
        ("Marengo", "Napoleon rode the horse Marengo.", False),
        ("Ham", "Ham flew first.", False),
    ],
)
def test_a_lone_name_written_after_a_role_or_title_is_a_persons(
    name: str, text: str, person: bool
) -> None:
    assert written_as_person(name, text) is person
    full = "Abel Magwitch"
    assert (unlikeness(full, name, None, text) != UNLIKE_NAMES) is person
