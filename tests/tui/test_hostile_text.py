"""Hostile text on every screen: deck values, searches and answers are shown exactly as written,
never read as markup, and control characters kept in an old collection are shown escaped."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from textual import events
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import DataTable, Input, Select, Static, TabbedContent

from tests.support.answering import TINY_DECK, put_in_order, settle
from tests.support.clock import MovableClock
from trainer.core.model import AnswerType, Card
from trainer.core.untrusted import forbidden_search
from trainer.tui.app import TrainerApp
from trainer.tui.screens.browse import BrowseScreen
from trainer.tui.screens.card_detail import CardDetailPane
from trainer.tui.screens.exam_date import ExamDateScreen
from trainer.tui.screens.help import HelpScreen
from trainer.tui.screens.home import HomeScreen
from trainer.tui.screens.import_deck import ImportDeckScreen
from trainer.tui.screens.quiz import QuizSetupScreen
from trainer.tui.screens.quiz_results import QuizResultsScreen
from trainer.tui.screens.quiz_run import QuizRunScreen
from trainer.tui.screens.review import ReviewScreen
from trainer.tui.screens.stats import StatsScreen
from trainer.tui.screens.summary import SummaryScreen
from trainer.tui.start import StartAt
from trainer.tui.widgets.asking import CardAsker
from trainer.tui.widgets.deck_table import DeckTable
from trainer.tui.widgets.path_input import PathInput

MakeApp = Callable[..., TrainerApp]
# Wide and tall, so that long hostile lines are drawn whole rather than cut.
SIZE = (160, 50)

TITLE = "Notes [WIP] [/]"
# Each would be markup if parsed: a closing tag with nothing open (MarkupError), a style,
# an action link, a file link, a theme variable and an escaped bracket.
MARKERS: tuple[str, ...] = (
    "[/]",
    "[bold]x",
    "[@click=app.quit]x[/]",
    "[link=file:///etc/passwd]x[/]",
)
MARKERS += ("$accent", "\\[")
ALL = " ".join(MARKERS)
TYPED = "x[/]"

# Single-quoted YAML: every character is taken as written.
HOSTILE_DECK = f"""\
id: hostile
title: '{TITLE}'
description: 'About {ALL}'
source:
  title: 'Book {ALL}'
tags: ['{MARKERS[0]}', '{MARKERS[1]}']
defaults:
  auto_cloze: false
chronology:
  - id: order
    facts: [first, second, third]
    prompt: 'Order {ALL}'
excerpts:
  - id: one
    title: 'Excerpt {ALL}'
    page: 3
    text: 'Passage one {ALL}.'
    tags: ['{MARKERS[4]}']
    facts:
      - {{id: first, event: 'First {MARKERS[1]} event', year: 1917}}
    questions:
      - id: typed
        q: 'Typed {ALL}?'
        a: 'Answer {ALL}'
        hint: 'Hint {ALL}'
  - id: two
    title: 'Second {MARKERS[3]}'
    page: 4
    text: 'Passage two {ALL}.'
    facts:
      - {{id: second, event: 'Second {MARKERS[0]} event', year: 1926}}
      - {{id: third, event: 'Third {MARKERS[2]} event', year: 1928}}
    questions:
      - id: choice
        q: 'Choice {ALL}?'
        a: 'Right {MARKERS[1]}'
        distractors: ['Wrong {MARKERS[0]}', 'Wrong {MARKERS[2]}', 'Wrong {MARKERS[4]}']
"""

# A deck with errors whose file name and values look like markup.
BAD_DECK = """\
id: bad
title: 'Bad [/] deck'
excerpts:
  - id: one
    page: 1
    text: 'An {{c1::}} [/] deletion.'
"""


def write_deck(folder: Path, name: str, text: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    return str(folder / name)


def drawn(app: TrainerApp) -> str:
    """The text of everything the current screen draws (notifications included), checked
    to hold no character that could reach the terminal raw."""
    text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
    found = forbidden_search(text)
    assert found is None, f"{found.group()!r} drawn on {app.screen!r}"
    return text


def text_of(widget: Widget) -> str:
    """A widget's own text, as it renders it (whatever part of it fits on screen)."""
    return str(widget.render())


CellType = TypeVar("CellType")


def cells(table: DataTable[CellType]) -> str:
    rows = (table.get_row_at(index) for index in range(table.row_count))
    return "\n".join(" ".join(getattr(cell, "plain", str(cell)) for cell in row) for row in rows)


def asked_card(app: TrainerApp) -> Card:
    """The card the screen's asker asks now."""
    asked = app.screen.query_one(CardAsker).asked
    assert asked is not None, "expected a card being asked"
    return asked.card


async def go(app: TrainerApp, pilot: Pilot[None], *keys: str) -> None:
    await pilot.press(*keys)
    await settle(app, pilot)


async def answer_wrongly(app: TrainerApp, pilot: Pilot[None]) -> None:
    """Answer the card on screen wrongly: typed answers get the hostile TYPED text."""
    card = asked_card(app)
    if card.answer.type is AnswerType.CHOICE:
        wrong = (card.answer.key[0] + 1) % len(card.choices) + 1
        await go(app, pilot, str(wrong))
    elif card.answer.type is AnswerType.ORDER:
        await put_in_order(pilot, len(card.choices), tuple(reversed(card.answer.key)))
        await settle(app, pilot)
    else:
        await go(app, pilot, *TYPED, "enter")


async def visit(app: TrainerApp, pilot: Pilot[None], key: str, screen: type[object]) -> str:
    """Press `key`, check the screen it opens, and return what that screen draws."""
    await go(app, pilot, key)
    assert isinstance(app.screen, screen), f"{key} opened {app.screen!r}"
    return drawn(app)


async def review_each_card(app: TrainerApp, pilot: Pilot[None], *, reveal: bool) -> list[str]:
    """Answer (or reveal) each card once, grading it 1; return what each feedback drew."""
    shown: list[str] = []
    while isinstance(app.screen, ReviewScreen) and len(shown) < 3:
        card = asked_card(app)
        assert card.prompt[:10] in drawn(app)
        if reveal:
            await go(app, pilot, "ctrl+r")
        else:
            await answer_wrongly(app, pilot)
        shown.append(drawn(app))
        await go(app, pilot, "1")
    assert len(shown) == 3
    if isinstance(app.screen, ReviewScreen):  # cards graded 1 would be drilled next
        await go(app, pilot, "escape")
    return shown


async def take_quiz(app: TrainerApp, pilot: Pilot[None]) -> str:
    """Start the quiz set up on screen, answer every question wrongly; the results drawn."""
    await go(app, pilot, "ctrl+g")
    while isinstance(app.screen, QuizRunScreen):
        await answer_wrongly(app, pilot)
        drawn(app)
        await go(app, pilot, "enter")
    assert isinstance(app.screen, QuizResultsScreen)
    return drawn(app)


async def stats_tabs(app: TrainerApp, pilot: Pilot[None]) -> list[str]:
    """What each tab of the statistics screen draws."""
    tabs = app.screen.query_one(TabbedContent)
    drawings = []
    for tab in ("activity", "retention", "forecast", "cards", "hardest"):
        tabs.active = tab
        await settle(app, pilot)
        drawings.append(drawn(app))
    return drawings


async def test_deck_text_searches_and_answers_are_shown_literally_on_every_screen(
    make_app: MakeApp, tmp_path: Path
) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    # File names cannot hold "/"; these still lose words if read as markup.
    deck = write_deck(folder, "hostile [WIP].yaml", HOSTILE_DECK)
    bad = write_deck(folder, "bad [bold]x [WIP].yaml", BAD_DECK)
    app = make_app()
    # Notifications shown (run_test hides them by default): they must be drawn literally.
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)

        # Import dialog: a bad deck's diagnostics, then the hostile deck and its notification.
        await visit(app, pilot, "i", ImportDeckScreen)
        dialog = app.screen
        dialog.query_one(PathInput).value = bad
        assert "bad [bold]x [WIP].yaml" in await visit(app, pilot, "enter", ImportDeckScreen)
        dialog.query_one(PathInput).value = deck
        await go(app, pilot, "enter")

        # Home: the table, the details and the import notification.
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert any(f"“{TITLE}” imported" in note.message for note in app._notifications)
        assert f"“{TITLE}”" in drawn(app)  # the notification, as drawn
        table = home.query_one(DeckTable)
        assert table.highlighted_deck is not None and table.highlighted_deck.deck_id == "hostile"
        assert TITLE in cells(table)
        details = text_of(home.query_one("#details-text", Static))
        assert TITLE in details and f"About {ALL}" in details and f"Book {ALL}" in details
        assert TITLE in drawn(app)

        # Exam date dialog.
        await visit(app, pilot, "e", ExamDateScreen)
        assert text_of(app.screen.query_one("#exam-deck", Static)) == TITLE
        await go(app, pilot, "escape")

        # Review (the header names the deck), help from it, each card answered wrongly
        # (typed answers with markup) and its feedback, then the summary.
        assert TITLE in await visit(app, pilot, "r", ReviewScreen)
        await visit(app, pilot, "f1", HelpScreen)
        assert TITLE in text_of(app.screen.query_one("#help-local-title", Static))
        await go(app, pilot, "escape")
        feedbacks = await review_each_card(app, pilot, reveal=False)
        assert all("Passage" in shown and MARKERS[2] in shown for shown in feedbacks)
        assert any(f"You typed:  {TYPED}" in shown for shown in feedbacks)
        assert isinstance(app.screen, SummaryScreen) and TITLE in drawn(app)
        await go(app, pilot, "escape")

        # Quiz: setup (the deck's title and tags), a wrong answer each, the missed list.
        await visit(app, pilot, "z", QuizSetupScreen)
        assert text_of(app.screen.query_one("#quiz-scope", Static)) == f"Quiz on {TITLE}"
        assert MARKERS[1] in text_of(app.screen.query_one("#quiz-tag-list", Static))
        await take_quiz(app, pilot)
        missed = "\n".join(text_of(item) for item in app.screen.query(".quiz-missed-item"))
        assert f"Typed {ALL}?" in missed and f"you answered “{TYPED}”" in missed
        await go(app, pilot, "escape")

        # Statistics: the header names the deck on every tab; the hardest cards.
        await visit(app, pilot, "s", StatsScreen)
        assert all(TITLE in drawing for drawing in await stats_tabs(app, pilot))
        assert "Typed [/] [bold]x" in cells(app.screen.query_one("#hardest-table", DataTable))
        await go(app, pilot, "escape")

        # Browse: the deck filter, a search typed with markup, and a card in full.
        await visit(app, pilot, "b", BrowseScreen)
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        assert "Typed [/] [bold]x" in cells(browse.table)
        decks = browse.query_one("#deck-filter", Select)
        decks.focus()
        assert TITLE in await visit(app, pilot, "enter", BrowseScreen)  # the deck list open
        decks.expanded = False
        search = browse.query_one("#search", Input)
        search.focus()
        await go(app, pilot, *TYPED, "enter")
        count = text_of(browse.query_one("#result-count", Static))
        assert f"matching “{TYPED}”" in count
        drawn(app)
        search.value = "Typed"
        await go(app, pilot, "enter")
        await go(app, pilot, "enter")
        pane = browse.query_one(CardDetailPane)
        assert f"Typed {ALL}?" in text_of(pane.query_one("#card-text", Static))
        assert f"Passage one {ALL}." in text_of(pane.query_one("#excerpt", Static))
        assert TYPED in cells(pane.query_one("#history", DataTable))
        drawn(app)


HOSTILE_CONTROLS = "\x1b]0;pwned\x07\x1b[2J\u202e"
SHOWN_CONTROLS = "\\x1b]0;pwned\\x07\\x1b[2J\\u202e"


def poison_collection(collection: Path, deck_id: str) -> None:
    """Append control characters to a deck's stored title, description, book, excerpts,
    prompts, answers, options, hints, tags and typed answers, as an older trainer (whose
    loader let them through) could have stored them."""
    conn = sqlite3.connect(collection)
    with conn:
        title, info = conn.execute(
            "SELECT title, info FROM decks WHERE id = ?", (deck_id,)
        ).fetchone()
        about = json.loads(info)
        about["description"] += HOSTILE_CONTROLS
        about["book"]["title"] += HOSTILE_CONTROLS
        conn.execute(
            "UPDATE decks SET title = ?, info = ? WHERE id = ?",
            (title + HOSTILE_CONTROLS, json.dumps(about), deck_id),
        )
        conn.execute(
            "UPDATE excerpts SET title = title || ?1, text = text || ?1 WHERE deck_id = ?2",
            (HOSTILE_CONTROLS, deck_id),
        )
        # The log is append-only (triggers refuse updates): set aside for this one edit.
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'reviews'"
        ).fetchall()
        for name, _ in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE reviews SET typed = typed || ?", (HOSTILE_CONTROLS,))
        for _, sql in triggers:
            conn.execute(sql)
        for card_id, content in conn.execute(
            "SELECT card_id, content FROM card_content"
        ).fetchall():
            card = json.loads(content)
            for field, part in ((card, "prompt"), (card["answer"], "text"), (card, "hint")):
                field[part] += HOSTILE_CONTROLS
            card["tags"] = [*card["tags"], "tag" + HOSTILE_CONTROLS]
            card["choices"] = [choice + HOSTILE_CONTROLS for choice in card["choices"]]
            conn.execute(
                "UPDATE card_content SET content = ?, prompt = ? WHERE card_id = ?",
                (json.dumps(card), card["prompt"], card_id),
            )
    conn.close()


async def test_control_characters_in_the_collection_are_shown_escaped(
    make_app: MakeApp, trainer_home: Path, tmp_path: Path, clock: MovableClock
) -> None:
    deck = write_deck(tmp_path, "tiny.yaml", TINY_DECK)
    app = make_app(StartAt("review", deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for _ in range(3):  # one answer each (a wrong one would be drilled again)
            await answer_wrongly(app, pilot)
            await go(app, pilot, "1")
    poison_collection(trainer_home / "collection.sqlite", "tiny")
    clock.advance(days=2)

    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        table = home.query_one(DeckTable)
        table.move_cursor(row=[deck.deck_id for deck in table.decks].index("tiny"))
        await settle(app, pilot)
        assert SHOWN_CONTROLS in cells(table)
        assert drawn(app).count(SHOWN_CONTROLS) >= 3  # title, description, book

        assert SHOWN_CONTROLS in await visit(app, pilot, "e", ExamDateScreen)
        await go(app, pilot, "escape")
        await visit(app, pilot, "r", ReviewScreen)
        for feedback in await review_each_card(app, pilot, reveal=True):
            assert SHOWN_CONTROLS in feedback  # the prompt, the answer, the excerpt
        assert isinstance(app.screen, SummaryScreen) and SHOWN_CONTROLS in drawn(app)
        await go(app, pilot, "escape")
        assert SHOWN_CONTROLS in await visit(app, pilot, "z", QuizSetupScreen)
        assert SHOWN_CONTROLS in await take_quiz(app, pilot)
        await go(app, pilot, "escape")
        await visit(app, pilot, "s", StatsScreen)
        assert all(SHOWN_CONTROLS in drawing for drawing in await stats_tabs(app, pilot))
        await go(app, pilot, "escape")

        await visit(app, pilot, "b", BrowseScreen)
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        assert SHOWN_CONTROLS in cells(browse.table)
        await go(app, pilot, "tab", "enter")
        pane = browse.query_one(CardDetailPane)
        assert SHOWN_CONTROLS in text_of(pane.query_one("#card-text", Static))
        assert SHOWN_CONTROLS in text_of(pane.query_one("#excerpt", Static))
        assert SHOWN_CONTROLS in cells(pane.query_one("#history", DataTable))
        drawn(app)


async def test_inputs_refuse_pasted_control_characters(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await go(app, pilot, "i")
        path = app.screen.query_one(PathInput)
        path.post_message(events.Paste(f"deck{HOSTILE_CONTROLS}.yaml"))
        path.post_message(events.Paste("deck [/].yaml"))
        await settle(app, pilot)
        assert path.value == "deck [/].yaml"
        drawn(app)
        await go(app, pilot, "escape")
        await go(app, pilot, "b")
        search = app.screen.query_one("#search", Input)
        search.post_message(events.Paste(f"Nile{HOSTILE_CONTROLS}"))
        await settle(app, pilot)
        assert search.value == ""
        drawn(app)
