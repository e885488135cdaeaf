"""A simulated class with planted faults: the report flags each planted card and no other.

The model is in tests/analytics/simulate.py: learners of varied ability, cards of varied
difficulty, learning over 20 answers, and noise (overrides, drills, undos, slips).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analytics.simulate import Fault, SimCard, deck_text, simulate, write_csv, write_json
from trainer.analytics import analyze
from trainer.analytics.flags import Flag, Thresholds
from trainer.core.compile import compile_deck
from trainer.core.model import CompiledDeck

PLANTED = {
    "sim:e00:q": Fault.AMBIGUOUS,
    "sim:e01:q": Fault.TRIVIAL,
    "sim:e02:q": Fault.MISSING_ACCEPT,
    "sim:e22:q": Fault.WRONG_KEY,
    "sim:e23:q": Fault.UNPICKED_OPTION,
}
EXPECTED_FLAG = {
    Fault.AMBIGUOUS: Flag.NEEDS_REWORDING,
    Fault.TRIVIAL: Flag.TOO_EASY,
    Fault.MISSING_ACCEPT: Flag.OFTEN_OVERRULED,
    Fault.WRONG_KEY: Flag.HARD_OR_MISLEADING,
    Fault.UNPICKED_OPTION: Flag.UNPICKED_OPTION,
}


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CompiledDeck]:
    path = tmp_path_factory.mktemp("deck") / "sim.yaml"
    path.write_text(deck_text("sim", typed=22, choice=10), encoding="utf-8")
    return path, compile_deck(path)


def class_log(compiled: CompiledDeck, folder: Path, *, learners: int, seed: int) -> Path:
    cards = [SimCard.of(card, PLANTED.get(card.id)) for card in compiled.cards]
    return write_csv(
        simulate(cards, learners=learners, answers=20, seed=seed), folder / "class.csv"
    )


@pytest.mark.parametrize("seed", [14, 2026])
def test_each_planted_fault_is_flagged_and_nothing_else(
    deck: tuple[Path, CompiledDeck], tmp_path: Path, seed: int
) -> None:
    _, compiled = deck
    report = analyze([class_log(compiled, tmp_path, learners=80, seed=seed)], compiled=compiled)
    flagged = {item.card: item.flags for item in report.items if item.flags}
    assert set(flagged) == set(PLANTED)
    for card, fault in PLANTED.items():
        assert EXPECTED_FLAG[fault] in flagged[card], (card, fault, flagged[card])


def test_the_wrong_key_shows_in_the_picks(deck: tuple[Path, CompiledDeck], tmp_path: Path) -> None:
    _, compiled = deck
    report = analyze([class_log(compiled, tmp_path, learners=80, seed=14)], compiled=compiled)
    wrong_key = next(item for item in report.items if item.card == "sim:e22:q")
    most_picked = max(wrong_key.options, key=lambda option: option.picks)
    assert most_picked.key is False and most_picked.rate is not None and most_picked.rate > 0.5
    assert wrong_key.discrimination is not None and wrong_key.discrimination < 0


def test_many_logs_pool_like_one(deck: tuple[Path, CompiledDeck], tmp_path: Path) -> None:
    _, compiled = deck
    cards = [SimCard.of(card, PLANTED.get(card.id)) for card in compiled.cards]
    rows = simulate(cards, learners=12, answers=3, seed=5)
    whole = analyze([write_csv(rows, tmp_path / "all.csv")], compiled=compiled)
    learners = sorted({str(row["learner"]) for row in rows})
    paths = []
    for number, learner in enumerate(learners):
        mine = [row for row in rows if row["learner"] == learner]
        write = write_json if number % 2 else write_csv
        paths.append(write(mine, tmp_path / f"{number}.{'json' if number % 2 else 'csv'}"))
    pooled = analyze(paths, compiled=compiled)
    assert pooled.items == whole.items and pooled.learners == 12


def test_below_the_minimum_no_card_is_flagged_and_the_report_says_why(
    deck: tuple[Path, CompiledDeck], tmp_path: Path
) -> None:
    _, compiled = deck
    log = class_log(compiled, tmp_path, learners=4, seed=14)
    report = analyze([log], compiled=compiled)
    assert report.flagged == ()
    assert report.note is not None and "4 learners" in report.note and "5" in report.note
    assert all(item.withheld and "at least 5" in item.withheld for item in report.items)
    # The rule is a setting: with a minimum of 3, the same class raises flags.
    lowered = analyze([log], compiled=compiled, thresholds=Thresholds(min_learners=3))
    assert lowered.flagged and lowered.note is None


def test_report_is_the_same_from_csv_and_json(
    deck: tuple[Path, CompiledDeck], tmp_path: Path
) -> None:
    _, compiled = deck
    cards = [SimCard.of(card, PLANTED.get(card.id)) for card in compiled.cards]
    rows = simulate(cards, learners=8, answers=4, seed=3)
    from_csv = analyze([write_csv(rows, tmp_path / "log.csv")], compiled=compiled)
    from_json = analyze([write_json(rows, tmp_path / "log.json")], compiled=compiled)
    assert from_csv.items == from_json.items
