"""Drawn options name no one the prompt names (by name, surname or alias), and are near in time."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import Excerpt, Question, Template, TemplateKind
from trainer.core.generate.context import DeckIndex
from trainer.core.generate.name_endings import name_endings
from trainer.core.generate.option_rules import OptionRules
from trainer.core.model import CardKind

PEOPLE = (
    "Joseph Lister",
    "Louis Pasteur",
    "Robert Koch",
    "John Snow",
    "Ignaz Semmelweis",
    "Charles Darwin",
    "Gregor Mendel",
)


def _people_excerpt(
    make: type[Make], *questions: Question, people: tuple[str, ...] = PEOPLE
) -> Excerpt:
    facts = tuple(
        make.fact(f"p{i}", who=name, did=f"did thing {i}", tags=("germs",), line=20 + i)
        for i, name in enumerate(people)
    )
    return make.excerpt("people", questions=questions, facts=facts)


def test_a_person_named_by_surname_in_the_prompt_is_no_option(make: type[Make]) -> None:
    plain = make.question(
        "Whose work on germs led Lister to antiseptic surgery?", "Louis Pasteur", draw="who"
    )
    filtered = make.question(
        "Whose germ theory did Lister's carbolic spray answer?",
        "Louis Pasteur",
        slot="q2",
        draw="who",
        draw_tags=("germs",),
    )
    cards = make.cards(make.deck(_people_excerpt(make, plain, filtered)))
    for card in cards:
        assert "Joseph Lister" not in card.choices
        assert len(card.choices) == 4


def test_an_alias_named_in_the_prompt_names_its_group(make: type[Make]) -> None:
    people = (*PEOPLE, "Wilhelm Röntgen")
    question = make.question(
        "Who first used the spray that Roentgen admired?",
        "Joseph Lister",
        draw="who",
        choices=len(people) - 1,
    )
    excerpt = _people_excerpt(make, question, people=people)
    deck = make.deck(excerpt, aliases={"Wilhelm Röntgen": ("Roentgen",)})
    (card,) = [card for card in make.cards(deck) if card.choices]
    assert "Wilhelm Röntgen" not in card.choices


def test_a_template_offers_no_person_its_prompt_names_by_surname(make: type[Make]) -> None:
    # Rivals of their own: were every fact's Pasteur, each person would answer every card.
    rivals = ("Pasteur", "Virchow", "Liebig")
    facts = tuple(
        make.fact(f"p{i}", who=name, rival=rivals[i % len(rivals)], line=20 + i)
        for i, name in enumerate(PEOPLE)
    )
    template = Template(
        id="rival-of",
        kind=TemplateKind.CHOICE,
        location=make.loc(3, 5),
        prompt="Who worked in the shadow of {rival}?",
        answer="who",
    )
    excerpt = make.excerpt("people", facts=facts)
    cards = make.cards(make.deck(excerpt, templates=(template,)))
    naming = [card for card in cards if card.kind is CardKind.CHOICE and "Pasteur" in card.prompt]
    assert len(naming) == 3
    for card in naming:
        assert "Louis Pasteur" not in card.choices


def test_a_title_after_the_names_is_no_surname_the_prompt_names(make: type[Make]) -> None:
    khans = ("Genghis Khan", "Ogedei Khan", "Guyuk Khan", "Mongke Khan", "Kublai Khan")
    ordinals = ("first", "second", "third", "fourth", "fifth")
    facts = tuple(
        make.fact(f"k{i}", khan=khan, ordinal=ordinals[i], line=20 + i)
        for i, khan in enumerate(khans)
    )
    asked = "Who was the {ordinal} Great Khan?"
    template = make.template("khan", kind=TemplateKind.CHOICE, prompt=asked, answer="khan")
    cards = make.cards(make.deck(make.excerpt("khans", facts=facts), templates=(template,)))
    choices = [card.choices for card in cards if card.kind is CardKind.CHOICE]
    assert len(choices) == len(khans)
    assert all(len(offered) == 4 and set(offered) <= set(khans) for offered in choices)


def test_only_people_are_refused_by_surname() -> None:
    rules = OptionRules.of("Robert Koch", (), "Which college in London did Lister visit?")
    assert rules.refuses("Joseph Lister")
    assert not rules.refuses("King's College London")  # a place, not a person
    people = OptionRules.of("Robert Koch", (), "Who visited Lister?", person=True)
    assert people.refuses("Hugo de Vries Lister")
    assert name_endings("Hugo de Vries").every == {"vries"}
    assert name_endings("James Watson and Francis Crick").given == {"watson", "crick"}


GIVEN = ("Joseph", "Charles", "Robert", "Alfred", "Mary", "Anne", "Louis")
SURNAME = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)
WORD = re.compile(r"[^\W\d_]+")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(GIVEN), SURNAME), min_size=6, max_size=9, unique_by=lambda p: p[1]
    ),
    st.integers(0, 5),
    st.sampled_from(
        (
            "Whose work led {}'s rival to the idea?",
            "Who reached the idea independently of {}?",
            "Which colleague did {} thank in 1850?",
        )
    ),
    st.booleans(),
)
def test_no_option_surname_is_a_word_of_the_prompt(
    make: type[Make], names: list[tuple[str, str]], named: int, pattern: str, filtered: bool
) -> None:
    people = tuple(f"{given} {surname}" for given, surname in names)
    prompt = pattern.format(names[named][1])
    answer = people[(named + 1) % len(people)]
    question = make.question(prompt, answer, draw="who", draw_tags=("germs",) if filtered else ())
    cards = make.cards(make.deck(_people_excerpt(make, question, people=people)))
    (card,) = [card for card in cards if card.choices]
    prompt_words = {word.casefold() for word in WORD.findall(prompt)}
    for option in card.choices:
        words = option.split()
        assert len(words) < 2 or words[-1].casefold() not in prompt_words


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(GIVEN), SURNAME), min_size=6, max_size=9, unique_by=lambda p: p[1]
    ),
    st.integers(0, 4),
)
def test_no_template_option_surname_is_a_word_of_the_prompt(
    make: type[Make], names: list[tuple[str, str]], shift: int
) -> None:
    people = [f"{given} {surname}" for given, surname in names]
    facts = tuple(
        make.fact(f"p{i}", who=name, rival=names[(i + shift + 1) % len(names)][1], line=20 + i)
        for i, name in enumerate(people)
    )
    template = Template(
        id="rival-of",
        kind=TemplateKind.CHOICE,
        location=make.loc(3, 5),
        prompt="Whose work did {rival}'s school attack?",
        answer="who",
    )
    cards = make.cards(make.deck(make.excerpt("people", facts=facts), templates=(template,)))
    for card in cards:
        prompt_words = {word.casefold() for word in WORD.findall(card.prompt)}
        wrong = [option for option in card.choices if option != card.answer.text]
        for option in wrong:
            assert option.split()[-1].casefold() not in prompt_words


def test_drawn_options_for_an_answer_no_fact_holds_are_near_its_excerpt_in_time(
    make: type[Make],
) -> None:
    dated = {"Robert Hooke": 1665, "Carl Linnaeus": 1735, "Charles Darwin": 1859}
    dated |= {"Gregor Mendel": 1865, "Hugo de Vries": 1900, "Thomas Morgan": 1910}
    others = make.excerpt(
        "others",
        facts=tuple(
            make.fact(f"p{i}", who=name, year=year, line=20 + i)
            for i, (name, year) in enumerate(dated.items())
        ),
    )
    question = make.question(
        "Whose X-ray image of DNA helped the model's makers?",
        "Rosalind Franklin",
        draw="who",
        choices=3,
    )
    helix = make.fact("helix", who="James Watson and Francis Crick", year=1953, line=40)
    own = make.excerpt("helix", questions=(question,), facts=(helix,), line=30)
    cards = make.cards(make.deck(others, own))
    (card,) = [card for card in cards if card.choices]
    assert set(card.choices) == {"Rosalind Franklin", "Thomas Morgan", "Hugo de Vries"}


def test_a_name_of_rare_words_reads_as_a_person_whatever_the_field() -> None:
    rules = OptionRules.of("Robert Koch", (), "Which scientist did Semmelweis admire?")
    assert rules.refuses("Ignaz Semmelweis")
    assert not OptionRules.of("Paris", (), "Which city is near London?").refuses(
        "King's College London"
    )


def test_an_acronym_names_its_group_only_in_capitals(make: type[Make]) -> None:
    deck = make.deck(make.excerpt(), aliases={"World Health Organization": ("WHO",)})
    index = DeckIndex.of(deck)
    assert index.aliases_named_in("Who declared smallpox gone?") == ()
    assert index.aliases_named_in("When did the WHO declare it?") == ("World Health Organization",)
