"""Anki-style cloze markers in excerpt text: parsing with offsets, and rendering one card's view."""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.core.model import MAX_ANSWER_LENGTH
from trainer.core.records import record

OPEN = "{{"
CLOSE = "}}"
_HEAD = re.compile(r"c(\d+)::")
ELLIPSIS = "[...]"
# Quotation marks, opening to closing, that a deletion may stand wholly inside.
_QUOTE_PAIRS = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»", "„": "“", "‚": "‘"}


@record
class ClozeDeletion:
    """One `{{cN::text}}` or `{{cN::text::hint}}` marker; offsets index the raw text."""

    number: int
    text: str
    hint: str
    start: int
    end: int
    # Quotation marks around the whole deletion (`{{c3::"Pastoral"}}`): the sentence's, not
    # the answer's, so shown around its blank and its text alike.
    quotes: tuple[str, str] = ("", "")

    @property
    def blank(self) -> str:
        return f"[{self.hint}]" if self.hint else ELLIPSIS


@record
class ClozeProblem:
    """A marker that cannot be read; `offset` is where its `{{` stands in the raw text."""

    offset: int
    message: str


@record
class ClozeText:
    """An excerpt's text split into its deletions and whatever is wrong with its markers."""

    raw: str
    deletions: tuple[ClozeDeletion, ...]
    problems: tuple[ClozeProblem, ...]

    @property
    def has_markers(self) -> bool:
        return bool(self.deletions or self.problems)

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(sorted({d.number for d in self.deletions}))

    def deletions_numbered(self, number: int) -> tuple[ClozeDeletion, ...]:
        return tuple(d for d in self.deletions if d.number == number)

    def render(self, blanked: int) -> str:
        """The text with deletion number `blanked` shown as blanks and every other filled in."""
        return self._join(lambda d: d.blank if d.number == blanked else d.text)[0]

    def plain(self) -> str:
        """The text as a reader sees it once every deletion is filled in."""
        return self._join(lambda d: d.text)[0]

    def plain_with_marker_spans(self) -> tuple[str, tuple[tuple[int, int], ...]]:
        """`plain()` plus the [start, end) spans in it that came from inside markers."""
        return self._join(lambda d: d.text)

    def _join(
        self, show: Callable[[ClozeDeletion], str]
    ) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The text with each marker replaced by `show(deletion)`, and where those went."""
        parts: list[str] = []
        spans: list[tuple[int, int]] = []
        length = 0
        position = 0
        for deletion in self.deletions:
            before, shown = self.raw[position : deletion.start], show(deletion)
            opening, closing = deletion.quotes
            parts += [before, opening, shown, closing]
            length += len(before) + len(opening)
            spans.append((length, length + len(shown)))
            length += len(shown) + len(closing)
            position = deletion.end
        parts.append(self.raw[position:])
        return "".join(parts), tuple(spans)


# The most cloze deletions one excerpt may hold: far more than a page of notes needs.
MAX_DELETIONS = 500


def parse_cloze(text: str) -> ClozeText:
    """Find every cloze marker in `text`; malformed ones become problems, not exceptions."""
    deletions: list[ClozeDeletion] = []
    problems: list[ClozeProblem] = []
    position = 0
    while (start := text.find(OPEN, position)) != -1:
        if len(deletions) == MAX_DELETIONS:
            # Each deletion is looked for through the whole text: thousands took minutes.
            message = f"an excerpt may hold at most {MAX_DELETIONS} cloze deletions: split it"
            problems.append(ClozeProblem(start, message))
            break
        close = text.find(CLOSE, start + len(OPEN))
        if close == -1:
            problems.append(ClozeProblem(start, "cloze marker '{{' is never closed with '}}'"))
            break
        end = close + len(CLOSE)
        position = end
        inner = text[start + len(OPEN) : close]
        head = _HEAD.match(inner)
        if head is None:
            problems.append(ClozeProblem(start, _malformed(text[start:end])))
            continue
        if OPEN in inner:
            problems.append(ClozeProblem(start, "cloze markers cannot be nested"))
            continue
        number = int(head.group(1))
        body, _, hint = inner[head.end() :].partition("::")
        if number == 0:
            problems.append(ClozeProblem(start, "cloze numbers start at 1: c0 is not allowed"))
        elif not body.strip():
            problems.append(ClozeProblem(start, f"cloze deletion c{number} is empty"))
        elif len(body.strip()) > MAX_ANSWER_LENGTH:
            length = len(body.strip())
            message = f"cloze deletion c{number} is {length:,} characters long; at most"
            problems.append(ClozeProblem(start, f"{message} {MAX_ANSWER_LENGTH:,} are allowed"))
        else:
            answer, quotes = _unquoted(body.strip())
            deletions.append(ClozeDeletion(number, answer, hint.strip(), start, end, quotes))
    return ClozeText(text, tuple(deletions), tuple(problems))


def _unquoted(body: str) -> tuple[str, tuple[str, str]]:
    """`body` without quotation marks that wrap all of it and nothing else (`"Pastoral"`,
    `“Eroica”`), and those marks; `"A" and "B"` is two quotations, kept whole."""
    opening = body[:1]
    closing = _QUOTE_PAIRS.get(opening)
    inner = body[1:-1].strip()
    if closing is None or len(body) < 3 or not body.endswith(closing) or not inner:
        return body, ("", "")
    if opening in inner or closing in inner:
        return body, ("", "")
    return inner, (opening, closing)


def plain_text(text: str) -> str:
    """`text` as a reader sees it once every deletion is filled in (`ClozeText.plain`);
    text without a marker, as most is, is given back without being parsed."""
    return parse_cloze(text).plain() if OPEN in text else text


def _malformed(marker: str) -> str:
    shown = marker if len(marker) <= 40 else marker[:37] + "..."
    return f"malformed cloze marker '{shown}': write {{{{c1::text}}}} or {{{{c1::text::hint}}}}"
