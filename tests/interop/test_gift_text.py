"""GIFT text in its format: every answer and feedback, numeric ones too, read as the question's."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.interop import gift_text
from trainer.interop.gift_text import format_of, plain
from trainer.interop.sources import read_bank


@pytest.mark.parametrize(
    ("raw", "default", "expected"),
    [
        ("<p>Roughly 7&ndash;8 &micro;m.</p>", "html", "Roughly 7–8 µm."),
        ("[html]<b>Bold</b> &amp; more", "plain", "Bold & more"),
        ("[plain]<b>kept</b>", "html", "<b>kept</b>"),
        ("**as written** &amp;", "markdown", "**as written** &amp;"),
        ("a \\= b \\# c \\: d", "moodle", "a = b # c : d"),
    ],
)
def test_text_is_read_in_its_format(raw: str, default: str, expected: str) -> None:
    assert plain(raw, default) == expected


def test_the_format_a_text_names() -> None:
    assert [format_of(t) for t in ("[HTML]<p>x</p>", " [markdown]x", "x")] == [
        "html",
        "markdown",
        "moodle",
    ]


@pytest.mark.parametrize(
    ("gift", "text"),
    [
        # Moodle's own export: every feedback a paragraph, with entities.
        ("::n::[html]<p>How far?</p>{#\n\t=7.5:1#<p>About 7&ndash;8 km.</p>\n}", "About 7–8 km."),
        ("[html]Wie weit?{#12:1#<b>Gut</b> &ndash; zwölf.}", "Gut – zwölf."),
        ("[moodle]How many?{#=3#<i>three</i> \\= 3 ~%50%4#close}", "three = 3"),
        # Plain and Markdown text stay as written.
        ("[plain]How many?{#3#<b>three</b>}", "<b>three</b>"),
    ],
)
def test_numeric_feedback_is_read_in_the_question_s_format(
    tmp_path: Path, gift: str, text: str
) -> None:
    path = tmp_path / "bank.gift"
    path.write_text(gift + "\n", encoding="utf-8")
    (item,) = read_bank(path, named="gift").items
    assert item.feedback == text


@pytest.mark.parametrize(
    ("gift", "warning"),
    [
        ("Capital?{= ~Lyon ~Nice}", "1:10: warning: a right answer with no text; left out"),
        ("Capital?{=Paris ~ ~Nice}", "1:17: warning: a wrong answer with no text; left out"),
        ("Spell it.{=colour =  }", "1:19: warning: a right answer with no text; left out"),
        (
            "[html]Pick.{=<p></p> =<p>yes</p> ~no}",
            "1:13: warning: a right answer with no text; left out",
        ),
        (
            "Match.{=a -> 1 =b -> 2 =c -> }",
            "1:24: warning: a matching pair with nothing after '->'; left out",
        ),
    ],
)
def test_an_answer_with_no_text_is_a_warning_at_its_place(
    tmp_path: Path, gift: str, warning: str
) -> None:
    path = tmp_path / "bank.gift"
    path.write_text(gift + "\n", encoding="utf-8")
    bank = read_bank(path, named="gift")
    assert warning in [str(note).removeprefix(f"{path}:") for note in bank.notes]
    for item in bank.items:
        for question in item.questions:
            assert question.answer and all(question.distractors)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # The file's own line breaks and spaces inside `<pre>`, as Moodle shows them.
        (
            "[html]<p>What is\nprinted?</p><pre>for w in 'ab'\\:\n    print(w)</pre>",
            "What is printed?\nfor w in 'ab':\n    print(w)",
        ),
        # GIFT's `\n` escape, inside and outside `<pre>`.
        ("[html]<pre>if x\\:\\n    y \\= 1</pre>a\\nb", "if x:\n    y = 1\na\nb"),
        ("<PRE class='py'>  x</PRE >  tail\n  text", "  x\ntail text"),
    ],
)
def test_preformatted_gift_text_keeps_its_lines_and_indentation(raw: str, expected: str) -> None:
    assert plain(raw, "html") == expected


# How `<pre>` elements were first found: the reference the scan must agree with.
_PREFORMATTED = re.compile(r"(<pre\b.*?</pre\s*>)", re.IGNORECASE | re.DOTALL)
_PIECES = ["<pre", "<PRE", "</pre", "</pre>", "</Pre \n>", ">", " ", "\n", "a", "<prex", "<p>"]


@given(st.lists(st.sampled_from(_PIECES)).map("".join))
def test_preformatted_pieces_are_those_the_regular_expression_split(text: str) -> None:
    pieces = _PREFORMATTED.split(text)
    expected = [(piece, index % 2 == 1) for index, piece in enumerate(pieces)]
    assert gift_text.preformatted_pieces(text) == expected


class _CountedSearch:
    """A pattern that counts the characters its searches look through."""

    def __init__(self, pattern: re.Pattern[str], counts: list[int]) -> None:
        self._pattern, self._counts = pattern, counts

    def search(self, text: str, position: int) -> Any:
        found = self._pattern.search(text, position)
        self._counts.append((found.end() if found else len(text)) - position)
        return found


def test_preformatted_pieces_look_at_each_character_about_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 20,000 `<pre` that nothing closes: the lazy expression ran on to the end from each.
    counts: list[int] = []
    for name in ("_PRE_OPENING", "_PRE_CLOSING"):
        pattern = getattr(gift_text, name)
        monkeypatch.setattr(gift_text, name, _CountedSearch(pattern, counts))
    text = "<pre>x</pre> " + "<pre" * 20_000
    assert gift_text.preformatted_pieces(text) == [
        ("", False),
        ("<pre>x</pre>", True),
        (" " + "<pre" * 20_000, False),
    ]
    assert sum(counts) <= 2 * len(text)
