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

from typing import TextIO

from trainer.cli.plain_lines import (
    QUIT,
    UNDO,
    Command,
    LineIO,
    print_feedback,
    print_question,
    read_answer,
)
from trainer.core.model import Card
from trainer.core.scheduling.day_words import relative_date
from trainer.core.scheduling.state import QUALITY_LABELS, Quality
from trainer.core.untrusted import printable
from trainer.engine import (
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

DISCARD = "u"
OVERRULE = "r"
HELP = (
    "Type each answer and press Enter (empty: don't know), then a quality 0-5 (Enter takes "
    "the suggestion). q quits; :undo takes back your last answer; u at the quality prompt "
    "answers the card again, r there says your typed answer was right; :hint shows a card's "
    "hint when it has one; \\q answers a literal q."
)


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


class _LineReview(LineIO):
    """One line-mode session: its sitting (queue, answers for `:undo`), input and output."""

    def __init__(self, session: StudySession, stdin: TextIO, out: TextIO) -> None:
        super().__init__(stdin, out)
        self.session = session
        # The quality of each answer this session committed and has not undone.
        self.qualities: list[Quality] = []

    def run(self) -> int:
        self.say(HELP)
        self.say()
        try:
            while (study := self.session.next_card()) is not None:
                self._study(study)
        except _Quit:
            self.say(f"Stopped. {self._tally()}")
            return 0
        if self.qualities:
            self.say(f"Nothing left for today. {self._tally()}")
        else:
            self.say("Nothing to review today.")
        return 0

    def _study(self, study: StudyCard) -> None:
        """Ask one card until its answer is saved (or refused), or `:undo` is asked for."""
        while True:
            shown_at = self.session.now()
            heading = f"[{study.section.value}, {study.remaining} left today]"
            print_question(study.card, study.excerpt, heading, self.out)
            typed = self._read_answer(study.card)
            if typed is None:
                return
            seconds = (self.session.now() - shown_at).total_seconds()
            feedback = self.session.check(study.card, typed, seconds)
            print_feedback(study.card, study.excerpt, feedback, self.out)
            quality, then_quit = self._read_quality(feedback.suggested, study.card, feedback)
            while isinstance(quality, _Overruled):
                feedback = self.session.overrule(study.card, feedback)
                self.say("Accepted: this answer counts as right for this card from now on.")
                label = QUALITY_LABELS[feedback.suggested]
                self.say(f"Suggested quality: {int(feedback.suggested)} ({label})")
                quality, then_quit = self._read_quality(feedback.suggested, study.card, feedback)
            if quality is None:
                self.say("Answer discarded: nothing was saved. The card is asked again.")
                self.say()
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
            self.say("Not saved: another trainer changed this card meanwhile. Going on.")
            self.say()
            return
        except CardNotActiveError:
            self.say("Not saved: this card was suspended or retired meanwhile. Going on.")
            self.say()
            return
        except TrainerError as error:
            self.say(f"Stopped. {self._tally()}")
            raise TrainerError(unsaved_answer_message(card.prompt, error)) from error
        self.qualities.append(quality)
        due = outcome.after.due
        when = relative_date(due, outcome.record.day) if due else "later"
        self.say(f"Saved. Next due {when}.")
        self.say()

    def _undo(self) -> None:
        try:
            card = self.session.undo()
        except UndoRefusedError as error:
            self.say(f"Not undone: {printable(str(error))}")
            return
        if card is None:
            self.say("Nothing to undo: no answer was saved in this session yet.")
            return
        self.qualities.pop()
        self.say(f"Undone: your answer to {quoted_prompt(card.prompt)}. It is asked again.")
        self.say()

    # Reading ----------------------------------------------------------------------------

    def _read_answer(self, card: Card) -> str | None:
        """The answer typed, or None once `:undo` has been dealt with."""
        answer = read_answer(self, card, (UNDO,))
        if answer is None:
            raise _Quit
        if isinstance(answer, Command):
            self._undo()
            return None
        return answer

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
            line = self.read(prompt)
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
            self.say(
                f"Type a quality from 0 to 5, Enter for the suggestion, u to answer again{right}, "
                "or q to save and quit."
            )

    def _tally(self) -> str:
        answered = len(self.qualities)
        correct = sum(quality.passed for quality in self.qualities)
        noun = "card" if answered == 1 else "cards"
        return f"{answered} {noun} answered, {correct} with quality 3 or more."
