"""Deck-level templates: checking them once, and turning a fact into text or choice cards."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from functools import partial

from trainer.core.answering.approximate import question_approximates
from trainer.core.authored import Excerpt, Fact, Template, TemplateKind
from trainer.core.deck.answer_types import field_spec, is_era_year
from trainer.core.deck.card_ids import card_id, template_slot
from trainer.core.did_you_mean import did_you_mean
from trainer.core.generate.accepted import asks_for_person
from trainer.core.generate.answer_kinds import asked_kind, options_of_kind
from trainer.core.generate.answers_too import answers_too
from trainer.core.generate.card_language import card_frame
from trainer.core.generate.context import (
    CardSink,
    DeckIndex,
    Diagnostics,
    build_card,
    seeded_random,
)
from trainer.core.generate.distractors import Shortfall, pick_options
from trainer.core.generate.field_display import date_prepositions, shown_value
from trainer.core.generate.kind_fields import field_kind_of
from trainer.core.generate.like_facts import (
    accepted_for,
    alone_of_its_sex,
    asks_for_people,
    like_values,
    mixed_shape_message,
    standing_out,
    strays_from_tags,
    unlike_shaped,
)
from trainer.core.generate.option_reasons import left_out, left_out_message
from trainer.core.generate.option_rules import OptionRules
from trainer.core.generate.placeholders import Pattern, PlaceholderError, parse_pattern
from trainer.core.generate.pools import Pool
from trainer.core.generate.prompt_giveaways import giveaway_message, word_given_away
from trainer.core.generate.references import naming_kind
from trainer.core.generate.template_grammar import warn_of_disagreement
from trainer.core.generate.unstated_answers import unstated_message
from trainer.core.model import Answer, AnswerType, CardKind
from trainer.core.records import record
from trainer.core.sex_words import sex_asked


@record
class PreparedTemplate:
    """A template whose pattern has been parsed and whose fields all exist in the deck."""

    template: Template
    pattern: Pattern
    # Every field the template needs: the pattern's, plus its answer or swap field.
    fields: frozenset[str]
    # The facts it applies to, in deck order: its pool of like facts.
    facts: tuple[Fact, ...] = ()

    def applies_to(self, fact: Fact) -> bool:
        return self.fields <= fact.values.keys()

    @property
    def target(self) -> str:
        """The field a card asks for or swaps."""
        template = self.template
        return template.swap if template.kind is TemplateKind.TRUE_FALSE else template.answer

    def pool(self, index: DeckIndex) -> Pool:
        """The target field's values among the facts this template matches."""
        return index.pool(self.target, self.facts, "template", self.template.id)


def prepare_templates(index: DeckIndex, report: Diagnostics) -> tuple[PreparedTemplate, ...]:
    """Parse every template; one that cannot be used is reported and left out."""
    prepared: list[PreparedTemplate] = []
    for template in index.deck.templates:
        ready = _prepare(template, index, report)
        if ready is not None:
            prepared.append(ready)
    return tuple(prepared)


def _prepare(template: Template, index: DeckIndex, report: Diagnostics) -> PreparedTemplate | None:
    is_true_false = template.kind is TemplateKind.TRUE_FALSE
    key, source, target = (
        ("statement", template.statement, template.swap)
        if is_true_false
        else ("prompt", template.prompt, template.answer)
    )
    target_key = "swap" if is_true_false else "answer"
    where = template.location
    if not source or not target:
        missing = key if not source else target_key
        report.error(where, f"template '{template.id}' of kind {template.kind} needs '{missing}'")
        return None
    try:
        pattern = parse_pattern(source)
    except PlaceholderError as error:
        report.error(where, f"template '{template.id}': {error} in its {key}")
        return None
    fields = (*pattern.fields, target)
    unknown = [name for name in dict.fromkeys(fields) if name not in index.field_names]
    for name in unknown:
        report.error(
            where,
            f"template '{template.id}' uses field '{name}', which no fact has"
            f"{did_you_mean(name, index.field_names)}",
        )
    if is_true_false and target not in pattern.fields:
        report.error(
            where,
            f"template '{template.id}' swaps field '{target}', which its statement does not use",
        )
        return None
    if unknown:
        return None
    needed = frozenset(fields)
    facts = tuple(fact for fact in index.facts_by_id.values() if needed <= fact.values.keys())
    if not facts:
        report.warning(where, _no_fact_message(template.id, needed, index))
    return PreparedTemplate(template, pattern, needed, facts)


def _no_fact_message(template_id: str, fields: frozenset[str], index: DeckIndex) -> str:
    """Why a template whose fields all exist makes no card, naming the nearest fact."""
    names = ", ".join(f"'{name}'" for name in sorted(fields))
    message = f"template '{template_id}' makes no card: no fact has all of its fields {names}"
    nearest = max(
        index.facts_by_id.values(), key=lambda fact: len(fields & fact.values.keys()), default=None
    )
    if nearest is not None:
        lacking = ", ".join(f"'{name}'" for name in sorted(fields - nearest.values.keys()))
        message += f" (fact '{nearest.id}' lacks {lacking})"
    return message


# Facts a choice template could not find enough wrong options for, by template id.
Shortfalls = defaultdict[str, list[tuple[str, Shortfall]]]


def template_card(
    index: DeckIndex,
    excerpt: Excerpt,
    fact: Fact,
    prepared: PreparedTemplate,
    sink: CardSink,
    shortfalls: Shortfalls,
    report: Diagnostics,
) -> None:
    """The text or choice card that `prepared` makes from `fact`."""
    deck = index.deck
    template = prepared.template
    id_ = card_id(deck.id, excerpt.id, template_slot(fact.id, template.id))
    answer_text = fact.values[template.answer]
    alternatives = accepted_for(index, answer_text, fact.accepts.get(template.answer, ()))
    # Options are drawn and checked on values as written; the card shows dates in words.
    frame = card_frame(excerpt.text, template.prompt)
    shown = partial(shown_value, deck.fields, template.answer, frame=frame)
    prompt = prepared.pattern.render_sentence(
        index.shown_values(fact, frame),
        date_prepositions(deck.fields, fact.values, prepared.pattern.prepositioned),
    )
    tags = (*template.tags, *fact.tags)
    if (word := word_given_away(prompt, answer_text)) is not None:
        report.warning(
            fact.location,
            f"template '{template.id}' for fact '{fact.id}': "
            f"{giveaway_message(prompt, answer_text, word)}",
        )
    unstated = unstated_message((answer_text, *alternatives), excerpt, asked=prompt)
    if unstated is not None:
        report.warning(fact.location, f"template '{template.id}' for fact '{fact.id}': {unstated}")
    warn_of_disagreement(report, template.id, prepared.pattern, fact)
    if template.kind is TemplateKind.CHOICE:
        rng = seeded_random(id_)
        count = template.choices or deck.defaults.choices
        written = prepared.pattern.render(fact.values)
        # A field whose values are mostly people's names asks for a person where the
        # question asks "Which …?" ("Which character …?"), not "Where …?" (Santa Cruz).
        known = index.known_sexes()
        person = asks_for_people(
            template.answer, template.prompt, index.pool(template.answer), known
        )
        rules = OptionRules.of(
            answer_text,
            alternatives,
            written,
            person=person,
            also_named=index.aliases_named_in(written),
            # Another fact's value shown with the same values answers the same question.
            also_right=answers_too(index, fact, prepared.pattern.fields, template.answer),
            tolerance=field_spec(deck.fields, template.answer).tolerance,
            approximate=question_approximates(prompt),
        )
        reference = naming_kind(index.reference(fact), prompt)
        beside = frozenset(
            (name, fact.values[name]) for name in prepared.pattern.fields if name != template.answer
        )
        if beside:
            reference = dataclasses.replace(reference, sides=beside)
        widest = index.pool(template.answer)
        kind = asked_kind(
            prompt,
            template.answer,
            answer_text,
            widest.tags_of(answer_text),
            widest.tags,
            known,
            widest.values(),
            index.known_kinds(),
            field_kind_of(index, template.answer, fact),
        )
        dropped: list[str] = []
        tiers = like_values(
            (prepared.pool(index), index.pool(template.answer)),
            reference,
            answer_text,
            rules,
            rng,
            count - 1,
            named_in=excerpt.text if person else "",
            explained=index.excerpt_values(excerpt, template.answer) if person else frozenset(),
            told=excerpt.text,
            asked=sex_asked(prompt) if person else None,
            told_facts=(excerpt.facts, template.answer),
            known=known,
            kind=kind or None,
            dropped=dropped,
        )
        options, fewer = options_of_kind(
            lambda drawn, wanted: pick_options(
                rng, answer=answer_text, alternatives=alternatives, drawn=drawn, count=wanted
            ),
            tiers,
            count,
            kind,
            dropped,
            widest.tags_of,
            known,
        )
        if fewer is not None:
            # Fewer options rather than one of another kind, which gives the answer away.
            report.warning(
                fact.location,
                f"template '{template.id}' for fact '{fact.id}' {fewer}: give more of the "
                "template's facts values of its kind",
            )
            if isinstance(options, Shortfall):
                return
            count = len(options.choices)
        if isinstance(options, Shortfall):
            shortfalls[template.id].append((fact.id, options))
            return
        wrong = [choice for i, choice in enumerate(options.choices) if i != options.right]
        # A name written unlike the answer's is offered only when the pool ran short of
        # like ones: a warning that it ran short tells the author already.
        names_stand_out = person
        if options.widened:
            names_stand_out = False
            report.warning(
                fact.location,
                f"template '{template.id}' finds too few like facts for fact '{fact.id}' "
                f"to make {count - 1} wrong options, so some are drawn from every fact's "
                f"'{template.answer}': give the template's facts more values, or set its "
                "'choices'",
            )
        elif fewer is None and (
            strays := strays_from_tags(prepared.pool(index), fact, wrong, reference)
        ):
            names_stand_out = False
            tagged = reference.kind_tags or fact.tags
            named = ", which its question names," if reference.kind_tags else ""
            report.warning(
                fact.location,
                f"template '{template.id}' finds too few facts tagged {', '.join(sorted(tagged))}"
                f"{named} like fact '{fact.id}' to make {count - 1} wrong options, so "
                f"{_listed(strays)} {'comes' if len(strays) == 1 else 'come'} from facts "
                "without those tags: tag more facts "
                "alike, or set the template's 'choices'",
            )
        if (given_away := standing_out(answer_text, wrong, names_stand_out)) is not None:
            report.warning(
                fact.location,
                f"template '{template.id}' for fact '{fact.id}': "
                f"{given_away}: give more of the template's facts values of its shape",
            )
        elif (
            names_stand_out
            and (alone := alone_of_its_sex(answer_text, wrong, prompt, known)) is not None
        ):
            report.warning(
                fact.location,
                f"template '{template.id}' for fact '{fact.id}': "
                f"{alone[0]}: give more of the template's facts {alone[1]} as values",
            )
        elif names_stand_out and (mixed := unlike_shaped(answer_text, wrong)):
            report.warning(
                fact.location,
                f"template '{template.id}' for fact '{fact.id}': "
                f"{mixed_shape_message(answer_text, mixed)}, as too few facts have a "
                f"'{template.answer}' of its shape: give more facts one, or set the "
                "template's 'choices'",
            )
        # The answer as its option shows it: cased like the others, its article left out
        # where theirs have none (see `pick_options`).
        choices = tuple(shown(choice) for choice in options.choices)
        card = build_card(
            index,
            id=id_,
            excerpts=(excerpt,),
            kind=CardKind.CHOICE,
            prompt=prompt,
            answer=Answer(
                AnswerType.CHOICE,
                choices[options.right],
                alternatives=alternatives,
                key=(options.right,),
            ),
            choices=choices,
            tags=tags,
        )
    else:
        spec = field_spec(deck.fields, template.answer)
        # A year with its era in a field of text ("when: 44 BC") is graded as the year,
        # and so is any year of a field of years of both eras ("born: 1469").
        era_year = spec.type is AnswerType.TEXT and (
            is_era_year(answer_text) or index.field_type(template.answer) is AnswerType.YEAR
        )
        card = build_card(
            index,
            id=id_,
            excerpts=(excerpt,),
            kind=CardKind.TEMPLATE,
            prompt=prompt,
            answer=Answer(
                AnswerType.YEAR if era_year else spec.type,
                shown(answer_text),
                alternatives=alternatives,
                tolerance=spec.tolerance,
            ),
            tags=tags,
        )
    sink.add(card, fact.location)


def _listed(values: list[str]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def report_shortfalls(
    index: DeckIndex,
    prepared: tuple[PreparedTemplate, ...],
    shortfalls: Shortfalls,
    report: Diagnostics,
) -> None:
    """One error per choice template that lacked wrong options, naming the first fact."""
    for ready in prepared:
        failed = shortfalls.get(ready.template.id)
        if not failed:
            continue
        fact_id, shortfall = failed[0]
        others = len(failed) - 1
        more = f" (and {others} more fact{'s' if others > 1 else ''})" if others else ""
        left_out = _left_out(index, ready, fact_id)
        # Values left out say their own mend; else more of them are wanted.
        wanted = "" if left_out else f"add more facts with field '{ready.template.answer}'"
        report.error(
            ready.template.location,
            f"template '{ready.template.id}' needs {shortfall.needed} distinct wrong options "
            f"from field '{ready.template.answer}' for fact '{fact_id}'{more}, "
            f"but only {shortfall.found} could be found{left_out}"
            + shortfall.remedy(wanted, min(other.found for _, other in failed)),
        )


def _left_out(index: DeckIndex, ready: PreparedTemplate, fact_id: str) -> str:
    """Which of the template's values were left out as wrong options for the fact, and
    why (aliases aside, but for second right answers: worked out again from the deck's
    facts, so that a compile that replays the card says the same)."""
    fact = next((fact for fact in ready.facts if fact.id == fact_id), None)
    if fact is None:
        return ""
    template = ready.template
    answer = fact.values[template.answer]
    rules = OptionRules.of(
        answer,
        fact.accepts.get(template.answer, ()),
        ready.pattern.render(fact.values),
        person=asks_for_person(template.answer, template.prompt),
        also_right=answers_too(index, fact, ready.pattern.fields, template.answer),
        tolerance=field_spec(index.deck.fields, template.answer).tolerance,
    )
    values = sorted({other.values[template.answer] for other in ready.facts})
    return left_out_message(left_out(rules, answer, values))
