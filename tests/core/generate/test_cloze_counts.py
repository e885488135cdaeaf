"""Tests for trainer.core.generate.cloze_counts: counts in words, automatic cloze's last resort."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.compile import compile_deck
from trainer.core.generate.cloze_counts import count_candidates
from trainer.core.model import CardKind

MEIOSIS = (
    "Meiosis makes four haploid cells from one diploid cell in two divisions. Crossing "
    "over in prophase I mixes the genes of the two parents."
)


def test_a_count_before_what_it_counts_is_a_candidate_in_the_order_said() -> None:
    found = count_candidates(MEIOSIS)
    assert [(c.text, len(c.spans)) for c in found] == [("four", 1), ("two", 2)]
    assert found[0].blanked(MEIOSIS).startswith("Meiosis makes [number] haploid cells")


@pytest.mark.parametrize(
    "text",
    [
        "One of the two of them left.",  # no thing counted
        "Two-thirds of the votes went to him.",
        "He had three more.",
        "They met at two o'clock.",
        "It took 12 days.",  # digits: the other rules' to find
        "They lost two thousand soldiers.",  # the count is 2,000, not "two"
        "There were two million refugees.",
    ],
)
def test_no_count_is_read_where_nothing_is_counted(text: str) -> None:
    assert count_candidates(text) == []


def test_a_count_inside_a_deletion_is_left_alone() -> None:
    start = MEIOSIS.index("four")
    assert [c.text for c in count_candidates(MEIOSIS, ((start, start + 4),))] == ["two"]


def test_only_an_excerpt_the_other_rules_find_nothing_in_is_asked_its_counts(
    tmp_path: Path,
) -> None:
    deck = tmp_path / "cells.yaml"
    deck.write_text(
        "id: cells\ntitle: Cells\nexcerpts:\n"
        f"  - id: meiosis\n    page: 55\n    text: {MEIOSIS}\n"
        "  - id: hooke\n    page: 3\n"
        "    text: Robert Hooke named the cell in 1665 after two cork slices.\n",
        encoding="utf-8",
    )
    compiled = compile_deck(deck)
    answers = {
        (card.excerpt_id, card.answer.text)
        for card in compiled.cards
        if card.kind is CardKind.AUTO_CLOZE
    }
    assert {("meiosis", "four"), ("meiosis", "two")} <= answers
    assert ("hooke", "1665") in answers and ("hooke", "two") not in answers
