"""HTML to plain text: raised text (`<sup>`) keeps its meaning as a power, or as an ordinal."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.interop import text_clean
from trainer.interop.csv_table import _split_tags
from trainer.interop.ids import slugify
from trainer.interop.text_clean import html_to_text, raised


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("6.022 &times; 10<sup>23</sup>", "6.022 × 10²³"),
        ("an area in km<sup>2</sup>", "an area in km²"),
        ("10<sup>&minus;9</sup> m", "10⁻⁹ m"),
        ("10<sup>-9</sup> m", "10⁻⁹ m"),
        ("2<sup>n</sup> subsets", "2^n subsets"),
        ("x<sup>n+1</sup>", "x^(n+1)"),
        ("e<sup>i&pi;</sup> = &minus;1", "e^(iπ) = −1"),
        ("e<sup>2x</sup>", "e^(2x)"),
        # Ordinals and abbreviations are read as written.
        ("the 1<sup>st</sup> and 22<sup>nd</sup>", "the 1st and 22nd"),
        ("le XIX<sup>e</sup> siècle, M<sup>me</sup> Curie", "le XIXe siècle, Mme Curie"),
        ("la 3<sup>ème</sup> République", "la 3ème République"),
        # Subscripts stay as they read: H2O.
        ("H<sub>2</sub>O", "H2O"),
        # One never closed still counts, and an empty one is nothing.
        ("a<sup>2", "a²"),
        ("<sup> </sup>x", "x"),
    ],
)
def test_raised_text_keeps_its_meaning(html: str, text: str) -> None:
    assert html_to_text(html).text == text


def test_raised_text_on_its_own() -> None:
    assert [raised(t) for t in ("23", "x", " n - 1 ", "th", "")] == [
        "²³",
        "^x",
        "^(n - 1)",
        "th",
        "",
    ]


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<ruby>漢字<rt>かんじ</rt></ruby>を書く", "漢字(かんじ)を書く"),
        # `<rp>` holds the parentheses a browser without ruby shows: never twice.
        (
            "<ruby>東<rp>(</rp><rt>とう</rt><rp>)</rp>京<rp>(</rp><rt>きょう</rt><rp>)</rp></ruby>",
            "東(とう)京(きょう)",
        ),
        # A reading never closed ends with its ruby, or with the text.
        ("<ruby>北<rt>ほく</ruby>部", "北(ほく)部"),
        ("<ruby>北<rt>ほく", "北(ほく)"),
    ],
)
def test_ruby_readings_follow_their_words_in_parentheses(html: str, text: str) -> None:
    assert html_to_text(html).text == text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<table><tr><th>Wort</th><th>word</th></tr><tr><td>Hund</td><td>dog</td></tr></table>",
            "Wort | word\nHund | dog",
        ),
        ("<table><tbody><tr><td>1<td>one<tr><td>2<td>two</table>after", "1 | one\n2 | two\nafter"),
        ("<table><tr><td>alone</td></tr></table>", "alone"),
    ],
)
def test_a_table_row_is_one_line_its_cells_apart(html: str, text: str) -> None:
    assert html_to_text(html).text == text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # Code keeps its indentation, its blank lines and the spaces inside a line.
        (
            "<p>What is printed?</p><pre>for w in 'ab':\n    if w:\n        print(w,  1)</pre>",
            "What is printed?\nfor w in 'ab':\n    if w:\n        print(w,  1)",
        ),
        ("<pre><code>def f():\n\n    return 1</code></pre>", "def f():\n\n    return 1"),
        # Tabs to the next tab stop, as a browser shows them; &nbsp; is a space.
        ("<pre>if x:\n\treturn\n&nbsp;&nbsp;y</pre>", "if x:\n        return\n  y"),
        # Outside `<pre>`, spaces are tidied as before.
        ("<p>a    b</p><pre> c  d</pre><p>  e   f</p>", "a b\n c  d\ne f"),
        # The character that carries kept spaces, written in the source, is not a space.
        ("<p>a\ue000b</p><pre>x\ue000y</pre>", "ab\nxy"),
    ],
)
def test_preformatted_text_keeps_its_spaces_and_lines(html: str, text: str) -> None:
    assert html_to_text(html).text == text


# How `[sound:…]` references were first found: the reference the scan must agree with.
_SOUND = re.compile(r"\[sound:([^\]]*)\]")


@given(st.lists(st.sampled_from(["[sound:", "]", "[", "a", "x.mp3", " ", "sound:"])).map("".join))
def test_sound_references_are_those_the_regular_expression_found(html: str) -> None:
    assert text_clean.sound_references(html) == (_SOUND.findall(html), _SOUND.sub("", html))


class _CountedText(str):
    """Text that counts the characters its `find` looks through."""

    looked_through = 0

    def find(self, sub: str, start: int | None = 0, end: int | None = None) -> int:  # type: ignore[override]
        found = super().find(sub, start, end)
        _CountedText.looked_through += (len(self) if found < 0 else found + len(sub)) - (start or 0)
        return found


def test_sound_references_are_found_looking_at_each_character_about_once() -> None:
    # 40,000 `[sound:` that no `]` closes: the regular expression ran on to the end from
    # each, 800 million steps; a scan looks at each character once or twice.
    html = _CountedText("[sound:a.mp3] " + "[sound:" * 40_000)
    media, rest = text_clean.sound_references(html)
    assert media == ["a.mp3"]
    assert rest == " " + "[sound:" * 40_000
    assert _CountedText.looked_through <= 2 * len(html)
    assert html_to_text("[sound:" * 40_000).media == []


_PIECES = ["<", ">", "a", " ", "<b>", "</b>", "<pre>", "</pre>", "<br>", "&lt;", "<p", "<!--"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_a_tag_that_cannot_close_is_read_as_before(html: str) -> None:
    # `<` after the last `>` is escaped before parsing, so that the parser no longer
    # looks for a `>` to the end from each: the text read is the same.
    collector = text_clean._TextCollector()
    collector.feed(html)
    collector.close()
    plain = text_clean.clean_text("".join(collector.parts))
    assert html_to_text(html).text == plain.text.replace(text_clean.KEPT_SPACE, " ")


def test_many_tags_that_cannot_close_are_text() -> None:
    assert html_to_text("<pre" * 3).text == "<pre<pre<pre"
    assert text_clean._unclosable_escaped("a<b>c<d<e") == "a<b>c&lt;d&lt;e"


def test_a_control_sequence_written_as_character_references_goes_whole() -> None:
    # The parser dropped "&#27;" and "&#7;" and left the title they framed: "]0;ENT".
    cleaned = html_to_text("<b>Bold</b> &#27;]0;ENT&#7; &#x9b;31m text &amp; more")
    assert cleaned.text == "Bold text & more"
    assert cleaned.removed == 2
    assert html_to_text("tab&#9;kept &#65;").text == "tab kept A"


def test_an_id_or_a_tag_keeps_no_word_of_a_control_sequence() -> None:
    assert slugify("What is \x1b]0;pwned\x07 this?") == "what-is-this"
    assert _split_tags("t\x1b]0;PWNED\x07X; other") == ["tX", " other"]


def test_zalgo_text_is_cut_to_the_marks_a_script_needs() -> None:
    # A deck refuses a stack of more than eight marks: a bank's is cut to eight.
    cleaned = text_clean.clean_text("Z" + "\u0301" * 30 + "algo, Tiê\u0323\u0302ng")
    assert cleaned.text == "Z" + "\u0301" * 8 + "algo, Tiê\u0323\u0302ng"
    assert cleaned.removed == 22
