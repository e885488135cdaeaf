"""The command line's parser: a parser built for the arguments it parses registers only
the command they name, and that command reads exactly as in the full parser."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from trainer.cli import COMMAND_HOMES, COMMAND_MODULES, build_parser


def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert len(actions) == 1
    return dict(actions[0].choices)


def test_each_command_is_homed_in_the_module_that_registers_it() -> None:
    registered: dict[str, str] = {}
    for module in COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        importlib.import_module(module).register(subparsers)
        registered |= dict.fromkeys(subparsers.choices, module)
    assert registered == COMMAND_HOMES


@pytest.mark.parametrize("command", sorted(COMMAND_HOMES))
def test_a_command_reads_as_in_the_full_parser(command: str) -> None:
    full = commands(build_parser())[command]
    narrow = commands(build_parser([command, "--help"]))
    assert command in narrow
    assert narrow[command].format_help() == full.format_help()
    assert set(narrow) <= {c for c, m in COMMAND_HOMES.items() if m == COMMAND_HOMES[command]}


@pytest.mark.parametrize("argv", [None, ["--help"], ["revew"], ["--version"]])
def test_help_and_mistyped_commands_list_every_command(argv: list[str] | None) -> None:
    assert set(commands(build_parser(argv))) == set(COMMAND_HOMES)


def test_no_arguments_open_the_app_with_no_command_imported() -> None:
    args = build_parser([]).parse_args([])
    assert getattr(args, "handler", None) is None


def test_a_command_imports_no_other_commands_module() -> None:
    probe = (
        "import sys\n"
        "from trainer.cli import COMMAND_MODULES, build_parser\n"
        "build_parser(['review', 'deck']).parse_args(['review', 'deck'])\n"
        "print(sorted(m for m in COMMAND_MODULES if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['trainer.cli.study_commands']"
