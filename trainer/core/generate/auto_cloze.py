"""Automatic cloze: years, numbers and names found in an excerpt, each blanked on its own card.

Candidates are looked for in the excerpt's text with its cloze deletions filled in, but
never inside a deletion. The rules are deliberately simple, so an author can predict them:

- A **year** is a whole number from 1000 to 2099 standing alone (`1926`; not `1,926`,
  `1926.5` or `1920s`).
- A **number** is any other number with two or more digits, a decimal point or a percent
  sign (`50,000`, `50%`, `3.5`, `22`). A lone single digit (`3`) is not one.
- A **name** is a run of capitalised words separated only by spaces, possibly joined by
  lowercase particles (`of`, `von`, `de` …): `Valerian Kuibyshev`, `Council of Labour`.
  Common function words (`The`, `In`, `It` …), months and weekdays are dropped from the
  front of a run, and one-letter words never count. A possessive `'s` ends a name. A name
  that is a single word at the start of a sentence is not a candidate there, since a
  capital says nothing in that place, unless the same word is also capitalised
  mid-sentence somewhere else in the excerpt.

A candidate that occurs more than once is asked once, with every occurrence blanked.
Years come first, then names, then numbers, each in the order of first occurrence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from trainer.core.answers import infer_answer_type, is_year
from trainer.core.cloze import ClozeText
from trainer.core.generate.context import CardSink, DeckIndex, build_card
from trainer.core.ids import auto_cloze_slot, card_id
from trainer.core.model import Answer, CardKind, Deck, Excerpt

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NUMERIC = re.compile(
    r"(?<![\w.,/-])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?%?(?![\w%]|[.,][0-9])"
)
_SENTENCE_BREAK = re.compile(r"[.!?]|\n\s*\n")
_POSSESSIVES = ("'s", "’s")
_MASK = "\x00"

# Word lists read best as plain text.
PARTICLES = frozenset(
    "of von van de der den du da di del della des la le al el bin ibn zu y".split()  # noqa: SIM905
)
FUNCTION_WORDS = frozenset(
    """The A An In On At It This That These Those He She They We His Her Their Its Our
    But And Or If When While After Before As By For From To With Of Under Over Then
    There Here What Which Who Whom Whose Why How Not No So Some Such Although Though
    Because Since Until During Between Among Both Each Every All Many Most Only Also
    Even Yet Thus Once Later Meanwhile However Moreover Nevertheless Instead Indeed
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()  # noqa: SIM905
)


class CandidateKind(IntEnum):
    """The kinds of candidate, in order of preference."""

    YEAR = 0
    NAME = 1
    NUMBER = 2


BLANKS = {
    CandidateKind.YEAR: "[year]",
    CandidateKind.NAME: "[...]",
    CandidateKind.NUMBER: "[number]",
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A piece of text to blank, and every [start, end) span where it occurs."""

    kind: CandidateKind
    text: str
    spans: tuple[tuple[int, int], ...]

    def blanked(self, text: str) -> str:
        parts: list[str] = []
        position = 0
        for start, end in self.spans:
            parts += [text[position:start], BLANKS[self.kind]]
            position = end
        parts.append(text[position:])
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    start: int
    end: int
    capitalised: bool
    possessive: bool
    sentence_start: bool
    # Only whitespace separates this word from the word before it.
    follows_closely: bool


def find_candidates(text: str, masked: tuple[tuple[int, int], ...] = ()) -> list[Candidate]:
    """Every candidate in `text`, best first; spans in `masked` are never looked into."""
    scan = _mask(text, masked)
    found: dict[tuple[CandidateKind, str], list[tuple[int, int]]] = {}
    for match in _NUMERIC.finditer(scan):
        value = match.group()
        if is_year(value):
            found.setdefault((CandidateKind.YEAR, value), []).append(match.span())
        elif len(value) > 1:
            found.setdefault((CandidateKind.NUMBER, value), []).append(match.span())
    for name, spans in _names(scan).items():
        found[(CandidateKind.NAME, name)] = spans
    candidates = [Candidate(kind, value, tuple(spans)) for (kind, value), spans in found.items()]
    return sorted(candidates, key=lambda c: (c.kind, c.spans[0][0]))


def auto_cloze_enabled(deck: Deck, excerpt: Excerpt, cloze: ClozeText) -> bool:
    """The excerpt's own setting, else the deck's; `plain` means only unannotated excerpts."""
    setting = excerpt.auto_cloze if excerpt.auto_cloze is not None else deck.defaults.auto_cloze
    if setting == "plain":
        return not (excerpt.questions or excerpt.facts or cloze.has_markers)
    return setting is True


def auto_cloze_cards(
    index: DeckIndex, excerpt: Excerpt, cloze: ClozeText, taken_slots: set[str], sink: CardSink
) -> None:
    """Up to `auto_cloze_max` cards from the excerpt's candidates; `taken_slots` grows."""
    if cloze.problems:
        return
    deck = index.deck
    text, masked = cloze.plain_with_marker_spans()
    for candidate in find_candidates(text, masked)[: deck.defaults.auto_cloze_max]:
        slot = auto_cloze_slot(candidate.text, taken_slots)
        taken_slots.add(slot)
        card = build_card(
            index,
            id=card_id(deck.id, excerpt.id, slot),
            excerpts=(excerpt,),
            kind=CardKind.AUTO_CLOZE,
            prompt=candidate.blanked(text).strip(),
            answer=Answer(infer_answer_type(candidate.text), candidate.text),
        )
        sink.add(card, excerpt.location)


def _mask(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = _MASK * (end - start)
    return "".join(chars)


def _words(scan: str) -> list[_Word]:
    words: list[_Word] = []
    previous_end: int | None = None
    for match in _WORD.finditer(scan):
        raw = match.group()
        possessive = raw.endswith(_POSSESSIVES)
        text = raw[:-2] if possessive else raw
        gap = scan[previous_end or 0 : match.start()]
        words.append(
            _Word(
                text=text,
                start=match.start(),
                end=match.start() + len(text),
                capitalised=len(text) > 1 and text[0].isupper(),
                possessive=possessive,
                sentence_start=previous_end is None or bool(_SENTENCE_BREAK.search(gap)),
                follows_closely=previous_end is not None and gap.isspace(),
            )
        )
        previous_end = match.end()
    return words


def _runs(words: list[_Word]) -> list[list[_Word]]:
    """Maximal runs of capitalised words, with particles kept only between two of them."""
    runs: list[list[_Word]] = []
    current: list[_Word] = []
    particles: list[_Word] = []
    for word in words:
        joins = bool(current) and word.follows_closely and not current[-1].possessive
        if word.capitalised:
            if joins:
                current += [*particles, word]
            else:
                runs.append(current)
                current = [word]
            particles = []
        elif joins and word.text in PARTICLES:
            particles.append(word)
        else:
            runs.append(current)
            current, particles = [], []
    runs.append(current)
    return [trimmed for run in runs if (trimmed := _trim(run))]


def _trim(run: list[_Word]) -> list[_Word]:
    start = 0
    while start < len(run) and run[start].text in FUNCTION_WORDS:
        start += 1
    return run[start:]


def _names(scan: str) -> dict[str, list[tuple[int, int]]]:
    occurrences: dict[str, list[tuple[int, int]]] = {}
    counts_as_name: set[str] = set()
    for run in _runs(_words(scan)):
        name = " ".join(word.text for word in run)
        occurrences.setdefault(name, []).append((run[0].start, run[-1].end))
        if len(run) > 1 or not run[0].sentence_start:
            counts_as_name.add(name)
    return {name: spans for name, spans in occurrences.items() if name in counts_as_name}
