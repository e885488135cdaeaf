"""Cards from questions the author wrote: free answer, or multiple choice with distractors."""

from __future__ import annotations

from trainer.core.answers import infer_answer_type
from trainer.core.generate.context import (
    CardSink,
    DeckIndex,
    Diagnostics,
    build_card,
    seeded_random,
)
from trainer.core.generate.distractors import Shortfall, pick_options
from trainer.core.ids import card_id
from trainer.core.model import Answer, AnswerType, CardKind, Excerpt, Question
from trainer.core.suggest import did_you_mean


def question_cards(index: DeckIndex, excerpt: Excerpt, sink: CardSink, report: Diagnostics) -> None:
    """One card per authored question of `excerpt`, in the order written."""
    for question in excerpt.questions:
        if question.is_choice:
            _choice_card(index, excerpt, question, sink, report)
        else:
            _qa_card(index, excerpt, question, sink)


def _qa_card(index: DeckIndex, excerpt: Excerpt, question: Question, sink: CardSink) -> None:
    deck = index.deck
    answer = Answer(
        type=question.type or infer_answer_type(question.answer),
        text=question.answer,
        alternatives=question.accept,
        tolerance=question.tolerance,
    )
    card = build_card(
        index,
        id=card_id(deck.id, excerpt.id, question.slot),
        excerpts=(excerpt,),
        kind=CardKind.QA,
        prompt=question.prompt,
        answer=answer,
        hint=question.hint,
        tags=question.tags,
    )
    sink.add(card, question.location)


def _choice_card(
    index: DeckIndex, excerpt: Excerpt, question: Question, sink: CardSink, report: Diagnostics
) -> None:
    deck = index.deck
    id_ = card_id(deck.id, excerpt.id, question.slot)
    pool = None
    if question.draw is not None:
        if question.draw not in index.field_names:
            report.error(
                question.location,
                f"question '{question.slot}' draws options from field '{question.draw}', "
                f"which no fact has{did_you_mean(question.draw, index.field_names)}",
            )
            return
        pool = index.pool(question.draw)
    options = pick_options(
        seeded_random(id_),
        answer=question.answer,
        alternatives=question.accept,
        written=question.distractors,
        pool=pool,
        count=question.choices or deck.defaults.choices,
    )
    if isinstance(options, Shortfall):
        report.error(
            question.location,
            f"question '{question.slot}' needs {options.needed} distinct wrong options "
            f"but only {options.found} could be found",
        )
        return
    card = build_card(
        index,
        id=id_,
        excerpts=(excerpt,),
        kind=CardKind.CHOICE,
        prompt=question.prompt,
        answer=Answer(AnswerType.CHOICE, question.answer, key=(options.right,)),
        choices=options.choices,
        hint=question.hint,
        tags=question.tags,
    )
    sink.add(card, question.location)
