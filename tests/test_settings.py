"""Tests for trainer.settings: settings.toml into a Policy, with errors naming file and key."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.model import DeckDefaults
from trainer.core.scheduling.policy import Policy
from trainer.settings import (
    FALLBACK_MAXIMUM,
    MAX_SETTINGS_BYTES,
    SettingsError,
    apply_deck_defaults,
    default_settings_text,
    load_policy,
    load_settings,
    parse_policy,
    policy_rules,
    rule_for,
    write_default_settings,
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def settings_file(home: Path) -> Path:
    path = home / ".config" / "trainer" / "settings.toml"
    path.parent.mkdir(parents=True)
    return path


def load_text(path: Path, text: str) -> Policy:
    path.write_text(text, encoding="utf-8")
    return load_policy(path)


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_policy(tmp_path / "nowhere" / "settings.toml") == Policy()


def test_values_override_the_defaults(settings_file: Path) -> None:
    policy = load_text(settings_file, "new_per_day = 5\ntypo_tolerance = 0.25\nday_starts_at = 0\n")
    assert policy == dataclasses.replace(
        Policy(), new_per_day=5, typo_tolerance=0.25, day_starts_at=0
    )


def test_a_whole_number_is_accepted_where_a_number_is_expected(settings_file: Path) -> None:
    policy = load_text(settings_file, "quick_seconds = 8\n")
    assert policy.quick_seconds == 8.0
    assert isinstance(policy.quick_seconds, float)


def test_a_wrong_type_names_file_key_expectation_and_value(settings_file: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_text(settings_file, 'new_per_day = "lots"\n')
    assert str(caught.value) == (
        "~/.config/trainer/settings.toml: new_per_day: "
        'expected a whole number from 0 to 10000, got "lots"'
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("new_per_day = -1", "new_per_day: expected a whole number from 0 to 10000, got -1"),
        ("new_per_day = 2.5", "new_per_day: expected a whole number from 0 to 10000, got 2.5"),
        ("new_per_day = true", "new_per_day: expected a whole number from 0 to 10000, got true"),
        ("day_starts_at = 24", "day_starts_at: expected a whole number from 0 to 23, got 24"),
        ("typo_tolerance = 1.5", "typo_tolerance: expected a number from 0 to 1, got 1.5"),
        ("typo_tolerance = nan", "typo_tolerance: expected a number from 0 to 1, got nan"),
        ("quick_seconds = 0", "quick_seconds: expected a number > 0 and ≤ 3600, got 0"),
        ("quick_seconds = inf", "quick_seconds: expected a number > 0 and ≤ 3600, got inf"),
        (
            "backups_keep = [1, 2]",
            "backups_keep: expected a whole number from 0 to 1000, got a list",
        ),
        (
            "backups_keep = {a = 1}",
            "backups_keep: expected a whole number from 0 to 1000, got a table",
        ),
        ("exam_final_days = 0", "exam_final_days: expected a whole number from 1 to 365, got 0"),
        (
            "exam_final_days = 1000000000000",
            "exam_final_days: expected a whole number from 1 to 365, got 1000000000000",
        ),
        (
            "reviews_per_day = 9223372036854775807",
            "reviews_per_day: expected a whole number from 0 to 100000, got 9223372036854775807",
        ),
        (
            "reading_chars_per_second = 1e308",
            "reading_chars_per_second: expected a number > 0 and ≤ 10000, got 1e+308",
        ),
    ],
)
def test_out_of_range_or_mistyped_values_are_rejected(
    settings_file: Path, line: str, message: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        load_text(settings_file, line + "\n")
    assert str(caught.value) == f"~/.config/trainer/settings.toml: {message}"


def test_an_unknown_key_suggests_the_closest_one(settings_file: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_text(settings_file, "new_per_dya = 5\n")
    assert str(caught.value) == (
        "~/.config/trainer/settings.toml: new_per_dya: unknown setting "
        "(did you mean 'new_per_day'?)"
    )


def test_an_unknown_key_with_nothing_close_has_no_suggestion(settings_file: Path) -> None:
    with pytest.raises(SettingsError, match=r"colour: unknown setting$"):
        load_text(settings_file, 'colour = "blue"\n')


def test_every_problem_is_reported_at_once(settings_file: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_text(settings_file, 'new_per_day = "x"\nbackups = 3\nreviews_per_day = -2\n')
    lines = str(caught.value).splitlines()
    assert [line.split(": ")[1] for line in lines] == [
        "new_per_day",
        "backups",
        "reviews_per_day",
    ]


def test_slow_seconds_may_not_be_below_quick_seconds(settings_file: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_text(settings_file, "quick_seconds = 20\nslow_seconds = 5\n")
    assert str(caught.value).endswith("slow_seconds: must be at least quick_seconds (20), got 5")


def test_a_toml_syntax_error_gives_file_line_and_column(settings_file: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_text(settings_file, "new_per_day = 5\nreviews_per_day = lots\n")
    assert str(caught.value) == "~/.config/trainer/settings.toml:2:19: Invalid value"


def test_a_syntax_error_at_the_end_points_past_the_last_character(settings_file: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_text(settings_file, "new_per_day = 5\nslow_seconds = ")
    assert str(caught.value) == "~/.config/trainer/settings.toml:2:16: Invalid value"


def test_a_file_nested_too_deeply_to_parse_is_reported(settings_file: Path) -> None:
    # The TOML parser recurses: arrays 5,000 deep exhaust its stack (RecursionError).
    deep = "a = " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(SettingsError, match=r"settings\.toml: the settings file nests too deep"):
        load_text(settings_file, deep)


def test_a_file_that_is_not_utf8_is_reported(settings_file: Path) -> None:
    settings_file.write_bytes(b"new_per_day = 5 # caf\xe9\n")
    with pytest.raises(SettingsError, match=r"settings\.toml: the settings file is not UTF-8"):
        load_policy(settings_file)


def test_an_unreadable_settings_path_is_reported(settings_file: Path) -> None:
    settings_file.mkdir()
    with pytest.raises(SettingsError, match=r"settings\.toml: cannot read the settings file"):
        load_policy(settings_file)


def test_every_policy_field_is_a_settable_key() -> None:
    defaults = Policy()
    assert list(policy_rules()) == [field.name for field in dataclasses.fields(Policy)]
    data = {field.name: getattr(defaults, field.name) for field in dataclasses.fields(Policy)}
    assert parse_policy(data, "settings.toml") == defaults


@given(
    new_per_day=st.integers(0, 10_000),
    typo=st.floats(0, 1, allow_nan=False),
    hour=st.integers(0, 23),
)
def test_any_valid_values_round_trip(new_per_day: int, typo: float, hour: int) -> None:
    data = {"new_per_day": new_per_day, "typo_tolerance": typo, "day_starts_at": hour}
    policy = parse_policy(data, "settings.toml")
    assert (policy.new_per_day, policy.typo_tolerance, policy.day_starts_at) == (
        new_per_day,
        typo,
        hour,
    )


def test_the_template_is_all_comments_and_names_every_key() -> None:
    text = default_settings_text()
    assert tomllib.loads(text) == {}
    for field in dataclasses.fields(Policy):
        assert f"# {field.name} = " in text
    assert "# Allowed: a whole number from 1 to 365.\n# exam_final_days = 3\n" in text


def test_the_uncommented_template_gives_the_defaults() -> None:
    lines = [
        line[2:]
        for line in default_settings_text().splitlines()
        if line.startswith("# ") and " = " in line
    ]
    data = tomllib.loads("\n".join(lines))
    assert len(data) == len(dataclasses.fields(Policy))
    assert parse_policy(data, "settings.toml") == Policy()


def test_write_default_settings_creates_the_folder_and_keeps_an_existing_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "config" / "settings.toml"
    write_default_settings(path)
    assert load_policy(path) == Policy()
    path.write_text("new_per_day = 3\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="already exists"):
        write_default_settings(path)
    assert load_policy(path).new_per_day == 3
    write_default_settings(path, overwrite=True)
    assert load_policy(path) == Policy()


def test_deck_defaults_override_the_settings() -> None:
    policy = dataclasses.replace(Policy(), new_per_day=20, reviews_per_day=100)
    applied = apply_deck_defaults(
        policy, DeckDefaults(new_per_day=5, reviews_per_day=None, typo_tolerance=0.3)
    )
    assert applied == dataclasses.replace(policy, new_per_day=5, typo_tolerance=0.3)


def test_unset_deck_defaults_leave_the_settings_alone() -> None:
    policy = dataclasses.replace(Policy(), new_per_day=7)
    assert apply_deck_defaults(policy, DeckDefaults()) == policy


def test_every_number_setting_has_a_maximum() -> None:
    # Settings feed date arithmetic, SQLite integers and timers: an unbounded one can
    # overflow them (a huge exam_final_days did) far from the settings file.
    for key, rule in policy_rules().items():
        if rule.kind in (int, float):
            assert rule.maximum is not None, key
            assert rule.maximum <= FALLBACK_MAXIMUM, key


def test_every_number_setting_at_its_maximum_is_accepted() -> None:
    for key, rule in policy_rules().items():
        if rule.kind in (int, float) and key != "quick_seconds":
            assert rule.maximum is not None
            policy = parse_policy({key: rule.kind(rule.maximum)}, "settings.toml")
            assert getattr(policy, key) == rule.maximum


@dataclasses.dataclass
class _NewSettings:
    weekly_count: int = 4
    share: float = 0.5
    name: str = ""


def test_a_policy_field_without_a_rule_still_gets_a_maximum() -> None:
    weekly, share, name = (rule_for(field) for field in dataclasses.fields(_NewSettings))
    assert weekly.kind is int and weekly.maximum == FALLBACK_MAXIMUM
    assert not weekly.accepts(FALLBACK_MAXIMUM + 1)
    assert share.kind is float and share.maximum == FALLBACK_MAXIMUM
    assert name.kind is str and name.maximum is None


def test_a_deck_limit_beyond_the_maximum_is_held_to_it() -> None:
    applied = apply_deck_defaults(
        Policy(), DeckDefaults(new_per_day=10**30, reviews_per_day=10**30, typo_tolerance=None)
    )
    assert applied.new_per_day == policy_rules()["new_per_day"].maximum
    assert applied.reviews_per_day == policy_rules()["reviews_per_day"].maximum


# --- the scheduler, FSRS's desired retention and [decks.ID] tables ------------------------


def test_the_scheduler_and_desired_retention_are_settings(settings_file: Path) -> None:
    assert (Policy().scheduler, Policy().desired_retention) == ("sm2", 0.9)
    policy = load_text(settings_file, 'scheduler = "fsrs"\ndesired_retention = 0.85\n')
    assert (policy.scheduler, policy.desired_retention) == ("fsrs", 0.85)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('scheduler = "anki"', 'scheduler: expected one of "sm2", "fsrs", got "anki"'),
        ("scheduler = 2", 'scheduler: expected one of "sm2", "fsrs", got 2'),
        ("desired_retention = 1", "desired_retention: expected a number from 0.7 to 0.99, got 1"),
        ("desired_retention = 0.5", "desired_retention: expected a number from 0.7 to 0.99"),
    ],
)
def test_a_bad_scheduler_choice_is_named(settings_file: Path, line: str, message: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load_text(settings_file, line + "\n")
    assert str(caught.value).startswith(f"~/.config/trainer/settings.toml: {message}")


def test_a_deck_table_sets_keys_for_that_deck_only(settings_file: Path) -> None:
    settings_file.write_text(
        'new_per_day = 5\n[decks.verbs]\nscheduler = "fsrs"\ndesired_retention = 0.8\n'
        "new_per_day = 12\n",
        encoding="utf-8",
    )
    settings = load_settings(settings_file)
    assert settings.policy.new_per_day == 5
    verbs = settings.policy_for("verbs", DeckDefaults(new_per_day=30, reviews_per_day=40))
    assert (verbs.scheduler, verbs.desired_retention, verbs.new_per_day) == ("fsrs", 0.8, 12)
    assert verbs.reviews_per_day == 40  # the deck file's own default where the table is silent
    other = settings.policy_for("nouns", DeckDefaults())
    assert (other.scheduler, other.new_per_day) == ("sm2", 5)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[decks.v]\nscheduler = "x"\n', 'decks.v.scheduler: expected one of "sm2", "fsrs"'),
        ("[decks.v]\nday_starts_at = 3\n", "decks.v.day_starts_at: set for the whole collection"),
        ("[decks.v]\nnew_per_dya = 3\n", "decks.v.new_per_dya: unknown setting (did you mean"),
        ("decks = 3\n", "decks: expected tables such as [decks.ID], got 3"),
        ("[decks]\nv = 3\n", "decks.v: expected a table, got 3"),
        ("[decks.v]\nslow_seconds = 2\n", "decks.v.slow_seconds: must be at least quick_seconds"),
    ],
)
def test_a_bad_deck_table_is_named(settings_file: Path, text: str, message: str) -> None:
    settings_file.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(settings_file)
    assert str(caught.value).startswith(f"~/.config/trainer/settings.toml: {message}")


def test_the_template_shows_a_deck_table_without_setting_one() -> None:
    text = default_settings_text()
    assert '## [decks.german-verbs]\n## scheduler = "fsrs"\n' in text
    assert tomllib.loads(text) == {}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_settings_file_that_is_a_fifo_is_an_error_not_a_wait(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    os.mkfifo(path)
    with pytest.raises(SettingsError, match="is a FIFO, not a regular file"):
        load_settings(path)


def test_a_settings_file_bigger_than_any_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("# x\n" * (MAX_SETTINGS_BYTES // 4 + 1), encoding="utf-8")
    with pytest.raises(SettingsError, match="larger than 1 MiB"):
        load_settings(path)
