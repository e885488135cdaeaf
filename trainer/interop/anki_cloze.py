"""Anki cloze text a deck cannot hold as such: deletions nested inside others, as questions.

Anki (since 2.1.56) lets a deletion hold another: `{{c1::Canberra, {{c2::Australia}}}}`
makes a card hiding all of "Canberra, Australia" and another hiding "Australia" alone.
A deck's cloze deletions cannot nest, so such a note becomes one question per cloze
number, asked as Anki asks it: that number's deletions blanked (`[...]`, or `[hint]`),
every other one shown, and answered by the text it hides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trainer.core.deck.cloze_markers import ELLIPSIS
from trainer.interop.bank import BankQuestion

_TOKEN = re.compile(r"\{\{c(\d+)::|\}\}|::")
# A package is untrusted: deletions nested deeper than this, or numbered with more digits,
# are none Anki's editor makes, and would take the converter's recursion (or Python's
# reading of a number) past its limits.
_DEEPEST = 32
_LONGEST_NUMBER = 6


@dataclass(slots=True)
class _Deletion:
    number: int
    parts: list[str | _Deletion] = field(default_factory=list)
    hint: list[str | _Deletion] | None = None


def nested_cloze_questions(text: str) -> tuple[BankQuestion, ...] | None:
    """One question per cloze number of `text`, if a deletion holds another; else None
    (the text's deletions, none nested, or unclosed, are left to the deck's own cloze)."""
    parts = _parse(text)
    if parts is None or not any(_nested(part) for part in parts):
        return None
    questions: list[BankQuestion] = []
    for number in sorted(_numbers(parts)):
        hidden = list(dict.fromkeys(_shown(d.parts) for d in _deletions(parts, number)))
        questions.append(BankQuestion(prompt=_asked(parts, number), answer=", ".join(hidden)))
    return tuple(questions)


def revealed(text: str) -> str:
    """`text` with every deletion shown, as on the back of its cards."""
    parts = _parse(text)
    return text if parts is None else _shown(parts)


def _parse(text: str) -> list[str | _Deletion] | None:
    root: list[str | _Deletion] = []
    open_deletions: list[_Deletion] = []
    position = 0

    def add(piece: str) -> None:
        if not piece:
            return
        if not open_deletions:
            root.append(piece)
            return
        top = open_deletions[-1]
        (top.hint if top.hint is not None else top.parts).append(piece)

    for match in _TOKEN.finditer(text):
        add(text[position : match.start()])
        position = match.end()
        if match.group(1) is not None:
            if len(open_deletions) >= _DEEPEST or len(match.group(1)) > _LONGEST_NUMBER:
                return None  # no note nests so deep or counts so far: left as written
            open_deletions.append(_Deletion(int(match.group(1))))
        elif match.group(0) == "}}" and open_deletions:
            done = open_deletions.pop()
            if open_deletions:
                top = open_deletions[-1]
                (top.hint if top.hint is not None else top.parts).append(done)
            else:
                root.append(done)
        elif match.group(0) == "::" and open_deletions and open_deletions[-1].hint is None:
            open_deletions[-1].hint = []
        else:
            add(match.group(0))
    add(text[position:])
    return None if open_deletions else root


def _nested(part: str | _Deletion) -> bool:
    return isinstance(part, _Deletion) and any(isinstance(p, _Deletion) for p in part.parts)


def _numbers(parts: list[str | _Deletion]) -> set[int]:
    found: set[int] = set()
    for part in parts:
        if isinstance(part, _Deletion):
            found |= {part.number} | _numbers(part.parts)
    return found


def _deletions(parts: list[str | _Deletion], number: int) -> list[_Deletion]:
    """The outermost deletions of this number, in order."""
    found: list[_Deletion] = []
    for part in parts:
        if isinstance(part, _Deletion):
            found += [part] if part.number == number else _deletions(part.parts, number)
    return found


def _asked(parts: list[str | _Deletion], number: int) -> str:
    pieces: list[str] = []
    for part in parts:
        if isinstance(part, str):
            pieces.append(part)
        elif part.number == number:
            hint = "".join(p for p in part.hint or () if isinstance(p, str)).strip()
            pieces.append(f"[{hint}]" if hint else ELLIPSIS)
        else:
            pieces.append(_asked(part.parts, number))
    return "".join(pieces)


def _shown(parts: list[str | _Deletion]) -> str:
    return "".join(part if isinstance(part, str) else _shown(part.parts) for part in parts)
