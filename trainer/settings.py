"""The learner's settings file: ``settings.toml`` read into a ``Policy``, with precise errors.

Every field of ``trainer.core.scheduling.policy.Policy`` is a key of the file. A missing file means
the defaults. A ``[decks.ID]`` table sets keys for one deck only (such as ``scheduler``),
over the deck file's own defaults. Problems are reported as ``FILE: KEY: expected …, got …``
(or ``FILE:LINE:COL: …`` for TOML syntax), all at once, in one ``SettingsError``.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import math
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path

from trainer.core.deck.includes import unreadable_reason
from trainer.core.model import DeckDefaults
from trainer.core.records import record
from trainer.core.scheduling.fsrs_settings import MAX_RETENTION, MIN_RETENTION
from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.registry import scheduler_names
from trainer.errors import TrainerError
from trainer.paths import display_path
from trainer.regular_files import read_regular


class SettingsError(TrainerError):
    """The settings file cannot be used; the message names the file and every bad key."""


@record
class KeyRule:
    """What one settings key accepts, and the comment written above it in the template."""

    kind: type[int] | type[float] | type[bool] | type[str]
    minimum: float | None = None
    maximum: float | None = None
    # The minimum itself is not allowed (for durations that must be positive).
    exclusive_minimum: bool = False
    help: str = ""
    # For a string: the only values allowed, if not any.
    choices: tuple[str, ...] = ()

    def expectation(self) -> str:
        if self.choices:
            return "one of " + ", ".join(json.dumps(choice) for choice in self.choices)
        noun = {int: "a whole number", float: "a number", bool: "true or false", str: "a string"}[
            self.kind
        ]
        if self.minimum is not None and self.maximum is not None:
            if self.exclusive_minimum:
                return f"{noun} > {_number(self.minimum)} and ≤ {_number(self.maximum)}"
            return f"{noun} from {_number(self.minimum)} to {_number(self.maximum)}"
        if self.minimum is not None:
            sign = ">" if self.exclusive_minimum else "≥"
            return f"{noun} {sign} {_number(self.minimum)}"
        if self.maximum is not None:
            return f"{noun} ≤ {_number(self.maximum)}"
        return noun

    def accepts(self, value: object) -> bool:
        # TOML booleans are Python bools, which are also ints: keep them apart.
        if self.kind is bool or isinstance(value, bool):
            return self.kind is bool and isinstance(value, bool)
        if self.kind is str:
            return isinstance(value, str) and (not self.choices or value in self.choices)
        allowed: tuple[type, ...] = (int,) if self.kind is int else (int, float)
        if not isinstance(value, allowed):
            return False
        try:
            number = float(value)  # type: ignore[arg-type]
        except OverflowError:  # a whole number too large for a float
            return False
        if not math.isfinite(number):  # NaN and infinities fit no range
            return False
        if self.minimum is not None and (
            number < self.minimum or (self.exclusive_minimum and number == self.minimum)
        ):
            return False
        return self.maximum is None or number <= self.maximum


# The largest number a Policy field without a rule of its own accepts.
FALLBACK_MAXIMUM = 1_000_000

# One rule per Policy field. A field added to Policy without a rule here still works:
# ``rule_for`` falls back to its declared type (see test_every_policy_field_is_settable).
# Every number has a maximum: values feed date arithmetic (days before an exam), SQLite
# integers and timers, and a huge one would overflow them far from the settings file.
RULES: dict[str, KeyRule] = {
    "day_starts_at": KeyRule(
        int, 0, 23, help="Hour (0-23) at which a new learning day starts; 4 means 4 a.m."
    ),
    "new_per_day": KeyRule(int, 0, 10_000, help="New cards introduced per day, per deck."),
    "reviews_per_day": KeyRule(int, 0, 100_000, help="Most reviews asked per day, per deck."),
    "typo_tolerance": KeyRule(
        float, 0, 1, help="Share (0-1) of an answer's characters that may be mistyped."
    ),
    "quick_seconds": KeyRule(
        float,
        0,
        3600,
        exclusive_minimum=True,
        help="A correct answer within this many seconds is suggested as 5 (perfect).",
    ),
    "slow_seconds": KeyRule(
        float,
        0,
        3600,
        exclusive_minimum=True,
        help="Within this many seconds 4; slower correct answers are suggested as 3.",
    ),
    "reading_chars_per_second": KeyRule(
        float,
        0,
        10_000,
        exclusive_minimum=True,
        help="Both thresholds grow by a second per this many characters of prompt.",
    ),
    "close_similarity": KeyRule(
        float, 0, 1, help="A wrong answer at least this similar (0-1) to the right one earns 2."
    ),
    "backups_keep": KeyRule(
        int, 0, 1000, help="Daily backups of the collection to keep; 0 turns backups off."
    ),
    "backups_weekly": KeyRule(
        int,
        0,
        1000,
        help="Weekly backups kept besides the daily ones: the newest of each older week.",
    ),
    "exam_final_days": KeyRule(
        int,
        1,
        365,
        help="Before an exam, every card is seen at least once in this many last days.",
    ),
    "scheduler": KeyRule(
        str,
        choices=scheduler_names(),
        help="The scheduling algorithm: sm2 (SuperMemo 2) or fsrs (FSRS-6).",
    ),
    "desired_retention": KeyRule(
        float,
        MIN_RETENTION,
        MAX_RETENTION,
        help="FSRS only: the share of cards to still remember when they come due.",
    ),
}

# The top-level key of the per-deck tables, ``[decks.ID]``.
DECKS_KEY = "decks"
# A settings file is a few lines; one bigger than this is no settings file.
MAX_SETTINGS_BYTES = 1024 * 1024
# Settings that belong to the whole collection, not to one deck.
COLLECTION_ONLY = frozenset({"day_starts_at", "backups_keep", "backups_weekly"})


@record
class Settings:
    """The settings file: the policy for every deck, and the keys set for single decks."""

    policy: Policy = dataclasses.field(default_factory=Policy)
    # Deck id → the keys its ``[decks.ID]`` table sets, as checked values.
    decks: Mapping[str, Mapping[str, object]] = dataclasses.field(default_factory=dict)

    def policy_for(self, deck_id: str, defaults: DeckDefaults) -> Policy:
        """One deck's policy: the settings, then the deck file's defaults, then the
        deck's own table in the settings (the learner's choice for that deck wins)."""
        policy = apply_deck_defaults(self.policy, defaults)
        overrides = self.decks.get(deck_id)
        if not overrides:
            return policy
        return dataclasses.replace(policy, **overrides)  # type: ignore[arg-type]


_TYPES_BY_NAME: dict[str, type[int] | type[float] | type[bool] | type[str]] = {
    "int": int,
    "float": float,
    "bool": bool,
    "str": str,
}


def rule_for(field: dataclasses.Field[object]) -> KeyRule:
    """The rule for a Policy field: its entry in RULES, or one built from its type."""
    if field.name in RULES:
        return RULES[field.name]
    declared = field.type if isinstance(field.type, str) else getattr(field.type, "__name__", "")
    kind = _TYPES_BY_NAME.get(declared, str)
    return KeyRule(kind, maximum=FALLBACK_MAXIMUM if kind in (int, float) else None)


def policy_rules() -> dict[str, KeyRule]:
    """Every settable key, in the order Policy declares it."""
    return {field.name: rule_for(field) for field in dataclasses.fields(Policy)}


def load_policy(path: Path) -> Policy:
    """Read the settings file at ``path``; a missing file gives the default Policy."""
    return load_settings(path).policy


def load_settings(path: Path) -> Settings:
    """Read the settings file at ``path``, deck tables included; a missing file gives
    the defaults."""
    shown = display_path(path)
    try:
        # A FIFO or a link to a device would block or never end: regular files only.
        raw = read_regular(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        reason = unreadable_reason(error)
        raise SettingsError(f"{shown}: cannot read the settings file: {reason}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SettingsError(f"{shown}: the settings file is not UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(_syntax_message(shown, text, str(error))) from None
    except RecursionError:
        # Arrays nested thousands deep exhaust the parser's stack: no settings are.
        raise SettingsError(f"{shown}: the settings file nests too deeply to read") from None
    return parse_settings(data, shown)


def parse_policy(data: Mapping[str, object], source: str) -> Policy:
    """Build a Policy from parsed TOML; ``source`` names the file in error messages."""
    return parse_settings(data, source).policy


def parse_settings(data: Mapping[str, object], source: str) -> Settings:
    """Build the Settings from parsed TOML, every problem reported at once."""
    problems: list[str] = []
    top = {key: value for key, value in data.items() if key != DECKS_KEY}
    values = _checked_values(top, policy_rules(), f"{source}: ", problems)
    decks: dict[str, dict[str, object]] = {}
    tables = data.get(DECKS_KEY, {})
    if not isinstance(tables, Mapping):
        problems.append(
            f"{source}: {DECKS_KEY}: expected tables such as [decks.ID], got {_show(tables)}"
        )
        tables = {}
    deck_rules = {k: r for k, r in policy_rules().items() if k not in COLLECTION_ONLY}
    for deck_id, table in tables.items():
        where = f"{source}: {DECKS_KEY}.{deck_id}."
        if not isinstance(table, Mapping):
            problems.append(f"{where[:-1]}: expected a table, got {_show(table)}")
            continue
        for key in table:
            if key in COLLECTION_ONLY:
                problems.append(f"{where}{key}: set for the whole collection, not per deck")
        allowed = {k: v for k, v in table.items() if k not in COLLECTION_ONLY}
        decks[str(deck_id)] = _checked_values(allowed, deck_rules, where, problems)
    if problems:
        raise SettingsError("\n".join(problems))
    policy = dataclasses.replace(Policy(), **values)  # type: ignore[arg-type]
    _check_thresholds(policy, f"{source}: ", problems)
    for deck_id, overrides in decks.items():
        deck_policy = dataclasses.replace(policy, **overrides)  # type: ignore[arg-type]
        _check_thresholds(deck_policy, f"{source}: {DECKS_KEY}.{deck_id}.", problems)
    if problems:
        raise SettingsError("\n".join(problems))
    return Settings(policy, decks)


def _checked_values(
    data: Mapping[str, object], rules: Mapping[str, KeyRule], where: str, problems: list[str]
) -> dict[str, object]:
    values: dict[str, object] = {}
    for key, value in data.items():
        rule = rules.get(key)
        if rule is None:
            problems.append(f"{where}{key}: unknown setting{_suggestion(key, rules)}")
        elif not rule.accepts(value):
            problems.append(f"{where}{key}: expected {rule.expectation()}, got {_show(value)}")
        else:
            values[key] = float(value) if rule.kind is float else value  # type: ignore[arg-type]
    return values


def _check_thresholds(policy: Policy, where: str, problems: list[str]) -> None:
    if policy.slow_seconds < policy.quick_seconds:
        problems.append(
            f"{where}slow_seconds: must be at least quick_seconds "
            f"({_number(policy.quick_seconds)}), got {_number(policy.slow_seconds)}"
        )


def apply_deck_defaults(policy: Policy, defaults: DeckDefaults) -> Policy:
    """The policy for one deck: the deck's own defaults win where it sets them."""
    overrides: dict[str, object] = {}
    # A deck's limit beyond the settings' maximum is held to it, as a settings file's is.
    if defaults.new_per_day is not None:
        overrides["new_per_day"] = _at_most(defaults.new_per_day, "new_per_day")
    if defaults.reviews_per_day is not None:
        overrides["reviews_per_day"] = _at_most(defaults.reviews_per_day, "reviews_per_day")
    if defaults.typo_tolerance is not None:
        overrides["typo_tolerance"] = float(defaults.typo_tolerance)
    return dataclasses.replace(policy, **overrides)  # type: ignore[arg-type]


def _at_most(value: int, key: str) -> int:
    maximum = RULES[key].maximum
    return value if maximum is None else min(value, int(maximum))


def default_settings_text() -> str:
    """A commented settings file listing every key at its default, all commented out."""
    lines = [
        "# trainer settings.",
        "# Every line below shows a setting at its default value. Remove the leading '#'",
        "# from a setting's line and change its value to override it.",
    ]
    defaults = Policy()
    for key, rule in policy_rules().items():
        lines.append("")
        if rule.help:
            lines.append(f"# {rule.help}")
        lines.append(f"# Allowed: {rule.expectation()}.")
        lines.append(f"# {key} = {_toml_value(getattr(defaults, key))}")
    lines += [
        "",
        "# One deck's own settings, over its deck file's defaults: a table named after the",
        "# deck's id with any of the keys above but day_starts_at and the backups. Example:",
        "## [decks.german-verbs]",
        '## scheduler = "fsrs"',
        "## desired_retention = 0.85",
    ]
    return "\n".join(lines) + "\n"


def write_default_settings(path: Path, *, overwrite: bool = False) -> None:
    """Write the commented template to ``path``; an existing file is kept unless told."""
    if path.exists() and not overwrite:
        raise SettingsError(f"{display_path(path)}: already exists; not overwriting it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(default_settings_text(), encoding="utf-8")


_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_END = re.compile(r"\s*\(at end of document\)$")


def _syntax_message(shown: str, text: str, message: str) -> str:
    # tomllib (3.11) reports positions only inside its message text.
    match = _POSITION.search(message)
    if match:
        line, column = match.group(1), match.group(2)
        return f"{shown}:{line}:{column}: {message[: match.start()]}"
    match = _END.search(message)
    if match:
        lines = text.split("\n")
        return f"{shown}:{len(lines)}:{len(lines[-1]) + 1}: {message[: match.start()]}"
    return f"{shown}: {message}"


def _suggestion(key: str, rules: Mapping[str, KeyRule]) -> str:
    close = difflib.get_close_matches(key, list(rules), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def _show(value: object) -> str:
    """A value as the learner wrote it in TOML, for error messages."""
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool | int | float | str):
        return _toml_value(value)
    return str(value)
