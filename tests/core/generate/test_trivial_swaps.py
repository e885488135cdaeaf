"""Tests of the swapped values that make a true/false statement false beside the point."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from tests.core.generate.two_plays import two_plays_deck
from trainer.core.authored import Deck, TemplateKind
from trainer.core.generate.context import DeckIndex
from trainer.core.generate.option_rules import sign_rivals_first
from trainer.core.generate.trivial_swaps import group_fields, group_first, names_people
from trainer.core.name_sexes import Sex, sex_of

# Characters of a course on the English novel: the field is `character`, not `who`.
CHARACTERS = (
    ("Elizabeth Bennet", "the witty heroine", "Pride and Prejudice"),
    ("Mr Darcy", "the proud suitor", "Pride and Prejudice"),
    ("Mr Collins", "the pompous clergyman", "Pride and Prejudice"),
    ("Jane Eyre", "the governess who tells the story", "Jane Eyre"),
    ("Mr Rochester", "the master of Thornfield", "Jane Eyre"),
    ("Bertha Mason", "the wife kept in the attic", "Jane Eyre"),
    ("Winston Smith", "the clerk at the Ministry of Truth", "Nineteen Eighty-Four"),
    ("Julia Worthing", "the mechanic who loves Winston", "Nineteen Eighty-Four"),
    ("Dorothea Brooke", "the idealistic heroine", "Middlemarch"),
    ("Heathcliff", "the foundling who loves Catherine", "Wuthering Heights"),
)
STATEMENT = "{character} is {role} in {novel}."


def _characters(make: type[Make], rows: tuple[tuple[str, str, str], ...] = CHARACTERS) -> Deck:
    facts = tuple(
        make.fact(f"c{i}", character=who, role=role, novel=novel, line=20 + i)
        for i, (who, role, novel) in enumerate(rows)
    )
    template = make.template(
        "tf", kind=TemplateKind.TRUE_FALSE, statement=STATEMENT, swap="character"
    )
    return make.deck(make.excerpt("novels", facts=facts), templates=(template,))


def _false_swaps(make: type[Make], deck: Deck) -> dict[str, str]:
    """The character each fact's false statement names instead of its own, by its own."""
    swaps: dict[str, str] = {}
    for card in make.cards(deck):
        truth = card.explanation or card.prompt.removeprefix("True or false: ")
        if card.answer.text == "False":
            swaps[truth.split(" is ", 1)[0]] = card.prompt.split(": ", 1)[1].split(" is ", 1)[0]
    return swaps


def _novel(who: str) -> str:
    return next(novel for name, _, novel in CHARACTERS if name == who)


def _every_false_swap(make: type[Make]) -> dict[str, str]:
    """The swap of every fact: each shown false once, as the cards are balanced by id."""
    swaps: dict[str, str] = {}
    for shift in range(4):
        # Another deck id turns other coins: in a few decks every fact is shown false.
        deck = dataclasses.replace(_characters(make), id=f"d{shift}")
        swaps.update(_false_swaps(make, deck))
    return swaps


def test_a_character_is_swapped_for_one_of_the_same_novel_and_sex(make: type[Make]) -> None:
    # "Elizabeth Bennet is the clerk at the Ministry of Truth in Nineteen Eighty-Four" is
    # false to anyone who knows which novel she is in, or that Winston is a man.
    swaps = _every_false_swap(make)
    alike = {
        truth
        for truth, _, novel in CHARACTERS
        if any(
            other != truth and book == novel and sex_of(other) is sex_of(truth) is not None
            for other, _, book in CHARACTERS
        )
    }
    assert alike & swaps.keys()
    for truth in alike & swaps.keys():
        swapped = swaps[truth]
        assert _novel(swapped) == _novel(truth), (truth, swapped)
        assert sex_of(swapped) is sex_of(truth), (truth, swapped)
    # Of another sex only in her novel, Elizabeth is swapped for a woman of another.
    if "Elizabeth Bennet" in swaps:
        assert sex_of(swaps["Elizabeth Bennet"]) is Sex.FEMALE


def test_a_character_alone_in_a_novel_is_swapped_for_one_of_the_same_sex(
    make: type[Make],
) -> None:
    # Named by a field that is not `who`: the names say they are people.
    swaps = _every_false_swap(make)
    assert "Dorothea Brooke" in swaps
    assert sex_of(swaps["Dorothea Brooke"]) is Sex.FEMALE


def test_groups_are_the_shown_fields_another_fact_shares(make: type[Make]) -> None:
    index = DeckIndex.of(_characters(make))
    by_id = index.facts_by_id
    darcy, winston, heathcliff = by_id["c1"], by_id["c6"], by_id["c9"]
    shown = ("character", "role", "novel")
    facts_by_value = index.facts_by_value
    assert group_fields(darcy, shown, "character", facts_by_value) == ("novel",)
    assert group_fields(heathcliff, shown, "character", facts_by_value) == ()
    groups = group_fields(winston, shown, "character", facts_by_value)
    assert index.group_values("character", groups, winston) == ("Winston Smith", "Julia Worthing")
    groups = group_fields(darcy, shown, "character", facts_by_value)
    assert index.group_values("character", groups, darcy) == (
        "Elizabeth Bennet",
        "Mr Darcy",
        "Mr Collins",
    )


def test_people_are_told_by_their_names_not_by_one_name(make: type[Make]) -> None:
    index = DeckIndex.of(_characters(make))
    assert names_people(index.pool("character"), "Mr Darcy")
    # A lone name says no sex: nothing to keep.
    assert not names_people(index.pool("character"), "Heathcliff")
    falls = ("Victoria Falls", "Niagara Falls", "Iguazu Falls", "Angel Falls", "Kaieteur Falls")
    rows = tuple((name, f"on river {i}", f"country {i}") for i, name in enumerate(falls))
    places = DeckIndex.of(_characters(make, rows))
    # "Victoria Falls" reads as a woman's name; its pool says it is none.
    assert sex_of("Victoria Falls") is Sex.FEMALE
    assert not names_people(places.pool("character"), "Victoria Falls")


def test_a_character_the_statement_names_is_never_swapped_in(make: type[Make]) -> None:
    # The audit's case: "In Les Misérables, Javert is the former convict hunted by
    # Javert": a value of the fact's own novel skipped the rule every other value keeps.
    rows = (
        ("Jean Valjean", "the former convict hunted by Javert", "Les Misérables"),
        ("Javert", "the police inspector", "Les Misérables"),
        ("Fantine", "the seamstress who sells her hair", "Les Misérables"),
        ("Elizabeth Bennet", "the witty heroine", "Pride and Prejudice"),
        ("Mr Darcy", "the proud suitor", "Pride and Prejudice"),
    )
    for shift in range(4):
        deck = dataclasses.replace(_characters(make, rows), id=f"d{shift}")
        for card in make.cards(deck):
            assert "Javert is the former convict hunted by Javert" not in card.prompt


_SWAPS = st.lists(
    st.sampled_from(
        ["1+", "1−", "1", "2+", "Kazan", "Lipetsk", "kazan", "Moscow", "−5 °C", "5 °C"]
    ),
    max_size=8,
)


@given(st.sampled_from(["1+", "1−", "Kazan", "5 °C", "Berlin"]), _SWAPS, _SWAPS, st.data())
def test_refusing_a_groups_values_as_they_are_reached_keeps_them_in_order(
    anchor: str, in_group: list[str], ranked: list[str], data: st.DataObject
) -> None:
    # A pool's rules let its ranked values through already: only the group's may be refused.
    refused = data.draw(st.sets(st.sampled_from(in_group))) - set(ranked) if in_group else set()
    judged: list[str] = []

    def refuses(value: str) -> bool:
        judged.append(value)
        return value in refused

    kept = [value for value in in_group if value not in refused]
    plain = sign_rivals_first(anchor, [*kept, *ranked])
    assert list(group_first(anchor, in_group, ranked, refuses)) == plain
    first = next(group_first(anchor, in_group, ranked, refuses), None)
    assert first == (plain[0] if plain else None)


def test_a_groups_value_is_judged_only_once_it_is_reached() -> None:
    judged: list[str] = []

    def refuses(value: str) -> bool:
        judged.append(value)
        return value == "Kazan"

    values = group_first("Berlin", ["Kazan", "Lipetsk", "Moscow"], ["Omsk"], refuses)
    assert next(values) == "Lipetsk"
    assert judged == ["Kazan", "Lipetsk"]


_BODIES = {
    "Halley's Comet": "comet",
    "the Andromeda Galaxy": "galaxy",
    "Comet Shoemaker-Levy 9": "comet",
    "Ceres": "dwarf planet",
    "Proxima Centauri": "star",
    "Titan": "moon",
}


def test_a_kind_the_subject_names_makes_no_true_false_card(make: type[Make]) -> None:
    facts = tuple(
        make.fact(f"body{i}", body=body, kind=kind, line=20 + i)
        for i, (body, kind) in enumerate(_BODIES.items())
    )
    text = " ".join(f"{body} is a {kind}." for body, kind in _BODIES.items())
    template = make.template(
        "kind-tf", kind=TemplateKind.TRUE_FALSE, statement="{body} is a {kind}.", swap="kind"
    )
    deck = make.deck(make.excerpt("sky", text, facts=facts), templates=(template,))
    made = {card.id.split(":")[-1].split(".")[0] for card in make.cards(deck)}
    # "The Andromeda Galaxy is a star" is false on its face, "Halley's Comet is a comet"
    # true on it; the others test what the learner knows.
    assert made == {"body3", "body4", "body5"}
    warnings = " ".join(str(w) for w in make.warnings(deck))
    assert "'the Andromeda Galaxy' names its true 'kind' 'galaxy' itself" in warnings


def test_a_person_of_another_group_the_statement_names_makes_no_card(make: type[Make]) -> None:
    # "In The Winter's Tale, Caliban is the courtier pursued by a bear" is false on its
    # face to anyone who knows The Tempest: Antigonus is his play's only man.
    deck = two_plays_deck(make)
    made = {card.id.rsplit(":", 1)[1].split(".")[0] for card in make.cards(deck)}
    assert "antigonus" not in made
    assert {"hermione", "perdita", "prospero", "caliban"} <= made
    warnings = " ".join(str(w) for w in make.warnings(deck))
    assert "of fact 'antigonus''s own play 'The Winter's Tale' to swap in" in warnings
