"""Line mode: today's review as plain lines on stdin and stdout, for scripts and screen readers.

For each card it prints the question (and numbered options), reads the answer, prints the
verdict, the right answer, the source and a suggested quality, then reads a quality:
0 to 5, an empty line for the suggestion, or `q` to quit. Each answer is committed before
the next card is printed, so stopping at any point loses only the card being answered.
"""

from __future__ import annotations

from typing import TextIO

from trainer.core.grading import Outcome
from trainer.core.model import AnswerType
from trainer.core.presentation import answer_text
from trainer.core.state import QUALITY_LABELS, Quality
from trainer.engine import Engine, Feedback, StudyCard

_VERDICTS = {
    Outcome.EXACT: "Correct.",
    Outcome.TYPO: "Correct (with a small slip).",
    Outcome.CLOSE: "Not quite: close, but wrong.",
    Outcome.WRONG: "Wrong.",
    Outcome.BLANK: "No answer.",
}
_HOW_TO_ANSWER = {
    AnswerType.CHOICE: "Answer with the option's number.",
    AnswerType.ORDER: "Answer with the options' numbers in order, e.g. 3 1 2.",
}
QUIT = "q"


class _Quit(Exception):
    """The learner typed q, or input ended."""


def run_plain_review(engine: Engine, deck_id: str | None, stdin: TextIO, stdout: TextIO) -> int:
    """Study until nothing is left today (drill included) or the learner quits."""
    answered = correct = 0
    try:
        while (study := engine.next_card(deck_id)) is not None:
            shown_at = engine.now()
            _print_question(study, stdout)
            typed = _read(stdin, stdout, "answer> ", quit_word=None)
            seconds = (engine.now() - shown_at).total_seconds()
            feedback = engine.check(study.card, typed, seconds)
            _print_feedback(study, feedback, stdout)
            quality = _read_quality(stdin, stdout, feedback.suggested)
            outcome = engine.answer(
                study.card.id,
                quality,
                typed=typed,
                suggested=feedback.suggested,
                response_seconds=seconds,
            )
            answered += 1
            correct += quality.passed
            due = outcome.after.due
            print(f"Saved. Next due {due.isoformat() if due else 'later'}.", file=stdout)
            print(file=stdout)
    except _Quit:
        print(f"Stopped. {_session_line(answered, correct)}", file=stdout)
        return 0
    if answered:
        print(f"Nothing left for today. {_session_line(answered, correct)}", file=stdout)
    else:
        print("Nothing to review today.", file=stdout)
    return 0


def _print_question(study: StudyCard, out: TextIO) -> None:
    card = study.card
    title = study.excerpt.title if study.excerpt and study.excerpt.title else card.excerpt_id
    print(f"[{study.section.value}, {study.remaining} left today] {title}", file=out)
    print(card.prompt, file=out)
    for number, choice in enumerate(card.choices, start=1):
        print(f"  {number}. {choice}", file=out)
    if card.hint:
        print(f"Hint: {card.hint}", file=out)
    if card.answer.type in _HOW_TO_ANSWER:
        print(_HOW_TO_ANSWER[card.answer.type], file=out)


def _print_feedback(study: StudyCard, feedback: Feedback, out: TextIO) -> None:
    card = study.card
    print(_VERDICTS[feedback.verdict.outcome], file=out)
    if feedback.verdict.note:
        print(f"({feedback.verdict.note})", file=out)
    print(f"Answer: {answer_text(card)}", file=out)
    if card.explanation:
        print(card.explanation, file=out)
    excerpt = study.excerpt
    where = card.source or "no citation"
    if excerpt is not None and excerpt.title:
        where = f"{excerpt.title}, {where}"
    print(f"Source: {where}", file=out)
    label = QUALITY_LABELS[feedback.suggested]
    print(f"Suggested quality: {int(feedback.suggested)} ({label})", file=out)


def _read_quality(stdin: TextIO, out: TextIO, suggested: Quality) -> Quality:
    prompt = f"quality 0-5 (Enter = {int(suggested)}, q = quit)> "
    while True:
        line = _read(stdin, out, prompt, quit_word=QUIT)
        if not line:
            return suggested
        if line.isdigit() and 0 <= int(line) <= 5:
            return Quality(int(line))
        print("Type a quality from 0 to 5, Enter for the suggestion, or q to quit.", file=out)


def _read(stdin: TextIO, out: TextIO, prompt: str, *, quit_word: str | None) -> str:
    out.write(prompt)
    out.flush()
    line = stdin.readline()
    if not line:
        print(file=out)
        raise _Quit
    text = line.rstrip("\r\n").strip()
    if quit_word is not None and text.lower() == quit_word:
        raise _Quit
    return text


def _session_line(answered: int, correct: int) -> str:
    noun = "card" if answered == 1 else "cards"
    return f"{answered} {noun} answered, {correct} with quality 3 or more."
