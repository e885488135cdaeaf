"""Study history for the statistics and browse tests: a small deck answered over many days.

Everything is fixed (deck, clock, grades from a seeded generator), so the collection is
the same on every run and snapshots of it stay stable.
"""

from __future__ import annotations

import random
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from tests.support.clock import START, MovableClock
from trainer.engine import Engine, Section, StudySession

DECK_ID = "rivers"
DECK_TITLE = "Rivers of Europe"
RIVERS = [
    ("danube", "Which river flows through Vienna, Budapest and Belgrade?", "Danube", "east"),
    ("rhine", "Which river flows past Basel, Cologne and Rotterdam?", "Rhine", "west"),
    ("seine", "Which river flows through Paris?", "Seine", "west"),
    ("thames", "Which river flows through London?", "Thames", "west"),
    ("vistula", "Which river flows through Warsaw and Kraków?", "Vistula", "east"),
    ("elbe", "Which river flows through Dresden and Hamburg?", "Elbe", "central"),
    ("tagus", "Which river reaches the sea at Lisbon?", "Tagus", "south"),
    ("po", "Which river crosses the plain of northern Italy?", "Po", "south"),
    ("volga", "Which is the longest river in Europe?", "Volga", "east"),
    ("loire", "Which is the longest river in France?", "Loire", "west"),
    ("ebro", "Which river flows through Zaragoza?", "Ebro", "south"),
    ("oder", "Which river forms much of the border of Germany and Poland?", "Oder", "central"),
]
# Grades drawn for each answer outside drills: mostly passes, some lapses.
GRADES = (5, 5, 4, 4, 4, 3, 3, 2, 1)


def deck_text() -> str:
    """The deck file: one excerpt per river, a question each, tagged by region."""
    lines = [
        f"id: {DECK_ID}",
        f"title: {DECK_TITLE}",
        "tags: [geography]",
        "defaults:",
        "  new_per_day: 4",
        "excerpts:",
    ]
    for number, (river, question, answer, region) in enumerate(RIVERS, start=1):
        lines += [
            f"  - id: {river}",
            f"    title: The {answer}",
            f"    page: {number * 3}",
            f"    tags: [{region}]",
            f"    text: The {answer} is one of the great rivers of Europe.",
            "    questions:",
            "      - id: where",
            f"        q: {question}",
            f"        a: {answer}",
        ]
    return "\n".join(lines) + "\n"


def study(sitting: StudySession, rng: random.Random) -> int:
    """Answer every card of today's session in the sitting's deck; returns the answers given."""
    given = 0
    while (card := sitting.next_card()) is not None:
        grade = 5 if card.section is Section.DRILL else rng.choice(GRADES)
        sitting.answer(card.card.id, grade, typed=card.card.answer.text.lower())
        given += 1
    return given


def build_collection(home: Path, days: int, seed: int = 2026) -> None:
    """A collection in `home` holding the rivers deck studied for `days` days before
    START (one day in four skipped); the bundled decks are left to the app."""
    deck_file = home / "rivers.yaml"
    deck_file.write_text(deck_text(), encoding="utf-8")
    clock = MovableClock(START - timedelta(days=days))
    rng = random.Random(seed)
    environ = {"TRAINER_HOME": str(home)}
    with Engine.open(clock=clock, environ=environ, backup=False) as engine:
        engine.import_deck(deck_file)
        # One sitting for every day: each day's first card comes from another excerpt
        # than the day before's last, as it always has in this history.
        sitting = engine.session(DECK_ID)
        for day in range(days):
            if day % 4 != 1:
                study(sitting, rng)
            clock.advance(days=1)
    deck_file.unlink()


def copy_collection(source: Path, home: Path) -> None:
    """Put a built collection into a test's TRAINER_HOME."""
    for path in source.iterdir():
        if path.is_file():
            shutil.copy2(path, home / path.name)


# Fixtures: import them into a test module to use them.

HISTORY_DAYS = 45


@pytest.fixture(scope="session")
def studied_collection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The studied collection, built once per test run."""
    folder = tmp_path_factory.mktemp("studied")
    build_collection(folder, HISTORY_DAYS)
    return folder


@pytest.fixture
def studied_home(studied_collection: Path, trainer_home: Path) -> Path:
    """The test's TRAINER_HOME holding a copy of the studied collection."""
    copy_collection(studied_collection, trainer_home)
    return trainer_home
