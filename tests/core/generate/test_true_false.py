"""Tests of true-or-false cards made by templates."""

from __future__ import annotations

import dataclasses

from trainer.core.model import AnswerType, CardKind, TemplateKind

STATEMENT = "Under the 1926 agreement, {what} was to be set up at {where}."
PLACES = ["Lipetsk", "Kazan", "Tomka", "Moscow", "Berlin", "Kiev", "Odessa", "Riga"]


def _deck(make, count: int = 24, **template_kw):
    facts = tuple(
        make.fact(f"f{i}", what=f"school {i}", where=PLACES[i % len(PLACES)], line=20 + i)
        for i in range(count)
    )
    template = make.template(
        "tf", kind=TemplateKind.TRUE_FALSE, statement=STATEMENT, swap="where", **template_kw
    )
    return make.deck(make.excerpt("schools", facts=facts), templates=(template,))


def test_each_fact_makes_a_true_or_a_false_statement(make) -> None:
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


def test_the_card_id_alone_decides_the_verdict_and_the_sibling(make) -> None:
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


def test_a_fact_without_a_sibling_value_makes_no_card_and_a_warning(make) -> None:
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


def test_a_swap_field_missing_from_the_statement_is_an_error(make) -> None:
    facts = (make.fact("a", what="x", where="A"), make.fact("b", what="y", where="B"))
    template = make.template(
        "tf", kind=TemplateKind.TRUE_FALSE, statement="{what} happened.", swap="where", line=9
    )
    (error,) = make.errors(make.deck(make.excerpt(facts=facts), templates=(template,)))
    assert error.location == make.loc(9, 5)
    assert "swaps field 'where', which its statement does not use" in error.message
