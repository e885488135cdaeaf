"""A cloze card's gap is highlighted in its prompt; nothing else changes (issue 16)."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.model import Answer, AnswerType, Card, CardKind
from trainer.tui.literal import shown
from trainer.tui.widgets.cloze_gap import GAP_STYLE, prompt_content

CLOZE = Card(
    id="d:e:c1",
    deck_id="d",
    kind=CardKind.CLOZE,
    excerpt_id="e",
    prompt="In March 1926 an aviation school was agreed at [town].",
    answer=Answer(AnswerType.TEXT, "Lipetsk"),
    source="p. 3",
)


def _highlighted(card: Card) -> list[str]:
    content = prompt_content(card)
    return [str(content)[s.start : s.end] for s in content.spans if s.style == GAP_STYLE]


def test_the_gap_is_highlighted_in_a_cloze_prompt() -> None:
    assert _highlighted(CLOZE) == ["[town]"]
    unnamed = dataclasses.replace(CLOZE, prompt="Agreed at [...] in 1926.")
    assert _highlighted(unnamed) == ["[...]"]
    auto = dataclasses.replace(unnamed, kind=CardKind.AUTO_CLOZE)
    assert _highlighted(auto) == ["[...]"]


def test_other_prompts_are_left_alone() -> None:
    question = dataclasses.replace(CLOZE, kind=CardKind.QA, prompt="Was it [town]?")
    assert _highlighted(question) == []


@given(st.text(max_size=80))
def test_the_prompt_reads_the_same(prompt: str) -> None:
    card = dataclasses.replace(CLOZE, prompt=prompt)
    assert str(prompt_content(card)) == str(shown(prompt))
