"""The learning engine: one API over the core and the collection, for the app and line mode."""

from trainer.engine.deck_sources import DeckNotFoundError
from trainer.engine.engine import Engine
from trainer.engine.results import (
    AnswerOutcome,
    DeckOverview,
    Feedback,
    ImportResult,
    Section,
    Statistics,
    StudyCard,
)
from trainer.store import ImportPlan

__all__ = [
    "AnswerOutcome",
    "DeckNotFoundError",
    "DeckOverview",
    "Engine",
    "Feedback",
    "ImportPlan",
    "ImportResult",
    "Section",
    "Statistics",
    "StudyCard",
]
