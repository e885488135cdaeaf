"""Tests that a Quizlet card's wrong options are drawn as before, in time near linear.

The options were once chosen by ranking every other definition for each card: the same
choice is pinned here against that plain (quadratic) way, which stays the reference.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.interop import quizlet
from trainer.interop.quizlet import read_quizlet


def ranked_the_plain_way(definition: str, definitions: list[str], term: str) -> tuple[str, ...]:
    """How options were first chosen: every other definition ranked for every card."""
    mine = quizlet._folded(definition)
    by_fold = {quizlet._folded(text): text for text in reversed(definitions)}
    others = [
        text
        for key, text in reversed(by_fold.items())
        if key != mine and not quizlet._names(text, term)
    ]
    if len(others) < quizlet._FEWEST_DRAWN:
        return ()
    kind = quizlet._head_word(definition)

    def unlike(i: int) -> tuple[bool, int]:
        return quizlet._head_word(others[i]) != kind, abs(len(others[i]) - len(definition))

    ranked = sorted(range(len(others)), key=unlike)[: quizlet._DRAWN]
    return tuple(others[i] for i in sorted(ranked))


# Few words, so that head words, lengths and folded texts often coincide.
_WORDS = st.sampled_from(["a", "the", "town", "Town", "firm", "of", "x", "long word"])
_DEFINITIONS = st.lists(
    st.lists(_WORDS, min_size=1, max_size=6).map(" ".join), min_size=0, max_size=14
)


@given(_DEFINITIONS, st.lists(_WORDS, min_size=1, max_size=2).map(" ".join))
def test_options_are_those_ranking_every_definition_would_give(
    definitions: list[str], term: str
) -> None:
    options = quizlet._Options(definitions)
    for definition in definitions:
        expected = ranked_the_plain_way(definition, definitions, term)
        assert options.drawn_for(definition, term) == expected


def test_each_card_looks_at_a_few_definitions_not_all(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whether an option names the term is asked of the few candidates nearest each card,
    # not of all definitions for each card: 600 cards once asked it 360,000 times.
    asked: list[str] = []
    names = quizlet._names

    def counted(definition: str, term: str) -> bool:
        asked.append(term)
        return names(definition, term)

    monkeypatch.setattr(quizlet, "_names", counted)
    cards = 600
    text = "".join(
        f"Term{n}\t{['a town', 'the firm', 'a river'][n % 3]} of {'long ' * (n % 7)}note {n}\n"
        for n in range(cards)
    )
    bank = read_quizlet(text, "set.txt")
    assert all(len(item.questions[0].distractors) == 3 for item in bank.items)
    # Each card's definition is checked for its own term once, then three options.
    assert len(asked) <= 5 * cards
