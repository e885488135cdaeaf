"""The engine API end to end: import, a sitting's queue, answering, drill, undo, suspend, exam."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER, ef_of
from trainer.core.scheduling.state import Quality
from trainer.engine import (
    DeckNotFoundError,
    Engine,
    Section,
    StaleStateError,
    StudySession,
    UnknownDeckError,
    plan_update,
)
from trainer.engine.decks import ExamTooFarError
from trainer.store import set_exam_date
from trainer.store.log import card_log, replay_answers

TWO_CARDS = deck_text("d", {"e1": [("a", "A")], "e2": [("b", "B")]})


def session(engine: Engine | StudySession, deck_id: str | None, quality: int = 5) -> list[str]:
    """Answer every card left today with one quality (5 in the drill that follows a low
    one), in a new sitting (or the one given); returns the card ids asked, drill included."""
    sitting = engine.session(deck_id) if isinstance(engine, Engine) else engine
    asked = []
    while (study := sitting.next_card()) is not None:
        asked.append(study.card.id)
        sitting.answer(study.card.id, 5 if study.section is Section.DRILL else quality)
        assert len(asked) < 1000, "the session never ends"
    return asked


def test_first_import_then_unchanged_reimport_compiles_nothing(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    path = write_deck("d.yaml", deck_text("d", {"e1": [("a", "Alpha")], "e2": [("b", "Beta")]}))
    first = engine.import_deck(path)
    assert first.plan is not None and len(first.plan.added) == 2
    again = engine.import_deck(path)
    assert again.plan is None and again.unchanged
    assert [d.deck_id for d in engine.decks()] == ["d"]


def test_bundled_decks_import_on_first_run(engine: Engine) -> None:
    results = engine.import_bundled_decks()
    ids = {result.deck_id for result in results}
    assert {"moore-germany-soviet", "tutorial"} <= ids
    assert [record.id for record in engine.deck_records()] == [
        "moore-germany-soviet",
        "voyage-of-the-beagle",
        "tutorial",
    ]
    overview = {d.deck_id: d for d in engine.decks()}["moore-germany-soviet"]
    assert overview.new_today == 20 and overview.due_today == 0 and overview.learned == 0


def test_editing_a_deck_keeps_progress_and_retires_removed_cards(
    engine: Engine, write_deck: Callable[..., Path], clock: MovableClock
) -> None:
    path = write_deck("d.yaml", deck_text("d", {"e1": [("a", "Alpha")], "e2": [("b", "Beta")]}))
    engine.import_deck(path)
    session(engine, "d")
    before = engine.card_details("d:e1:a").entry.schedule
    # Reword a's answer, drop excerpt e2, add e3.
    write_deck("d.yaml", deck_text("d", {"e1": [("a", "Alpha!")], "e3": [("c", "Gamma")]}))
    result = engine.import_deck(path)
    assert result.plan is not None
    assert result.plan.changed == ("d:e1:a",)
    assert result.plan.retired == ("d:e2:b",)
    assert result.plan.added == ("d:e3:c",)
    kept = engine.card_details("d:e1:a")
    assert kept.entry.schedule == before and kept.entry.card.answer.text == "Alpha!"
    retired = engine.card_details("d:e2:b")
    assert retired.entry.status.value == "retired" and len(retired.history) == 1


def test_reviews_come_before_new_cards_and_limits_hold(
    engine: Engine, write_deck: Callable[..., Path], clock: MovableClock
) -> None:
    cards = {f"e{i}": [(f"q{i}", f"Answer {i}")] for i in range(10)}
    engine.import_deck(write_deck("d.yaml", deck_text("d", cards, new_per_day=3)))
    first_day = session(engine, "d")
    assert len(first_day) == 3
    clock.advance(days=1)
    sitting = engine.session("d")
    study = sitting.next_card()
    assert study is not None and study.section is Section.REVIEW
    second_day = session(sitting, "d")
    assert second_day[:3] == first_day  # yesterday's cards are due first, most overdue first
    assert len(second_day) == 6  # three reviews, then three new cards


def test_a_failed_card_is_drilled_the_same_day_without_changing_sm2(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    engine.import_deck(write_deck("d.yaml", deck_text("d", {"e1": [("a", "Alpha")]})))
    sitting = engine.session("d")
    study = sitting.next_card()
    assert study is not None
    failed = sitting.answer(study.card.id, Quality.INCORRECT_EASY)
    assert failed.after.interval == 1 and failed.after.drill
    again = sitting.next_card()
    assert again is not None and again.section is Section.DRILL
    hesitant = sitting.answer(again.card.id, Quality.CORRECT_DIFFICULT)  # 3 < 4: drill again
    assert hesitant.record.drill and ef_of(hesitant.after) == ef_of(failed.after)
    assert hesitant.after.interval == failed.after.interval
    last = sitting.next_card()
    assert last is not None
    done = sitting.answer(last.card.id, Quality.PERFECT)
    assert not done.after.drill and done.after.due == failed.after.due
    assert sitting.next_card() is None


def test_cards_of_one_excerpt_are_not_asked_back_to_back(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    excerpts = {"e1": [("a", "A"), ("b", "B"), ("c", "C")], "e2": [("d", "D"), ("e", "E")]}
    engine.import_deck(write_deck("d.yaml", deck_text("d", excerpts)))
    asked = session(engine, "d")
    excerpt_of = [card_id.split(":")[1] for card_id in asked]
    assert all(a != b for a, b in pairwise(excerpt_of))


def test_undo_restores_the_state_and_asks_the_card_again(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    engine.import_deck(
        write_deck("d.yaml", deck_text("d", {"e1": [("a", "A")], "e2": [("b", "B")]}))
    )
    sitting = engine.session("d")
    first = sitting.next_card()
    assert first is not None
    before = first.schedule
    sitting.answer(first.card.id, 5)
    undone = sitting.undo()
    assert undone is not None and undone.id == first.card.id
    assert engine.card_details(first.card.id).entry.schedule == before
    again = sitting.next_card()
    assert again is not None and again.card.id == first.card.id and again.done_today == 0
    assert sitting.undo() is None  # nothing else to undo


def test_a_suspended_card_is_not_asked(engine: Engine, write_deck: Callable[..., Path]) -> None:
    engine.import_deck(
        write_deck("d.yaml", deck_text("d", {"e1": [("a", "A")], "e2": [("b", "B")]}))
    )
    engine.suspend("d:e1:a")
    assert session(engine, "d") == ["d:e2:b"]
    engine.unsuspend("d:e1:a")
    assert session(engine, "d") == ["d:e1:a"]


def test_answers_are_graded_and_typos_tolerated(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    engine.import_deck(write_deck("d.yaml", deck_text("d", {"e1": [("a", "Valerian Kuibyshev")]})))
    study = engine.session("d").next_card()
    assert study is not None
    typo = engine.check(study.card, "valerian kuybyshev", 2.0)
    assert typo.verdict.correct and typo.suggested == Quality.CORRECT_HESITATION
    assert any(segment.op != "equal" for segment in typo.diff)
    assert engine.check(study.card, "", 2.0).suggested == Quality.BLACKOUT
    assert engine.check(study.card, "Valerian Kuibyshev", 2.0).suggested == Quality.PERFECT


def test_a_check_reads_what_the_cards_excerpt_says_a_number_counts(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    deck = deck_text("d", {"e1": [("a", '"4"')]}).replace(
        "text: About e1.", "text: Meiosis makes four haploid cells from one diploid cell."
    )
    engine.import_deck(write_deck("d.yaml", deck))
    study = engine.session("d").next_card()
    assert study is not None
    assert engine.check(study.card, "4 haploid cells", 2.0).verdict.correct
    assert not engine.check(study.card, "4 diploid cells", 2.0).verdict.correct


def test_an_exam_date_past_the_horizon_is_refused_and_one_stored_plans_nothing(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    engine.import_deck(write_deck("d.yaml", deck_text("d", {"e0": [("q0", "A0")]})))
    with pytest.raises(ExamTooFarError, match="more than ten years away"):
        engine.set_exam("d", date(9999, 12, 31))
    # A collection that already holds one (set before the horizon was kept) still works.
    set_exam_date(engine._conn, "d", date(9999, 12, 31))
    engine._forget_decks()
    # No plan, and sessions as without an exam: its new card is offered, not held back.
    assert engine.exam_schedule("d") is None
    assert [(view.deck_id, view.new_today) for view in engine.decks()] == [("d", 1)]


def test_exam_mode_follows_its_plan_and_leaves_no_trace_after_the_exam(
    engine: Engine, write_deck: Callable[..., Path], clock: MovableClock
) -> None:
    cards = {f"e{i}": [(f"q{i}", f"A{i}")] for i in range(4)}
    engine.import_deck(write_deck("d.yaml", deck_text("d", cards)))
    exam = engine.today() + timedelta(days=20)
    engine.set_exam("d", exam)
    plan = engine.exam_plan("d")
    assert plan is not None and plan.never_reviewed == 4 and plan.days_left == 20
    seen: set[str] = set()
    for _ in range(20):
        schedule = engine.exam_schedule("d")
        assert schedule is not None and schedule.days[0].day == engine.today()
        today = schedule.days[0]
        sitting = engine.session("d")
        asked = []
        while (study := sitting.next_card()) is not None:
            if study.section is not Section.DRILL:
                asked.append(study.card.id)
            sitting.answer(study.card.id, 5)
        assert sorted(asked) == sorted((*today.new, *today.reviews))
        seen.update(asked)
        clock.advance(days=1)
    assert seen == {f"d:e{i}:q{i}" for i in range(4)}
    # The reviews brought forward were logged as such and changed no SM-2 state.
    log = [entry for i in range(4) for entry in card_log(engine._conn, f"d:e{i}:q{i}")]
    early = [entry for entry in log if entry.mode == "exam"]
    assert early and all((entry.before.due or entry.day) > entry.day for entry in early)
    assert all(entry.after.interval == entry.before.interval for entry in early)
    assert all(entry.after.due == entry.before.due for entry in early)
    # The exam day: no plan any more, and the cards are due when SM-2 says.
    assert engine.today() == exam and engine.exam_schedule("d").is_over  # type: ignore[union-attr]
    due = {e.card.id: e.schedule.due for e in engine.cards("d")}
    asked = session(engine, "d")
    assert sorted(asked) == sorted(card for card, day in due.items() if day and day <= exam)
    engine.set_exam("d", None)
    assert engine.exam_plan("d") is None and engine.exam_schedule("d") is None


def test_the_log_replays_to_every_cards_state(
    engine: Engine, write_deck: Callable[..., Path], clock: MovableClock
) -> None:
    cards = {f"e{i}": [(f"q{i}", f"A{i}")] for i in range(6)}
    engine.import_deck(write_deck("d.yaml", deck_text("d", cards)))
    rng = random.Random(4)
    for _ in range(12):
        sitting = engine.session("d")
        while (study := sitting.next_card()) is not None:
            sitting.answer(study.card.id, rng.choice([0, 2, 3, 4, 5, 5, 5]))
        clock.advance(days=rng.choice([1, 2, 5]))
    for i in range(6):
        details = engine.card_details(f"d:e{i}:q{i}")
        answers = [entry for entry in details.history if entry.quality is not None]
        effective = [entry for entry in answers if not entry.undone]
        assert SM2_SCHEDULER.replay(replay_answers(effective)) == details.entry.schedule


def test_a_stale_answer_from_another_process_is_refused(
    engine: Engine, write_deck: Callable[..., Path], home: Path, clock: MovableClock
) -> None:
    engine.import_deck(write_deck("d.yaml", deck_text("d", {"e1": [("a", "A")]})))
    sitting = engine.session("d")
    study = sitting.next_card()
    assert study is not None
    with Engine.open(clock=clock) as other:
        other.session("d").answer(study.card.id, 5)
    # Our answer is graded from a fresh read of the stored state, so it counts as a drill.
    outcome = sitting.answer(study.card.id, 4)
    assert outcome.record.drill


def test_unknown_decks_give_clear_errors(engine: Engine) -> None:
    with pytest.raises(DeckNotFoundError, match="no such deck file or imported deck"):
        engine.resolve_deck("nothing-here")
    with pytest.raises(UnknownDeckError):
        engine.session("nothing-here").next_card()


def test_stale_state_error_is_a_collection_error() -> None:
    assert issubclass(StaleStateError, Exception)


def test_statistics_reflect_the_session(
    engine: Engine, write_deck: Callable[..., Path], clock: MovableClock
) -> None:
    engine.import_deck(
        write_deck("d.yaml", deck_text("d", {"e1": [("a", "A")], "e2": [("b", "B")]}))
    )
    session(engine, "d", quality=4)
    stats = engine.statistics("d")
    assert stats.answers_per_day == {engine.today(): 2}
    assert stats.states.learning == 2 and stats.states.new == 0
    assert stats.forecast[engine.today() + timedelta(days=1)] == 2
    assert len(stats.forecast) == 30
    clock.advance(days=1)
    session(engine, "d", quality=2)
    assert engine.statistics("d").retention_per_day[engine.today()].share == 0.0


def test_the_learning_day_starts_at_4_am(engine: Engine, clock: MovableClock) -> None:
    clock.moment = clock.moment.replace(hour=3, minute=30)
    assert engine.today() == date(2026, 3, 1)
    clock.moment = clock.moment.replace(hour=4, minute=0)
    assert engine.today() == date(2026, 3, 2)


# The facade: cards for exporters, the learner, read-only plans, deck sources ------------


def test_cards_stream_every_card_with_its_status_and_schedule(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    engine.import_deck(write_deck("d.yaml", TWO_CARDS))
    engine.import_deck(write_deck("e.yaml", deck_text("e", {"x": [("y", "Y")]})))
    engine.session("d").answer("d:e1:a", 4)
    engine.suspend("d:e2:b")
    entries = list(engine.cards("d"))
    assert [entry.card.id for entry in entries] == ["d:e1:a", "d:e2:b"]
    assert [entry.status.value for entry in entries] == ["active", "suspended"]
    assert entries[0].schedule.reviews == 1 and entries[1].schedule.is_new
    assert [entry.card.id for entry in engine.cards()] == ["d:e1:a", "d:e2:b", "e:x:y"]


def test_the_learner_id_stays_with_the_collection(engine: Engine, clock: MovableClock) -> None:
    learner = engine.learner_id()
    assert len(learner) == 32 and int(learner, 16) >= 0
    with Engine.open(clock=clock, backup=False) as again:
        assert again.learner_id() == learner


def test_accepted_answers_are_kept_per_card(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    engine.import_deck(write_deck("d.yaml", TWO_CARDS))
    assert engine.accept_answer("d:e1:a", "alpha") and not engine.accept_answer("d:e1:a", "alpha")
    assert [accepted.text for accepted in engine.accepted_answers("d:e1:a")] == ["alpha"]


def test_an_update_is_planned_without_creating_or_changing_the_collection(
    home: Path, write_deck: Callable[..., Path], clock: MovableClock
) -> None:
    from trainer.core.compile import compile_deck

    path = write_deck("d.yaml", TWO_CARDS)
    assert plan_update(compile_deck(path)) is None
    assert not home.exists() or not any(home.rglob("*.sqlite*"))
    with Engine.open(clock=clock, backup=False) as engine:
        engine.import_deck(path)
    files = sorted(p for p in home.rglob("*") if p.is_file())
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
    write_deck("d.yaml", deck_text("d", {"e1": [("a", "A!")], "e3": [("c", "C")]}))
    plan = plan_update(compile_deck(path))
    assert plan is not None and (plan.changed, plan.added, plan.retired) == (
        ("d:e1:a",),
        ("d:e3:c",),
        ("d:e2:b",),
    )
    assert sorted(p for p in home.rglob("*") if p.is_file()) == files
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files} == before


GIFT = """\
::Vienna::Which river flows through Vienna?{=Danube ~Rhine ~Elbe}

::Paris::Which river flows through Paris?{=Seine}
"""


def test_a_bank_imports_like_a_deck_file(engine: Engine, write_deck: Callable[..., Path]) -> None:
    result = engine.import_deck(write_deck("rivers.gift", GIFT))
    assert result.plan is not None and len(result.plan.added) == 2
    prompts = sorted(entry.card.prompt for entry in engine.cards(result.deck_id))
    assert prompts == ["Which river flows through Paris?", "Which river flows through Vienna?"]
    again = engine.import_deck(write_deck("rivers.gift", GIFT))
    assert again.unchanged and again.deck_id == result.deck_id


def test_a_registered_format_imports_like_a_deck_file(
    engine: Engine, write_deck: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.interop import sources

    monkeypatch.setattr(sources, "_REGISTRY", dict(sources._REGISTRY))
    gift = sources.format_named("gift")
    sources.register_format(sources.SourceFormat("quizbank", (".qb",), "a test bank", gift.read))
    result = engine.import_deck(write_deck("rivers.qb", GIFT))
    assert result.plan is not None and len(result.plan.added) == 2
    with pytest.raises(ValueError, match="registered"):
        sources.register_format(sources.SourceFormat("yaml", (".yaml",), "a deck"))
