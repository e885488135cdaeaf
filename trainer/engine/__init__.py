"""The learning engine: the one door to a collection, for the app, line mode and the CLI.

Everything the app and the command line see of a collection comes from here: the
`Engine` facade, `StudySession` for a sitting of study, and the records and errors they
hand out (re-exported from the store, so that neither ever imports `trainer.store`).
"""

from trainer.engine.answer_rules import (
    MAX_ANSWER_CHARS,
    CardNotActiveError,
    UndoRefusedError,
    capped_answer,
    quoted_prompt,
    unsaved_answer_message,
)
from trainer.engine.backups import BackupInfo, BackupNotFoundError, RestoreReport
from trainer.engine.deck_lookup import deck_file, plan_update
from trainer.engine.deck_sources import DeckNotFoundError
from trainer.engine.engine import Engine
from trainer.engine.overviews import can_overrule
from trainer.engine.own_items import OwnItem
from trainer.engine.results import (
    AnswerOutcome,
    DeckOverview,
    Feedback,
    ImportResult,
    Section,
    Statistics,
    StudyCard,
)
from trainer.engine.session import SessionMode, StudySession
from trainer.store import (
    CardDetails,
    CardEntry,
    CardStatus,
    CollectionBusyError,
    CollectionCorruptError,
    CollectionError,
    CollectionMissingError,
    CollectionVersionError,
    DayRetention,
    DeckIdConflictError,
    DeckRecord,
    EntryKind,
    ExcerptRecord,
    HardCard,
    ImportConflictError,
    ImportPlan,
    LogEntry,
    StaleStateError,
    StateCounts,
    UnknownCardError,
    UnknownDeckError,
)
from trainer.store.accepted import AcceptedAnswer

__all__ = [
    "MAX_ANSWER_CHARS",
    "AcceptedAnswer",
    "AnswerOutcome",
    "BackupInfo",
    "BackupNotFoundError",
    "CardDetails",
    "CardEntry",
    "CardNotActiveError",
    "CardStatus",
    "CollectionBusyError",
    "CollectionCorruptError",
    "CollectionError",
    "CollectionMissingError",
    "CollectionVersionError",
    "DayRetention",
    "DeckIdConflictError",
    "DeckNotFoundError",
    "DeckOverview",
    "DeckRecord",
    "Engine",
    "EntryKind",
    "ExcerptRecord",
    "Feedback",
    "HardCard",
    "ImportConflictError",
    "ImportPlan",
    "ImportResult",
    "LogEntry",
    "OwnItem",
    "RestoreReport",
    "Section",
    "SessionMode",
    "StaleStateError",
    "StateCounts",
    "Statistics",
    "StudyCard",
    "StudySession",
    "UndoRefusedError",
    "UnknownCardError",
    "UnknownDeckError",
    "can_overrule",
    "capped_answer",
    "deck_file",
    "plan_update",
    "quoted_prompt",
    "unsaved_answer_message",
]
