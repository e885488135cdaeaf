"""The report as JSON: `{"deck": ID, "learners": n, "items": [...]}` (docs/analytics.md)."""

from __future__ import annotations

from trainer.analytics.report import Item, Report
from trainer.core.safe_formats import json_text

# Figures keep 12 decimals: exact for any check, without 0.30000000000000004.
DECIMALS = 12


def figure(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


def item_dict(item: Item) -> dict[str, object]:
    return {
        "card": item.card,
        "where": item.where,
        "retired": item.retired,
        "kind": item.kind,
        "prompt": item.prompt,
        "learners": item.learners,
        "answers": item.answers,
        "facility": figure(item.facility),
        "discrimination": figure(item.discrimination),
        "lapse_rate": figure(item.lapse_rate),
        "ef_floor_share": figure(item.ef_floor_share),
        "median_response_ms": figure(item.median_response_ms),
        "options": [
            {
                "option": option.option,
                "text": option.text,
                "key": option.key,
                "picks": option.picks,
                "rate": figure(option.rate),
            }
            for option in item.options
        ],
        "wrong_answers": [
            {"answer": answer, "count": count} for answer, count in item.wrong_answers
        ],
        "overrides": item.overrides,
        "override_rate": figure(item.override_rate),
        "flags": [flag.value for flag in item.flags],
        "reasons": list(item.reasons),
        "flags_withheld": item.withheld,
    }


def report_dict(report: Report) -> dict[str, object]:
    return {
        "deck": report.deck,
        "deck_file": report.deck_file,
        "learners": report.learners,
        "answers": report.answers,
        "min_learners": report.min_learners,
        "note": report.note,
        "source": {
            "files": list(report.files),
            "rows": report.rows,
            "duplicates_dropped": report.duplicates,
        },
        "unanswered": list(report.unanswered),
        "items": [item_dict(item) for item in report.items],
    }


def render_json(report: Report) -> str:
    """Valid JSON with every control character escaped (see trainer.core.safe_formats)."""
    return json_text(report_dict(report), indent=2) + "\n"
