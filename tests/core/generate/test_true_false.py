"""Tests of true-or-false cards made by templates."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from types import MappingProxyType
from typing import Any

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, Fact, FieldSpec, TemplateKind
from trainer.core.deck.card_ids import template_of
from trainer.core.generate.true_false_drafts import true_share_bounds
from trainer.core.model import AnswerType, Card, CardKind, Severity

STATEMENT = "Under the 1926 agreement, {what} was to be set up at {where}."
PLACES = ["Lipetsk", "Kazan", "Tomka", "Moscow", "Berlin", "Kiev", "Odessa", "Riga"]


def _deck(make: type[Make], count: int = 24, **template_kw: Any) -> Deck:
    facts = tuple(
        make.fact(f"f{i}", what=f"school {i}", where=PLACES[i % len(PLACES)], line=20 + i)
        for i in range(count)
    )
    template = make.template(
        "tf", kind=TemplateKind.TRUE_FALSE, statement=STATEMENT, swap="where", **template_kw
    )
    return make.deck(make.excerpt("schools", facts=facts), templates=(template,))


def test_each_fact_makes_a_true_or_a_false_statement(make: type[Make]) -> None:
    cards = make.cards(_deck(make))
    assert len(cards) == 24
    verdicts = {c.answer.text for c in cards}
    assert verdicts == {"True", "False"}
    for index, card in enumerate(cards):
        truth = STATEMENT.format(what=f"school {index}", where=PLACES[index % len(PLACES)])
        assert card.id == f"d:schools:f{index}.tf"
        assert card.kind is CardKind.TRUE_FALSE
        assert card.choices == ("True", "False")
        assert card.answer.type is AnswerType.CHOICE
        assert card.choices[card.answer.key[0]] == card.answer.text
        if card.answer.text == "True":
            assert card.prompt == f"True or false: {truth}"
            assert card.explanation == ""
        else:
            assert card.prompt != f"True or false: {truth}"
            assert card.prompt.startswith(
                f"True or false: Under the 1926 agreement, school {index} "
            )
            swapped = card.prompt.removesuffix(".").rsplit(" at ", 1)[1]
            assert swapped in PLACES and swapped != PLACES[index % len(PLACES)]
            assert card.explanation == truth


def test_the_card_id_alone_decides_the_verdict_and_the_sibling(make: type[Make]) -> None:
    deck = _deck(make)
    cards = make.cards(deck)
    reordered = dataclasses.replace(
        deck,
        excerpts=(
            dataclasses.replace(deck.excerpts[0], facts=tuple(reversed(deck.excerpts[0].facts))),
        ),
    )
    by_id = {c.id: c for c in make.cards(reordered)}
    assert all(by_id[c.id] == c for c in cards)


def test_a_fact_without_a_sibling_value_makes_no_card_and_a_warning(make: type[Make]) -> None:
    facts = (
        make.fact("lipetsk", what="an aviation school", where="Lipetsk", line=20),
        make.fact("lipetsk2", what="a gas school", where="LIPETSK", line=24),
    )
    template = make.template("tf", kind=TemplateKind.TRUE_FALSE, statement=STATEMENT, swap="where")
    deck = make.deck(make.excerpt(facts=facts), templates=(template,))
    cards, diagnostics = make.generate(deck)
    assert cards == ()
    messages = [str(d) for d in diagnostics]
    assert messages == [
        "deck.yaml:5:5: warning: excerpt 'e1' yields no question",
        "deck.yaml:20:9: warning: fact 'lipetsk' has no sibling value of 'where' to swap in, "
        "so template 'tf' makes no true/false card from it",
        "deck.yaml:24:9: warning: fact 'lipetsk2' has no sibling value of 'where' to swap in, "
        "so template 'tf' makes no true/false card from it",
    ]


def test_a_swap_field_missing_from_the_statement_is_an_error(make: type[Make]) -> None:
    facts = (make.fact("a", what="x", where="A"), make.fact("b", what="y", where="B"))
    template = make.template(
        "tf", kind=TemplateKind.TRUE_FALSE, statement="{what} happened.", swap="where", line=9
    )
    (error,) = make.errors(make.deck(make.excerpt(facts=facts), templates=(template,)))
    assert error.location == make.loc(9, 5)
    assert "swaps field 'where', which its statement does not use" in error.message


def _tf(
    make: type[Make],
    statement: str,
    swap: str,
    *facts: Fact,
    text: str = "a plain lowercase text.",
    **kw: Any,
) -> Deck:
    template = make.template("tf", kind=TemplateKind.TRUE_FALSE, statement=statement, swap=swap)
    return make.deck(make.excerpt("e", text, facts=facts), templates=(template,), **kw)


def _false_statements(cards: Iterable[Card]) -> dict[str, str]:
    """For every card, the statement it shows or would show when false."""
    return {c.id.rsplit(":", 1)[1]: c.prompt for c in cards if c.answer.text == "False"}


def test_true_and_false_are_balanced_and_fixed_per_card(make: type[Make]) -> None:
    for count in (5, 6, 7, 24, 61):
        cards = make.cards(_deck(make, count))
        trues = sum(card.answer.text == "True" for card in cards)
        assert 0.4 <= trues / len(cards) <= 0.6, (count, trues)
        assert make.cards(_deck(make, count)) == cards


def test_adding_a_fact_turns_over_at_most_two_other_cards(make: type[Make]) -> None:
    for count in range(5, 40):
        before = {c.id: c.answer.text for c in make.cards(_deck(make, count))}
        after = {c.id: c.answer.text for c in make.cards(_deck(make, count + 1))}
        turned = [card_id for card_id, verdict in before.items() if after[card_id] != verdict]
        assert len(turned) <= 2, (count, turned)


def test_a_swapped_year_is_a_near_one(make: type[Make]) -> None:
    years = [1903, 1911, 1921, 1922, 1927, 1933, 1945, 1962]
    facts = tuple(
        make.fact(f"f{year}", event=f"event {year}", year=str(year), line=20 + i)
        for i, year in enumerate(years)
    )
    cards = make.cards(_tf(make, "The year {year} saw {event}.", "year", *facts))
    assert len(cards) == len(years)
    nearest = {1903: {1911}, 1921: {1922}, 1945: {1933}, 1962: {1945}, 1927: {1922}}
    for card in cards:
        own = int(card.id.split(":")[2][1:5])
        shown = int(card.prompt.split()[5])
        if card.answer.text == "False" and own in nearest:
            assert shown in nearest[own], (own, shown)


def test_a_swap_comes_from_the_templates_own_facts(make: type[Make]) -> None:
    facts = (
        make.fact("tereshkova", who="Valentina Tereshkova", first="the first woman in space"),
        make.fact("leonov", who="Alexei Leonov", first="the first person to walk in space"),
        make.fact("gagarin", who="Yuri Gagarin", first="the first person in space"),
        make.fact("ike", who="Dwight Eisenhower", signed="the Space Act"),
    )
    for _ in range(3):
        cards = make.cards(_tf(make, "{who} was {first}.", "who", *facts))
        assert not [card for card in cards if "Eisenhower" in card.prompt]


def test_a_pair_is_swapped_for_one_only_when_nothing_else_will_do(make: type[Make]) -> None:
    # "Belka and Strelka became the first animal to orbit the Earth" reads false on its
    # face: one name is swapped for one, a pair for a pair, while there are any.
    singles = ["Laika", "Ham", "Félicette", "Enos", "Albert", "Gordo", "Baker", "Able"]
    pairs = ["Belka and Strelka", "Veterok and Ugolyok", "Tsygan and Dezik"]
    facts = tuple(
        make.fact(f"f{i}", who=who, first=f"the first animal of kind {i}")
        for i, who in enumerate([*singles, *pairs])
    )
    statements = _false_statements(make.cards(_tf(make, "{who} became {first}.", "who", *facts)))
    false_singles = [
        statements[f"f{i}.tf"] for i in range(len(singles)) if f"f{i}.tf" in statements
    ]
    false_pairs = [
        statements[f"f{i}.tf"] for i in range(len(singles), len(facts)) if f"f{i}.tf" in statements
    ]
    assert false_singles and false_pairs
    assert not [statement for statement in false_singles if " and " in statement]
    assert all(" and " in statement for statement in false_pairs)


def test_an_expansion_that_does_not_spell_the_acronym_is_never_swapped_in(
    make: type[Make],
) -> None:
    # "RSA stands for random-access memory" is false on its face: its initials give it
    # away. With no expansion that spells another's acronym, no card, and a warning.
    facts = (
        make.fact("ram", acronym="RAM", expansion="random-access memory"),
        make.fact("rom", acronym="ROM", expansion="read-only memory"),
        make.fact("cpu", acronym="CPU", expansion="central processing unit"),
        make.fact("sql", acronym="SQL", expansion="Structured Query Language"),
    )
    deck = _tf(make, "{acronym} stands for {expansion}.", "expansion", *facts)
    assert make.cards(deck) == ()
    warned = [str(d) for d in make.warnings(deck) if "no sibling value" in str(d)]
    assert len(warned) == len(facts)


def test_a_looser_upper_bound_is_never_swapped_in(make: type[Make]) -> None:
    # "The average time of quicksort is O(n^2)" is true: an upper bound that grows faster
    # still bounds it. Only a bound that grows slower makes a false statement.
    bounds = {"a": "O(1)", "b": "O(log n)", "c": "O(n)", "d": "O(n log n)", "e": "O(n^2)"}
    facts = tuple(make.fact(k, algorithm=f"algorithm {k}", bound=v) for k, v in bounds.items())
    cards = make.cards(_tf(make, "The time of {algorithm} is {bound}.", "bound", *facts))
    order = list(bounds.values())
    for card in cards:
        if card.answer.text == "False":
            own = bounds[card.id.split(":")[2].split(".")[0]]
            shown = card.prompt.split(" is ")[1].rstrip(".")
            assert order.index(shown) < order.index(own), card.prompt


def test_a_swap_true_by_another_fact_is_never_used(make: type[Make]) -> None:
    facts = (
        make.fact("marie", who="Marie Curie", prize="the 1903 Nobel Prize in Physics"),
        make.fact("pierre", who="Pierre Curie", prize="the 1903 Nobel Prize in Physics"),
        make.fact("einstein", who="Albert Einstein", prize="the 1921 Nobel Prize in Physics"),
    )
    cards = make.cards(_tf(make, "{who} won {prize}.", "who", *facts))
    statements = _false_statements(cards)
    assert "Pierre Curie won the 1903" not in statements.get("marie.tf", "")
    assert "Marie Curie won the 1903" not in statements.get("pierre.tf", "")
    for card in cards:
        if card.answer.text == "False":
            assert card.prompt not in {f"True or false: {c.explanation}" for c in cards}


def test_a_swap_stated_by_an_excerpt_is_never_used(make: type[Make]) -> None:
    facts = (
        make.fact("curie", who="Marie Curie", prize="the 1903 Nobel Prize in Physics"),
        make.fact("becquerel", who="Henri Becquerel", prize="the 1908 Rumford Medal"),
        make.fact("einstein", who="Albert Einstein", prize="the 1921 Nobel Prize in Physics"),
    )
    text = "Henri Becquerel and Marie Curie won the 1903 Nobel Prize in Physics."
    for seed_id in ("d", "d2", "d3", "d4"):
        deck = _tf(make, "{who} won {prize}.", "who", *facts, text=text, deck_id=seed_id)
        for card in make.cards(deck):
            assert "Becquerel won the 1903" not in card.prompt


def test_a_value_named_elsewhere_in_the_sentence_is_not_stated_by_it(make: type[Make]) -> None:
    facts = (
        make.fact("lipetsk", what="an aviation school", where="Lipetsk"),
        make.fact("kazan", what="a tank school", where="Kazan"),
    )
    text = "The agreement provided for an aviation school at Lipetsk and a tank school at Kazan."
    cards, diagnostics = make.generate(_tf(make, STATEMENT, "where", *facts, text=text))
    assert len(cards) == 2
    assert [d for d in diagnostics if d.severity.value == "warning"] == []


def test_a_fact_whose_every_swap_is_true_makes_no_card_and_a_warning(make: type[Make]) -> None:
    facts = (
        make.fact("marie", who="Marie Curie", prize="the 1903 Nobel Prize in Physics", line=20),
        make.fact("pierre", who="Pierre Curie", prize="the 1903 Nobel Prize in Physics", line=22),
    )
    cards, diagnostics = make.generate(_tf(make, "{who} won {prize}.", "who", *facts))
    assert cards == ()
    assert [str(d) for d in diagnostics if "makes no true/false card" in d.message] == [
        "deck.yaml:20:9: warning: fact 'marie': every value of 'who' that could be swapped in "
        "makes a statement that another fact or an excerpt shows to be true, so template 'tf' "
        "makes no true/false card from it",
        "deck.yaml:22:9: warning: fact 'pierre': every value of 'who' that could be swapped in "
        "makes a statement that another fact or an excerpt shows to be true, so template 'tf' "
        "makes no true/false card from it",
    ]


def test_a_swap_from_outside_the_templates_facts_is_warned_about(make: type[Make]) -> None:
    facts = (
        make.fact("lipetsk", what="an aviation school", where="Lipetsk", line=20),
        make.fact("moscow", where="Moscow", line=22),
    )
    cards, diagnostics = make.generate(_tf(make, STATEMENT, "where", *facts))
    assert len(cards) == 1
    assert [str(d) for d in diagnostics if "finds no like fact" in d.message] == [
        "deck.yaml:20:9: warning: template 'tf' finds no like fact whose 'where' can make fact "
        "'lipetsk' false, so the false statement takes one from every fact's 'where'"
    ]


def test_statements_starting_with_a_value_start_with_a_capital(make: type[Make]) -> None:
    facts = (
        make.fact("a", event="the treaty of Rapallo", year="1922"),
        make.fact("b", event="the Locarno treaties", year="1925"),
    )
    cards = make.cards(_tf(make, "{event} was signed in {year}.", "year", *facts))
    for card in cards:
        assert card.prompt.startswith("True or false: The ")
        assert not card.explanation or card.explanation.startswith("The ")


def test_a_statement_that_cannot_be_read_is_its_templates_error_alone(make: type[Make]) -> None:
    facts = (
        make.fact("f1", happening="The Rapallo treaty", year="1922", line=20),
        make.fact("f2", happening="The Locarno treaty", year="1925", line=21),
    )
    broken = make.template(
        "bad", kind=TemplateKind.TRUE_FALSE, statement="{happening} in {year}}.", swap="year"
    )
    good = make.template(
        "good", kind=TemplateKind.TRUE_FALSE, statement="{happening} in {year}.", swap="year"
    )
    _, diagnostics = make.generate(
        make.deck(make.excerpt("e", facts=facts), templates=(broken, good))
    )
    errors = [d.message for d in diagnostics if d.severity is Severity.ERROR]
    assert errors == ["template 'bad': a lone '}': write }} for a literal brace in its statement"]


def _two_templates(make: type[Make], count: int) -> Deck:
    facts = tuple(
        make.fact(f"f{i}", city=f"City {i}", river=f"River {i}", line=20 + i) for i in range(count)
    )
    templates = tuple(
        make.template(name, kind=TemplateKind.TRUE_FALSE, statement=statement, swap=swap)
        for name, statement, swap in (
            ("on", "{city} lies on {river}.", "river"),
            ("at", "{river} flows past {city}.", "city"),
            ("by", "{city} stands by {river}.", "city"),
        )
    )
    return make.deck(make.excerpt("e", facts=facts), templates=templates)


def test_true_and_false_are_balanced_within_each_template(make: type[Make]) -> None:
    for count in range(3, 30):
        cards = make.cards(_two_templates(make, count))
        by_template: dict[str, list[bool]] = {}
        for card in cards:
            by_template.setdefault(template_of(card.id), []).append(card.answer.text == "True")
        for name, verdicts in by_template.items():
            low, high = true_share_bounds(len(verdicts))
            assert low <= sum(verdicts) <= high, (count, name, verdicts)
        low, high = true_share_bounds(len(cards))
        assert low <= sum(card.answer.text == "True" for card in cards) <= high
        assert make.cards(_two_templates(make, count)) == cards


def test_a_number_within_the_fields_tolerance_is_never_swapped_in(make: type[Make]) -> None:
    # "The Amazon is about 6,300 km long" is true where the deck takes 6,300 for 6,400.
    lengths = {"nile": 6650, "amazon": 6400, "yangtze": 6300, "danube": 2850, "volga": 3530}
    lengths |= {"mississippi": 3730, "rhine": 1230, "loire": 1010, "thames": 346}
    facts = tuple(make.fact(k, river=k.title(), km=v) for k, v in lengths.items())
    fields = MappingProxyType({"km": FieldSpec(name="km", type=AnswerType.NUMBER, tolerance=150)})
    deck = _tf(make, "The {river} is about {km} km long.", "km", *facts, fields=fields)
    falsehoods = _false_statements(make.cards(deck))
    assert falsehoods
    for slot, statement in falsehoods.items():
        shown = float(statement.split(" about ")[1].split()[0])
        assert abs(shown - lengths[slot.split(".")[0]]) > 150, statement


def test_a_number_near_the_true_one_is_never_swapped_in_where_the_statement_says_about(
    make: type[Make],
) -> None:
    # "The Yangtze is about 6,400 km long" is about right for 6,300 km: as grading takes a
    # number within a twentieth of one said to be "about" it, no such one is swapped in.
    lengths = {"nile": 6650, "amazon": 6400, "yangtze": 6300, "danube": 2850, "volga": 3530}
    lengths |= {"mississippi": 3730, "rhine": 1230, "loire": 1010, "congo": 4700}
    facts = tuple(make.fact(k, river=k.title(), km=f"{v} km") for k, v in lengths.items())
    deck = _tf(make, "The {river} is about {km} long.", "km", *facts)
    falsehoods = _false_statements(make.cards(deck))
    assert falsehoods
    for slot, statement in falsehoods.items():
        shown = float(statement.split(" about ")[1].split()[0])
        true = lengths[slot.split(".")[0]]
        assert abs(shown - true) > true / 20, statement
    # Said exactly, a near one makes a fair false statement.
    exact = _false_statements(make.cards(_tf(make, "The {river} is {km} long.", "km", *facts)))
    assert any(
        abs(float(s.split(" is ")[1].split()[0]) - lengths[k.split(".")[0]])
        <= lengths[k.split(".")[0]] / 20
        for k, s in exact.items()
    )


_MUGHALS = """\
id: mughals
title: Mughals
templates:
  - id: did
    kind: true_false
    statement: "{who} {did}."
    swap: who
excerpts:
  - id: e
    page: 1
    text: >
      Babur won at Panipat. Akbar abolished the jizya. Nur Jahan issued coins in her own
      name. Aurangzeb reimposed the jizya.
    facts:
      - {id: babur, who: Babur, did: won at Panipat}
      - {id: akbar, who: Akbar, did: abolished the jizya}
      - {id: nur, who: Nur Jahan, did: issued coins in her own name}
      - {id: aur, who: Aurangzeb, did: reimposed the jizya}
"""


def test_a_statement_naming_a_sex_swaps_in_no_one_not_known_to_be_of_it() -> None:
    # "Babur issued coins in her own name." was made: a lone name of no known sex, ranked
    # only as "named unlike", passed the test of sex.
    from trainer.core.compile import compile_loaded
    from trainer.core.deck.loader import load_deck_bytes

    compiled = compile_loaded(load_deck_bytes("deck.yaml", _MUGHALS.encode()))
    statements = [card.prompt for card in compiled.cards if ":nur." in card.id]
    assert all("Nur Jahan" in statement for statement in statements), statements
    assert any(
        "no other value of 'who' is known to be a person of the sex" in w.message
        for w in compiled.warnings
    )
