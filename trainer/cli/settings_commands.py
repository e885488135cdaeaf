"""`trainer settings`: where the settings file is, what is in force, and a template."""

from __future__ import annotations

import argparse
import dataclasses

from trainer.cli import EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    settings = subparsers.add_parser(
        "settings",
        help="show the settings in force and where they live",
        description=(
            "Print the settings file's path and every setting's current value. With --init, "
            "first write a commented settings file listing every setting at its default."
        ),
    )
    settings.add_argument(
        "--init", action="store_true", help="write a commented template if there is no file"
    )
    settings.set_defaults(handler=run_settings)


def run_settings(args: argparse.Namespace) -> int:
    from trainer import paths
    from trainer.settings import load_policy, policy_rules, write_default_settings

    path = paths.settings_path()
    if args.init and path.exists():
        print(f"{paths.display_path(path)} already exists: left as it is")
    elif args.init:
        write_default_settings(path)
        print(f"wrote {paths.display_path(path)}")
    state = "" if path.exists() else " (not created yet: defaults in force)"
    print(f"# {paths.display_path(path)}{state}")
    policy = load_policy(path)
    rules = policy_rules()
    for field in dataclasses.fields(policy):
        value = getattr(policy, field.name)
        print(f"{field.name} = {value!r}  # {rules[field.name].help}")
    return EXIT_OK
