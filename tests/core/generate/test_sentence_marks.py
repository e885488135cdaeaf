"""A value that ends its sentence already takes no second end mark from its template."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.generate.placeholders import parse_pattern


@pytest.mark.parametrize(
    ("source", "value", "expected"),
    [
        ("Who wrote {title}?", "What Is the Third Estate?", "Who wrote What Is the Third Estate?"),
        (
            "{who} wrote {title}.",
            "Who's Afraid of Virginia Woolf?",
            "X wrote Who's Afraid of Virginia Woolf?",
        ),
        ("Who painted {title}?", "Oh! What a Lovely War!", "Who painted Oh! What a Lovely War!?"),
        ("The crowd shouted {cry}.", "Vive la nation!", "The crowd shouted Vive la nation!"),
        ('Who wrote "{title}"?', "Is Paris Burning?", 'Who wrote "Is Paris Burning?"'),
        ("It moved to {city}.", "Washington, D.C.", "It moved to Washington, D.C."),
        ("Where is {city}?", "Washington, D.C.", "Where is Washington, D.C.?"),
        ("{who} founded {firm}. Later it grew.", "Acme Inc.", "X founded Acme Inc. Later it grew."),
        ("Who wrote {title}?", "Candide", "Who wrote Candide?"),
        ("{title}, a question?", "Why?", "Why?, a question?"),
    ],
)
def test_a_values_own_end_mark_stands_for_the_sentences(
    source: str, value: str, expected: str
) -> None:
    values = {"title": value, "cry": value, "city": value, "firm": value, "who": "X"}
    assert parse_pattern(source).render(values) == expected


@given(st.text(alphabet="abc ?!.", max_size=12), st.sampled_from([".", "?", "!"]))
def test_a_rendering_never_doubles_a_question_mark(value: str, mark: str) -> None:
    rendered = parse_pattern("It is {v}" + mark).render({"v": value})
    if value.endswith("?"):
        assert rendered == f"It is {value}"
    else:
        assert rendered.startswith(f"It is {value}")


def test_a_template_question_and_its_true_false_statement_end_once(make: type[Make]) -> None:
    titles = ["What Is the Third Estate?", "L'Ami du peuple", "Le Père Duchesne", "Common Sense"]
    authors = ["Abbé Sieyès", "Jean-Paul Marat", "Jacques Hébert", "Thomas Paine"]
    facts = tuple(
        make.fact(f"f{i}", title=title, author=author, line=20 + i)
        for i, (title, author) in enumerate(zip(titles, authors, strict=True))
    )
    templates = (
        make.template(
            "who", kind=TemplateKind.CHOICE, prompt="Who wrote {title}?", answer="author"
        ),
        make.template(
            "tf", kind=TemplateKind.TRUE_FALSE, statement="{author} wrote {title}.", swap="author"
        ),
    )
    deck = make.deck(
        make.excerpt("e", make.naming(*titles, *authors), facts=facts), templates=templates
    )
    cards = {card.id.rsplit(":", 1)[1]: card for card in make.cards(deck)}
    assert cards["f0.who"].prompt == "Who wrote What Is the Third Estate?"
    assert cards["f0.tf"].prompt.endswith("wrote What Is the Third Estate?")
    assert cards["f0.tf"].explanation in ("", "Abbé Sieyès wrote What Is the Third Estate?")
    assert cards["f1.tf"].prompt.endswith("wrote L'Ami du peuple.")
