"""Tests of deck-level templates of kind text and choice."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, FieldSpec, Template, TemplateKind
from trainer.core.generate.placeholders import FieldRef, PlaceholderError, parse_pattern
from trainer.core.model import AnswerType, CardKind, DeckDefaults


def _schools(make: type[Make], *templates: Template, **deck_kw: Any) -> Deck:
    facts = (
        make.fact("lipetsk", what="a German aviation school", where="Lipetsk", year=1926),
        make.fact("kazan", what="a German tank school", where="Kazan", year=1926, tags=("tanks",)),
        make.fact("moscow", what="an embassy", where="Moscow", line=30),
    )
    return make.deck(
        make.excerpt("schools", facts=facts, tags=("rapallo",)),
        templates=templates,
        **deck_kw,
    )


WHAT = ("what", "What was agreed at {where} in {year}?", "what")
WHEN = ("when", "In what year was {what} agreed at {where}?", "year")


def _template(make: type[Make], spec: tuple[str, str, str], **kw: Any) -> Template:
    template_id, prompt, answer = spec
    return make.template(template_id, prompt=prompt, answer=answer, **kw)


def test_each_fact_with_every_field_gets_one_card_per_template_in_order(make: type[Make]) -> None:
    deck = _schools(make, _template(make, WHAT), _template(make, WHEN, tags=("dates",)))
    cards = make.cards(deck)
    assert [c.id for c in cards] == [
        "d:schools:lipetsk.what",
        "d:schools:lipetsk.when",
        "d:schools:kazan.what",
        "d:schools:kazan.when",
    ]
    assert cards[0].prompt == "What was agreed at Lipetsk in 1926?"
    assert cards[0].answer.text == "a German aviation school"
    assert cards[0].kind is CardKind.TEMPLATE
    assert cards[3].prompt == "In what year was a German tank school agreed at Kazan?"
    assert cards[3].tags == ("rapallo", "dates", "tanks")


def test_answer_type_comes_from_the_field_declaration_or_its_name(make: type[Make]) -> None:
    fields = MappingProxyType(
        {
            "where": FieldSpec("where", AnswerType.TEXT),
            "size": FieldSpec("size", AnswerType.NUMBER, 5.0),
        }
    )
    facts = (make.fact("f", size="50,000", year="1926", date="1926-03", where="Lipetsk"),)
    templates = tuple(
        make.template(name, prompt=f"{name} of {{where}}?", answer=name)
        for name in ("size", "year", "date", "where")
    )
    deck = make.deck(make.excerpt(facts=facts), templates=templates, fields=fields)
    size, year, date, where = make.cards(deck)
    assert (size.answer.type, size.answer.tolerance) == (AnswerType.NUMBER, 5.0)
    assert year.answer.type is AnswerType.YEAR
    assert date.answer.type is AnswerType.DATE
    assert where.answer.type is AnswerType.TEXT


def test_a_field_that_no_fact_has_is_an_error_with_a_suggestion(make: type[Make]) -> None:
    template = make.template("where", prompt="Where was {what}?", answer="wher", line=20)
    (error,) = make.errors(_schools(make, template))
    assert str(error) == (
        "deck.yaml:20:5: error: template 'where' uses field 'wher', which no fact has "
        "(did you mean 'where'?)"
    )


def test_a_malformed_placeholder_is_an_error_at_the_template(make: type[Make]) -> None:
    template = make.template("bad", prompt="Where was {what ?", answer="where", line=7)
    (error,) = make.errors(_schools(make, template))
    assert error.location == make.loc(7, 5)
    assert "malformed placeholder '{what ?'" in error.message


def test_double_braces_are_literal(make: type[Make]) -> None:
    template = make.template("lit", prompt="{{set}} {where} }}", answer="what")
    card = make.cards(_schools(make, template))[0]
    assert card.prompt == "{set} Lipetsk }"


def test_a_choice_template_draws_from_its_answer_field(make: type[Make]) -> None:
    template = make.template(
        "where-choice", kind=TemplateKind.CHOICE, prompt="Where was {what}?", answer="where"
    )
    deck = _schools(make, template, defaults=DeckDefaults(choices=3, auto_cloze=False))
    cards = make.cards(deck)
    assert [c.kind for c in cards] == [CardKind.CHOICE] * 3
    embassy = cards[2]
    assert embassy.prompt == "Where was an embassy?"
    assert embassy.answer.text == "Moscow"
    assert sorted(embassy.choices) == ["Kazan", "Lipetsk", "Moscow"]
    assert embassy.choices[embassy.answer.key[0]] == "Moscow"
    assert make.cards(deck) == cards


def test_a_choice_template_short_of_options_is_one_error_at_the_template(make: type[Make]) -> None:
    template = make.template(
        "where-choice",
        kind=TemplateKind.CHOICE,
        prompt="Where was {what}?",
        answer="where",
        choices=5,
        line=12,
    )
    (error,) = make.errors(_schools(make, template))
    assert error.location == make.loc(12, 5)
    assert error.message == (
        "template 'where-choice' needs 4 distinct wrong options from field 'where' for fact "
        "'lipetsk' (and 2 more facts), but only 2 could be found; add more facts with field "
        "'where', or set `choices: 3`"
    )


def test_a_template_missing_its_prompt_is_an_error(make: type[Make]) -> None:
    (error,) = make.errors(_schools(make, make.template("empty", answer="where")))
    assert "needs 'prompt'" in error.message


def test_parse_pattern_splits_text_and_fields() -> None:
    pattern = parse_pattern("At {where} in {year}, {where}!")
    assert pattern.parts == (
        "At ",
        FieldRef("where"),
        " in ",
        FieldRef("year"),
        ", ",
        FieldRef("where"),
        "!",
    )
    assert pattern.fields == ("where", "year")
    assert pattern.render({"where": "Kazan", "year": "1926"}) == "At Kazan in 1926, Kazan!"


@pytest.mark.parametrize("bad", ["{}", "{ where }", "{where", "lone } brace", "{1x}"])
def test_parse_pattern_refuses_malformed_braces(bad: str) -> None:
    with pytest.raises(PlaceholderError):
        parse_pattern(bad)
