"""SM-2 and FSRS judged on the learner's own log (see core evaluation), for `Engine.evaluate`.

The log's effective answers are read card by card and replayed through each scheduler
(`core.scheduling.evaluation`). Where the `fsrs` optimizer is installed (the optional
`trainer[optimizer]` extra, which pulls in PyTorch) and the log is long enough, FSRS
also runs with parameters fitted on earlier reviews and scored on later ones
(time-series splits): `fsrs_fitted`, scored on the later folds only.
"""

from __future__ import annotations

import importlib.util
import math
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from itertools import pairwise

from trainer.core.scheduling.evaluation import (
    MIN_REVIEWS,
    Evaluation,
    Prediction,
    evaluate,
    predictions,
    scores,
)
from trainer.core.scheduling.fsrs_scheduler import FSRSScheduler, rating_of
from trainer.core.scheduling.fsrs_settings import FSRS
from trainer.core.scheduling.schedule import ReplayAnswer
from trainer.core.scheduling.scheduler import Scheduler
from trainer.core.scheduling.sm2_scheduler import SM2, SM2_SCHEDULER
from trainer.store import EntryKind
from trainer.store.exam_log import EXAM_MODE
from trainer.store.log import iter_log

FITTED = "fsrs_fitted"
# Fitting needs far more reviews than scoring: below this, no fitted FSRS.
MIN_REVIEWS_TO_FIT = 1000
# Time-series splits: the counted reviews cut by time into this many folds; each fold
# after the first is scored with parameters fitted on every answer before it.
FOLDS = 5

Fitter = Callable[[Sequence[Sequence[ReplayAnswer]], datetime], tuple[float, ...]]


def evaluate_log(conn: sqlite3.Connection, deck_id: str | None) -> Evaluation:
    """SM-2 and FSRS (default parameters; fitted too where the optimizer is installed)
    scored on the log of one deck, or of every deck (None)."""
    cards = answers_by_card(conn, deck_id)
    schedulers: dict[str, Scheduler] = {SM2: SM2_SCHEDULER, FSRS: FSRSScheduler()}
    evaluation = evaluate(cards, schedulers)
    fitter = optimizer_fitter()
    if fitter is None or evaluation.reviews < MIN_REVIEWS_TO_FIT:
        return evaluation
    fitted = fitted_predictions(cards, fitter)
    if len(fitted) < MIN_REVIEWS:
        return evaluation
    return Evaluation(evaluation.reviews, {**evaluation.algorithms, FITTED: scores(fitted)})


def answers_by_card(conn: sqlite3.Connection, deck_id: str | None) -> list[list[ReplayAnswer]]:
    """Every card's effective answers, oldest first (undone ones and undo rows left out)."""
    cards: dict[str, list[ReplayAnswer]] = {}
    for entry in iter_log(conn, deck_id=deck_id):
        if entry.kind is not EntryKind.ANSWER or entry.undone or entry.quality is None:
            continue
        exam = entry.mode == EXAM_MODE
        answer = ReplayAnswer(entry.quality, entry.day, entry.reviewed_at, exam=exam)
        cards.setdefault(entry.card_id, []).append(answer)
    return list(cards.values())


def optimizer_fitter() -> Fitter | None:
    """A function fitting FSRS parameters with the `fsrs` optimizer; None without it."""
    if importlib.util.find_spec("torch") is None:
        return None
    try:
        from fsrs.optimizer import Optimizer
    except ImportError:
        return None

    def fit(cards: Sequence[Sequence[ReplayAnswer]], before: datetime) -> tuple[float, ...]:
        import fsrs

        logs = [
            fsrs.ReviewLog(
                card_id=index,
                rating=rating_of(answer.grade),
                review_datetime=answer.at.astimezone(UTC),
                review_duration=None,
            )
            for index, answers in enumerate(cards)
            for answer in first_of_each_day(answers)
            if answer.at < before
        ]
        return tuple(Optimizer(logs).compute_optimal_parameters())

    return fit


def first_of_each_day(answers: Sequence[ReplayAnswer]) -> list[ReplayAnswer]:
    """A card's counted answers: the first of each learning day (drills change no memory)."""
    kept: list[ReplayAnswer] = []
    last: date | None = None
    for answer in answers:
        if last is None or answer.day > last:
            kept.append(answer)
            last = answer.day
    return kept


def fitted_predictions(
    cards: Sequence[Sequence[ReplayAnswer]], fit: Fitter, folds: int = FOLDS
) -> list[Prediction]:
    """Each later fold's counted reviews, predicted by FSRS with parameters fitted on
    every answer before that fold began (time-series splits)."""
    default = FSRSScheduler()
    moments = sorted(p.at for answers in cards for p in predictions(answers, default))
    if len(moments) < folds:
        return []
    cuts = [moments[math.floor(len(moments) * k / folds)] for k in range(folds)] + [None]
    found: list[Prediction] = []
    for start, end in pairwise(cuts[1:]):
        assert start is not None
        scheduler = FSRSScheduler(parameters=fit(cards, start))
        for answers in cards:
            found.extend(
                p
                for p in predictions(answers, scheduler)
                if p.at >= start and (end is None or p.at < end)
            )
    return found
