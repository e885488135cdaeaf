"""Reading a Quizlet export: one card a line, the term and its definition separated by a tab.

Quizlet lets the exporter choose both separators (between term and definition: tab,
comma or any text; between cards: new line, semicolon or any text), so both are
parameters. With cards on lines of their own, a line without the term separator
continues the definition before it (Quizlet writes a definition's line breaks as is).
The term is asked; the definition is the answer.
"""

from __future__ import annotations

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
    for line, column, (term, definition) in cards:
        if not term or not definition:
            bank.warn(
                where(path, line, column),
                f"a card with no {'term' if not term else 'definition'}; left out",
            )
            continue
        bank.items.append(
            BankItem(
                key=content_key(term),
                where=where(path, line, column),
                questions=(BankQuestion(prompt=term, answer=definition),),
                text=f"{term}: {definition}",
            )
        )
    return bank


def _named(text: str) -> str:
    names = {value: key for key, value in SEPARATOR_NAMES.items()}
    return names.get(text, repr(text))
