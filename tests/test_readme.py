"""The README stays true: its deck example compiles and its command table matches the CLI."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from trainer.cli import build_parser
from trainer.core.compile import compile_deck

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_yaml_example_in_the_readme_compiles(tmp_path: Path) -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", README, flags=re.DOTALL)
    assert blocks
    for index, block in enumerate(blocks):
        path = tmp_path / f"readme-{index}.yaml"
        path.write_text(block, encoding="utf-8")
        assert compile_deck(path).cards


def test_the_command_table_lists_exactly_the_cli_commands() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    commands = set(subparsers.choices)
    listed = set(re.findall(r"^\| `trainer (\w+)", README, flags=re.MULTILINE))
    assert listed == commands


def test_the_two_commands_open_the_readme() -> None:
    head = README.split("---", 1)[0]
    assert "<!-- run-command -->" in head and "<!-- test-command -->" in head
    assert "pip install -e ." in head and "&& trainer\n" in head
    assert "pip install -e '.[test]' && pytest" in head


def test_every_ctrl_key_the_readme_names_is_bound_in_the_app() -> None:
    source = "\n".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "trainer" / "tui").rglob("*.py")
    )
    named = set(re.findall(r"`(ctrl\+\w)`", README)) - {"ctrl+p"}  # Textual's own palette key
    assert named
    unbound = {key for key in named if f'"{key}"' not in source and f"{key}," not in source}
    assert unbound == set()


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    command = re.search(r"<!-- test-command -->\n```sh\n(.*?)\n```", README, flags=re.DOTALL)
    assert command is not None
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert any(line.startswith(command.group(1) + " ") for line in ci.splitlines())
