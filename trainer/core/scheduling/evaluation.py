"""Judging schedulers on a learner's own log: each counted review's predicted recall, scored.

A *counted review* is the first answer of a learning day to a card answered on an
earlier day (drills, first answers and reviews brought forward for an exam predict
nothing). Before it, each scheduler
predicts the probability of recall from the card's schedule as its own replay of the
log left it: SM-2 as srs-benchmark does, R = 0.9^(t/I) with t the days since the last
counted review and I the interval it set; FSRS its retrievability after the real time
elapsed. The review's outcome is recall when graded 3 or more (as retention counts it).
The scores are srs-benchmark's: log loss, RMSE(bins) and AUC, with a calibration table.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from trainer.core.records import record
from trainer.core.scheduling.exam import exam_review
from trainer.core.scheduling.fsrs_scheduler import FSRSScheduler
from trainer.core.scheduling.schedule import ReplayAnswer, Schedule, is_early_review
from trainer.core.scheduling.scheduler import Scheduler
from trainer.core.scheduling.sm2_scheduler import SM2
from trainer.core.scheduling.stages import passed

# Below this many counted reviews the scores are noise: say so instead.
MIN_REVIEWS = 100
# SM-2 read as a forgetting curve: recall falls to this at the end of the interval.
SM2_RECALL_AT_INTERVAL = 0.9
# Predictions are clipped away from 0 and 1 for log loss (as srs-benchmark does).
CLIP = 1e-4
# RMSE(bins) and the calibration chart group predictions in this many equal bins.
RMSE_BINS = 20
CALIBRATION_BINS = 10


@record
class Prediction:
    """One counted review: the predicted probability of recall, and what happened."""

    probability: float
    recalled: bool
    at: datetime


@record
class CalibrationBin:
    """Predictions from `low` up to `high`: how many, their mean, and the recall seen."""

    low: float
    high: float
    count: int
    predicted: float
    observed: float


@record
class Scores:
    """One algorithm's scores; AUC is None when every review had the same outcome."""

    log_loss: float
    rmse_bins: float
    auc: float | None
    calibration: tuple[CalibrationBin, ...]


@record
class Evaluation:
    """Counted reviews, and each algorithm's scores (none below MIN_REVIEWS)."""

    reviews: int
    algorithms: Mapping[str, Scores]

    @property
    def enough(self) -> bool:
        return self.reviews >= MIN_REVIEWS


def recall_probability(scheduler: Scheduler, schedule: Schedule, day: date, at: datetime) -> float:
    """What a scheduler predicts for recall of a reviewed card on `day` at moment `at`."""
    if schedule.last_review is None:
        raise ValueError("a card never answered has no predicted recall")
    if isinstance(scheduler, FSRSScheduler):
        probability = scheduler.retrievability(schedule, at)
        assert probability is not None
        return probability
    if scheduler.name == SM2:
        elapsed = (day - schedule.last_review).days
        return float(SM2_RECALL_AT_INTERVAL ** (elapsed / max(1, schedule.interval)))
    raise ValueError(f"no recall prediction for scheduler {scheduler.name!r}")


def predictions(answers: Iterable[ReplayAnswer], scheduler: Scheduler) -> list[Prediction]:
    """A card's counted reviews, each with the scheduler's prediction just before it."""
    schedule = scheduler.initial()
    found: list[Prediction] = []
    for answer in answers:
        early = answer.exam and is_early_review(schedule, answer.day)
        if schedule.last_review is not None and answer.day > schedule.last_review and not early:
            probability = recall_probability(scheduler, schedule, answer.day, answer.at)
            found.append(Prediction(probability, passed(answer.grade), answer.at))
        if answer.exam:
            schedule, _, _ = exam_review(
                scheduler, schedule, answer.grade, answer.day, at=answer.at
            )
        else:
            schedule, _ = scheduler.review(schedule, answer.grade, answer.day, at=answer.at)
    return found


def log_loss(found: Sequence[Prediction]) -> float:
    """Mean binary cross-entropy (natural log) of the predictions, clipped to [1e-4, 1 − 1e-4]."""
    _check(found)
    total = 0.0
    for prediction in found:
        p = min(1 - CLIP, max(CLIP, prediction.probability))
        total -= math.log(p if prediction.recalled else 1 - p)
    return total / len(found)


def rmse_bins(found: Sequence[Prediction], bins: int = RMSE_BINS) -> float:
    """Root of the count-weighted mean squared gap between mean prediction and observed
    recall, over equal-width bins of predicted probability."""
    _check(found)
    gaps = sum(b.count * (b.predicted - b.observed) ** 2 for b in calibration(found, bins))
    return math.sqrt(gaps / len(found))


def auc(found: Sequence[Prediction]) -> float | None:
    """The area under the ROC curve: the chance that a recalled review was predicted
    higher than a forgotten one (ties count half); None without both outcomes."""
    _check(found)
    ordered = sorted(found, key=lambda prediction: prediction.probability)
    rank_sum = 0.0
    index = 0
    while index < len(ordered):
        end = index
        while end < len(ordered) and ordered[end].probability == ordered[index].probability:
            end += 1
        mean_rank = (index + 1 + end) / 2  # ranks index+1 … end share their mean
        rank_sum += mean_rank * sum(1 for p in ordered[index:end] if p.recalled)
        index = end
    recalled = sum(1 for prediction in found if prediction.recalled)
    forgotten = len(found) - recalled
    if recalled == 0 or forgotten == 0:
        return None
    return (rank_sum - recalled * (recalled + 1) / 2) / (recalled * forgotten)


def calibration(
    found: Sequence[Prediction], bins: int = CALIBRATION_BINS
) -> tuple[CalibrationBin, ...]:
    """The non-empty bins of predicted probability, low to high."""
    counts = [0] * bins
    predicted = [0.0] * bins
    observed = [0] * bins
    for prediction in found:
        slot = min(bins - 1, max(0, int(prediction.probability * bins)))
        counts[slot] += 1
        predicted[slot] += prediction.probability
        observed[slot] += prediction.recalled
    return tuple(
        CalibrationBin(slot / bins, (slot + 1) / bins, n, predicted[slot] / n, observed[slot] / n)
        for slot, n in enumerate(counts)
        if n
    )


def scores(found: Sequence[Prediction]) -> Scores:
    return Scores(log_loss(found), rmse_bins(found), auc(found), calibration(found))


def evaluate(
    cards: Iterable[Sequence[ReplayAnswer]], schedulers: Mapping[str, Scheduler]
) -> Evaluation:
    """Every card's answers (oldest first) through each scheduler, scored by name; no
    scores below MIN_REVIEWS counted reviews."""
    found: dict[str, list[Prediction]] = {name: [] for name in schedulers}
    for answers in cards:
        for name, scheduler in schedulers.items():
            found[name].extend(predictions(answers, scheduler))
    counts = {len(predicted) for predicted in found.values()}
    reviews = max(counts, default=0)
    if len(counts) > 1:
        raise ValueError(f"the schedulers counted different reviews: {sorted(counts)}")
    if reviews < MIN_REVIEWS:
        return Evaluation(reviews, {})
    return Evaluation(reviews, {name: scores(predicted) for name, predicted in found.items()})


def _check(found: Sequence[Prediction]) -> None:
    if not found:
        raise ValueError("no predictions to score")
