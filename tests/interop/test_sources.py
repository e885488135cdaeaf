"""Deck sources by suffix and content, compiled the same way; HTML made plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.interop.bank import InteropError
from trainer.interop.gift_write import write_gift
from trainer.interop.sources import compile_source, format_of, read_bank
from trainer.interop.text_clean import html_to_text

DECK = """\
id: rivers
title: Rivers
excerpts:
  - id: danube
    page: 4
    text: The Danube flows through Vienna.
    questions:
      - {id: where, q: Which river flows through Vienna?, a: Danube}
"""


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("deck.yaml", "yaml"),
        ("deck.YML", "yaml"),
        ("deck.apkg", "anki"),
        ("deck.colpkg", "anki"),
        ("bank.gift", "gift"),
        ("bank.aiken", "aiken"),
        ("table.csv", "csv"),
        ("table.tsv", "csv"),
    ],
)
def test_formats_by_suffix(name: str, expected: str) -> None:
    assert format_of(Path(name)).name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#separator:tab\n#html:true\n#columns:Front\tBack\nq\ta\n", "csv"),
        ("Which?\nA. One\nB. Two\nANSWER: B\n", "aiken"),
        ("// a bank\n::t::Which?{=one ~two}\n", "gift"),
        ("An essay.{}\n", "gift"),
        ("Hund\tdog\nKatze\tcat\n", "quizlet"),
    ],
)
def test_a_text_file_is_told_by_its_content(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "bank.txt"
    path.write_text(text, encoding="utf-8")
    assert format_of(path).name == expected


def test_a_zip_archive_is_an_anki_package_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "download.bin"
    path.write_bytes(b"PK\x03\x04rest")
    assert format_of(path).name == "anki"


def test_yaml_and_banks_compile_to_the_same_model(tmp_path: Path) -> None:
    deck = tmp_path / "rivers.yaml"
    deck.write_text(DECK, encoding="utf-8")
    compiled = compile_source(deck)
    assert [card.id for card in compiled.cards] == ["rivers:danube:where"]
    bank = tmp_path / "rivers.gift"
    bank.write_text(write_gift(compiled), encoding="utf-8")
    converted = compile_source(bank)
    assert [(c.prompt, c.answer.text) for c in converted.cards] == [
        ("Which river flows through Vienna?", "Danube")
    ]
    assert converted.deck.id == "rivers"
    assert converted.deck.excerpts[0].source.pages == "4"
    # The excerpt comes back without the citation the export added to the feedback.
    assert converted.deck.excerpts[0].text == "The Danube flows through Vienna."


def test_a_bank_s_messages_name_it_as_converted(tmp_path: Path) -> None:
    # They named "rivers.gift.yaml", a file nobody has, with its lines.
    bank = tmp_path / "rivers.gift"
    bank.write_text("::q1:: Which river flows through Vienna? {=Danube}\n", encoding="utf-8")
    compiled = compile_source(bank)
    assert compiled.warnings  # no page: unknown
    for diagnostic in compiled.warnings:
        assert str(diagnostic).startswith(f"{bank} (as converted):")


def test_a_yaml_deck_is_not_converted(tmp_path: Path) -> None:
    deck = tmp_path / "rivers.yaml"
    deck.write_text(DECK, encoding="utf-8")
    with pytest.raises(InteropError, match="is already a deck"):
        read_bank(deck)


def test_a_missing_source(tmp_path: Path) -> None:
    with pytest.raises(InteropError, match="cannot read: no such file"):
        read_bank(tmp_path / "missing.gift")


@pytest.mark.parametrize(
    ("html", "text", "media"),
    [
        ("Which <b>town</b>?", "Which town?", []),
        ("one<br>two<br/>three", "one\ntwo\nthree", []),
        ("<div>one</div><div>two</div>", "one\ntwo", []),
        ("Tom &amp; Jerry&nbsp;&lt;3", "Tom & Jerry <3", []),
        ("a<script>alert(1)</script>b<style>p{}</style>c", "abc", []),
        ('see <img src="map.png"> here', "see here", ["map.png"]),
        ("[sound:volga.mp3]Volga", "Volga", ["volga.mp3"]),
        ("2 < 3 and 4 > 3", "2 < 3 and 4 > 3", []),
        ("{{c1::Rome}}<br>is <i>old</i>", "{{c1::Rome}}\nis old", []),
        ("a\x1b]0;x\x07b", "ab", []),
    ],
)
def test_html_to_text(html: str, text: str, media: list[str]) -> None:
    cleaned = html_to_text(html)
    assert (cleaned.text, cleaned.media) == (text, media)


@pytest.mark.parametrize(
    "text",
    [
        "sep=;\nquestion;answer\nWhat, then?;That\n",
        "#separator:|\n#columns:Front|Back\nWhat, then?|That\n",
        "#separator:semicolon\n#html:true\n#columns:Front;Back\nWhat, <i>then</i>?;That\n",
        "Question\tAnswer\nWhat, then?\tThat\n",
    ],
)
def test_csv_delimiters_named_or_guessed(tmp_path: Path, text: str) -> None:
    path = tmp_path / "table.csv"
    path.write_text(text, encoding="utf-8")
    (item,) = read_bank(path).items
    assert (item.questions[0].prompt, item.questions[0].answer) == ("What, then?", "That")
