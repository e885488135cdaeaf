"""Line mode's quiz: N questions drawn from a deck, asked as plain lines, and the score at the end.

As the app's quiz does by default, it stores nothing and changes no schedule: each
answer is checked and its verdict, right answer and source printed at once. The same
clock draws the same questions as the app (`quiz_seed`).

At the answer prompt `q` (or the end of the input) ends the quiz and prints the score of
the questions answered; `:hint` prints the card's hint; an empty line means "don't
know"; a backslash before a command makes it an answer (`\\q`). An answer to options or
an ordering that names no option, or not every option once, is asked again.
"""

from __future__ import annotations

import random
from typing import TextIO

from trainer.cli.plain_lines import LineIO, print_feedback, print_question, read_answer
from trainer.core.model import Card
from trainer.core.untrusted import printable
from trainer.engine import Engine, Feedback, SessionMode, quiz_seed, quoted_prompt

HELP = (
    "Type each answer and press Enter (empty: don't know). Nothing is stored: a quiz "
    "changes no schedule. q ends the quiz; :hint shows a card's hint when it has one; "
    "\\q answers a literal q."
)


def run_plain_quiz(
    engine: Engine, deck_id: str | None, count: int, stdin: TextIO, stdout: TextIO
) -> int:
    """Ask `count` questions drawn from a deck (or all), then print the score."""
    rng = random.Random(quiz_seed(engine.now(), deck_id, (), count))
    cards = engine.draw_quiz(count, deck_id=deck_id, rng=rng)
    lines = LineIO(stdin, stdout)
    if not cards:
        lines.say("No questions to draw: the deck has no cards that are asked.")
        return 0
    lines.say(HELP)
    lines.say()
    session = engine.session(deck_id, SessionMode.QUIZ)
    missed: list[tuple[Card, Feedback]] = []
    asked = 0
    for number, card in enumerate(cards, start=1):
        excerpt = engine.excerpt(card)
        print_question(card, excerpt, f"[question {number} of {len(cards)}]", stdout)
        shown_at = session.now()
        typed = read_answer(lines, card)
        if not isinstance(typed, str):
            break  # q, or the end of the input
        feedback = session.check(card, typed, (session.now() - shown_at).total_seconds())
        print_feedback(card, excerpt, feedback, stdout, suggest=False)
        lines.say()
        asked += 1
        if not feedback.verdict.correct:
            missed.append((card, feedback))
    _print_score(lines, asked, len(cards), missed)
    return 0


def _print_score(
    lines: LineIO, asked: int, drawn: int, missed: list[tuple[Card, Feedback]]
) -> None:
    right = asked - len(missed)
    if asked < drawn:
        lines.say(f"Quiz ended after {asked} of {drawn} questions.")
    if not asked:
        lines.say("No question was answered.")
        return
    lines.say(f"Score: {right} of {asked} right ({round(100 * right / asked)}%).")
    if missed:
        lines.say("To revise:")
        for card, feedback in missed:
            expected = printable(feedback.verdict.expected, one_line=True)
            lines.say(f"  {quoted_prompt(card.prompt)}: {expected}")
