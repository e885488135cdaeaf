"""The kinds of automatic cloze candidate, their blanks, and where a candidate occurs."""

from __future__ import annotations

from enum import IntEnum

from trainer.core.card_frames import ENGLISH, CardFrame
from trainer.core.records import record


class CandidateKind(IntEnum):
    """The kinds of candidate, in order of preference."""

    YEAR = 0
    NAME = 1
    QUANTITY = 2
    TERM = 3
    NUMBER = 4


def blank_of(kind: CandidateKind, frame: CardFrame = ENGLISH) -> str:
    """The blank a candidate of `kind` leaves: what it stands for where that helps ("[year]",
    "[number]", in the card's language), "[...]" for a name or a term."""
    if kind is CandidateKind.YEAR:
        return frame.year_blank
    if kind in (CandidateKind.QUANTITY, CandidateKind.NUMBER):
        return frame.number_blank
    return "[...]"


@record
class Candidate:
    """A piece of text to blank, and every [start, end) span where it occurs."""

    kind: CandidateKind
    text: str
    spans: tuple[tuple[int, int], ...]

    def blanked(self, text: str, blank: str | None = None, frame: CardFrame = ENGLISH) -> str:
        """`text` with every span replaced by the kind's blank in the language of `frame`
        ("[year]", "[año]"), or by `blank` repeated over the span."""
        parts: list[str] = []
        position = 0
        kind_blank = blank_of(self.kind, frame)
        for start, end in self.spans:
            shown = kind_blank if blank is None else blank * (end - start)
            parts += [text[position:start], shown]
            position = end
        parts.append(text[position:])
        return "".join(parts)
