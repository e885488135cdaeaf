"""GIFT matching questions: each pair becomes a choice, its options as many as one can show."""

from __future__ import annotations

from pathlib import Path

from trainer.interop.sources import read_bank


def _questions(tmp_path: Path, pairs: int) -> list[tuple[str, tuple[str, ...]]]:
    body = " ".join(f"=a{i} -> b{i}" for i in range(pairs))
    path = tmp_path / "bank.gift"
    path.write_text(f"Match them. {{ {body} }}\n", encoding="utf-8")
    (item,) = read_bank(path, named="gift").items
    return [(question.answer, question.distractors) for question in item.questions]


def test_a_short_matching_question_offers_every_other_side_in_order(tmp_path: Path) -> None:
    assert _questions(tmp_path, 3) == [
        ("b0", ("b1", "b2")),
        ("b1", ("b0", "b2")),
        ("b2", ("b0", "b1")),
    ]


def test_a_long_one_offers_the_sides_that_follow_as_many_as_a_choice_shows(
    tmp_path: Path,
) -> None:
    # All 999 others for each of 1,000 pairs grew with the square of the pairs (a 13 KB
    # bank took 17 s and 309 MB before the deck's size limit refused it).
    questions = _questions(tmp_path, 1000)
    assert len(questions) == 1000
    assert questions[0] == ("b0", tuple(f"b{i}" for i in range(1, 8)))
    assert questions[-1] == ("b999", tuple(f"b{i}" for i in range(7)))
    assert all(len(distractors) == 7 for _, distractors in questions)


def test_what_each_pair_reads_after_answering_is_every_pair_not_the_first(
    tmp_path: Path,
) -> None:
    # The excerpt's text was the first question's own ("Match them. Iron"), shown after
    # answering "Gold" too.
    path = tmp_path / "bank.gift"
    path.write_text("Match them. {=Iron -> Fe =Gold -> Au = -> Pb}\n", encoding="utf-8")
    (item,) = read_bank(path, named="gift").items
    assert [question.prompt for question in item.questions] == [
        "Match them.\n\nIron",
        "Match them.\n\nGold",
    ]
    assert item.feedback == "Match them.\n\nIron → Fe\nGold → Au"


def test_a_general_feedback_is_the_text_of_a_matching_question(tmp_path: Path) -> None:
    path = tmp_path / "bank.gift"
    path.write_text("Match them. {=Iron -> Fe =Gold -> Au ####Symbols are Latin.}\n")
    (item,) = read_bank(path, named="gift").items
    assert item.feedback == "Symbols are Latin."
