"""Reading Moodle's Aiken format: multiple choice questions, one option a line, then the answer.

    Which treaty opened the way to German deals with the Soviets?
    A. The Treaty of Versailles
    B) The Treaty of Rapallo
    C. The Treaty of Locarno
    ANSWER: B

The question may take several lines; options are a capital letter, `.` or `)`, a space
and the text; `ANSWER:` names the right letter. Blank lines are ignored. Anything else
is an error at its line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trainer.interop.bank import Bank, BankItem, BankQuestion, source_error, where
from trainer.interop.ids import content_key

_OPTION = re.compile(r"^([A-Z])[.)]\s+(\S.*)$")
_ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(slots=True)
class _Question:
    line: int
    text: list[str] = field(default_factory=list)
    options: dict[str, tuple[str, int]] = field(default_factory=dict)


def read_aiken(text: str, path: str) -> Bank:
    """Every question of an Aiken file; DeckError (`file:line:col: error:`) if malformed."""
    bank = Bank(source=path, title="")
    current: _Question | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        column = len(raw) - len(raw.lstrip()) + 1
        if not line:
            continue
        if answer := _ANSWER.match(line):
            if current is None or not current.options:
                raise source_error(path, number, column, "'ANSWER:' comes before any option")
            bank.items.append(_item(current, answer.group(1).strip(), path, number, column))
            current = None
        elif option := _OPTION.match(line):
            if current is None or not current.text:
                raise source_error(path, number, column, "an option with no question before it")
            letter = option.group(1)
            if letter in current.options:
                raise source_error(path, number, column, f"option {letter} is given twice")
            current.options[letter] = (option.group(2).strip(), number)
        elif current is not None and current.options:
            raise source_error(
                path,
                number,
                column,
                "expected another option ('E. …') or the answer ('ANSWER: B') here",
            )
        else:
            current = current or _Question(number)
            current.text.append(line)
    if current is not None:
        if not current.options:
            raise source_error(path, current.line, 1, "a question with no options")
        last_line = max(line for _, line in current.options.values())
        raise source_error(path, last_line + 1, 1, "the question ends without 'ANSWER: …'")
    return bank


def _item(question: _Question, letter: str, path: str, line: int, column: int) -> BankItem:
    if len(question.options) < 2:
        raise source_error(path, question.line, 1, "a multiple choice question needs two options")
    letter = letter.upper().rstrip(".)")
    if letter not in question.options:
        known = ", ".join(question.options)
        raise source_error(path, line, column, f"'ANSWER: {letter}' names no option ({known})")
    prompt = " ".join(question.text)
    answer = question.options[letter][0]
    wrong = tuple(text for key, (text, _) in question.options.items() if key != letter)
    options = [text for text, _ in question.options.values()]
    return BankItem(
        key=content_key(prompt, *options),
        where=where(path, question.line),
        questions=(BankQuestion(prompt=prompt, answer=answer, distractors=wrong),),
    )
