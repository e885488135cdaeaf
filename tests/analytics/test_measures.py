"""The SQL measures agree with a plain Python reading of their definitions, on random classes."""

from __future__ import annotations

import math
import statistics
import tempfile
from collections import defaultdict
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.analytics.conftest import answer, write_log
from trainer.analytics import analyze
from trainer.analytics.flags import Thresholds

CARDS = ("r:e:a", "r:e:b", "r:e:c", "r:e:d")

entry = st.fixed_dictionaries(
    {
        "card": st.sampled_from(CARDS),
        "quality": st.integers(0, 5),
        "ms": st.one_of(st.none(), st.integers(0, 20_000)),
        "choice": st.one_of(st.none(), st.integers(0, 3)),
        "overridden": st.integers(0, 1),
        "drill": st.booleans(),
        "undone": st.booleans(),
        "ef": st.sampled_from((1.3, 1.46, 2.5)),
    }
)
classes = st.lists(st.lists(entry, min_size=1, max_size=12), min_size=1, max_size=6)


def rows_of(learners: list[list[dict[str, object]]]) -> list[dict[str, object]]:
    rows = []
    for number, entries in enumerate(learners):
        for id_, e in enumerate(entries, start=1):
            rows.append(
                answer(
                    f"L{number}", id_, str(e["card"]),
                    integer(e["quality"]), optional_integer(e["ms"]),
                    choice=e["choice"], overridden=e["overridden"], drill=e["drill"],
                    undone=e["undone"], ef_after=e["ef"],
                )
            )  # fmt: skip
    return rows


def reference(rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    """Each card's figures, computed the slow, obvious way."""
    counted = [r for r in rows if not r["drill"] and not r["undone"]]
    by_pair: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for row in counted:  # rows are in id order per learner
        by_pair[(str(row["learner"]), str(row["card"]))].append(row)
    first = {pair: int(integer(answers[0]["quality"]) >= 3) for pair, answers in by_pair.items()}
    score: dict[str, list[int]] = defaultdict(list)
    for (learner, _), right in first.items():
        score[learner].append(right)
    figures: dict[str, dict[str, object]] = {}
    for card in {c for _, c in by_pair}:
        pairs = [(learner, answers) for (learner, c), answers in by_pair.items() if c == card]
        answers = [a for _, rows_ in pairs for a in rows_]
        later = [a for _, rows_ in pairs for a in rows_[1:]]
        xs, ys = [], []
        for learner, _ in pairs:
            x = first[(learner, card)]
            if len(score[learner]) > 1:
                xs.append(x)
                ys.append((sum(score[learner]) - x) / (len(score[learner]) - 1))
        times = [integer(a["response_ms"]) for a in answers if a["response_ms"] is not None]
        figures[card] = {
            "learners": len(pairs),
            "answers": len(answers),
            "facility": sum(first[(learner, card)] for learner, _ in pairs) / len(pairs),
            "discrimination": pearson(xs, ys),
            "lapse_rate": sum(integer(a["quality"]) < 3 for a in later) / len(later)
            if later
            else None,
            "ef_floor_share": sum(real_number(rows_[-1]["ef_after"]) <= 1.3 for _, rows_ in pairs)
            / len(pairs),
            "median_response_ms": statistics.median(times) if times else None,
            "overrides": sum(integer(a["overridden"]) for a in answers),
            "picks": sorted(
                (c, sum(a["choice"] == c for a in answers))
                for c in {a["choice"] for a in answers if a["choice"] is not None}
            ),
        }
    return figures


def pearson(xs: list[int], ys: list[float]) -> float | None:
    if len(xs) < 2:
        return None
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return None if sxx <= 1e-12 or syy <= 1e-12 else sxy / math.sqrt(sxx * syy)


def close(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(real_number(a), real_number(b), abs_tol=1e-9)


def integer(value: object) -> int:
    """A whole-number column of a row (quality, response time, the override flag)."""
    assert isinstance(value, int)
    return value


def optional_integer(value: object) -> int | None:
    return None if value is None else integer(value)


def real_number(value: object) -> float:
    assert isinstance(value, int | float)
    return value


@settings(max_examples=60)
@given(classes, st.sampled_from(["csv", "json"]))
def test_sql_measures_match_their_definitions(
    learners: list[list[dict[str, object]]], fmt: str
) -> None:
    rows = rows_of(learners)
    expected = reference(rows)
    with tempfile.TemporaryDirectory() as folder:
        if not expected:
            return
        report = analyze(
            [write_log(rows, Path(folder) / f"log.{fmt}")], thresholds=Thresholds(min_learners=1)
        )
    assert {item.card for item in report.items} == set(expected)
    for item in report.items:
        want = expected[item.card]
        assert (item.learners, item.answers, item.overrides) == (
            want["learners"],
            want["answers"],
            want["overrides"],
        )
        for name in (
            "facility",
            "discrimination",
            "lapse_rate",
            "ef_floor_share",
            "median_response_ms",
        ):
            assert close(getattr(item, name), want[name]), (
                item.card,
                name,
                getattr(item, name),
                want[name],
            )
        picks = [(o.option, o.picks) for o in item.options if o.picks]
        assert picks == want["picks"]
