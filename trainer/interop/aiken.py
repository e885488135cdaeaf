"""Reading Moodle's Aiken format: multiple choice questions, one option a line, then the answer.

    Which treaty opened the way to German deals with the Soviets?
    A. The Treaty of Versailles
    B) The Treaty of Rapallo
    C. The Treaty of Locarno
    ANSWER: B

The question may take several lines; options are a capital letter, `.` or `)`, a space
and the text, from A on: before the first option, a line such as `I. …` or `II) …` is
one of the question's statements (exam questions list them so), kept on a line of its
own. `ANSWER:` names the right letter (`B`, `B.`, `(B)`, `B) Paris`, as converters
write it). Blank lines are ignored. Anything else is an error at its line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trainer.interop.bank import Bank, BankItem, BankQuestion, source_error, where
from trainer.interop.ids import content_key

_OPTION = re.compile(r"^([A-Z])[.)]\s+(\S.*)$")
# An option's letter with no text after it: `A.` alone.
_EMPTY_OPTION = re.compile(r"^([A-Z])[.)]$")
_ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)
# An option written with a small letter, which Moodle reads as text: said so, not taken.
_SMALL_OPTION = re.compile(r"^([a-z])[.)]\s+\S")
# The answer's letter, maybe in brackets or followed by the option's text ("B) Paris").
_ANSWER_LETTER = re.compile(r"^\(?([A-Za-z])\)?\.?(?=$|[\s.:),;/&–-])(.*)$")
_MORE_LETTERS = re.compile(r"(?:\s*(?:[,;/&]|\band\b)?\s*\(?[A-Za-z]\)?\.?)+")
# A line of the question that starts a statement or an item of a list ("I. …", "II) …",
# "1. …", "- …"): a question with one keeps its lines as written.
_LIST_ITEM = re.compile(r"^(?:[IVX]+|\d+|[a-zA-Z])[.)]\s|^[-•*–]\s")


@dataclass(slots=True)
class _Question:
    line: int
    text: list[str] = field(default_factory=list)
    options: dict[str, tuple[str, int]] = field(default_factory=dict)
    # Each text line's number and column, to point at one that looks like an option.
    text_at: list[tuple[int, int]] = field(default_factory=list)
    blank_after_options: bool = False


def read_aiken(text: str, path: str) -> Bank:
    """Every question of an Aiken file; DeckError (`file:line:col: error:`) if malformed."""
    bank = Bank(source=path, title="")
    current: _Question | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        column = len(raw) - len(raw.lstrip()) + 1
        if not line:
            if current is not None and current.options:
                current.blank_after_options = True
            continue
        if answer := _ANSWER.match(line):
            if current is None or not current.options:
                _refuse_small_options(current, path)
                _refuse_options_after_a(current, path)
                raise source_error(path, number, column, "'ANSWER:' comes before any option")
            bank.items.append(_item(current, answer.group(1).strip(), path, number, column))
            current = None
        elif (
            (empty := _EMPTY_OPTION.match(line))
            and current is not None
            and current.text
            and (current.options or empty.group(1) == "A")
        ):
            raise source_error(path, number, column, f"option {empty.group(1)} has no text")
        elif (option := _OPTION.match(line)) and (
            current is None or current.options or option.group(1) == "A"
        ):
            if current is None or not current.text:
                raise source_error(path, number, column, "an option with no question before it")
            letter = option.group(1)
            if letter in current.options:
                raise source_error(path, number, column, f"option {letter} is given twice")
            current.options[letter] = (option.group(2).strip(), number)
        elif current is not None and current.options:
            if _SMALL_OPTION.match(line):
                raise source_error(path, number, column, _small_option(line))
            if current.blank_after_options:
                # A new question began: the one before has no answer line.
                last_line = max(at for _, at in current.options.values())
                raise source_error(path, last_line + 1, 1, "the question ends without 'ANSWER: …'")
            raise source_error(path, number, column, _expected_after(current.options))
        else:
            current = current or _Question(number)
            current.text.append(line)
            current.text_at.append((number, column))
    if current is not None:
        if not current.options:
            raise source_error(path, current.line, 1, "a question with no options")
        last_line = max(line for _, line in current.options.values())
        raise source_error(path, last_line + 1, 1, "the question ends without 'ANSWER: …'")
    return bank


def _refuse_small_options(question: _Question | None, path: str) -> None:
    """An error at the first line of the question's text that is an option written with
    a small letter (`a) …`), which is why no option was found."""
    if question is None:
        return
    for line, (number, column) in zip(question.text, question.text_at, strict=True):
        if _SMALL_OPTION.match(line):
            raise source_error(path, number, column, _small_option(line))


def _refuse_options_after_a(question: _Question | None, path: str) -> None:
    """An error at the first line of the question that would be an option but for its
    letter: options start at A, so `B. …` first was read as text."""
    if question is None:
        return
    for line, (number, column) in zip(question.text, question.text_at, strict=True):
        if option := _OPTION.match(line):
            letter = option.group(1)
            raise source_error(
                path, number, column, f"options are lettered from A: this one is '{letter}'"
            )


def _expected_after(options: dict[str, tuple[str, int]]) -> str:
    """What may follow the options given so far: the next letter's, or the answer."""
    letters = ", ".join(options)
    answer = f"the answer ('ANSWER:' and one of {letters})"
    following = chr(ord(max(options)) + 1)
    if following > "Z":
        return f"expected {answer} here"
    return f"expected another option ('{following}. …') or {answer} here"


def _small_option(line: str) -> str:
    letter = line[0].upper()
    return f"an option is a capital letter, '{letter}{line[1]} …', not '{line[:2]} …'"


def _item(question: _Question, letter: str, path: str, line: int, column: int) -> BankItem:
    if len(question.options) < 2:
        _refuse_small_options(question, path)
        raise source_error(path, question.line, 1, "a multiple choice question needs two options")
    if not letter:
        raise source_error(path, line, column, "'ANSWER:' names no option's letter")
    found = _ANSWER_LETTER.match(letter)
    rest = found.group(2).strip(" .):–-") if found else ""
    named = question.options.get(found.group(1).upper(), ("", 0))[0] if found else ""
    if found is None or (rest and _MORE_LETTERS.fullmatch(rest) and rest != named):
        raise source_error(
            path, line, column, f"'ANSWER: {letter}' is not one letter: an Aiken question has one"
        )
    letter = found.group(1).upper()
    if letter not in question.options:
        known = ", ".join(question.options)
        raise source_error(path, line, column, f"'ANSWER: {letter}' names no option ({known})")
    # A question that lists statements keeps its lines; another is one wrapped sentence.
    listed = any(_LIST_ITEM.match(line) for line in question.text[1:])
    prompt = ("\n" if listed else " ").join(question.text)
    answer = question.options[letter][0]
    wrong = tuple(text for key, (text, _) in question.options.items() if key != letter)
    options = [text for text, _ in question.options.values()]
    return BankItem(
        key=content_key(prompt, *options),
        where=where(path, question.line),
        questions=(BankQuestion(prompt=prompt, answer=answer, distractors=wrong),),
    )
