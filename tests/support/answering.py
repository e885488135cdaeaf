"""Driving the app's asking flow with Pilot: keys that answer a card right or wrong, and a
tiny deck with one card of each way of answering (typed, choice, ordering)."""

from __future__ import annotations

from textual.app import App
from textual.pilot import Pilot

from trainer.core.model import AnswerType, Card

# One typed answer, one multiple choice, one chronology; the excerpts cite pages.
TINY_DECK = """\
id: tiny
title: Tiny deck
source:
  title: The Tiny Book
defaults:
  auto_cloze: false
chronology:
  - id: order
    facts: [lenin-passage, schools, comintern]
excerpts:
  - id: lenin
    title: A passage to Germany
    page: 3
    text: >
      When revolution broke out in Russia in 1917, Lenin asked, through a Swiss
      socialist, for the German Minister at Berne to arrange his passage across Germany.
    facts:
      - id: lenin-passage
        event: Lenin travels from Switzerland across Germany
        year: 1917
    questions:
      - id: who
        q: Who asked for a passage across Germany?
        a: Lenin
  - id: schools
    title: The schools
    pages: 128-129
    text: In March 1926 an aviation school at Lipetsk was agreed with Junkers' help.
    facts:
      - id: schools
        event: The Lipetsk aviation school is agreed
        date: 1926-03
    questions:
      - id: firm
        q: Which firm had been commissioned to build warplanes in Russia?
        a: Junkers
        distractors: [Krupp, Rheinmetall, Stinnes]
  - id: comintern
    title: The Comintern
    pages: 138-141
    text: >
      On 1 September 1928, at the Sixth Congress of the Comintern, the Soviets
      denounced the German Social Democrats.
    facts:
      - id: comintern
        event: The Comintern denounces the German Social Democrats
        date: 1928-09-01
"""


async def settle(app: App[None], pilot: Pilot[None], rounds: int = 3) -> None:
    """Let workers finish and their results reach the screen (a result may start another)."""
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*text)


async def put_in_order(pilot: Pilot[None], count: int, order: tuple[int, ...]) -> None:
    """Move the items of an ordering (shown as 0..count-1) into `order`, then submit.

    Uses both key sets: shift+up for odd moves, `[` for even ones.
    """
    current = list(range(count))
    highlighted = 0
    for place, wanted in enumerate(order):
        where = current.index(wanted)
        step = "down" if where > highlighted else "up"
        await pilot.press(*[step] * abs(where - highlighted))
        for move in range(where - place):
            await pilot.press("shift+up" if move % 2 else "left_square_bracket")
        current.insert(place, current.pop(where))
        highlighted = place
    await pilot.press("enter")


async def answer_card(pilot: Pilot[None], card: Card, *, right: bool) -> None:
    """Answer a card with the keys a learner would press, rightly or wrongly."""
    kind = card.answer.type
    if kind is AnswerType.CHOICE:
        key = card.answer.key[0]
        number = key + 1 if right else (key + 1) % len(card.choices) + 1
        await pilot.press(str(number))
    elif kind is AnswerType.ORDER:
        order = card.answer.key if right else tuple(reversed(card.answer.key))
        await put_in_order(pilot, len(card.choices), order)
    else:
        await type_text(pilot, card.answer.text if right else "qqqq")
        await pilot.press("enter")
