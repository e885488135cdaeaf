"""`trainer evaluate [DECK]`: SM-2 and FSRS scored on the learner's own log, side by side."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from trainer.cli import EXIT_OK

if TYPE_CHECKING:
    from trainer.core.scheduling.evaluation import Evaluation

FORMATS = ("text", "json")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `evaluate` to the command line."""
    evaluate = subparsers.add_parser(
        "evaluate",
        help="score SM-2 and FSRS on your own review log (log loss, RMSE, AUC)",
        description=(
            "Replay your review log through SM-2 and FSRS-6 and score how well each "
            "predicted your recall at every counted review: log loss, RMSE(bins) and AUC "
            "(lower, lower, higher are better), with a calibration chart. With the "
            "optional `trainer[optimizer]` extra and a long log, FSRS also runs with "
            "parameters fitted on earlier reviews and scored on later ones. See "
            "docs/scheduling.md."
        ),
    )
    evaluate.add_argument(
        "deck", nargs="?", metavar="DECK", help="a deck's id or file (default: every deck)"
    )
    evaluate.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    evaluate.set_defaults(handler=run_evaluate)


def run_evaluate(args: argparse.Namespace) -> int:
    from trainer.core.scheduling.evaluation_text import evaluation_text
    from trainer.engine import Engine

    with Engine.open(backup=False) as engine:
        deck_id = engine.resolve_deck(args.deck) if args.deck else None
        evaluation = engine.evaluate(deck_id)
    if args.format == "json":
        print(json.dumps(evaluation_json(evaluation), indent=2))
    else:
        print("\n".join(evaluation_text(evaluation, deck_id)))
    return EXIT_OK


def evaluation_json(evaluation: Evaluation) -> dict[str, object]:
    """`{"reviews": N, "algorithms": {"sm2": {"log_loss": x, "rmse_bins": x, "auc": x}, …}}`;
    no algorithms below the minimum number of reviews."""
    return {
        "reviews": evaluation.reviews,
        "algorithms": {
            name: {
                "log_loss": round(scores.log_loss, 4),
                "rmse_bins": round(scores.rmse_bins, 4),
                "auc": None if scores.auc is None else round(scores.auc, 4),
            }
            for name, scores in evaluation.algorithms.items()
        },
    }
