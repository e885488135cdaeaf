"""GIFT questions Moodle and teachers write: short answers with wildcards, images a deck
cannot show."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.interop.bank import Bank
from trainer.interop.gift_parse import read_gift
from trainer.interop.gift_write import write_gift
from trainer.interop.sources import compile_source


def answers(bank: Bank) -> list[tuple[str, tuple[str, ...]]]:
    return [(q.answer, q.accept) for item in bank.items for q in item.questions]


@pytest.mark.parametrize(
    ("block", "expected", "read"),
    [
        ("{=*Vesuvio*}", ("Vesuvio", ()), "'*Vesuvio*' as 'Vesuvio'"),
        ("{=Beethoven =Ludwig*Beethoven}", ("Beethoven", ("Ludwig Beethoven",)), "'Ludwig*"),
        ("{=%100%photo*synthesis#Yes}", ("photo synthesis", ()), "as 'photo synthesis'"),
        ("{\n\t=%100%*mitochondri*#\n\t=%50%cell#\n}", ("mitochondri", ()), "as 'mitochondri'"),
    ],
)
def test_moodle_wildcards_are_read_as_the_words_around_them(
    block: str, expected: tuple[str, tuple[str, ...]], read: str
) -> None:
    bank = read_gift(f"Name it.{block}\n", "bank.gift")
    assert answers(bank) == [expected]
    assert any("a deck has no wildcard" in n.message and read in n.message for n in bank.notes)


def test_an_escaped_star_is_a_star_and_no_wildcard() -> None:
    bank = read_gift("What is 6 times 7 in Python?{=6\\*7}\n", "bank.gift")
    assert answers(bank) == [("6*7", ())]
    assert bank.notes == []


def test_an_answer_that_is_only_a_wildcard_accepts_anything_and_is_left_out() -> None:
    bank = read_gift("Name a prime.{=* =2}\n", "bank.gift")
    assert answers(bank) == [("2", ())]
    assert [n.message for n in bank.notes] == ["the answer '*' accepts any answer; left out"]


def test_a_star_in_a_multiple_choice_is_text() -> None:
    bank = read_gift("Which multiplies?{=* ~+ ~-}\n", "bank.gift")
    assert [q.answer for item in bank.items for q in item.questions] == ["*"]


def test_a_short_answer_with_a_star_survives_the_gift_export(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text(
        "id: d\ntitle: D\nexcerpts:\n- id: e\n  page: 1\n  text: Python.\n  questions:\n"
        "  - q: Two to the tenth in Python?\n    a: 2**10\n"
        "    accept: ['2*2*2*2*2*2*2*2*2*2', 'pow(2, 10)']\n",
        encoding="utf-8",
    )
    gift = write_gift(compile_source(deck))
    assert "=2\\*\\*10" in gift
    assert answers(read_gift(gift, "again.gift")) == [
        ("2**10", ("2*2*2*2*2*2*2*2*2*2", "pow(2, 10)"))
    ]


@pytest.mark.parametrize(
    ("gift", "warning"),
    [
        (
            '::cell::[html]<p>Which organelle?</p><p><img src\\="@@PLUGINFILE@@/cell.png"></p>'
            "{=Mitochondrion ~Nucleus}",
            "1:1: images a deck cannot show are left out: 'cell.png'",
        ),
        (
            'Which organelle is shown?<img src\\="https://example.org/a/er.jpg" alt\\="ER">'
            "{=ER ~Golgi}",
            "1:1: images a deck cannot show are left out: 'er.jpg'",
        ),
        (
            '[html]Which?{=Nucleus ~Golgi ####<p>See <img src\\="fig2.png"></p>}',
            "1:1: images a deck cannot show are left out: 'fig2.png'",
        ),
        (
            '[html]Which graph is y \\= x²?{=<img src\\="a.png"> ~<img src\\="b.png"> ~None}',
            "1:31: a right answer with only an image, 'a.png'; left out",
        ),
    ],
)
def test_images_are_named_in_a_warning(gift: str, warning: str) -> None:
    bank = read_gift(gift + "\n", "bank.gift")
    notes = [f"{n.where}: {n.message}" for n in bank.notes]
    assert any(note.startswith(f"bank.gift:{warning}") for note in notes), notes


def test_plain_text_shows_no_image() -> None:
    bank = read_gift('[plain]What does <img src="x.png"> do in HTML?{=shows x.png}\n', "b.gift")
    assert bank.notes == []
