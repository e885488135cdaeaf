"""The report as CSV, one row per card, for a spreadsheet (cells defused against formulas)."""

from __future__ import annotations

import csv
import io

from trainer.analytics.flags import option_name
from trainer.analytics.report import Item, Report
from trainer.analytics.report_json import figure
from trainer.core.safe_formats import csv_cell

CSV_COLUMNS = (
    "card",
    "where",
    "retired",
    "kind",
    "learners",
    "answers",
    "facility",
    "discrimination",
    "lapse_rate",
    "ef_floor_share",
    "median_response_ms",
    "overrides",
    "override_rate",
    "option_picks",
    "wrong_answers",
    "flags",
    "reasons",
    "flags_withheld",
    "prompt",
)


def item_row(item: Item) -> dict[str, object]:
    # `A=22; B=28; C*=1135`: each option's picks, the key starred.
    picks = "; ".join(
        f"{option_name(option.option)}{'*' if option.key else ''}={option.picks}"
        for option in item.options
    )
    return {
        "card": item.card,
        "where": item.where,
        "retired": int(item.retired),
        "kind": item.kind,
        "learners": item.learners,
        "answers": item.answers,
        "facility": figure(item.facility),
        "discrimination": figure(item.discrimination),
        "lapse_rate": figure(item.lapse_rate),
        "ef_floor_share": figure(item.ef_floor_share),
        "median_response_ms": figure(item.median_response_ms),
        "overrides": item.overrides,
        "override_rate": figure(item.override_rate),
        "option_picks": picks,
        "wrong_answers": "; ".join(f"{answer}={count}" for answer, count in item.wrong_answers),
        "flags": ";".join(flag.value for flag in item.flags),
        "reasons": "; ".join(item.reasons),
        "flags_withheld": item.withheld,
        "prompt": item.prompt,
    }


def render_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for item in report.items:
        writer.writerow({key: csv_cell(value) for key, value in item_row(item).items()})
    return out.getvalue()
