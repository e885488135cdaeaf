"""What the app imports before its first question, once the bundled decks are in the collection.

Every module imported at start-up delays the first question (each dataclass alone costs
a third of a millisecond to build). Statistics, exams, imports, the deck compiler and
grading are imported when first used, and this keeps them out of a plain start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Runs the app as `trainer review tutorial` does, and prints the loaded modules once the
# first question is on screen.
FIRST_QUESTION = """
import json, sys
from trainer.cli.study_commands import build_app
from trainer.tui.start import StartAt
from trainer.tui.widgets.asking import CardAsker

ask = CardAsker.ask

async def ask_and_report(self, asked):
    await ask(self, asked)
    print(json.dumps(sorted(sys.modules)))
    self.app.exit()

CardAsker.ask = ask_and_report
build_app(StartAt("review", "tutorial")).run(headless=True, size=(80, 24))
"""

# Modules a sitting of review needs only later, if ever.
NOT_AT_START = [
    "trainer.core.deck.loader",  # the deck compiler: the bundled decks are unchanged
    "yaml",
    "trainer.store.imports",
    "trainer.store.stats",
    "trainer.engine.statistics",
    "trainer.engine.log_scores",
    "trainer.core.scheduling.evaluation",
    "trainer.core.scheduling.exam_plan",
    "trainer.core.scheduling.exam_days",
    "trainer.tui.screens.summary",
    "trainer.tui.widgets.feedback",  # shown after the first answer
    "trainer.core.answering.grading",  # readied a second after the start
    "rapidfuzz",
]


def _modules_at_first_question(home: Path) -> set[str]:
    environment = {**os.environ, "TRAINER_HOME": str(home)}
    environment.pop("TRAINER_NOW", None)
    done = subprocess.run(
        [sys.executable, "-c", FIRST_QUESTION],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_start_with_unchanged_decks_imports_only_what_the_first_question_needs(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    first_run = _modules_at_first_question(home)  # imports the bundled decks
    assert "trainer.store.imports" in first_run
    loaded = _modules_at_first_question(home)
    assert "trainer.engine.session" in loaded
    assert sorted(set(NOT_AT_START) & loaded) == []
