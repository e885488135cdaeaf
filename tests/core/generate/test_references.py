"""What a card is about: a fact of no date is dated by its excerpt (`references`)."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.generate.references import Reference
from trainer.core.model import CardKind

PEOPLE = (
    ("gagarin", "Yuri Gagarin", "the first person in space", "1961"),
    ("shepard", "Alan Shepard", "the first American in space", "1961"),
    ("glenn", "John Glenn", "the first American to orbit the Earth", "1962"),
    ("leonov", "Alexei Leonov", "the first person to walk in space", "1965"),
    ("newton", "Isaac Newton", "the author of the Principia", "1687"),
    ("kepler", "Johannes Kepler", "the discoverer of elliptical orbits", "1609"),
    ("galileo", "Galileo Galilei", "the first to see Jupiter's moons", "1610"),
)


def test_an_undated_fact_is_dated_by_its_excerpt(make: type[Make]) -> None:
    # Each person in an excerpt of their own, dated only by another fact there: the
    # astronaut is offered astronauts, not the astronomers of the 1600s.
    excerpts = tuple(
        make.excerpt(
            key,
            f"{name} was {role}. It happened in {year}.",
            facts=(
                make.fact(key, who=name, role=role, line=10 * i),
                make.fact(f"{key}-when", event=role, year=year, line=10 * i + 1),
            ),
        )
        for i, (key, name, role, year) in enumerate(PEOPLE)
    )
    template = make.template(
        "who", kind=TemplateKind.CHOICE, prompt="Who was {role}?", answer="who"
    )
    deck = make.deck(*excerpts, templates=(template,))
    cards = {c.answer.text: c for c in make.cards(deck) if c.kind is CardKind.CHOICE}
    assert set(cards["Yuri Gagarin"].choices) == {
        "Yuri Gagarin",
        "Alan Shepard",
        "John Glenn",
        "Alexei Leonov",
    }
    assert {"Johannes Kepler", "Galileo Galilei"} <= set(cards["Isaac Newton"].choices)


def test_a_fact_of_its_own_date_keeps_it(make: type[Make]) -> None:
    dated = make.fact("f", who="Yuri Gagarin", year="1961")
    other = make.fact("g", event="the Principia", year="1687")
    excerpt = make.excerpt("e", facts=(dated, other))
    assert Reference.of((dated,), (excerpt,), dated_by=excerpt.facts).day == (
        Reference.of((dated,), (excerpt,)).day
    )
