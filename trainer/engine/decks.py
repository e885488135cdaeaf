"""The engine's decks: importing deck files (any format the deck sources know), finding a
deck, the home screen's overviews, exam dates."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import paths
from trainer.core.model import CompiledDeck
from trainer.engine import deck_sources
from trainer.engine.bundled import import_bundled
from trainer.engine.handle import CollectionHandle, locked
from trainer.engine.overviews import deck_overviews
from trainer.engine.results import DeckOverview, ImportResult
from trainer.errors import TrainerError
from trainer.store import DeckRecord, set_exam_date
from trainer.store.backup import backup_if_due

if TYPE_CHECKING:
    from trainer.engine.deck_cache import DeckCache
    from trainer.store import ImportPlan


class ExamTooFarError(TrainerError, ValueError):
    """An exam date further ahead than any plan is made for (see EXAM_HORIZON_DAYS)."""


class DeckMethods(CollectionHandle):
    """Decks: import, lookup, overviews, exam dates."""

    # Where compiled decks are kept between imports (see deck_cache); None: not kept.
    deck_cache: DeckCache | None = None
    _cache_environ: Mapping[str, str] | None = None
    # A new collection's first backup (collection, backups folder), taken once the bundled
    # decks are in it (see Engine.open).
    _backup_pending: tuple[Path, Path] | None = None

    @locked
    def import_deck(
        self, path: str | Path, *, force: bool = False, move: bool = False
    ) -> ImportResult:
        """Import a deck file (a YAML deck, or a bank in a format the deck sources know),
        or re-import it if it changed (progress is kept by card id); a deck id imported
        from another file needs `move` (else DeckIdConflictError)."""
        result = deck_sources.import_deck_file(
            self._conn, path, self.now(), force=force, cache=self._deck_cache, move=move
        )
        if not result.unchanged:
            self._forget_decks()
        return result

    def import_bundled_decks(self) -> list[ImportResult]:
        """Import the decks that ship with trainer, or update them if they changed or moved;
        then take a new collection's first backup."""
        results = import_bundled(self.import_deck, paths.bundled_deck_files())
        if self._backup_pending is not None:
            collection, backups = self._backup_pending
            self._backup_pending = None
            policy = self.policy
            backup_if_due(
                collection, backups, self.today(), policy.backups_keep, weekly=policy.backups_weekly
            )
        return results

    def prepare(self, deck: str | None) -> str | None:
        """What every session starts with: bring the bundled decks up to date (cheap when
        they are unchanged), then find the deck to study, or None for every deck."""
        self.import_bundled_decks()
        return self.resolve_deck(deck) if deck else None

    @locked
    def plan_update(self, compiled: CompiledDeck) -> ImportPlan:
        """What importing a compiled deck would change; nothing is written."""
        from trainer.store import plan_import

        return plan_import(self._conn, compiled)

    @locked
    def resolve_deck(self, name: str) -> str:
        """A deck's id from a deck file (imported first if needed) or an imported deck's id."""
        if Path(name).expanduser().is_file():
            return self.import_deck(name).deck_id
        return deck_sources.find_deck_id(self._conn, name)

    @locked
    def deck_records(self) -> list[DeckRecord]:
        """Every imported deck as recorded (title, source, exam date), by title: no counts,
        so this is cheap where only names are needed."""
        return sorted(self._deck_records().values(), key=lambda record: (record.title, record.id))

    @locked
    def decks(self) -> list[DeckOverview]:
        """Every deck with today's counts, as the home screen lists them."""
        return deck_overviews(self._conn, self._deck_records(), self.policy_for, self.today())

    @locked
    def set_exam(self, deck_id: str, exam_date: date | None) -> None:
        """Set (or with None clear) a deck's exam date; ExamTooFarError past the horizon."""
        # Imported here: the planner is for decks with an exam (see exam_queue.py).
        from trainer.core.scheduling.exam_plan import EXAM_HORIZON_DAYS

        if exam_date is not None and (exam_date - self.today()).days > EXAM_HORIZON_DAYS:
            raise ExamTooFarError(
                f"{exam_date.isoformat()} is more than ten years away: choose a day before "
                f"{(self.today() + timedelta(days=EXAM_HORIZON_DAYS + 1)).isoformat()}"
            )
        set_exam_date(self._conn, deck_id, exam_date)
        self._forget_decks()

    def _deck_cache(self) -> DeckCache | None:
        # Made on first use: an app start with unchanged decks never needs it.
        if self.deck_cache is None and self._cache_environ is not None:
            from trainer.engine.deck_cache import DeckCache

            self.deck_cache = DeckCache.of_environment(self._cache_environ)
        return self.deck_cache
