"""Tests for trainer.cli.streams: every write escaped, no encoding failure, streams restored."""

from __future__ import annotations

import io
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.cli.streams import PrintableStream, escaping, printable_streams, tolerate_encoding
from trainer.core.untrusted import forbidden_search

HOSTILE = "title\x1b]0;pwned\x07 \x9b2J \u202etxt.exe\x00 ok"


def test_a_wrapped_stream_escapes_controls_and_keeps_newlines_and_tabs() -> None:
    inner = io.StringIO()
    stream = escaping(inner)
    print(HOSTILE, "\tnext", file=stream)
    assert inner.getvalue() == "title\\x1b]0;pwned\\x07 \\x9b2J \\u202etxt.exe\\x00 ok \tnext\n"


@given(st.text(st.characters(codec=None)))
def test_nothing_written_holds_a_forbidden_character(text: str) -> None:
    inner = io.StringIO()
    escaping(inner).write(text)
    assert forbidden_search(inner.getvalue()) is None


class _EightBitTerminal(io.StringIO):
    encoding = "koi8-r"

    def isatty(self) -> bool:
        return True


def test_on_an_8_bit_terminal_no_character_is_written_as_a_c1_controls_byte() -> None:
    # In KOI8-R, "²" is written as 0x9D: OSC, which retitles the window; "⌡" as CSI.
    inner = _EightBitTerminal()
    escaping(inner).write("Koi \u00b20;PWN\u00b0 \u23212J Москва")
    written = inner.getvalue().encode("koi8-r")
    assert not any(0x80 <= byte <= 0x9F for byte in written)
    assert "Москва" in inner.getvalue()
    # Written to a file or a pipe, the characters are the text's own.
    plain = io.StringIO()
    escaping(plain).write("\u00b0")
    assert plain.getvalue() == "\u00b0"


def test_the_wrapper_passes_on_everything_else() -> None:
    inner = io.StringIO()
    stream = escaping(inner)
    assert stream.isatty() is False
    stream.write("prompt> ")
    stream.flush()
    assert inner.getvalue() == "prompt> "
    assert escaping(stream) is stream  # wrapped once only


def test_the_standard_streams_are_wrapped_within_and_restored_after(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = sys.stdout, sys.stderr
    with printable_streams():
        assert isinstance(sys.stdout, PrintableStream)
        assert isinstance(sys.stderr, PrintableStream)
        print(HOSTILE)
        print(HOSTILE, file=sys.stderr)
    assert (sys.stdout, sys.stderr) == before
    out, err = capsys.readouterr()
    for text in (out, err):
        assert "\\x1b]0;pwned" in text and "\x1b" not in text and "\u202e" not in text


def test_a_strict_encoding_writes_what_it_cannot_encode_as_escapes() -> None:
    raw = io.BytesIO()
    ascii_out = io.TextIOWrapper(raw, encoding="ascii", errors="strict")
    tolerate_encoding(ascii_out, "backslashreplace")
    escaping(ascii_out).write("“Kúibyshev” \x1b")
    ascii_out.flush()
    assert raw.getvalue() == b"\\u201cK\\xfaibyshev\\u201d \\x1b"


def test_a_strict_input_decodes_what_it_cannot_read_as_a_replacement() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"caf\xe9\n"), encoding="utf-8", errors="strict")
    tolerate_encoding(stdin, "replace")
    assert stdin.readline() == "caf\ufffd\n"


def test_a_lone_surrogate_from_an_undecodable_file_name_is_escaped() -> None:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", errors="strict")
    escaping(out).write("deck\udc9b.yaml")
    out.flush()
    assert raw.getvalue() == b"deck\\udc9b.yaml"
