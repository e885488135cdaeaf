"""Text from other tools made fit for a deck: HTML to plain text, media found, controls removed.

A deck refuses control characters, bidirectional overrides and the like (they could take
over the learner's terminal), so converted text is cleaned before it is written; what
was removed is counted, so that the converter can warn about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from trainer.core.deck.long_runs import trim_mark_stacks
from trainer.core.untrusted import without_forbidden

# Elements that end a line of text where they open or close.
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption"),
        *("figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li"),
        *("main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead"),
        *("tr", "ul"),
    }
)
# `<rp>` holds the parentheses a browser without ruby shows around a reading: the
# reading (`<rt>`) gets its own.
_SKIPPED = frozenset({"script", "style", "head", "title", "template", "rp"})
_MEDIA_TAGS = {"img": "src", "audio": "src", "video": "src", "source": "src", "object": "data"}
_SOUND = "[sound:"
# A space of preformatted text (`<pre>`), which tidying must neither collapse nor strip:
# code's indentation is its meaning. A private-use character, removed from the source's
# own text as it is read, and made a space again once the text is tidy.
KEPT_SPACE = "\ue000"
_KEPT_SPACES = str.maketrans({" ": KEPT_SPACE, "\u00a0": KEPT_SPACE})
# Browsers put tab stops every 8 columns in preformatted text.
_TAB_STOP = 8
_TAG_LIKE = re.compile(r"</?[a-zA-Z][^<>]*>|&[a-zA-Z]+;|&#\d+;|&#x[0-9a-fA-F]+;")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
# `<sup>`: what the page raised. Digits and signs have superscript characters, which the
# grader reads as powers ("10⁻⁹", "m²"); other exponents are written after `^`.
_SUPERSCRIPTS = str.maketrans("0123456789+-−=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾")
_SUPERSCRIPTABLE = frozenset("0123456789+-−=()")
# Raised letters that are ordinals and abbreviations, read as written: "1st", "XIXe",
# "2nd", "Mme", "1er", "3ème", "2de".
_RAISED_SUFFIXES = frozenset(
    {"st", "nd", "rd", "th", "e", "er", "re", "ère", "ème", "eme", "de", "me", "mme", "lle"}
    | {"o", "a", "os", "as", "r", "te", "ten", "ste", "sten"}
)


@dataclass(slots=True)
class Cleaned:
    """Plain text, the media files it referred to, and how many characters were removed."""

    text: str
    media: list[str] = field(default_factory=list)
    removed: int = 0


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.media: list[str] = []
        self._skipping = 0
        # The text of an open `<sup>`, written once it closes; None outside one.
        self._raised: list[str] | None = None
        self._raised_depth = 0
        # Inside a ruby reading (`<rt>`), written in parentheses after its word.
        self._reading = False
        # Cells begun in the table row being read: a row is one line, `a | 1`.
        self._cells = 0
        # How many `<pre>` are open: inside one, spaces and line breaks are the text's own.
        self._preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag == "sup":
            self._raised_depth += 1
            if self._raised is None:
                self._raised = []
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "rt":
            self._end_reading()
            self.parts.append("(")
            self._reading = True
        elif tag in ("td", "th"):
            if self._cells and self.parts and not self.parts[-1].endswith("\n"):
                self.parts.append(" | ")
            self._cells += 1
        elif tag in _BLOCKS:
            self._cells = 0 if tag == "tr" else self._cells
            self._break()
            self._preformatted += tag == "pre"
        if tag in _MEDIA_TAGS:
            wanted = _MEDIA_TAGS[tag]
            self.media += [value for name, value in attrs if name == wanted and value]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED:
            self._skipping -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "sup" and self._raised is not None:
            self._raised_depth -= 1
            if self._raised_depth <= 0:
                self._end_raised()
        elif tag in ("rt", "ruby"):
            self._end_reading()
        elif tag in _BLOCKS:
            self._break()
            if tag == "pre":
                self._preformatted = max(0, self._preformatted - 1)

    def _end_reading(self) -> None:
        """`漢字<rt>かんじ</rt>` is read `漢字(かんじ)`, as a browser without ruby shows it."""
        if self._reading:
            self.parts.append(")")
            self._reading = False

    def _end_raised(self) -> None:
        text, self._raised, self._raised_depth = "".join(self._raised or ()), None, 0
        self.parts.append(raised(text))

    def close(self) -> None:
        super().close()
        if self._raised is not None:  # a `<sup>` never closed
            self._end_raised()
        self._end_reading()

    def _break(self) -> None:
        """A block's edge ends the line, once: `<div>a</div><div>b</div>` is two lines."""
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        data = data.replace(KEPT_SPACE, "")
        if self._raised is not None:
            self._raised.append(data)
        elif self._preformatted:
            self.parts.append(kept_spaces(data))
        else:
            self.parts.append(data)


def kept_spaces(text: str) -> str:
    """Preformatted `text` with its spaces kept through tidying (tabs made spaces to the
    next tab stop, as a browser shows them): see `KEPT_SPACE`."""
    lines = text.split("\n")
    return "\n".join(line.expandtabs(_TAB_STOP).translate(_KEPT_SPACES) for line in lines)


def raised(text: str) -> str:
    """The text of a `<sup>` as plain text: "²³" for `23`, "^x" for `x`, "^(n+1)" for
    `n+1` and "^(iπ)" for `iπ`; an ordinal's or abbreviation's letters as they are
    ("st" of "1st")."""
    text = " ".join(text.split())
    if not text or text.casefold() in _RAISED_SUFFIXES:
        return text
    if set(text) <= _SUPERSCRIPTABLE:
        return text.translate(_SUPERSCRIPTS)
    return f"^{text}" if len(text) == 1 else f"^({text})"


def looks_like_html(text: str) -> bool:
    return _TAG_LIKE.search(text) is not None


def html_to_text(html: str) -> Cleaned:
    """The text a browser would show for `html`, one paragraph a line, media listed.

    `[sound:x.mp3]` references (Anki's) are removed and listed as media too.
    """
    # A control sequence goes whole before the markup is read, written raw or as
    # character references ("&#27;]0;title&#7;"): read apart, the parser dropped the
    # referenced controls and left their arguments in the text.
    html, removed = without_forbidden(_CONTROL_REFERENCE.sub(_referenced_control, html))
    media, html = sound_references(html)
    collector = _TextCollector()
    collector.feed(_unclosable_escaped(html))
    collector.close()
    cleaned = clean_text("".join(collector.parts))
    cleaned.removed += removed
    cleaned.text = cleaned.text.replace(KEPT_SPACE, " ")
    cleaned.media = media + collector.media + cleaned.media
    return cleaned


_CONTROL_REFERENCE = re.compile(r"&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));?")


def _referenced_control(found: re.Match[str]) -> str:
    """A numeric character reference to a control character, as that character (for the
    whole sequence it opens to be removed); any other reference as written."""
    code = int(found[1]) if found[1] else int(found[2], 16)
    if (code < 0x20 and code not in (0x09, 0x0A, 0x0D)) or 0x7F <= code <= 0x9F:
        return chr(code)
    return found[0]


def _unclosable_escaped(html: str) -> str:
    """`html` with each `<` after its last `>` written `&lt;`: no tag can open there, and
    the standard parser looked for a `>` to the end from each of them (`<pre` 20,000
    times took seconds). A browser shows them as text, as the parser then does."""
    last = html.rfind(">")
    tail = html[last + 1 :]
    return html if "<" not in tail else html[: last + 1] + tail.replace("<", "&lt;")


def sound_references(html: str) -> tuple[list[str], str]:
    """The files `[sound:x.mp3]` references name, and `html` without them.

    Read by hand, each character once: the regular expression `\\[sound:([^\\]]*)\\]`
    ran on to the end from every `[sound:` that no `]` closes, for minutes on a field of
    40,000 of them. A `]` ends the name, as it did there; with none left, nothing after
    is a reference.
    """
    media: list[str] = []
    kept: list[str] = []
    position = 0
    while (start := html.find(_SOUND, position)) >= 0:
        end = html.find("]", start + len(_SOUND))
        if end < 0:
            break
        media.append(html[start + len(_SOUND) : end])
        kept.append(html[position:start])
        position = end + 1
    kept.append(html[position:])
    return media, "".join(kept)


def clean_text(text: str) -> Cleaned:
    """`text` with line ends made `\\n`, controls removed, spaces and blank lines tidied."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, removed = without_forbidden(text)
    text, cut = trim_mark_stacks(text)  # "zalgo" text, which a deck refuses
    removed += cut
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    tidy = _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip("\n")
    return Cleaned(tidy, [], removed)


def one_line(text: str) -> str:
    """`text` with every run of whitespace made one space: for prompts of one line."""
    return " ".join(text.split())


def removed_message(removed: int) -> str:
    """The warning that `removed` characters a terminal must not be sent were left out."""
    many = removed != 1
    return (
        f"{removed} control or formatting character{'s' if many else ''} removed: "
        f"{'they' if many else 'it'} could take over the learner's terminal or disguise "
        "how the text reads"
    )
