"""Confusables: the deck's other values a typo of a card's answer could be, found when compiling."""

from __future__ import annotations

from pathlib import Path

from trainer.core.answering.confusables import (
    MAX_CONFUSABLES,
    MAX_WORD_LENGTH,
    _neighbourhood,
    attach_confusables,
)
from trainer.core.answering.grading import Outcome, grade
from trainer.core.compile import compile_deck
from trainer.core.model import Answer, AnswerType, Card, CardKind
from trainer.core.scheduling.policy import Policy


def card(card_id: str, answer: str, *accept: str, kind: AnswerType = AnswerType.TEXT) -> Card:
    return Card(
        id=card_id,
        deck_id="d",
        kind=CardKind.QA,
        excerpt_id="e",
        prompt="?",
        answer=Answer(kind, answer, alternatives=accept),
        source="p. 1",
    )


def confusables(cards: list[Card], extra: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    return {c.id: c.answer.confusables for c in attach_confusables(cards, extra)}


def test_values_a_typo_apart_are_each_others_confusables() -> None:
    found = confusables([card("a", "Russian"), card("b", "Prussian"), card("c", "Kazan")])
    assert found == {"a": ("Prussian",), "b": ("Russian",), "c": ()}


def test_fact_values_and_options_count_but_the_cards_own_answers_do_not() -> None:
    cards = [card("a", "Iceland", "the island of Iceland")]
    assert confusables(cards, ("Ireland", "the Iceland", "Greenland"))["a"] == ("Ireland",)


def test_only_text_answers_get_confusables() -> None:
    cards = [card("y", "1926", kind=AnswerType.YEAR), card("t", "1927")]
    found = confusables(cards)
    assert found["y"] == ()
    assert found["t"] == ()  # numbers differ: never a typo anyway


def test_the_nearest_are_kept() -> None:
    near = [f"Kazan{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"]
    found = confusables([card("a", "Kazan")], tuple(near))["a"]
    assert len(found) == MAX_CONFUSABLES


def test_compiling_a_deck_attaches_them(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text(
        """
id: confusing
title: Confusing
excerpts:
  - id: capitals
    page: 5
    text: Reykjavik is the capital of Iceland, and Dublin of Ireland.
    questions:
      - id: reykjavik
        q: Which country has Reykjavik as its capital?
        a: Iceland
      - id: dublin
        q: Which country has Dublin as its capital?
        a: Ireland
""",
        encoding="utf-8",
    )
    cards = {c.id: c for c in compile_deck(deck).cards}
    iceland = cards["confusing:capitals:reykjavik"]
    assert iceland.answer.confusables == ("Ireland",)
    verdict = grade(iceland.answer, "Ireland", policy=Policy(), question=iceland.prompt)
    assert verdict.outcome is Outcome.WRONG
    assert verdict.rule == "'ireland' is another answer of this deck: Ireland"


def test_a_word_past_any_typed_word_has_no_neighbourhood() -> None:
    # Cutting it would make keys as the square of its length (a 1,500-letter answer
    # took 5 GB): it is no word anyone types by mistake for another.
    long_word = "ab" * (MAX_WORD_LENGTH // 2 + 1)
    assert _neighbourhood(long_word) == set()
    assert _neighbourhood(f"the {long_word}") == set()
    assert _neighbourhood("lipetsk") != set()


def test_one_answer_accepting_thousands_of_forms_finds_its_confusables() -> None:
    # Searched through the index, as thousands of answers would be, not by comparing
    # each of its forms with every value (3,000 forms: nine million comparisons).
    accepted = tuple(f"school {i}" for i in range(3_000))
    found = confusables([card("d:e:q1", "Lipetsk", *accepted), card("d:e:q2", "Lipetks")])
    assert found["d:e:q1"] == ("Lipetks",)


def test_values_apart_by_a_word_of_degree_only_are_each_others_confusables() -> None:
    """The search passes over "very", so "fast" and "very fast" are one form to it; yet
    they are two answers of the deck (Allegro's and Presto's), each wrong for the other."""
    made = [
        card("a", "fast"),
        card("b", "very fast"),
        card("c", "slowly"),
        card("d", "fast", "very fast"),
    ]
    assert confusables(made) == {"a": ("very fast",), "b": ("fast",), "c": (), "d": ()}
    (allegro, presto, *_) = attach_confusables(made)
    policy = Policy()
    assert grade(presto.answer, "fast", policy=policy).outcome is Outcome.WRONG
    assert grade(allegro.answer, "very fast", policy=policy).outcome is Outcome.WRONG
    assert grade(presto.answer, "very fast", policy=policy).outcome is Outcome.EXACT
