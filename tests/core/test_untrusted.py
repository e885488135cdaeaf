"""Tests for trainer.core.untrusted: what may reach a terminal, and how the rest is shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.untrusted import (
    c1_lookalikes,
    describe_char,
    first_forbidden,
    forbidden_search,
    printable,
    without_forbidden,
)


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


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # Invisible characters that hide text or make two strings look alike.
        ("Lip\u00adetsk", "Lip\\xadetsk"),
        ("zero\u200bwidth", "zero\\u200bwidth"),
        ("word\u2060joiner", "word\\u2060joiner"),
        ("tag\U000e0041\U000e0042", "tag\\U000e0041\\U000e0042"),
        ("\u3164", "\\u3164"),
        # Code points Unicode reserves to be shown as nothing: "Lip\u2065etsk" looked
        # like Lipetsk, and a TAG-like suffix could hide in a value.
        ("Lip\u2065etsk", "Lip\\u2065etsk"),
        ("Base\U000e0080deck", "Base\\U000e0080deck"),
        ("Base\U000e01f0deck", "Base\\U000e01f0deck"),
        ("x\ufff0y", "x\\ufff0y"),
        ("x\U00013430y", "x\\U00013430y"),
        # A joiner or selector beside ASCII, or at an end, serves no script.
        ("pass\u200dword", "pass\\u200dword"),
        ("a\ufe0f", "a\\ufe0f"),
        ("\u200dstart", "\\u200dstart"),
    ],
)
def test_invisible_characters_are_shown_escaped(text: str, shown: str) -> None:
    assert printable(text) == shown
    assert first_forbidden(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian: a non-joiner between letters
        "\u0915\u094d\u200d\u0937",  # Devanagari: a joiner between letters
        "\U0001f469\u200d\U0001f4bb",  # an emoji sequence
        "\u2764\ufe0f",  # an emoji's presentation selector
    ],
)
def test_joiners_and_selectors_that_scripts_and_emoji_need_stay(text: str) -> None:
    assert printable(text) is text
    assert first_forbidden(text) is None


def test_newlines_and_tabs_stay_unless_the_text_must_fit_one_line() -> None:
    assert printable("a\n\tb") == "a\n\tb"
    assert printable("a\n\tb\x1b", one_line=True) == "a\\n\\tb\\x1b"


@pytest.mark.parametrize("text", ["Kúibyshev", "Lipetsk – 1926", "日本語", "“quoted”", "a\u00a0b"])
def test_ordinary_text_comes_back_unchanged(text: str) -> None:
    assert printable(text) is text
    assert first_forbidden(text) is None


@given(st.text())
def test_printable_text_never_holds_a_forbidden_character(text: str) -> None:
    assert forbidden_search(printable(text)) is None
    assert forbidden_search(printable(text, one_line=True)) is None
    assert "\n" not in printable(text, one_line=True)


def test_a_forbidden_character_is_found_and_named() -> None:
    assert first_forbidden("ok\x1b[2J") == 2
    assert describe_char("\x1b") == "U+001B (ESC)"
    assert describe_char("\u202e") == "U+202E (RIGHT-TO-LEFT OVERRIDE)"
    assert describe_char("\x01") == "U+0001"


def test_quoted_name_keeps_a_short_name_as_it_was_quoted_before() -> None:
    from trainer.core.untrusted import quoted_name

    assert quoted_name("qestions") == "'qestions'"
    assert quoted_name("a\nb\x1b") == "'a\\nb\\x1b'"


@given(st.text(min_size=81, max_size=5000))
def test_quoted_name_bounds_any_long_name_to_one_short_line(name: str) -> None:
    from trainer.core.untrusted import quoted_name

    shown = quoted_name(name)
    assert "\n" not in shown and first_forbidden(shown) is None
    assert len(shown) < 80 * 10 + 40  # every character at most a 10-character escape
    assert shown.endswith(f"({len(name):,} characters)")


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        # Removing the controls only left their arguments: "]0;pwnedNucleus".
        ("\x1b]0;pwned\x07Nucleus", "Nucleus", 1),
        ("Holds the cell\x1b[2J DNA", "Holds the cell DNA", 1),
        ("\x1b[1;31mred\x1b[0m", "red", 2),
        ("\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", "link", 2),
        ("x\x9b31my", "xy", 1),
        ("\x1bcreset", "reset", 1),
        ("\x1b(Bcharset", "charset", 1),
        # A string never ended is no sequence a terminal holds back: its introducer goes.
        ("\x1b]52;c;aGk=", "52;c;aGk=", 1),
        ("exe.\u202etxt", "exe.txt", 1),
    ],
)
def test_a_control_sequence_goes_whole_with_its_arguments(
    text: str, kept: str, removed: int
) -> None:
    assert without_forbidden(text) == (kept, removed)


@given(st.text(alphabet=st.sampled_from("ab[];07\x07\x1b\x9b\x9c\u202e\n"), max_size=40))
def test_what_is_left_never_holds_a_forbidden_character(text: str) -> None:
    kept, removed = without_forbidden(text)
    assert first_forbidden(kept) is None
    assert (removed == 0) == (kept == text)


# Unicode's Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt, Unicode 15):
# every one is shown as nothing, so none reaches a terminal raw, but for the joiners and
# selectors that scripts and emoji need, which stay only beside such a character.
_DEFAULT_IGNORABLE = [
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
]


def test_every_default_ignorable_character_is_escaped_beside_ascii() -> None:
    for first, last in _DEFAULT_IGNORABLE:
        for code in range(first, last + 1):
            text = f"a{chr(code)}b"
            assert first_forbidden(text) == 1, f"U+{code:04X}"
            assert chr(code) not in printable(text), f"U+{code:04X}"


def test_characters_an_8_bit_terminal_reads_as_c1_controls_are_found_per_encoding() -> None:
    koi8 = c1_lookalikes("koi8-r")
    # "²" is 0x9D (OSC), "°" 0x9C (ST), "⌡" 0x9B (CSI) in KOI8-R.
    assert "\u00b20;title\u00b0".translate(koi8) == "\\u00b20;title\\u00b0"
    assert "\u2321" not in "\u23212J".translate(koi8)
    assert "\u203a" not in "\u203a2J".translate(c1_lookalikes("cp1251"))
    # Cyrillic letters KOI8-R writes at 0xC0 and above stay as they are.
    assert "Москва".translate(koi8) == "Москва"
    # Unicode's own encodings write no such byte for a character above U+009F.
    assert c1_lookalikes("utf-8") == {}
    assert c1_lookalikes(None) == {}
    assert c1_lookalikes("no-such-encoding") == {}
