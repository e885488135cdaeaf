"""Line mode's lines: reading an answer, printing a question and its feedback, for review and quiz.

Deck text is printed with control characters escaped (`printable`), so nothing a deck
holds reaches the terminal raw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TextIO, assert_never

from trainer.core.answering.grading import Outcome, is_blank
from trainer.core.answering.option_numbers import option_of_value, unclear_option_number
from trainer.core.answering.parsing import parse_choice, parse_order
from trainer.core.answering.presentation import answer_text, events_in_order, misplaced_events
from trainer.core.model import AnswerType, Card
from trainer.core.scheduling.state import QUALITY_LABELS
from trainer.core.untrusted import printable, without_forbidden
from trainer.engine import MAX_ANSWER_CHARS, ExcerptRecord, Feedback

VERDICTS = {
    Outcome.EXACT: "Correct.",
    Outcome.TYPO: "Correct (with a small slip).",
    Outcome.CLOSE: "Not quite: close, but wrong.",
    Outcome.WRONG: "Wrong.",
    Outcome.BLANK: "No answer.",
}
QUIT = "q"
UNDO = ":undo"
HINT = ":hint"
LITERAL = "\\"
# How much of an over-long line is read at a time while skipping the rest of it.
_SKIP_CHUNK = 65536
# What a stream that escapes undecodable bytes makes of each (see `LineIO.read`).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class LineIO:
    """Line mode's input and output: a line read at a prompt, a line said."""

    def __init__(self, stdin: TextIO, out: TextIO) -> None:
        self.stdin = stdin
        self.out = out

    def read(self, prompt: str) -> str | None:
        """One line without its ending and surrounding blanks, cut to MAX_ANSWER_CHARS;
        None at the end of the input. An over-long line is never held whole in memory."""
        self.out.write(prompt)
        self.out.flush()
        # Room for the longest line kept and its ending ("\r\n").
        line = self.stdin.readline(MAX_ANSWER_CHARS + 2)
        if not line:
            self.say()
            return None
        too_long = not line.endswith("\n") and len(line) == MAX_ANSWER_CHARS + 2
        while too_long and (rest := self.stdin.readline(_SKIP_CHUNK)):
            if rest.endswith("\n"):
                break
        # Bytes stdin could not decode arrive as lone surrogates where it escapes them
        # (a C locale): no text can hold those, so each is read as U+FFFD, as elsewhere.
        text = _LONE_SURROGATE.sub("\ufffd", line.rstrip("\r\n"))
        # A terminal's control sequences pasted with an answer are no part of it, as the
        # app's answer box drops them.
        text = without_forbidden(text)[0]
        if too_long or len(text) > MAX_ANSWER_CHARS:
            text = text[:MAX_ANSWER_CHARS]
            self.say(
                f"(That line was longer than {MAX_ANSWER_CHARS:,} characters: "
                f"only the first {MAX_ANSWER_CHARS:,} were kept.)"
            )
        return text.strip()

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    def hint(self, card: Card) -> None:
        """The instructor's hint, shown on request only, as in the app."""
        self.say(f"Hint: {printable(card.hint)}" if card.hint else "No hint for this card.")


@dataclass(frozen=True)
class Command:
    """A command typed at the answer prompt that the caller acts on (`:undo`)."""

    name: str


def read_answer(lines: LineIO, card: Card, commands: tuple[str, ...] = ()) -> str | Command | None:
    """The answer typed for `card`, asked again until options or an order can be read;
    one of `commands` as a `Command`; None at `q` or the end of the input. `:hint` shows
    the card's hint; a backslash before a command makes it an answer."""
    while True:
        line = lines.read("answer> ")
        if line is None or line.lower() == QUIT:
            return None
        if line == HINT:
            lines.hint(card)
            continue
        if line in commands:
            return Command(line)
        if escapes_a_command(line, (HINT, *commands)):
            line = line[len(LITERAL) :]
        problem = unreadable(card, line)
        if problem is None:
            return line
        lines.say(problem)


def unreadable(card: Card, typed: str) -> str | None:
    """Why an answer to options or an ordering cannot be graded, or None if it can."""
    count = len(card.choices)
    if is_blank(typed) or not count:
        return None
    match card.answer.type:
        case AnswerType.CHOICE:
            # "4" among "4% | 10% | 40% | 14%" is asked again, not taken as option 4.
            if (unclear := unclear_option_number(typed, card.choices)) is not None:
                return f"{unclear} (q quits)"
            if parse_choice(typed, card.choices) is None and (
                option_of_value(typed, card.choices) is None
            ):
                return f"Type one option's number, 1 to {count}, or its text (q quits)."
            return None
        case AnswerType.ORDER:
            if parse_order(typed, count, card.choices) is None:
                example = " ".join(str(n) for n in (*range(2, count + 1), 1))
                return (
                    f"Type each of the {count} options' numbers once, in order, "
                    f"e.g. {example} (q quits)."
                )
            return None
        case AnswerType.TEXT | AnswerType.YEAR | AnswerType.DATE | AnswerType.NUMBER:
            return None  # graded as typed
        case _:
            assert_never(card.answer.type)


def how_to_answer(answer_type: AnswerType) -> str | None:
    """The line printed under a question that is answered with option numbers."""
    match answer_type:
        case AnswerType.CHOICE:
            return "Answer with the option's number."
        case AnswerType.ORDER:
            return "Answer with the options' numbers in order, e.g. 3 1 2."
        case AnswerType.TEXT | AnswerType.YEAR | AnswerType.DATE | AnswerType.NUMBER:
            return None
        case _:
            assert_never(answer_type)


def print_question(card: Card, excerpt: ExcerptRecord | None, heading: str, out: TextIO) -> None:
    """The heading, the excerpt's title, the prompt and its numbered options."""
    # The excerpt's title, as the app shows it; none without one (a converted bank's
    # excerpt ids are slugs of their questions, noise before the question itself).
    title = excerpt.title if excerpt and excerpt.title else ""
    print(f"{heading} {printable(title)}" if title else heading, file=out)
    print(printable(card.prompt), file=out)
    for number, choice in enumerate(card.choices, start=1):
        print(f"  {number}. {printable(choice, one_line=True)}", file=out)
    if card.hint:
        print(f"(A hint: type {HINT})", file=out)
    if (how := how_to_answer(card.answer.type)) is not None:
        print(how, file=out)


def print_feedback(
    card: Card,
    excerpt: ExcerptRecord | None,
    feedback: Feedback,
    out: TextIO,
    *,
    suggest: bool = True,
) -> None:
    """The verdict, the right answer, the source and its passage; with `suggest`, the
    quality suggested (a review asks for one, a quiz does not)."""
    print(VERDICTS[feedback.verdict.outcome], file=out)
    if feedback.verdict.note:
        print(f"({printable(feedback.verdict.note)})", file=out)
    if card.answer.type is AnswerType.ORDER:
        # The numbers to type, then the events once, in order, with their dates.
        print(f"Answer: {' '.join(str(i + 1) for i in card.answer.key)}", file=out)
        for number, event in enumerate(events_in_order(card), start=1):
            print(f"  {number}. {printable(event, one_line=True)}", file=out)
    else:
        print(f"Answer: {printable(answer_text(card))}", file=out)
    if misplaced := misplaced_events(card, feedback.verdict):
        print(f"Misplaced: {printable(misplaced)}", file=out)
    if card.explanation and card.answer.type is not AnswerType.ORDER:
        print(printable(card.explanation), file=out)
    where = card.source or "no citation"
    if excerpt is not None and excerpt.title:
        where = f"{excerpt.title}, {where}"
    print(f"Source: {printable(where)}", file=out)
    if excerpt is not None and excerpt.text.strip():
        # The passage itself, as the app shows it after every answer.
        for line in excerpt.text.strip().splitlines():
            print(f"  {printable(line)}", file=out)
    if suggest:
        label = QUALITY_LABELS[feedback.suggested]
        print(f"Suggested quality: {int(feedback.suggested)} ({label})", file=out)


def escapes_a_command(line: str, commands: tuple[str, ...]) -> bool:
    """Whether `line` is a backslash before what would otherwise be a command (or before
    another backslash): only then is the backslash an escape, not part of the answer."""
    if not line.startswith(LITERAL):
        return False
    rest = line[len(LITERAL) :]
    return rest.lower() == QUIT or rest in commands or rest.startswith(LITERAL)
