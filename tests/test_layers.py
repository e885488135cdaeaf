"""The layers hold: import-linter's contracts (pyproject.toml), the one door to the
collection, and a decision for every card kind and answer type wherever one is dispatched."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.core.model import AnswerType, Card, CardKind

ROOT = Path(__file__).resolve().parents[1]
SHELL = ("tui", "cli")


def test_the_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    if not lint_imports.exists():
        pytest.fail("lint-imports is missing: pip install -e '.[test]' installs import-linter")
    done = subprocess.run(
        [str(lint_imports), "--no-cache", "--no-logo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
    for contract in ("Layers", "only through trainer.engine", "no shell module"):
        assert any(contract in line and "KEPT" in line for line in done.stdout.splitlines())


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("layer", SHELL)
def test_the_app_and_the_command_line_never_import_the_store(layer: str) -> None:
    """Not even for a type, nor inside a function: the engine re-exports what they see."""
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / "trainer" / layer).rglob("*.py"))
        for name in _imports(path)
        if name == "trainer.store" or name.startswith("trainer.store.")
    ]
    assert offenders == []


def test_interop_and_analytics_never_import_the_engine_or_the_shell() -> None:
    upward = ("trainer.engine", "trainer.tui", "trainer.cli")
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for package in ("interop", "analytics")
        for path in sorted((ROOT / "trainer" / package).rglob("*.py"))
        for name in _imports(path)
        if any(name == top or name.startswith(top + ".") for top in upward)
    ]
    assert offenders == []


# Every kind and answer type is decided wherever one is dispatched. The functions end
# in `assert_never`, which mypy checks; these tests run each on every member, so that a
# dispatch a new member reaches is seen failing even without mypy.


def _card(kind: CardKind, answer_type: AnswerType) -> Card:
    from trainer.core.model import Answer

    options = (
        ("One", "Two", "Three") if answer_type in (AnswerType.CHOICE, AnswerType.ORDER) else ()
    )
    key = (0, 1, 2) if answer_type is AnswerType.ORDER else (0,) if options else ()
    return Card(
        id="d:e:c",
        deck_id="d",
        kind=kind,
        excerpt_id="e",
        prompt="Which?",
        answer=Answer(text="One", type=answer_type, key=key),
        source="p. 1",
        choices=options,
    )


@pytest.mark.parametrize("kind", list(CardKind))
def test_every_card_kind_is_named_and_shown(kind: CardKind) -> None:
    from trainer.tui import kinds

    assert kinds.kind_words(kind) and kinds.kind_label(kind)
    assert isinstance(kinds.prompt_is_the_excerpt(kind), bool)


@pytest.mark.parametrize("answer_type", list(AnswerType))
def test_every_answer_type_is_asked_checked_and_logged(answer_type: AnswerType) -> None:
    from trainer.cli.plain_lines import how_to_answer, unreadable
    from trainer.core.answering.verdict import Outcome, Verdict
    from trainer.engine.answers import chosen_option
    from trainer.engine.overviews import shows_differences
    from trainer.tui import kinds
    from trainer.tui.widgets.answer_input import answer_hint, answer_widget_for

    card = _card(CardKind.QA, answer_type)
    form = kinds.answer_form(answer_type)
    assert (form is kinds.AnswerForm.TYPED) == (how_to_answer(answer_type) is None)
    assert (form is kinds.AnswerForm.TYPED) == (not card.choices)
    assert kinds.answer_words(answer_type) is None or form is kinds.AnswerForm.TYPED
    assert answer_hint(card) and answer_widget_for(card) is not None
    assert unreadable(card, "1") is None or form is not kinds.AnswerForm.TYPED
    assert isinstance(shows_differences(answer_type), bool)
    verdict = Verdict(Outcome.EXACT, 1.0, "One", "One")
    assert (chosen_option(card, verdict) == 0) == (form is kinds.AnswerForm.OPTION)
