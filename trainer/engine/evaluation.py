"""`Engine.evaluate`: SM-2 and FSRS judged on the learner's own log (log_scores.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.engine.handle import CollectionHandle, locked

if TYPE_CHECKING:
    from trainer.core.scheduling.evaluation import Evaluation


class EvaluationMethods(CollectionHandle):
    """The comparison of schedulers on this collection's log."""

    @locked
    def evaluate(self, deck_id: str | None = None) -> Evaluation:
        """SM-2 and FSRS (default parameters; fitted too where the optimizer is installed)
        scored on the log of one deck, or of every deck."""
        if deck_id is not None:
            self.deck(deck_id)  # UnknownDeckError for a deck never imported
        # Imported here: the comparison's records and replay are for `trainer evaluate`
        # and the statistics screen, not for the app's start.
        from trainer.engine.log_scores import evaluate_log

        return evaluate_log(self._conn, deck_id)
