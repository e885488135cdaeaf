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

from trainer.lazy_exports import lazy_exports

# The exports are listed once, in __init__.pyi, and each is imported when first used.
__getattr__, __dir__, __all__ = lazy_exports(__name__, __file__, globals())
