"""An evaluation of schedulers as plain text: a table of scores and calibration charts.

The same lines serve `trainer evaluate` and the app's Schedulers tab.
"""

from __future__ import annotations

from trainer.core.scheduling.evaluation import MIN_REVIEWS, CalibrationBin, Evaluation

NAMES = {"sm2": "SM-2", "fsrs": "FSRS-6", "fsrs_fitted": "FSRS-6 fitted"}
BAR_WIDTH = 40


def evaluation_text(evaluation: Evaluation, deck_id: str | None) -> list[str]:
    """The scores as a table, then each algorithm's calibration chart."""
    scope = f"deck {deck_id}" if deck_id is not None else "every deck"
    if not evaluation.enough:
        return [
            f"{evaluation.reviews} counted reviews in {scope}: too few to judge a scheduler "
            f"(at least {MIN_REVIEWS} are needed). Keep studying and ask again."
        ]
    lines = [
        f"{evaluation.reviews} counted reviews in {scope} (first answers of a day to cards "
        "seen on an earlier day).",
        "",
        f"{'algorithm':<14} {'log loss':>9} {'RMSE(bins)':>11} {'AUC':>6}",
    ]
    for name, scores in evaluation.algorithms.items():
        auc = "-" if scores.auc is None else f"{scores.auc:.3f}"
        lines.append(
            f"{NAMES.get(name, name):<14} {scores.log_loss:>9.3f} {scores.rmse_bins:>11.3f} "
            f"{auc:>6}"
        )
    lines += ["", "Lower log loss and RMSE are better; higher AUC is better."]
    for name, scores in evaluation.algorithms.items():
        lines += ["", f"Calibration of {NAMES.get(name, name)}: observed recall (#) per "]
        lines[-1] += "bin of predicted recall (| marks the prediction)"
        lines += [calibration_line(row) for row in scores.calibration]
    return lines


def calibration_line(row: CalibrationBin) -> str:
    """One bin: its range, size, predicted and observed recall, and a bar with a marker."""
    filled = round(row.observed * BAR_WIDTH)
    bar = list("#" * filled + "." * (BAR_WIDTH - filled))
    marker = min(BAR_WIDTH - 1, round(row.predicted * BAR_WIDTH))
    bar[marker] = "|"
    return (
        f"  {row.low:.2f}-{row.high:.2f} n={row.count:<6} predicted {row.predicted:.2f} "
        f"observed {row.observed:.2f} {''.join(bar)}"
    )
