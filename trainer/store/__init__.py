"""The collection: one SQLite file holding decks, cards, their schedules and the review log.

This package is the imperative shell around ``trainer.core``: every function takes the
connection (or path) and the current moment explicitly, and never reads the clock.

It exports what the engine uses, and the errors it may pass on. Everything else is
imported from its module. Tests use ``trainer.store.backup`` (write_backup,
list_backups, backup_if_due), ``cards`` (get_cards, card_to_json, card_from_json),
``codec``, ``decks`` (get_deck, stored_deck_hash, DeckSummary), ``log`` (card_log,
card_history, replay_answers), ``migrations`` (SCHEMA_VERSION, migrate), ``connection``
(integrity_problems), ``queries`` (DayCounts), ``reviews`` (replace_schedule) and
``transactions`` (write_transaction). The engine also reads ``collection_info.learner_id``
(the log export's learner column), ``accepted`` ("my answer was right") and
``queries.iter_cards`` (cards streamed for exporters). Ready for the engine's next
features, not used by it yet: ``reviews.replace_schedule`` with ``log.replay_answers``
(a deck switching schedulers).
"""

from trainer.store.cards import CardEntry, CardStatus, get_card, set_status
from trainer.store.connection import close_collection, open_collection
from trainer.store.decks import (
    DeckRecord,
    deck_summaries,
    decks_from_source,
    list_decks,
    set_exam_date,
)
from trainer.store.errors import (
    CollectionBusyError,
    CollectionCorruptError,
    CollectionError,
    CollectionMissingError,
    CollectionVersionError,
    DeckIdConflictError,
    ImportConflictError,
    StaleStateError,
    UnknownCardError,
    UnknownDeckError,
)
from trainer.store.imports import ImportPlan, apply_import, plan_import
from trainer.store.log import EntryKind, LogEntry, iter_log
from trainer.store.prepared import CardRow, PreparedDeck, prepare_deck
from trainer.store.queries import (
    CardDetails,
    CardSlot,
    ExcerptRecord,
    card_details,
    day_counts,
    drill_slots,
    due_slots,
    get_excerpt,
    new_slots,
    quiz_candidates,
    search_cards,
)
from trainer.store.reviews import UndoneAnswer, record_answer, undo_answer, undo_last
from trainer.store.stats import (
    DayRetention,
    HardCard,
    StateCounts,
    answers_per_day,
    cards_by_state,
    due_forecast,
    exam_counts,
    hardest_cards,
    retention_per_day,
)

__all__ = [
    "CardDetails",
    "CardEntry",
    "CardRow",
    "CardSlot",
    "CardStatus",
    "CollectionBusyError",
    "CollectionCorruptError",
    "CollectionError",
    "CollectionMissingError",
    "CollectionVersionError",
    "DayRetention",
    "DeckIdConflictError",
    "DeckRecord",
    "EntryKind",
    "ExcerptRecord",
    "HardCard",
    "ImportConflictError",
    "ImportPlan",
    "LogEntry",
    "PreparedDeck",
    "StaleStateError",
    "StateCounts",
    "UndoneAnswer",
    "UnknownCardError",
    "UnknownDeckError",
    "answers_per_day",
    "apply_import",
    "card_details",
    "cards_by_state",
    "close_collection",
    "day_counts",
    "deck_summaries",
    "decks_from_source",
    "drill_slots",
    "due_forecast",
    "due_slots",
    "exam_counts",
    "get_card",
    "get_excerpt",
    "hardest_cards",
    "iter_log",
    "list_decks",
    "new_slots",
    "open_collection",
    "plan_import",
    "prepare_deck",
    "quiz_candidates",
    "record_answer",
    "retention_per_day",
    "search_cards",
    "set_exam_date",
    "set_status",
    "undo_answer",
    "undo_last",
]
