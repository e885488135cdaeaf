"""Scoring schedulers on a log: the metrics by hand, and calibration recovered from
simulated logs whose recall probabilities are known."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta

import fsrs
import pytest

from trainer.core.scheduling.evaluation import (
    MIN_REVIEWS,
    Prediction,
    auc,
    calibration,
    evaluate,
    log_loss,
    predictions,
    rmse_bins,
    scores,
)
from trainer.core.scheduling.fsrs_scheduler import FSRS_SCHEDULER, FSRSMemory
from trainer.core.scheduling.schedule import ReplayAnswer, Schedule
from trainer.core.scheduling.scheduler import Scheduler
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER
from trainer.core.scheduling.state import Quality

T0 = datetime(2026, 1, 1, 9, tzinfo=UTC)


def found(*pairs: tuple[float, bool]) -> list[Prediction]:
    return [Prediction(p, recalled, T0) for p, recalled in pairs]


def test_log_loss_by_hand() -> None:
    assert log_loss(found((0.8, True), (0.4, False))) == pytest.approx(
        -(math.log(0.8) + math.log(0.6)) / 2
    )
    # Certain and wrong is clipped, not infinite.
    assert log_loss(found((1.0, False))) == pytest.approx(-math.log(1e-4))


def test_auc_by_hand() -> None:
    assert auc(found((0.9, True), (0.8, True), (0.2, False))) == 1.0
    assert auc(found((0.2, True), (0.9, False))) == 0.0
    assert auc(found((0.5, True), (0.5, False))) == 0.5  # a tie counts half
    # 2 recalled × 2 forgotten pairs: (0.7>0.6) (0.7>0.3) (0.4<0.6) (0.4>0.3) → 3/4.
    assert auc(found((0.7, True), (0.4, True), (0.6, False), (0.3, False))) == 0.75
    assert auc(found((0.7, True), (0.4, True))) is None


def test_rmse_bins_and_calibration_by_hand() -> None:
    predicted = found((0.82, True), (0.86, False), (0.15, False))
    bins = calibration(predicted, bins=10)
    assert [(b.low, b.count, b.observed) for b in bins] == [(0.1, 1, 0.0), (0.8, 2, 0.5)]
    assert bins[1].predicted == pytest.approx(0.84)
    expected = math.sqrt((1 * 0.15**2 + 2 * (0.84 - 0.5) ** 2) / 3)
    assert rmse_bins(predicted, bins=10) == pytest.approx(expected)
    with pytest.raises(ValueError):
        rmse_bins([])


def test_known_probabilities_recover_their_calibration() -> None:
    rng = random.Random(7)
    sample = [p for p in (rng.random() for _ in range(8000))]
    calibrated = [Prediction(p, rng.random() < p, T0) for p in sample]
    for row in calibration(calibrated):
        noise = math.sqrt(row.predicted * (1 - row.predicted) / row.count)
        assert abs(row.observed - row.predicted) < 4 * noise + 0.01
    assert rmse_bins(calibrated) < 0.05
    # The same outcomes with distorted predictions are caught.
    distorted = [Prediction(p.probability**3, p.recalled, T0) for p in calibrated]
    assert rmse_bins(distorted) > 0.15
    assert log_loss(distorted) > log_loss(calibrated)


def true_recall(schedule: Schedule, moment: datetime) -> float:
    """The recall probability the simulation draws from, computed here from each
    model's published curve (not by the code under test)."""
    assert schedule.last_review is not None
    if schedule.scheduler == "sm2":
        # A float to a float power is typed Any (it could be complex): named as what it is.
        recall: float = 0.9 ** ((moment.date() - schedule.last_review).days / schedule.interval)
        return recall
    memory = schedule.memory
    assert isinstance(memory, FSRSMemory) and memory.stability and memory.reviewed_at
    decay = -fsrs.scheduler.DEFAULT_PARAMETERS[20]
    factor = 0.9 ** (1 / decay) - 1
    elapsed = (moment - memory.reviewed_at).days
    fsrs_recall: float = (1 + factor * elapsed / memory.stability) ** decay
    return fsrs_recall


def simulated_log(truth: Scheduler, cards: int, seed: int) -> list[list[ReplayAnswer]]:
    """Cards reviewed around their due days (early, on time, late), each outcome drawn
    with the probability `truth` predicts; graded 4 when recalled, 1 when not."""
    rng = random.Random(seed)
    log = []
    for _ in range(cards):
        schedule, moment, answers = truth.initial(), T0, []
        for _ in range(8):
            if schedule.last_review is None:
                recalled = rng.random() < 0.7
            else:
                recalled = rng.random() < true_recall(schedule, moment)
            grade = Quality.CORRECT_HESITATION if recalled else Quality.INCORRECT_REMEMBERED
            answers.append(ReplayAnswer(grade, moment.date(), moment))
            schedule, _ = truth.review(schedule, grade, moment.date(), at=moment)
            stretch = rng.choice([0.3, 0.7, 1.0, 1.5, 3.0])
            moment += timedelta(days=max(1, round(schedule.interval * stretch)))
        log.append(answers)
    return log


@pytest.mark.parametrize("truth", [SM2_SCHEDULER, FSRS_SCHEDULER], ids=["sm2", "fsrs"])
def test_a_simulated_log_recovers_the_true_schedulers_calibration(truth: Scheduler) -> None:
    log = simulated_log(truth, cards=600, seed=3)
    result = evaluate(log, {"sm2": SM2_SCHEDULER, "fsrs": FSRS_SCHEDULER})
    assert result.reviews == 600 * 7 and result.enough
    true_scores = result.algorithms[truth.name]
    for row in true_scores.calibration:
        if row.count >= 50:
            noise = math.sqrt(row.predicted * (1 - row.predicted) / row.count)
            assert abs(row.observed - row.predicted) < 4 * noise + 0.02, row
    assert true_scores.rmse_bins < 0.04
    other = result.algorithms["fsrs" if truth.name == "sm2" else "sm2"]
    assert true_scores.log_loss < other.log_loss


def test_drills_and_first_answers_are_not_counted_reviews() -> None:
    day = T0.date()
    answers = [
        ReplayAnswer(Quality(1), day, T0),  # first answer: nothing to predict
        ReplayAnswer(Quality(4), day, T0 + timedelta(minutes=5)),  # drill
        ReplayAnswer(Quality(4), day + timedelta(days=1), T0 + timedelta(days=1)),
    ]
    for scheduler in (SM2_SCHEDULER, FSRS_SCHEDULER):
        [only] = predictions(answers, scheduler)
        assert only.recalled and 0 < only.probability <= 1
    # SM-2 read as srs-benchmark does: 0.9^(t/I), t = 1 day, I = 1 day.
    assert predictions(answers, SM2_SCHEDULER)[0].probability == pytest.approx(0.9)


def test_below_the_minimum_no_scores_are_given() -> None:
    log = simulated_log(SM2_SCHEDULER, cards=(MIN_REVIEWS - 1) // 7, seed=1)
    result = evaluate(log, {"sm2": SM2_SCHEDULER})
    assert not result.enough and result.algorithms == {}
    assert scores(found((0.5, True))).auc is None
