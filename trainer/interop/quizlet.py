"""Reading a Quizlet export: one card a line, the term and its definition separated by a tab.

Quizlet lets the exporter choose both separators (between term and definition: tab,
comma or any text; between cards: new line, semicolon or any text), so both are
parameters. With cards on lines of their own, a line without the term separator
continues the definition before it (Quizlet writes a definition's line breaks as is).
The term is asked; the definition is the answer. A definition of more than a few words
("town of the German aviation school") is no answer to type word for word: its card
offers it among other cards' definitions, as Quizlet's own Learn does, and a second card
asks for the term it defines, which is short and typed.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections.abc import Iterator

from trainer.interop.bank import Bank, BankItem, BankQuestion, source_error, where
from trainer.interop.ids import content_key

SEPARATOR_NAMES = {"tab": "\t", "comma": ",", "semicolon": ";", "newline": "\n", "dash": " - "}


def separator(name: str) -> str:
    """A separator given on the command line: a name (`tab`, `comma` …) or the text itself."""
    return SEPARATOR_NAMES.get(name.lower(), name.replace("\\t", "\t").replace("\\n", "\n"))


def read_quizlet(
    text: str, path: str, *, term_separator: str = "\t", card_separator: str = "\n"
) -> Bank:
    """Every card of a Quizlet export; DeckError (`file:line:col: error:`) if a card has
    no term separator."""
    if not term_separator or not card_separator or term_separator == card_separator:
        raise ValueError("the two separators must be different and not empty")
    bank = Bank(source=path, title="")
    cards: list[tuple[int, int, list[str]]] = []
    offset = 0
    # Lines are counted from the last card on, not from the top each time: a long export
    # would otherwise take time as the square of its length.
    counted_to, line_number, line_start = 0, 1, 0
    for raw in text.split(card_separator):
        start = offset + len(raw) - len(raw.lstrip())
        offset += len(raw) + len(card_separator)
        if not raw.strip():
            continue
        line_number += text.count("\n", counted_to, start)
        if (last_newline := text.rfind("\n", counted_to, start)) >= 0:
            line_start = last_newline + 1
        counted_to = start
        line = line_number
        column = start - line_start + 1
        if term_separator not in raw:
            if card_separator == "\n" and cards:
                cards[-1][2][1] += "\n" + raw.strip()
                continue
            raise source_error(
                path,
                line,
                column,
                f"no {_named(term_separator)} between the term and its definition",
            )
        term, definition = raw.split(term_separator, 1)
        cards.append((line, column, [term.strip(), definition.strip()]))
    kept: list[tuple[int, int, str, str]] = []
    for line, column, (term, definition) in cards:
        if not term or not definition:
            bank.warn(
                where(path, line, column),
                f"a card with no {'term' if not term else 'definition'}; left out",
            )
            continue
        kept.append((line, column, term, definition))
    # A definition that writes its own term ("… or, in full, Rapallo on the Riviera")
    # would give its card away as an option, and the term as a question: it is typed.
    described = [
        " ".join(definition.split())
        if len(definition.split()) > _WORDS_OF_A_NAME and not _names(definition, term)
        else None
        for *_, term, definition in kept
    ]
    options = _Options([one_line for one_line in described if one_line is not None])
    for (line, column, term, definition), one_line in zip(kept, described, strict=True):
        questions: tuple[BankQuestion, ...] = (BankQuestion(prompt=term, answer=definition),)
        if one_line is not None:
            others = options.drawn_for(one_line, term)
            if others:  # on one line, as its options are
                questions = (BankQuestion(prompt=term, answer=one_line, distractors=others),)
            questions += (BankQuestion(prompt=_asking_the_term(one_line), answer=term),)
        bank.items.append(
            BankItem(
                key=content_key(term),
                where=where(path, line, column),
                questions=questions,
                text=f"{term}: {definition}",
            )
        )
    return bank


# A definition of more words than this describes its term: a translation ("dog"), a name
# ("Paris") or a short phrase ("a biological catalyst") is typed as it is.
_WORDS_OF_A_NAME = 3
# Wrong options a described term's card takes from the other cards' definitions: as
# many as this, and no fewer than the least that makes a choice worth asking.
_DRAWN = 3
_FEWEST_DRAWN = 2


class _Options:
    """The described cards' definitions, indexed once so that each card draws its wrong
    options from them in time near its own length, not the export's: a list of 5,000
    cards ranked all 5,000 definitions for each card, for minutes."""

    def __init__(self, definitions: list[str]) -> None:
        # The first text of each definition (by folded text), ordered by where it is last
        # written: the order options are offered in.
        by_fold = {_folded(text): text for text in reversed(definitions)}
        self._texts = [text for _, text in reversed(by_fold.items())]
        self._index = {key: i for i, (key, _) in enumerate(reversed(by_fold.items()))}
        self._heads = [_head_word(text) for text in self._texts]
        # (length, index) of every definition, and of those of each head word, sorted.
        self._everyone = sorted((len(text), i) for i, text in enumerate(self._texts))
        self._by_head: dict[str, list[tuple[int, int]]] = {}
        for length, i in self._everyone:
            self._by_head.setdefault(self._heads[i], []).append((length, i))

    def drawn_for(self, definition: str, term: str) -> tuple[str, ...]:
        """The other cards' definitions most like `definition`, save those that write
        `term` (a wrong option that names the term asked is wrong on its face): first those
        that say the same kind of thing ("a town …" beside "a town …", never "a firm …"
        when enough towns remain), then the closest in length (no option stands out by
        it); in the export's order. None unless there are enough to choose from: the card
        stays one to type."""
        mine = self._index.get(_folded(definition))
        kind = _head_word(definition)
        unlike = (i for i in _nearest(self._everyone, len(definition)) if self._heads[i] != kind)
        drawn: list[int] = []
        for i in itertools.chain(_nearest(self._by_head.get(kind, []), len(definition)), unlike):
            if i != mine and not _names(self._texts[i], term):
                drawn.append(i)
                if len(drawn) == _DRAWN:
                    break
        if len(drawn) < _FEWEST_DRAWN:
            return ()
        return tuple(self._texts[i] for i in sorted(drawn))


def _nearest(entries: list[tuple[int, int]], length: int) -> Iterator[int]:
    """The indices of `entries` ((length, index), sorted) by how far their length is from
    `length`, then by index: lazily, as many as are taken."""
    shorter = longer = bisect.bisect_left(entries, (length, -1))
    while shorter > 0 or longer < len(entries):
        below = length - entries[shorter - 1][0] if shorter > 0 else None
        above = entries[longer][0] - length if longer < len(entries) else None
        nearest = min(d for d in (below, above) if d is not None)
        runs: list[Iterator[int]] = []
        # Every entry of the nearest length on each side, each run in index order.
        if below == nearest:
            start = bisect.bisect_left(entries, (entries[shorter - 1][0], -1), 0, shorter)
            runs.append(entries[j][1] for j in range(start, shorter))
            shorter = start
        if above == nearest:
            stop = bisect.bisect_left(entries, (entries[longer][0] + 1, -1), longer)
            runs.append(entries[j][1] for j in range(longer, stop))
            longer = stop
        yield from heapq.merge(*runs)


_ARTICLES = frozenset({"a", "an", "the", "to"})


def _head_word(definition: str) -> str:
    """The first word of a definition past an article: what kind of thing it says."""
    words = re.findall(r"\w+", definition.casefold())
    return next((word for word in words if word not in _ARTICLES), "")


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _names(definition: str, term: str) -> bool:
    """Whether `definition` writes `term` (as whole words, whatever the case)."""
    words = re.findall(r"\w+", term.casefold())
    if not words:
        return False
    pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)"
    return re.search(pattern, definition.casefold()) is not None


def _asking_the_term(definition: str) -> str:
    """The question that asks for the term a definition defines."""
    return f"Which term matches this definition: {definition.rstrip('.;:!? ')}?"


def _named(text: str) -> str:
    names = {value: key for key, value in SEPARATOR_NAMES.items()}
    return names.get(text, repr(text))
