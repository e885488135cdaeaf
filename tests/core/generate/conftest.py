"""Builders of validated decks, so that generator tests need no YAML and no loader."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from trainer.core.authored import Chronology, Deck, Excerpt, Fact, Question, Template, TemplateKind
from trainer.core.generate import generate_cards
from trainer.core.model import Card, DeckDefaults, Diagnostic, Location, Severity, SourceRef

PATH = "deck.yaml"


class Make:
    """Deck parts with sensible defaults; every keyword passes through to the dataclass."""

    @staticmethod
    def loc(line: int = 1, column: int = 1) -> Location:
        return Location(PATH, line, column)

    @staticmethod
    def question(
        prompt: str = "Which?",
        answer: str = "Kazan",
        *,
        slot: str = "q1",
        line: int = 10,
        **kw: Any,
    ) -> Question:
        return Question(slot=slot, prompt=prompt, answer=answer, location=Make.loc(line, 7), **kw)

    @staticmethod
    def fact(
        fact_id: str,
        *,
        line: int = 20,
        tags: tuple[str, ...] = (),
        accepts: dict[str, tuple[str, ...]] | None = None,
        **values: Any,
    ) -> Fact:
        return Fact(
            id=fact_id,
            excerpt_id="",
            values={name: str(value) for name, value in values.items()},
            location=Make.loc(line, 9),
            tags=tags,
            accepts=accepts or {},
        )

    @staticmethod
    def excerpt(
        excerpt_id: str = "e1",
        text: str = "a plain lowercase text.",
        *,
        pages: str = "128–129",
        line: int = 5,
        facts: tuple[Fact, ...] = (),
        **kw: Any,
    ) -> Excerpt:
        owned = tuple(dataclasses.replace(f, excerpt_id=excerpt_id) for f in facts)
        return Excerpt(
            id=excerpt_id,
            text=text,
            source=SourceRef(pages=pages),
            location=Make.loc(line, 5),
            facts=owned,
            **kw,
        )

    @staticmethod
    def naming(*values: str) -> str:
        """An excerpt's text that states each of `values`: cards asking for them can be
        answered from it."""
        return "It names " + "; ".join(values) + "."

    @staticmethod
    def template(
        template_id: str, *, kind: TemplateKind = TemplateKind.TEXT, line: int = 3, **kw: Any
    ) -> Template:
        return Template(id=template_id, kind=kind, location=Make.loc(line, 5), **kw)

    @staticmethod
    def chronology(chronology_id: str, *fact_ids: str, line: int = 2, **kw: Any) -> Chronology:
        return Chronology(id=chronology_id, fact_ids=fact_ids, location=Make.loc(line, 5), **kw)

    @staticmethod
    def deck(*excerpts: Excerpt, deck_id: str = "d", defaults: Any = None, **kw: Any) -> Deck:
        return Deck(
            id=deck_id,
            title="Test deck",
            location=Make.loc(),
            excerpts=excerpts,
            defaults=defaults or DeckDefaults(auto_cloze=False),
            **kw,
        )

    @staticmethod
    def generate(deck: Deck) -> tuple[tuple[Card, ...], tuple[Diagnostic, ...]]:
        return generate_cards(deck)

    @staticmethod
    def cards(deck: Deck) -> tuple[Card, ...]:
        """The deck's cards, after checking that generating them found no error."""
        cards, diagnostics = generate_cards(deck)
        errors = [str(d) for d in diagnostics if d.severity is Severity.ERROR]
        assert errors == []
        return cards

    @staticmethod
    def errors(deck: Deck) -> list[Diagnostic]:
        return [d for d in generate_cards(deck)[1] if d.severity is Severity.ERROR]

    @staticmethod
    def warnings(deck: Deck) -> list[Diagnostic]:
        return [d for d in generate_cards(deck)[1] if d.severity is Severity.WARNING]


@pytest.fixture(scope="session")
def make() -> type[Make]:
    return Make
