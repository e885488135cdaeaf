"""A card asking for a kind (an animal, a ship, an emperor) offers that kind only, or fewer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, Fact, Question, TemplateKind
from trainer.core.generate.answer_kinds import AskedKind, Verdict, being_of
from trainer.core.generate.beings import Being, kind_words
from trainer.core.model import Card, DeckDefaults

WHO = "Who was {role}?"


@pytest.mark.parametrize(
    ("prompt", "words"),
    [
        ("Which Roman emperor blamed the Christians?", ("roman", "emperor")),
        ("Who became the first animal to orbit the Earth?", ("first", "animal")),
        ("Who was the last emperor in the West?", ("last", "emperor")),
        ("Which horse carried Napoleon at Waterloo?", ("horse",)),
        ("Which ship took Darwin round the world?", ("ship",)),
        ("What is the city of the Red Sox?", ("city",)),
        ("What was the name of the dog that ran to Nome?", ("dog",)),
        ("Which of these works did Plato write?", ()),
        # A preposition before "which" asks as "Which" does: the nation was passed over.
        ("For which Soviet spy was Gary Powers exchanged?", ("soviet", "spy")),
        ("In which city did the treaty get signed?", ("city",)),
        ("Where did the dog Laika die?", ()),
        ("Who won the Battle of Hastings?", ()),
        ("", ()),
    ],
)
def test_the_words_that_name_the_kind_asked_for(prompt: str, words: tuple[str, ...]) -> None:
    assert kind_words(prompt) == words


def test_what_a_value_names_by_its_tags_or_its_name() -> None:
    assert being_of("Laika", {"soviet", "dogs"}) is Being.ANIMAL
    assert being_of("Bucephalus", {"horse"}) is Being.ANIMAL
    assert being_of("Nero", {"roman", "emperor"}) is Being.PERSON
    assert being_of("Queen Mary", {"ship", "british"}) is Being.THING
    # Untagged, a name saying a sex is a person's; the tags saying two kinds say none.
    assert being_of("Queen Victoria", set()) is Being.PERSON
    assert being_of("Mr Ed", {"horse", "person"}) is None
    assert being_of("Zarya", {"module"}) is None


@pytest.mark.parametrize("value", ["Apollo 11", "Sputnik 2", "Boeing 747", "the Vostok 1"])
def test_a_name_numbered_in_digits_is_a_thing(value: str) -> None:
    # "Apollo 11" was offered as "the first animal to orbit the Earth", beside Laika.
    assert being_of(value, set()) is Being.THING


@pytest.mark.parametrize("value", ["Louis XIV", "Laika", "Pope Pius 12th", "50 Cent"])
def test_a_ruler_s_numeral_or_a_number_first_is_no_designation(value: str) -> None:
    assert being_of(value, set()) is not Being.THING


def test_an_option_of_another_kind_is_never_of_it() -> None:
    animal = AskedKind(being=Being.ANIMAL)
    assert animal.verdict("Ham", frozenset({"animal"})) is Verdict.SAME
    assert animal.verdict("Yuri Gagarin", frozenset({"cosmonaut"})) is Verdict.OTHER
    assert animal.verdict("Bobik", frozenset()) is Verdict.UNKNOWN
    emperors = AskedKind((frozenset({"emperor", "emperors"}),), Being.PERSON)
    assert emperors.verdict("Nero", frozenset({"emperor"})) is Verdict.SAME
    assert emperors.verdict("Cicero", frozenset({"person"})) is Verdict.OTHER
    # A person whose name says nothing is a person all the same.
    assert AskedKind(being=Being.PERSON).verdict("Odoacer", frozenset()) is Verdict.SAME


# (who, role, tags): two dogs, a horse and three people, their roles naming no kind.
BEINGS = (
    ("Laika", "carried into orbit by Sputnik 2", ("animal", "dog")),
    ("Belka", "brought back alive from orbit", ("animal", "dog")),
    ("Marengo", "ridden by Napoleon at Waterloo", ("animal", "horse")),
    ("Yuri Gagarin", "flown round the Earth in Vostok 1", ("person", "soviet")),
    ("Alan Shepard", "flown in Freedom 7", ("person", "american")),
    ("John Glenn", "flown in Friendship 7", ("person", "american")),
)


def _facts(
    make: type[Make], rows: tuple[tuple[str, str, tuple[str, ...]], ...]
) -> tuple[Fact, ...]:
    return tuple(
        make.fact(f"f{n}", who=who, role=role, tags=tags, line=20 + 2 * n)
        for n, (who, role, tags) in enumerate(rows)
    )


def _deck(
    make: type[Make],
    rows: tuple[tuple[str, str, tuple[str, ...]], ...] = BEINGS,
    *,
    prompt: str = WHO,
    questions: tuple[Question, ...] = (),
    choices: int = 4,
) -> Deck:
    text = " ".join(f"{who} was {role}." for who, role, _ in rows)
    template = make.template("who", kind=TemplateKind.CHOICE, prompt=prompt, answer="who")
    return make.deck(
        make.excerpt("e1", text, facts=_facts(make, rows), questions=questions),
        templates=(template,),
        defaults=DeckDefaults(auto_cloze=False, choices=choices),
    )


def _card(cards: tuple[Card, ...], slot: str) -> Card:
    return next(card for card in cards if card.id.endswith(f":{slot}"))


def test_an_animal_is_offered_animals_only_and_fewer_options_when_they_run_short(
    make: type[Make],
) -> None:
    deck = _deck(make)
    cards = make.cards(deck)
    # Three animals: the dog's card has three options, none a person.
    assert set(_card(cards, "f0.who").choices) == {"Laika", "Belka", "Marengo"}
    warnings = [str(w) for w in make.warnings(deck)]
    assert any(
        "template 'who' for fact 'f0' offers 3 options, not 4, as too few values of its kind "
        "(an animal) are left" in w
        for w in warnings
    )


def test_a_person_is_never_offered_an_animal(make: type[Make]) -> None:
    cards = make.cards(_deck(make))
    for slot in ("f3.who", "f4.who", "f5.who"):
        assert set(_card(cards, slot).choices) == {"Yuri Gagarin", "Alan Shepard", "John Glenn"}


def test_a_lone_animal_makes_no_card_rather_than_one_among_people(make: type[Make]) -> None:
    rows = (BEINGS[2], *BEINGS[3:])
    deck = _deck(make, rows)
    assert not any(card.id.endswith(":f0.who") for card in make.cards(deck))
    assert any(
        "template 'who' for fact 'f0' makes no card, as too few values of its kind" in str(w)
        for w in make.warnings(deck)
    )


def test_a_numbered_craft_is_never_offered_for_an_animal(make: type[Make]) -> None:
    # Untagged, "Apollo 11" was the one other option of the dog's card.
    rows = (BEINGS[0], ("Apollo 11", "landed on the Moon in 1969", ()), *BEINGS[3:])
    deck = _deck(make, rows)
    assert not any(card.id.endswith(":f0.who") for card in make.cards(deck))
    assert "Apollo 11" not in _card(make.cards(deck), "f2.who").choices  # a person's


def test_the_kind_a_question_names_is_a_tag_every_option_holds(make: type[Make]) -> None:
    # "Which dog …?": the horse is an animal, but no dog.
    asked = make.question("Which dog came back from orbit?", "Belka", draw="who")
    card = _card(make.cards(_deck(make, questions=(asked,))), "q1")
    assert set(card.choices) == {"Belka", "Laika"}
    # "Who was the first American …?": the Soviet cosmonaut is no American, nor the
    # American chimpanzee a person.
    rows = (
        ("Ham", "the first American ape in space", ("animal", "american")),
        ("Yuri Gagarin", "the first person in space", ("person", "soviet")),
        ("Alexei Leonov", "the first person to walk in space", ("person", "soviet")),
        ("Alan Shepard", "the first American in space", ("person", "american")),
        ("John Glenn", "the first American to orbit the Earth", ("person", "american")),
    )
    card = _card(make.cards(_deck(make, rows)), "f3.who")
    assert set(card.choices) == {"Alan Shepard", "John Glenn"}


# Emperors, a king, a pope, and ships named like people.
RULERS = (
    ("Nero", "the emperor who blamed the Christians", ("person", "emperor")),
    ("Augustus", "the first emperor", ("person", "emperor")),
    ("Constantine", "the emperor who founded Constantinople", ("person", "emperor")),
    ("Julius Caesar", "the dictator killed in 44 BC", ("person", "dictator")),
    ("Cicero", "the orator who attacked Catiline", ("person", "orator")),
    ("Queen Mary", "the liner launched in 1934", ("ship",)),
    ("Queen Elizabeth", "the liner launched in 1938", ("ship",)),
)


def test_a_tag_of_the_pool_names_the_kind_where_no_fact_holds_the_answer(
    make: type[Make],
) -> None:
    asked = make.question("Who was the last emperor in the West?", "Romulus Augustulus", draw="who")
    card = _card(make.cards(_deck(make, RULERS, questions=(asked,))), "q1")
    assert set(card.choices) == {"Romulus Augustulus", "Nero", "Augustus", "Constantine"}


def test_a_ship_named_like_a_person_is_never_offered_for_a_person(make: type[Make]) -> None:
    cards = make.cards(_deck(make, RULERS))
    for slot in ("f0.who", "f3.who", "f4.who"):
        assert not {"Queen Mary", "Queen Elizabeth"} & set(_card(cards, slot).choices)
    asked = make.question("Which ship was launched in 1934?", "Queen Mary", draw="who")
    card = _card(make.cards(_deck(make, RULERS, questions=(asked,))), "q1")
    assert set(card.choices) == {"Queen Mary", "Queen Elizabeth"}


def test_with_none_of_the_kind_named_left_the_answers_being_stands_in(make: type[Make]) -> None:
    # One chimpanzee: animals are offered for it, never a person, and check says so.
    rows = (("Ham", "the chimpanzee in space", ("animal", "chimpanzee")), *BEINGS)
    asked = make.question("Which chimpanzee flew in space?", "Ham", draw="who")
    deck = _deck(make, rows, questions=(asked,))
    card = _card(make.cards(deck), "q1")
    assert set(card.choices) <= {"Ham", "Laika", "Belka", "Marengo"}
    assert len(card.choices) == 4
    assert any(
        "question 'q1' finds no other value of its kind (tagged chimpanzee" in str(w)
        for w in make.warnings(deck)
    )


def test_a_sex_the_question_names_is_of_the_kind(make: type[Make]) -> None:
    rows = (
        ("Valentina Tereshkova", "the first woman in space", ("person",)),
        ("Svetlana Savitskaya", "the first woman to walk in space", ("person",)),
        *BEINGS[3:],
    )
    asked = make.question("Which woman flew Vostok 6?", "Valentina Tereshkova", draw="who")
    card = _card(make.cards(_deck(make, rows, questions=(asked,))), "q1")
    assert set(card.choices) == {"Valentina Tereshkova", "Svetlana Savitskaya"}


def test_a_sex_the_question_names_is_of_the_kind_where_the_answers_name_says_it(
    make: type[Make],
) -> None:
    # No tags: "Valentina" says a woman, "Yuri" and "Alan" say men, "Laika" says nothing.
    rows = (
        ("Valentina Tereshkova", "the first woman in space", ()),
        ("Svetlana Savitskaya", "the first woman to walk in space", ()),
        ("Amelia Earhart", "the first woman to fly the Atlantic alone", ()),
        ("Yuri Gagarin", "the first man in space", ()),
        ("Alan Shepard", "the first American in space", ()),
        ("John Glenn", "the first American to orbit the Earth", ()),
    )
    asked = make.question("Which woman flew Vostok 6?", "Valentina Tereshkova", draw="who")
    card = _card(make.cards(_deck(make, rows, questions=(asked,))), "q1")
    assert set(card.choices) == {"Valentina Tereshkova", "Svetlana Savitskaya", "Amelia Earhart"}
    # Where the answer's name says no sex, the question's word alone filters nothing.
    plain = make.question("Which woman flew first?", "Yuri Gagarin", draw="who")
    card = _card(make.cards(_deck(make, rows, questions=(plain,))), "q1")
    assert len(card.choices) == 4


def test_too_few_values_of_any_kind_is_still_an_error(make: type[Make]) -> None:
    errors = [str(e) for e in make.errors(_deck(make, choices=8))]
    assert errors
    assert all("distinct wrong options" in error for error in errors)


@given(
    st.sampled_from(["Laika", "Yuri Gagarin", "Queen Victoria", "the Beagle", "Kazan"]),
    st.sets(st.sampled_from(["dog", "dogs", "ship", "emperor", "city", "space", "history"])),
)
def test_a_set_of_tags_read_once_names_the_being_it_names_read_each_time(
    value: str, tags: set[str]
) -> None:
    # A frozenset of tags (a pool's) is read once; any other iterable, each time.
    assert being_of(value, frozenset(tags)) == being_of(value, sorted(tags))
