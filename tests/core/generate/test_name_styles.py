"""Options and swaps named like the answer: full names for a person, lone names for a lone name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind
from trainer.core.generate.name_styles import (
    NameStyle,
    lone_sex,
    lone_style,
    name_style,
    office_of,
    unlike_names,
)
from trainer.core.model import CardKind
from trainer.core.name_sexes import Sex

FIRSTS = (
    ("Laika", "the first animal to orbit the Earth"),
    ("Ham", "the first great ape in space"),
    ("Yuri Gagarin", "the first human in space"),
    ("Alan Shepard", "the first American in space"),
    ("John Glenn", "the first American to orbit the Earth"),
    ("Valentina Tereshkova", "the first woman in space"),
    ("Svetlana Savitskaya", "the first woman to walk in space"),
    ("Alexei Leonov", "the first person to walk in space"),
    ("Neil Armstrong", "the first person to walk on the Moon"),
)


@pytest.mark.parametrize(
    ("value", "style"),
    [
        ("Yuri Gagarin", NameStyle.FULL_NAME),
        ("Hugo de Vries", NameStyle.FULL_NAME),
        ("Laika", NameStyle.LONE_NAME),
        ("Lenin", NameStyle.LONE_NAME),
        ("Charles Island", None),  # a place named after a person
        ("Mr Lawson", None),  # a title, not a given name
        ("Fort Ross", None),  # a place named with its kind first
        ("Hennig Brand", None),  # no common given name, and a common word: whose name?
        # No common given name, but every word rarer than one, as in a person's name
        # from a language the given names hold few of.
        ("Klemens von Metternich", NameStyle.FULL_NAME),
        ("Gebhard von Blücher", NameStyle.FULL_NAME),
        ("Red Army", None),  # a common word first
        ("Soviet Union", None),
        ("the dog", None),
        ("1961", None),
        # A possessive inside makes a place of someone's, no person's name ("Minton's
        # Playhouse" was a person's, and the Cotton Club, a thing, no option beside it).
        ("Minton's Playhouse", None),
        ("Ford's Theatre", None),
    ],
)
def test_name_style(value: str, style: NameStyle | None) -> None:
    assert name_style(value) is style


def test_unlike_names_needs_both_written_as_names() -> None:
    assert unlike_names("Alan Shepard", "Ham")
    assert unlike_names("Laika", "Yuri Gagarin")
    assert not unlike_names("Laika", "Ham")
    assert not unlike_names("Alan Shepard", "the chimpanzee")
    assert not unlike_names("Chatham Island", "Tahiti")


# People whose given names no list holds, and a horse: a horse is still no fair option.
COMMANDERS = (
    ("Marengo", "Napoleon's grey horse"),
    ("Klemens von Metternich", "the minister who led the Congress of Vienna"),
    ("Gebhard von Blücher", "the Prussian commander at Waterloo"),
    ("Pierre-Charles Villeneuve", "the admiral beaten at Trafalgar"),
    ("Mikhail Kutuzov", "the Russian commander at Borodino"),
    ("Horatio Nelson", "the admiral killed at Trafalgar"),
)


def _firsts_deck(make: type[Make], people: tuple[tuple[str, str], ...] = FIRSTS) -> Deck:
    excerpts = tuple(
        make.excerpt(
            f"e{i}",
            make.naming(who),
            facts=(make.fact(f"f{i}", who=who, achievement=what, line=20 + 3 * i),),
            line=19 + 3 * i,
        )
        for i, (who, what) in enumerate(people)
    )
    templates = (
        make.template(
            "who", kind=TemplateKind.CHOICE, prompt="Who was {achievement}?", answer="who"
        ),
        make.template(
            "tf", kind=TemplateKind.TRUE_FALSE, statement="{who} was {achievement}.", swap="who"
        ),
    )
    return make.deck(*excerpts, templates=templates)


def test_a_person_is_offered_people_and_never_an_animal_when_enough_are_left(
    make: type[Make],
) -> None:
    cards = make.cards(_firsts_deck(make))
    for card in cards:
        if card.kind is not CardKind.CHOICE:
            continue
        answer = card.choices[card.answer.key[0]]
        if name_style(answer) is NameStyle.FULL_NAME:
            assert all(name_style(choice) is NameStyle.FULL_NAME for choice in card.choices), card
        else:
            # Only one other lone name: it is offered, and full names make up the rest.
            assert {"Laika", "Ham"} <= set(card.choices), card


def test_people_with_names_no_list_holds_are_never_offered_a_horse(make: type[Make]) -> None:
    cards = make.cards(_firsts_deck(make, COMMANDERS))
    asked = [card for card in cards if card.kind is CardKind.CHOICE]
    # The horse's card would offer people only: it is not made (see `answer_kinds`).
    assert len(asked) == len(COMMANDERS) - 1
    for card in asked:
        answer = card.choices[card.answer.key[0]]
        assert answer == "Marengo" or "Marengo" not in card.choices, card
    swapped = [card.prompt for card in cards if card.kind is CardKind.TRUE_FALSE]
    assert not any(
        p.startswith("True or false: Marengo was the") and "horse" not in p for p in swapped
    )


def test_a_false_statement_swaps_in_a_person_for_a_person(make: type[Make]) -> None:
    cards = make.cards(_firsts_deck(make))
    statements = [card.prompt for card in cards if card.kind is CardKind.TRUE_FALSE]
    assert len(statements) == len(FIRSTS)
    for statement in statements:
        for lone in ("Laika", "Ham"):
            if lone in statement:
                assert any(what in statement for who, what in FIRSTS if who in ("Laika", "Ham"))


def test_places_are_offered_whatever_their_names_look_like(make: type[Make]) -> None:
    # "Fernando Noronha" reads like a person's full name; the card asks for a place, so
    # the lone names of its own excerpt stay its nearest options.
    places = ("Fernando Noronha", "Bahia", "Tenerife", "Montevideo")
    near = make.excerpt(
        "atlantic",
        "plain text.",
        facts=tuple(
            make.fact(f"p{i}", place=place, when=f"in month {i}", line=20 + 3 * i)
            for i, place in enumerate(places)
        ),
    )
    far = make.excerpt(
        "pacific",
        "plain text.",
        facts=(make.fact("far", place="Charles Island", when="in month 9", line=60),),
        line=58,
    )
    template = make.template(
        "where", kind=TemplateKind.CHOICE, prompt="Which place was reached {when}?", answer="place"
    )
    cards = make.cards(make.deck(near, far, templates=(template,)))
    (noronha,) = [card for card in cards if "month 0" in card.prompt]
    assert set(noronha.choices) == set(places)


def test_lone_style_is_the_answers_when_every_wrong_option_is_the_other_kind() -> None:
    people = ("Yuri Gagarin", "Alan Shepard", "John Glenn")
    assert lone_style("Laika", people) is NameStyle.LONE_NAME
    assert lone_style("Alan Shepard", ("Laika", "Ham", "Belka")) is NameStyle.FULL_NAME
    assert lone_style("Laika", ("Ham", *people[:2])) is None  # another lone name is offered
    assert lone_style("Laika", ("the crew of Apollo 8", *people[:2])) is None  # neither kind
    assert lone_style("Alan Shepard", people) is None
    assert lone_style("Laika", people[:1]) is None  # one option says nothing of a pattern
    assert lone_style("1961", ("1957", "1969")) is None


def test_an_answer_whose_name_stands_out_among_people_warns_the_author(make: type[Make]) -> None:
    # With no other horse, Marengo could only be offered among people: "Who was
    # Napoleon's grey horse?" names an animal, so no card is made, and the author is told.
    # Nor is a false statement, which could only make a person Napoleon's horse.
    messages = [d.message for d in make.warnings(_firsts_deck(make, COMMANDERS))]
    assert len(messages) == 3
    assert messages[0] == "excerpt 'e0' yields no question"
    assert messages[1].startswith(
        "template 'who' for fact 'f0' makes no card, as too few values of its kind (an "
        "animal) are left: "
    )
    assert messages[2].startswith(
        "fact 'f0': no other value of 'who' is known to be what 'Marengo' is, a person, "
        "an animal or a thing"
    )
    # Asked for without naming an animal, the card is made, and its form gives it away.
    asked = tuple(
        (who, what.replace("Napoleon's grey horse", "Napoleon's mount")) for who, what in COMMANDERS
    )
    messages = [d.message for d in make.warnings(_firsts_deck(make, asked))]
    assert messages == [
        "template 'who' for fact 'f0': its answer 'Marengo' is the only option that is a "
        "single name (the others are full names), so its shape gives it away: give more "
        "of the template's facts values of its shape"
    ]
    # Laika and Ham are offered together, and no person beside them (their questions
    # name an animal): the cards offer two options, and say so; neither stands out. So
    # are the two women, whose names say what their questions ask, and no man beside them.
    messages = [d.message for d in make.warnings(_firsts_deck(make))]
    assert [m.split(" are left")[0] for m in messages] == [
        f"template 'who' for fact '{fact}' offers 2 options, not 4, as too few values of "
        f"its kind ({kind})"
        for fact, kind in (("f0", "an animal"), ("f1", "an animal"), ("f5", "a woman"))
    ] + [
        "template 'who' for fact 'f6' offers 2 options, not 4, as too few values of its "
        "kind (a woman)"
    ]


def test_a_place_written_unlike_the_others_is_no_warning(make: type[Make]) -> None:
    # Each wrong option reads like a full name, but a place is asked for: its form says nothing.
    places = ("Kazan", "Fernando Noronha", "Juan Fernández", "Santa Cruz")
    excerpts = tuple(
        make.excerpt(
            f"e{i}",
            make.naming(place),
            facts=(make.fact(f"f{i}", place=place, what=f"thing {i}", line=20 + 3 * i),),
            line=19 + 3 * i,
        )
        for i, place in enumerate(places)
    )
    template = make.template(
        "where", kind=TemplateKind.CHOICE, prompt="Where was {what}?", answer="place"
    )
    assert make.warnings(make.deck(*excerpts, templates=(template,))) == []


SPACE_PEOPLE = (
    ("Valentina Tereshkova", "the first woman in space"),
    ("Svetlana Savitskaya", "the first woman to walk in space"),
    ("Yuri Gagarin", "the first human in space"),
    ("Alan Shepard", "the first American in space"),
    ("John Glenn", "the first American to orbit the Earth"),
    ("Alexei Leonov", "the first person to walk in space"),
    ("Pavel Belyayev", "the commander of the first spacewalk"),
    ("Ed White", "the first American to walk in space"),
    ("Neil Armstrong", "the first person to walk on the Moon"),
    ("Buzz Aldrin", "the second person to walk on the Moon"),
)


def test_a_woman_is_offered_women_first_and_swapped_for_a_woman(make: type[Make]) -> None:
    cards = [
        card for card in make.cards(_firsts_deck(make, SPACE_PEOPLE)) if "woman" in card.prompt
    ]
    assert len(cards) == 4
    for card in cards:
        if card.kind is CardKind.CHOICE:
            # The other woman is among the wrong options, before any of the eight men.
            assert {"Valentina Tereshkova", "Svetlana Savitskaya"} <= set(card.choices), card
        else:
            assert "Tereshkova" in card.prompt or "Savitskaya" in card.prompt, card


def test_the_only_woman_among_men_for_a_woman_asked_for_warns_the_author(
    make: type[Make],
) -> None:
    alone = tuple(person for person in SPACE_PEOPLE if person[0] != "Svetlana Savitskaya")
    messages = [d.message for d in make.warnings(_firsts_deck(make, alone))]
    assert messages == [
        "template 'who' for fact 'f0': its answer 'Valentina Tereshkova' is the only woman "
        "among the options (the others are men), so it gives itself away: give more of the "
        "template's facts women as values",
        # "Alan Shepard was the first woman in space" is false on its face: no card.
        "fact 'f0': no other value of 'who' is known to be a person of the sex its statement "
        "names (one of the other makes a statement false on its face), so template 'tf' "
        "makes no true/false card from it",
    ]
    cards = make.cards(_firsts_deck(make, alone))
    assert not [c for c in cards if c.kind is CardKind.TRUE_FALSE and "woman" in c.prompt]
    # Asked without a word of her sex, she is no giveaway among men.
    unmarked = (("Valentina Tereshkova", "the pilot of Vostok 6"), *alone[1:])
    assert make.warnings(_firsts_deck(make, unmarked)) == []


def test_a_name_of_no_known_sex_leaves_the_only_woman_alone(make: type[Make]) -> None:
    # "Harrison" is in no list of given names: beside two known men the answer is still
    # the only woman the learner can tell, and "Harrison Schmitt was the first woman in
    # space" is no fair false statement.
    people = (
        ("Valentina Tereshkova", "the first woman in space"),
        ("Yuri Gagarin", "the first human in space"),
        ("Alan Shepard", "the first American in space"),
        ("Harrison Schmitt", "the first geologist on the Moon"),
    )
    deck = _firsts_deck(make, people)
    messages = [d.message for d in make.warnings(deck)]
    assert any("is the only woman among the options" in message for message in messages)
    statements = [c.prompt for c in make.cards(deck) if c.kind is CardKind.TRUE_FALSE]
    assert not [s for s in statements if "woman" in s and "Tereshkova" not in s], statements


@pytest.mark.parametrize(
    ("value", "office"),
    [
        ("King John", "ruler"),
        ("Henry II", "ruler"),  # a regnal number after a given name
        ("Richard I", "ruler"),
        ("Tsar Nicholas II", "ruler"),
        ("Pope Urban II", "pope"),
        ("President Lincoln", "president"),
        ("James Madison", None),
        ("Sir Isaac Newton", None),  # a title of courtesy holds no office
        ("World War II", None),  # no given name before the number
        ("Malcolm X", None),
        ("Laika", None),
    ],
)
def test_office_of(value: str, office: str | None) -> None:
    assert office_of(value) == office


def test_a_name_of_another_office_is_unlike_a_persons() -> None:
    assert unlike_names("Franklin D. Roosevelt", "King John")
    assert unlike_names("Henry IV", "Pope Urban II")
    assert not unlike_names("King John", "Henry II")  # rulers both, by title or number
    assert not unlike_names("King John", "Queen Victoria")
    assert not unlike_names("King John", "the Treaty of Rapallo")  # no person's name


_FOUNDERS = (
    ("James Madison", "the drafter of the Bill of Rights"),
    ("Thomas Jefferson", "the author of the Declaration of Independence"),
    ("Alexander Hamilton", "the first Secretary of the Treasury"),
    ("King John", "the king who sealed Magna Carta"),
    ("George Washington", "the first president"),
)


def test_a_person_is_offered_people_of_no_office_before_a_king(make: type[Make]) -> None:
    cards = make.cards(_firsts_deck(make, _FOUNDERS))
    for card in cards:
        if card.kind is CardKind.CHOICE and card.choices[card.answer.key[0]] != "King John":
            assert "King John" not in card.choices, card


def test_a_king_offered_for_a_person_of_no_office_warns_the_author(make: type[Make]) -> None:
    messages = [d.message for d in make.warnings(_firsts_deck(make, _FOUNDERS[1:]))]
    assert any(
        "wrong option 'King John' names another office than its answer" in message
        for message in messages
    ), messages


def test_an_answer_whose_name_says_no_sex_is_of_the_sex_the_question_asks() -> None:
    # "Which person was the queen of Egypt …?": her name says nothing, the question does.
    men = ["Marcus Junius Brutus", "Publius Quinctilius Varus", "Nebet Amun"]
    assert lone_sex("Khenut Ra", men, Sex.FEMALE) is Sex.FEMALE
    assert lone_sex("Khenut Ra", men) is None  # asked nothing, it says nothing


@given(
    st.one_of(
        st.sampled_from(["King John", "Henry II", "Pope Urban II", "Malcolm X"]),
        st.text(max_size=20),
    )
)
def test_an_office_kept_is_the_office_read_afresh(value: str) -> None:
    assert office_of(value) == office_of.__wrapped__(value)
