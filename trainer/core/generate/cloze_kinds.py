"""The kinds of automatic cloze candidate, their blanks, and where a candidate occurs."""

from __future__ import annotations

from enum import IntEnum

from trainer.core.records import record


class CandidateKind(IntEnum):
    """The kinds of candidate, in order of preference."""

    YEAR = 0
    NAME = 1
    QUANTITY = 2
    TERM = 3
    NUMBER = 4


BLANKS = {
    CandidateKind.YEAR: "[year]",
    CandidateKind.NAME: "[...]",
    CandidateKind.QUANTITY: "[number]",
    CandidateKind.TERM: "[...]",
    CandidateKind.NUMBER: "[number]",
}


@record
class Candidate:
    """A piece of text to blank, and every [start, end) span where it occurs."""

    kind: CandidateKind
    text: str
    spans: tuple[tuple[int, int], ...]

    def blanked(self, text: str, blank: str | None = None) -> str:
        """`text` with every span replaced by the kind's blank, or by `blank`."""
        parts: list[str] = []
        position = 0
        for start, end in self.spans:
            shown = BLANKS[self.kind] if blank is None else blank * (end - start)
            parts += [text[position:start], shown]
            position = end
        parts.append(text[position:])
        return "".join(parts)
