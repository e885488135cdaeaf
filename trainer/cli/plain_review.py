"""Line mode: today's review as plain lines on stdin and stdout, for scripts and screen readers.

For each card it prints the question (and numbered options), reads the answer, prints the
verdict, the right answer, the source and its excerpt, and a suggested quality, then reads
a quality. Each answer is committed before the next card is printed, so stopping at any
point loses only the card being answered. A help line printed once at the start sums up the keys.

At the answer prompt:
- `q` quits; nothing is stored for the card on screen.
- `:undo` undoes the last answer committed in this session (never an older one) and asks
  that card again.
- `:hint` prints the card's hint (an instructor's `hint:`), which is never shown unasked.
- A backslash before a command makes it an answer: a deck whose answer is literally "q"
  is answered `\\q` (":undo" as `\\:undo`, and "\\q" as `\\\\q`). Any other line is the
  answer exactly as typed, a leading backslash included (`\\frac`, `\\n`).
- For options and orderings, a line that names no option (`7` of 4) or not every option
  once (`3 2` of three events) is asked again with a hint instead of being graded wrong.
  Every other answer is graded as typed; an empty line means "don't know".
- A line longer than 1,000 characters is cut to its first 1,000 (a note says so).

At the quality prompt: 0 to 5, or Enter for the suggested quality; `u` discards the shown
answer (nothing is stored) and asks the card again; `r` ("my answer was right", offered
for a rejected typed answer) accepts the typed text as right for this card from now on,
re-grades it and asks the quality again; `q`, like the end of the input, saves the shown
answer with the suggested quality and then quits, since an answer once checked is never
lost unless the learner discards it.

An answer to a card that another trainer changed meanwhile, or that was suspended or
retired meanwhile, is not saved: one line says so and the session goes on. When the
collection cannot be written, the learner is told which answer was not saved and how to
restore a backup. Deck text is printed with control characters escaped.
"""

from __future__ import annotations

import re
from typing import TextIO, assert_never

from trainer.core.answering.grading import Outcome, is_blank
from trainer.core.answering.option_numbers import option_of_value, unclear_option_number
from trainer.core.answering.parsing import parse_choice, parse_order
from trainer.core.answering.presentation import answer_text, events_in_order, misplaced_events
from trainer.core.model import AnswerType, Card
from trainer.core.scheduling.day_words import relative_date
from trainer.core.scheduling.state import QUALITY_LABELS, Quality
from trainer.core.untrusted import printable
from trainer.engine import (
    MAX_ANSWER_CHARS,
    CardNotActiveError,
    Engine,
    Feedback,
    SessionMode,
    StaleStateError,
    StudyCard,
    StudySession,
    UndoRefusedError,
    can_overrule,
    quoted_prompt,
    unsaved_answer_message,
)
from trainer.errors import TrainerError

_VERDICTS = {
    Outcome.EXACT: "Correct.",
    Outcome.TYPO: "Correct (with a small slip).",
    Outcome.CLOSE: "Not quite: close, but wrong.",
    Outcome.WRONG: "Wrong.",
    Outcome.BLANK: "No answer.",
}
QUIT = "q"
UNDO = ":undo"
HINT = ":hint"
DISCARD = "u"
OVERRULE = "r"
LITERAL = "\\"
HELP = (
    "Type each answer and press Enter (empty: don't know), then a quality 0-5 (Enter takes "
    "the suggestion). q quits; :undo takes back your last answer; u at the quality prompt "
    "answers the card again, r there says your typed answer was right; :hint shows a card's "
    "hint when it has one; \\q answers a literal q."
)
# How much of an over-long line is read at a time while skipping the rest of it.
_SKIP_CHUNK = 65536
# What a stream that escapes undecodable bytes makes of each (see `_read`).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _Overruled:
    """The learner's "my answer was right" at the quality prompt."""


OVERRULED = _Overruled()


class _Quit(Exception):
    """The learner typed q, or input ended."""


def run_plain_review(engine: Engine, deck_id: str | None, stdin: TextIO, stdout: TextIO) -> int:
    """Study until nothing is left today (drill included) or the learner quits."""
    for notice in engine.exam_notices(deck_id):
        print(printable(notice), file=stdout)
    return _LineReview(engine.session(deck_id, SessionMode.REVIEW), stdin, stdout).run()


class _LineReview:
    """One line-mode session: its sitting (queue, answers for `:undo`), input and output."""

    def __init__(self, session: StudySession, stdin: TextIO, out: TextIO) -> None:
        self.session = session
        self.stdin = stdin
        self.out = out
        # The quality of each answer this session committed and has not undone.
        self.qualities: list[Quality] = []

    def run(self) -> int:
        self._say(HELP)
        self._say()
        try:
            while (study := self.session.next_card()) is not None:
                self._study(study)
        except _Quit:
            self._say(f"Stopped. {self._tally()}")
            return 0
        if self.qualities:
            self._say(f"Nothing left for today. {self._tally()}")
        else:
            self._say("Nothing to review today.")
        return 0

    def _study(self, study: StudyCard) -> None:
        """Ask one card until its answer is saved (or refused), or `:undo` is asked for."""
        while True:
            shown_at = self.session.now()
            _print_question(study, self.out)
            typed = self._read_answer(study.card)
            if typed is None:
                return
            seconds = (self.session.now() - shown_at).total_seconds()
            feedback = self.session.check(study.card, typed, seconds)
            _print_feedback(study, feedback, self.out)
            quality, then_quit = self._read_quality(feedback.suggested, study.card, feedback)
            while isinstance(quality, _Overruled):
                feedback = self.session.overrule(study.card, feedback)
                self._say("Accepted: this answer counts as right for this card from now on.")
                label = QUALITY_LABELS[feedback.suggested]
                self._say(f"Suggested quality: {int(feedback.suggested)} ({label})")
                quality, then_quit = self._read_quality(feedback.suggested, study.card, feedback)
            if quality is None:
                self._say("Answer discarded: nothing was saved. The card is asked again.")
                self._say()
                continue
            self._commit(study.card, feedback, quality, seconds)
            if then_quit:
                raise _Quit
            return

    def _commit(self, card: Card, feedback: Feedback, quality: Quality, seconds: float) -> None:
        try:
            outcome = self.session.answer(
                card.id,
                quality,
                typed=feedback.typed,
                suggested=feedback.suggested,
                response_seconds=seconds,
                feedback=feedback,
            )
        except StaleStateError:
            self._say("Not saved: another trainer changed this card meanwhile. Going on.")
            self._say()
            return
        except CardNotActiveError:
            self._say("Not saved: this card was suspended or retired meanwhile. Going on.")
            self._say()
            return
        except TrainerError as error:
            self._say(f"Stopped. {self._tally()}")
            raise TrainerError(unsaved_answer_message(card.prompt, error)) from error
        self.qualities.append(quality)
        due = outcome.after.due
        when = relative_date(due, outcome.record.day) if due else "later"
        self._say(f"Saved. Next due {when}.")
        self._say()

    def _undo(self) -> None:
        try:
            card = self.session.undo()
        except UndoRefusedError as error:
            self._say(f"Not undone: {printable(str(error))}")
            return
        if card is None:
            self._say("Nothing to undo: no answer was saved in this session yet.")
            return
        self.qualities.pop()
        self._say(f"Undone: your answer to {quoted_prompt(card.prompt)}. It is asked again.")
        self._say()

    # Reading ----------------------------------------------------------------------------

    def _read_answer(self, card: Card) -> str | None:
        """The answer typed, or None once `:undo` has been dealt with."""
        while True:
            line = self._read("answer> ")
            if line is None or line.lower() == QUIT:
                raise _Quit
            if line == UNDO:
                self._undo()
                return None
            if line == HINT:
                # The instructor's hint is shown on request only, as in the app.
                hint = f"Hint: {printable(card.hint)}" if card.hint else "No hint for this card."
                self._say(hint)
                continue
            if _escapes_a_command(line):
                line = line[len(LITERAL) :]
            problem = _unreadable(card, line)
            if problem is None:
                return line
            self._say(problem)

    def _read_quality(
        self, suggested: Quality, card: Card, feedback: Feedback
    ) -> tuple[Quality | _Overruled | None, bool]:
        """The quality chosen (None: discard the answer; OVERRULED: "my answer was
        right") and whether to quit after saving."""
        overrulable = can_overrule(card, feedback)
        right = ", r = my answer was right" if overrulable else ""
        prompt = (
            f"quality 0-5 (Enter = {int(suggested)}, u = answer again{right}, q = save and quit)> "
        )
        while True:
            line = self._read(prompt)
            if line is None or line.lower() == QUIT:
                return suggested, True
            if not line:
                return suggested, False
            if line.lower() == DISCARD:
                return None, False
            if overrulable and line.lower() == OVERRULE:
                return OVERRULED, False
            if line.isdecimal() and 0 <= int(line) <= 5:
                return Quality(int(line)), False
            self._say(
                f"Type a quality from 0 to 5, Enter for the suggestion, u to answer again{right}, "
                "or q to save and quit."
            )

    def _read(self, prompt: str) -> str | None:
        """One line without its ending and surrounding blanks, cut to MAX_ANSWER_CHARS;
        None at the end of the input. An over-long line is never held whole in memory."""
        self.out.write(prompt)
        self.out.flush()
        # Room for the longest line kept and its ending ("\r\n").
        line = self.stdin.readline(MAX_ANSWER_CHARS + 2)
        if not line:
            self._say()
            return None
        too_long = not line.endswith("\n") and len(line) == MAX_ANSWER_CHARS + 2
        while too_long and (rest := self.stdin.readline(_SKIP_CHUNK)):
            if rest.endswith("\n"):
                break
        # Bytes stdin could not decode arrive as lone surrogates where it escapes them
        # (a C locale): no text can hold those, so each is read as U+FFFD, as elsewhere.
        text = _LONE_SURROGATE.sub("\ufffd", line.rstrip("\r\n"))
        if too_long or len(text) > MAX_ANSWER_CHARS:
            text = text[:MAX_ANSWER_CHARS]
            self._say(
                f"(That line was longer than {MAX_ANSWER_CHARS:,} characters: "
                f"only the first {MAX_ANSWER_CHARS:,} were kept.)"
            )
        return text.strip()

    def _say(self, text: str = "") -> None:
        print(text, file=self.out)

    def _tally(self) -> str:
        answered = len(self.qualities)
        correct = sum(quality.passed for quality in self.qualities)
        noun = "card" if answered == 1 else "cards"
        return f"{answered} {noun} answered, {correct} with quality 3 or more."


def _unreadable(card: Card, typed: str) -> str | None:
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


def _print_question(study: StudyCard, out: TextIO) -> None:
    card = study.card
    # The excerpt's title, as the app shows it; none without one (a converted bank's
    # excerpt ids are slugs of their questions, noise before the question itself).
    title = study.excerpt.title if study.excerpt and study.excerpt.title else ""
    heading = f"[{study.section.value}, {study.remaining} left today]"
    print(f"{heading} {printable(title)}" if title else heading, file=out)
    print(printable(card.prompt), file=out)
    for number, choice in enumerate(card.choices, start=1):
        print(f"  {number}. {printable(choice, one_line=True)}", file=out)
    if card.hint:
        print(f"(A hint: type {HINT})", file=out)
    if (how := how_to_answer(card.answer.type)) is not None:
        print(how, file=out)


def _print_feedback(study: StudyCard, feedback: Feedback, out: TextIO) -> None:
    card = study.card
    print(_VERDICTS[feedback.verdict.outcome], file=out)
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
    excerpt = study.excerpt
    where = card.source or "no citation"
    if excerpt is not None and excerpt.title:
        where = f"{excerpt.title}, {where}"
    print(f"Source: {printable(where)}", file=out)
    if excerpt is not None and excerpt.text.strip():
        # The passage itself, as the app shows it after every answer.
        for line in excerpt.text.strip().splitlines():
            print(f"  {printable(line)}", file=out)
    label = QUALITY_LABELS[feedback.suggested]
    print(f"Suggested quality: {int(feedback.suggested)} ({label})", file=out)


def _escapes_a_command(line: str) -> bool:
    """Whether `line` is a backslash before what would otherwise be a command (or before
    another backslash): only then is the backslash an escape, not part of the answer."""
    if not line.startswith(LITERAL):
        return False
    rest = line[len(LITERAL) :]
    return rest.lower() == QUIT or rest in (UNDO, HINT) or rest.startswith(LITERAL)
