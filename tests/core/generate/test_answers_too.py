"""A choice card never offers as wrong a value another fact holds with every value it shows."""

from __future__ import annotations

from typing import Any

from tests.core.generate.conftest import Make
from trainer.core.authored import Fact, Template, TemplateKind
from trainer.core.generate.answers_too import answers_too, question_answers_too
from trainer.core.generate.context import DeckIndex
from trainer.core.model import Card

# Composers and their pieces: two pieces by Bach, two by Handel, the rest one each. Each
# Bach and Handel piece written with "the", so that none stands out by how it is written
# (`written_shapes`): what keeps one off a card is only who wrote it.
PIECES = (
    ("the Goldberg Variations", "Bach"),
    ("the Mass in B minor", "Bach"),
    ("the Messiah", "Handel"),
    ("the Water Music", "Handel"),
    ("the Four Seasons", "Vivaldi"),
    ("the Magic Flute", "Mozart"),
    ("Fidelio", "Beethoven"),
    ("the Nutcracker", "Tchaikovsky"),
)


def _piece_facts(make: type[Make], pieces: tuple[tuple[str, str], ...] = PIECES) -> list[Fact]:
    return [
        make.fact(f"p{i}", piece=piece, composer=composer, line=20 + i)
        for i, (piece, composer) in enumerate(pieces)
    ]


def _by_composer(make: type[Make], **kw: Any) -> Template:
    return make.template(
        "by-composer",
        kind=TemplateKind.CHOICE,
        prompt="Which of these pieces did {composer} write?",
        answer="piece",
        **kw,
    )


def _cards(make: type[Make], facts: list[Fact], template: Template, **kw: Any) -> list[Card]:
    text = make.naming(*(value for fact in facts for value in fact.values.values()))
    deck = make.deck(make.excerpt(text=text, facts=tuple(facts)), templates=(template,), **kw)
    return list(make.cards(deck))


def _card(cards: list[Card], fact_id: str) -> Card:
    return next(card for card in cards if f":{fact_id}." in card.id)


def test_a_value_another_fact_holds_with_the_prompts_values_is_no_option(
    make: type[Make],
) -> None:
    cards = _cards(make, _piece_facts(make), _by_composer(make))
    goldberg, mass = _card(cards, "p0"), _card(cards, "p1")
    messiah, water = _card(cards, "p2"), _card(cards, "p3")
    assert "the Mass in B minor" not in goldberg.choices
    assert "the Goldberg Variations" not in mass.choices
    assert "the Water Music" not in messiah.choices
    assert "the Messiah" not in water.choices
    # Another composer's pieces stay fair: Handel's are offered on Bach's cards.
    assert all(len(card.choices) == 4 for card in cards)
    offered = {choice for card in (goldberg, mass) for choice in card.choices}
    assert offered & {"the Messiah", "the Water Music"}


def test_a_fact_sharing_only_one_of_the_shown_values_stays_an_option(make: type[Make]) -> None:
    # "Which prize did {who} win in {year}?": Curie's 1911 prize does not answer 1903.
    prizes = (
        ("the Nobel Prize in Physics", "Marie Curie", "1903"),
        ("the Nobel Prize in Chemistry", "Marie Curie", "1911"),
        ("the Davy Medal", "Marie Curie", "1903"),
        ("the Copley Medal", "Albert Einstein", "1925"),
        ("the Matteucci Medal", "Albert Einstein", "1921"),
        ("the Franklin Medal", "Niels Bohr", "1926"),
    )
    facts = [
        make.fact(f"f{i}", prize=prize, who=who, year=year, line=20 + i)
        for i, (prize, who, year) in enumerate(prizes)
    ]
    template = make.template(
        "prize",
        kind=TemplateKind.CHOICE,
        prompt="Which prize did {who} win in {year}?",
        answer="prize",
        choices=5,
    )
    cards = _cards(make, facts, template)
    physics = _card(cards, "f0")
    assert "the Davy Medal" not in physics.choices  # Curie, 1903: right as well
    assert "the Nobel Prize in Chemistry" in physics.choices  # Curie, but 1911
    chemistry = _card(cards, "f1")
    assert {"the Nobel Prize in Physics", "the Davy Medal"} <= set(chemistry.choices)


def test_shown_values_compare_as_options_do_case_article_and_alias_aside(
    make: type[Make],
) -> None:
    # One fact writes its composer otherwise: small letters, an article, or an alias.
    for other in ("bach", "the Bach", "J. S. Bach"):
        pieces = (PIECES[0], (PIECES[1][0], other), *PIECES[2:])
        cards = _cards(
            make, _piece_facts(make, pieces), _by_composer(make), aliases={"Bach": ("J. S. Bach",)}
        )
        assert "the Mass in B minor" not in _card(cards, "p0").choices, other
        assert "the Goldberg Variations" not in _card(cards, "p1").choices, other


def test_a_value_made_of_a_second_answers_parts_is_no_option(make: type[Make]) -> None:
    pieces = (("the Goldberg Variations and the Mass in B minor", "Bach"), *PIECES[2:])
    facts = [
        *_piece_facts(make, pieces),
        make.fact("solo", piece="the Mass in B minor", composer="Bach"),
    ]
    index = DeckIndex.of(make.deck(make.excerpt(facts=tuple(facts))))
    found = answers_too(index, facts[-1], ("composer",), "piece")
    assert {"goldberg variations", "mass in b minor"} <= found
    assert "messiah" not in found
    # The pair's own parts are its answer's: only what another fact holds is found.
    assert answers_too(index, facts[0], ("composer",), "piece") == {"mass in b minor"}


def test_a_prompt_showing_no_other_field_finds_no_second_answer(make: type[Make]) -> None:
    facts = _piece_facts(make)
    index = DeckIndex.of(make.deck(make.excerpt(facts=tuple(facts))))
    assert answers_too(index, facts[0], ("piece",), "piece") == frozenset()
    assert answers_too(index, facts[0], (), "piece") == frozenset()


def test_too_few_options_left_is_a_shortfall_naming_why(make: type[Make]) -> None:
    # Every other piece is Bach's: none is a wrong answer to "… did Bach write?".
    pieces = (*((piece, "Bach") for piece, _ in PIECES[:5]), ("Fidelio", "Beethoven"))
    facts = _piece_facts(make, pieces)
    text = make.naming(*(value for fact in facts for value in fact.values.values()))
    deck = make.deck(make.excerpt(text=text, facts=tuple(facts)), templates=(_by_composer(make),))
    errors = [d.message for d in make.errors(deck)]
    assert len(errors) == 1
    assert "needs 3 distinct wrong options" in errors[0]
    assert "another fact holds it with every value the prompt shows" in errors[0]


def test_a_drawn_question_naming_its_facts_values_offers_no_second_answer(
    make: type[Make],
) -> None:
    facts = _piece_facts(make)
    question = make.question("Which of these pieces did Handel write?", "the Messiah", draw="piece")
    text = make.naming(*(value for fact in facts for value in fact.values.values()))
    deck = make.deck(make.excerpt(text=text, facts=tuple(facts), questions=(question,)))
    (card,) = [card for card in make.cards(deck) if card.id.endswith(":q1")]
    assert "the Water Music" not in card.choices
    assert len(card.choices) == 4


def test_a_question_naming_only_some_of_its_facts_values_keeps_its_options(
    make: type[Make],
) -> None:
    # The question names Bach but not the year: it says more than the composer alone.
    facts = [
        make.fact("gold", piece="the Goldberg Variations", composer="Bach", year="1741"),
        make.fact("mass", piece="the Mass in B minor", composer="Bach", year="1749"),
    ]
    index = DeckIndex.of(make.deck(make.excerpt(facts=tuple(facts))))
    asked = "Which piece did Bach write for a sleepless count?"
    assert question_answers_too(index, asked, "the Goldberg Variations", "piece") == frozenset()
    named = "Which piece did Bach write in 1741?"
    assert question_answers_too(index, named, "the Goldberg Variations", "piece") == frozenset()
    # Naming every other value of its fact, it asks what a template would.
    facts.append(make.fact("aria", piece="the Aria", composer="Bach", year="1741"))
    index = DeckIndex.of(make.deck(make.excerpt(facts=tuple(facts))))
    assert question_answers_too(index, named, "the Goldberg Variations", "piece") == {"aria"}
