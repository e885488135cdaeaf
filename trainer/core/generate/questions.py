"""Cards from questions the author wrote: free answer, or multiple choice with distractors."""

from __future__ import annotations

import random
from functools import partial

from trainer.core.answering.approximate import question_approximates
from trainer.core.answering.normalise import fold
from trainer.core.answering.option_references import names_options_by_letter
from trainer.core.authored import Excerpt, Question
from trainer.core.deck.answer_types import infer_answer_type
from trainer.core.deck.card_ids import card_id
from trainer.core.did_you_mean import did_you_mean
from trainer.core.generate.answer_kinds import AskedKind, asked_kind, options_of_kind
from trainer.core.generate.answers_too import question_answers_too
from trainer.core.generate.card_language import card_frame
from trainer.core.generate.context import (
    CardSink,
    DeckIndex,
    Diagnostics,
    build_card,
    seeded_random,
)
from trainer.core.generate.distractors import Shortfall, pick_options
from trainer.core.generate.field_display import date_in_words, shown_value, year_in_words
from trainer.core.generate.like_facts import (
    accepted_for,
    alone_of_its_sex,
    asks_for_people,
    like_values,
    mixed_shape_message,
    standing_out,
    unlike_shaped,
)
from trainer.core.generate.option_rules import OptionRules
from trainer.core.generate.prompt_giveaways import giveaway_message, word_given_away
from trainer.core.generate.references import Reference, naming_kind
from trainer.core.generate.unstated_answers import unstated_message
from trainer.core.model import Answer, AnswerType, CardKind
from trainer.core.sex_words import sex_asked

_BY_LETTER = (
    "question '{}': option '{}' names others by their letters, but options are shown "
    "numbered, in a new order at each showing: name them by their words"
)
# Authored answers judged against their excerpt (a number is written in too many ways).
_TEXT_TYPES = (None, AnswerType.TEXT, AnswerType.CHOICE)


def question_cards(index: DeckIndex, excerpt: Excerpt, sink: CardSink, report: Diagnostics) -> None:
    """One card per authored question of `excerpt`, in the order written."""
    for question in excerpt.questions:
        if (word := word_given_away(question.prompt, question.answer)) is not None:
            given_away = giveaway_message(question.prompt, question.answer, word)
            report.warning(question.location, f"question '{question.slot}': {given_away}")
        alternatives = accepted_for(index, question.answer, question.accept)
        if question.type in _TEXT_TYPES:
            answers = (question.answer, *alternatives)
            if (unstated := unstated_message(answers, excerpt, asked=question.prompt)) is not None:
                report.warning(question.location, f"question '{question.slot}': {unstated}")
        if question.is_choice:
            for option in (question.answer, *question.distractors):
                if names_options_by_letter(option):
                    report.warning(question.location, _BY_LETTER.format(question.slot, option))
            _choice_card(index, excerpt, question, alternatives, sink, report)
        else:
            _qa_card(index, excerpt, question, alternatives, sink)


def _qa_card(
    index: DeckIndex,
    excerpt: Excerpt,
    question: Question,
    alternatives: tuple[str, ...],
    sink: CardSink,
) -> None:
    deck = index.deck
    answer_type = question.type or infer_answer_type(question.answer, question.prompt)
    # A date written as the format asks ("1953-05-29") is shown as a template's is, in
    # words ("29 May 1953"), and a year without leading zeros ("0410" is 410); grading
    # reads either.
    shown = None
    if answer_type is AnswerType.DATE:
        shown = date_in_words(question.answer, card_frame(excerpt.text, question.prompt))
    elif answer_type is AnswerType.YEAR:
        shown = year_in_words(question.answer)
    answer = Answer(
        type=answer_type,
        text=shown or question.answer,
        alternatives=alternatives,
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
    index: DeckIndex,
    excerpt: Excerpt,
    question: Question,
    alternatives: tuple[str, ...],
    sink: CardSink,
    report: Diagnostics,
) -> None:
    """`alternatives`: the answers the question accepts (`accepted_for`)."""
    deck = index.deck
    id_ = card_id(deck.id, excerpt.id, question.slot)
    rng = seeded_random(id_)
    count = question.choices or deck.defaults.choices
    tiers: list[list[str]] = []
    named_tags: frozenset[str] = frozenset()
    kind = AskedKind()
    dropped: list[str] = []
    if question.draw is not None:
        if question.draw not in index.field_names:
            report.error(
                question.location,
                f"question '{question.slot}' draws options from field '{question.draw}', "
                f"which no fact has{did_you_mean(question.draw, index.field_names)}",
            )
            return
        # Written distractors may repeat drawn values: draw enough for that too.
        need = count - 1 + len(question.distractors)
        tiers, named_tags, kind = _drawn(index, excerpt, question, alternatives, rng, need, dropped)
    options, fewer = options_of_kind(
        lambda drawn, wanted: pick_options(
            rng,
            answer=question.answer,
            alternatives=alternatives,
            written=question.distractors,
            drawn=drawn,
            count=wanted,
        ),
        tiers,
        count,
        kind,
        dropped,
        index.pool(question.draw).tags_of if question.draw is not None else lambda _: None,
        index.known_sexes(),
    )
    if fewer is not None:
        # Fewer options rather than one of another kind, which gives the answer away.
        report.warning(question.location, f"question '{question.slot}' {fewer}: add distractors")
        if isinstance(options, Shortfall):
            return
    if isinstance(options, Shortfall):
        report.error(
            question.location,
            f"question '{question.slot}' needs {options.needed} distinct wrong options "
            f"but only {options.found} could be found{options.remedy('add distractors')}",
        )
        return
    if options.widened:
        tags = ", ".join(question.draw_tags)
        report.warning(
            question.location,
            f"question '{question.slot}' finds too few facts tagged {tags} to draw its wrong "
            f"options from, so some are drawn from every fact's '{question.draw}'",
        )
    wrong = [choice for i, choice in enumerate(options.choices) if i != options.right]
    if named_tags and not options.widened and question.draw is not None and fewer is None:
        # "Which animal …?": a drawn option from a fact without the tag the question
        # names is of another kind (a cosmonaut beside the cat Félicette).
        pool = index.pool(question.draw)
        drawn = [w for w in wrong if w not in question.distractors]
        if strays := [w for w in drawn if not pool.shares_tag(w, named_tags)]:
            listed = ", ".join(f"'{stray}'" for stray in strays)
            report.warning(
                question.location,
                f"question '{question.slot}' finds too few facts tagged "
                f"{', '.join(sorted(named_tags))}, which it names, to draw its wrong options "
                f"from, so {listed} {'comes' if len(strays) == 1 else 'come'} from facts "
                "without those tags: tag more facts alike, or add distractors",
            )
    # How a name is written says what it names only for drawn options (written ones are
    # the author's own choice), and a warning that they were drawn widely says it all.
    known = index.known_sexes()
    person = (
        question.draw is not None
        and not options.widened
        and asks_for_people(question.draw, question.prompt, index.pool(question.draw), known)
    )
    if (given_away := standing_out(question.answer, wrong, person)) is not None:
        report.warning(
            question.location,
            f"question '{question.slot}': {given_away}: add distractors of its shape",
        )
    elif (
        person
        and (alone := alone_of_its_sex(question.answer, wrong, question.prompt, known)) is not None
    ):
        report.warning(
            question.location,
            f"question '{question.slot}': {alone[0]}: add {alone[1]} to its distractors",
        )
    elif person and (mixed := unlike_shaped(question.answer, wrong)):
        report.warning(
            question.location,
            f"question '{question.slot}': {mixed_shape_message(question.answer, mixed)}, "
            f"as too few facts have a '{question.draw}' of its shape: add distractors "
            "of its shape",
        )
    # Drawn from a date field, every option reads as a date in words, the answer too.
    frame = card_frame(excerpt.text, question.prompt)
    shown = partial(shown_value, deck.fields, question.draw or "", frame=frame)
    # The answer as its option shows it: cased like the others, its article left out where
    # theirs have none (see `pick_options`).
    choices = tuple(shown(choice) for choice in options.choices)
    card = build_card(
        index,
        id=id_,
        excerpts=(excerpt,),
        kind=CardKind.CHOICE,
        prompt=question.prompt,
        answer=Answer(
            AnswerType.CHOICE,
            choices[options.right],
            alternatives=alternatives,
            key=(options.right,),
        ),
        choices=choices,
        hint=question.hint,
        tags=question.tags,
    )
    sink.add(card, question.location)


def _drawn(
    index: DeckIndex,
    excerpt: Excerpt,
    question: Question,
    alternatives: tuple[str, ...],
    rng: random.Random,
    need: int,
    dropped: list[str],
) -> tuple[list[list[str]], frozenset[str], AskedKind]:
    """Drawn options, nearest first: from the facts with the filter's tags, then from all;
    the tags the question names as words ("Which animal …?", see `naming_kind`); and the
    kind it asks for (`asked_kind`), values of another kind going to `dropped`."""
    field_name = question.draw or ""
    holders = index.facts_by_value(field_name).get(fold(question.answer), [])
    excerpts = [excerpt, *(index.excerpt_by_id[fact.excerpt_id] for fact in holders)]
    # An answer no fact holds is dated by the facts of the question's excerpt.
    reference = naming_kind(
        Reference.of(holders, excerpts, question.tags, dated_by=excerpt.facts), question.prompt
    )
    known = index.known_sexes()
    person = asks_for_people(field_name, question.prompt, index.pool(field_name), known)
    rules = OptionRules.of(
        question.answer,
        alternatives,
        question.prompt,
        person=person,
        also_named=index.aliases_named_in(question.prompt),
        also_right=question_answers_too(index, question.prompt, question.answer, field_name),
        tolerance=question.tolerance,
        approximate=question_approximates(question.prompt),
    )
    widest = index.pool(field_name)
    answer_tags = frozenset().union(*(fact.tags for fact in holders)) if holders else None
    kind = asked_kind(
        question.prompt,
        field_name,
        question.answer,
        answer_tags,
        widest.tags,
        known,
        widest.values(),
        index.known_kinds(),
    )
    pools = [widest]
    if question.draw_tags:
        wanted = set(question.draw_tags)
        tagged = [fact for fact in index.facts_with(field_name) if wanted <= set(fact.tags)]
        pools.insert(0, index.pool(field_name, tagged, "tags", *sorted(wanted)))
    named_in = excerpt.text if person else ""
    explained = index.excerpt_values(excerpt, field_name) if person else frozenset()
    asked = sex_asked(question.prompt) if person else None
    tiers = like_values(
        pools,
        reference,
        question.answer,
        rules,
        rng,
        need,
        named_in,
        explained,
        excerpt.text,
        asked,
        (excerpt.facts, field_name),
        known,
        kind or None,
        dropped,
    )
    return tiers, reference.kind_tags, kind
