"""What the app imports before its first question, once the bundled decks are in the collection.

Every module imported at start-up delays the first question (each dataclass alone costs
a third of a millisecond to build). Statistics, exams, imports, the deck compiler and
grading are imported when first used, and this keeps them out of a plain start; what
the first answer needs is readied a second later, and this checks that too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from trainer.tui.app import _READY_ANSWERING_AFTER

# Runs the app as `trainer review tutorial` does, and prints the loaded modules once the
# first question is on screen, then again once answering has had time to be readied.
FIRST_QUESTION = f"""
import json, sys
from trainer.cli.study_commands import build_app
from trainer.tui.start import StartAt
from trainer.tui.widgets.asking import CardAsker

ask = CardAsker.ask

def report():
    print(json.dumps(sorted(sys.modules)), flush=True)

async def ask_and_report(self, asked):
    await ask(self, asked)
    report()
    def later():
        report()
        self.app.exit()
    self.set_timer({_READY_ANSWERING_AFTER + 1.0}, later)

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
    # FSRS: the tutorial deck keeps SM-2, as every deck does unless its settings say
    "fsrs",
    "trainer.core.scheduling.fsrs_scheduler",
    "trainer.tui.commands",  # the command palette's entries, when it is opened
    "trainer.core.authored",  # what an instructor writes: read only to compile a deck
]
# Whole families no review start needs: the other screens and commands, generation,
# the readers of other formats (only their registry, to tell a deck file's format), the
# class analytics and the charts.
NOT_AT_START_UNDER = {
    "trainer.tui.screens": {"loading", "review"},
    "trainer.cli": {"crash", "streams", "study_commands"},
    "trainer.interop": {"sources"},
    "trainer.core.generate": set(),
    "trainer.analytics": set(),
    "trainer.tui.widgets.charts": set(),
}
# Readied a second after the start, so that the first answer waits for none of them.
READY_FOR_THE_FIRST_ANSWER = [
    "trainer.core.answering.grading",
    "trainer.tui.widgets.feedback",
]


def _modules_seen(home: Path) -> tuple[set[str], set[str]]:
    """The modules loaded at the first question, and a second after answering is readied."""
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
    at_question, later = done.stdout.strip().splitlines()[-2:]
    return set(json.loads(at_question)), set(json.loads(later))


def _outside_their_family(loaded: set[str]) -> list[str]:
    found = []
    for package, allowed in NOT_AT_START_UNDER.items():
        for name in loaded:
            if name.startswith(package + "."):
                child = name.removeprefix(package + ".").split(".")[0]
                if child not in allowed:
                    found.append(name)
    return sorted(found)


def test_a_start_with_unchanged_decks_imports_only_what_the_first_question_needs(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    first_run, _ = _modules_seen(home)  # imports the bundled decks
    assert "trainer.store.imports" in first_run
    loaded, readied = _modules_seen(home)
    assert "trainer.engine.session" in loaded
    assert sorted(set(NOT_AT_START) & loaded) == []
    assert _outside_their_family(loaded) == []
    assert sorted(set(READY_FOR_THE_FIRST_ANSWER) - readied) == []


def test_the_family_rule_names_a_module_of_another_screen() -> None:
    loaded = {"trainer.tui.screens.review", "trainer.tui.screens.stats", "trainer.cli.crash"}
    assert _outside_their_family(loaded) == ["trainer.tui.screens.stats"]
