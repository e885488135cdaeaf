"""Tests for trainer.core.untrusted: what may reach a terminal, and how the rest is shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.untrusted import FORBIDDEN, describe_char, first_forbidden, printable


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b]0;pwned\x07", "\\x1b]0;pwned\\x07"),
        ("a\x00b", "a\\x00b"),
        ("\x9b2J", "\\x9b2J"),
        ("exe.\u202etxt", "exe.\\u202etxt"),
        ("\u2066isolated\u2069", "\\u2066isolated\\u2069"),
        ("line\rover", "line\\x0dover"),
        ("\x7f", "\\x7f"),
        ("name\udc9b.yaml", "name\\udc9b.yaml"),
    ],
)
def test_controls_and_direction_overrides_are_shown_escaped(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_newlines_and_tabs_stay_unless_the_text_must_fit_one_line() -> None:
    assert printable("a\n\tb") == "a\n\tb"
    assert printable("a\n\tb\x1b", one_line=True) == "a\\n\\tb\\x1b"


@pytest.mark.parametrize("text", ["Kúibyshev", "Lipetsk – 1926", "日本語", "“quoted”", "a\u00a0b"])
def test_ordinary_text_comes_back_unchanged(text: str) -> None:
    assert printable(text) is text
    assert first_forbidden(text) is None


@given(st.text())
def test_printable_text_never_holds_a_forbidden_character(text: str) -> None:
    assert FORBIDDEN.search(printable(text)) is None
    assert FORBIDDEN.search(printable(text, one_line=True)) is None
    assert "\n" not in printable(text, one_line=True)


def test_a_forbidden_character_is_found_and_named() -> None:
    assert first_forbidden("ok\x1b[2J") == 2
    assert describe_char("\x1b") == "U+001B (ESC)"
    assert describe_char("\u202e") == "U+202E (RIGHT-TO-LEFT OVERRIDE)"
    assert describe_char("\x01") == "U+0001"
