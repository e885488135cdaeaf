"""Every deck in docs/deck-format.md compiles, and makes exactly the cards the page lists."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from trainer.core.compile import compile_deck
from trainer.core.model import DeckError

DOC = Path(__file__).resolve().parents[1] / "docs" / "deck-format.md"
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_FILE_MARK = re.compile(r"#\s*file:\s*(\S+)")


@dataclass
class DocExample:
    """A deck block, the files written before it, and the cards block after it if any."""

    line: int
    deck: str
    files: dict[str, str] = field(default_factory=dict)
    cards: set[str] | None = None


def doc_examples(text: str) -> list[DocExample]:
    examples: list[DocExample] = []
    pending: dict[str, str] = {}
    previous_was_deck = False
    for match in _FENCE.finditer(text):
        language, body = match.group(1), match.group(2)
        first_line = body.split("\n", 1)[0]
        if language == "yaml" and (mark := _FILE_MARK.fullmatch(first_line.strip())):
            pending[mark.group(1)] = body
            previous_was_deck = False
        elif language == "yaml":
            line = text.count("\n", 0, match.start()) + 1
            examples.append(DocExample(line, body, pending))
            pending = {}
            previous_was_deck = True
        elif language == "cards" and previous_was_deck:
            examples[-1].cards = {ln.strip() for ln in body.splitlines() if ln.strip()}
            previous_was_deck = False
        else:
            previous_was_deck = False
    return examples


EXAMPLES = doc_examples(DOC.read_text(encoding="utf-8"))


def test_the_page_has_examples_and_card_lists() -> None:
    assert len(EXAMPLES) >= 9
    assert sum(example.cards is not None for example in EXAMPLES) >= 8
    assert any(example.files for example in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"line-{e.line}" for e in EXAMPLES])
def test_the_example_compiles_to_the_cards_listed(example: DocExample, tmp_path: Path) -> None:
    for name, body in example.files.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    deck_path = tmp_path / "deck.yaml"
    deck_path.write_text(example.deck, encoding="utf-8")
    try:
        compiled = compile_deck(deck_path)
    except DeckError as error:
        pytest.fail(f"the example at docs line {example.line} does not compile:\n{error}")
    assert compiled.cards, "every example makes at least one card"
    if example.cards is not None:
        made = {f"{c.kind.value} | {c.prompt} | {c.answer.text}" for c in compiled.cards}
        assert made == example.cards


# A `grading` block after a deck lists typed answers to its cards and their verdicts, as
# `trainer grade` prints them: `question id | typed | verdict: rule`.
def grading_examples(text: str) -> list[tuple[int, str, list[list[str]]]]:
    found: list[tuple[int, str, list[list[str]]]] = []
    deck = ""
    for match in _FENCE.finditer(text):
        language, body = match.group(1), match.group(2)
        if language == "yaml" and not _FILE_MARK.fullmatch(body.split("\n", 1)[0].strip()):
            deck = body
        elif language == "grading":
            rows = [[cell.strip() for cell in line.split(" | ")] for line in body.splitlines()]
            found.append((text.count("\n", 0, match.start()) + 1, deck, rows))
    return found


GRADING = grading_examples(DOC.read_text(encoding="utf-8"))


def test_the_page_shows_how_answers_are_judged() -> None:
    assert GRADING
    assert sum(len(rows) for _, _, rows in GRADING) >= 15


@pytest.mark.parametrize("block", GRADING, ids=[f"line-{line}" for line, _, _ in GRADING])
def test_each_typed_answer_gets_the_verdict_shown(
    block: tuple[int, str, list[list[str]]], tmp_path: Path
) -> None:
    from trainer.cli.grade_commands import judge, judgement_text
    from trainer.core.scheduling.policy import Policy

    _, deck, rows = block
    deck_path = tmp_path / "deck.yaml"
    deck_path.write_text(deck, encoding="utf-8")
    compiled = compile_deck(deck_path)
    cards = {card.id.rsplit(":", 1)[1]: card for card in compiled.cards}
    for slot, typed, shown in rows:
        judged = judge(cards[slot], typed, Policy())
        assert judgement_text(judged) == f'"{typed}" → {shown}; quality {judged["quality"]}'
