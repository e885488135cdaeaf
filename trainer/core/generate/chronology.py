"""Chronology cards: put 3 to 5 dated facts in order, with the options never shown in order."""

from __future__ import annotations

from itertools import combinations

from trainer.core.authored import Chronology, Fact
from trainer.core.deck.card_ids import CHRONOLOGY_SLOT, card_id
from trainer.core.did_you_mean import did_you_mean
from trainer.core.generate.context import (
    CardSink,
    DeckIndex,
    Diagnostics,
    build_card,
    seeded_random,
)
from trainer.core.generate.field_display import date_in_words, date_prepositions
from trainer.core.generate.placeholders import PlaceholderError, parse_pattern
from trainer.core.generate.template_grammar import name_before_plain_verb
from trainer.core.model import Answer, AnswerType, CardKind, Location
from trainer.core.partial_dates import PartialDate, parse_iso_date

MIN_EVENTS = 3
MAX_EVENTS = 5
ORDER_ARROW = " → "


def date_field_of(fact: Fact, chronology: Chronology) -> str:
    """The entry's `date` field if it names one, else the fact's `date`, else its `year`."""
    if chronology.date_field:
        return chronology.date_field
    return "date" if "date" in fact.values else "year"


def chronology_card(
    index: DeckIndex, chronology: Chronology, sink: CardSink, report: Diagnostics
) -> tuple[str, ...]:
    """Make the card of one entry; returns the ids of the facts it found, used or not."""
    where = chronology.location
    name = f"chronology '{chronology.id}'"
    facts: list[Fact] = []
    for fact_id in chronology.fact_ids:
        fact = index.facts_by_id.get(fact_id)
        if fact is None:
            report.error(
                where,
                f"{name} names fact '{fact_id}', which does not exist"
                f"{did_you_mean(fact_id, index.facts_by_id)}",
            )
        else:
            facts.append(fact)
    found = tuple(f.id for f in facts)
    if len(facts) != len(chronology.fact_ids):
        return found
    if not MIN_EVENTS <= len(facts) <= MAX_EVENTS:
        report.error(where, f"{name} has {len(facts)} facts; it needs {MIN_EVENTS} to {MAX_EVENTS}")
        return found
    spans = _date_spans(facts, chronology, report)
    labels = _labels(facts, chronology, index, report)
    if spans is None or labels is None or not _orderable(facts, spans, labels, name, where, report):
        return found
    order = sorted(range(len(facts)), key=lambda i: spans[i].first_ordinal)
    in_order = [labels[i] for i in order]
    # The events in order with their dates, one a line, shown after answering.
    # Beside years before Christ, a year of ours says its era: "AD 9", not "9".
    eras = any(span.year < 0 for span in spans)
    dated = "\n".join(f"{_when(facts[i], chronology, eras)}: {labels[i]}" for i in order)
    id_ = card_id(index.deck.id, chronology.id, CHRONOLOGY_SLOT)
    # shown[p] is the rank of the event shown at position p. Shuffling ranks rather than
    # the entry's list keeps the card the same however the author orders the facts; it is
    # reshuffled while in order, 1.2 times on average with 3 events and less with more.
    ranks = list(range(len(facts)))
    shown = ranks.copy()
    rng = seeded_random(id_)
    while shown == ranks:
        rng.shuffle(shown)
    excerpts = [index.excerpt_by_id[fact.excerpt_id] for fact in facts]
    card = build_card(
        index,
        id=id_,
        excerpts=excerpts,
        kind=CardKind.CHRONOLOGY,
        prompt=chronology.prompt,
        answer=Answer(
            AnswerType.ORDER,
            ORDER_ARROW.join(in_order),
            key=tuple(shown.index(rank) for rank in ranks),
        ),
        choices=[in_order[rank] for rank in shown],
        explanation=dated,
        tags=(*chronology.tags, *(tag for fact in facts for tag in fact.tags)),
    )
    sink.add(card, where)
    return found


def _date_spans(
    facts: list[Fact], chronology: Chronology, report: Diagnostics
) -> list[PartialDate] | None:
    spans: list[PartialDate] = []
    for fact in facts:
        field_name = date_field_of(fact, chronology)
        value = fact.values.get(field_name)
        span = parse_iso_date(value) if value is not None else None
        if value is None:
            wanted = f"'{field_name}'" if chronology.date_field else "'date' or 'year'"
            report.error(
                chronology.location,
                f"chronology '{chronology.id}': fact '{fact.id}' has no {wanted} to date it by",
            )
        elif span is None:
            report.error(
                fact.field_locations.get(field_name, fact.location),
                f"fact '{fact.id}' has {field_name} '{value}', which is not a date: "
                "write YYYY, YYYY-MM, YYYY-MM-DD, a date in words (14 July 1789) or a "
                "year with its era (480 BC)",
            )
        else:
            spans.append(span)
    return spans if len(spans) == len(facts) else None


def _labels(
    facts: list[Fact],
    chronology: Chronology,
    index: DeckIndex,
    report: Diagnostics,
) -> list[str] | None:
    """Each fact's label, its dates in words and its first letter a capital."""
    name = f"chronology '{chronology.id}'"
    try:
        pattern = parse_pattern(chronology.label)
    except PlaceholderError as error:
        report.error(chronology.location, f"{name}: {error} in its label")
        return None
    lacking = {
        field_name: [fact.id for fact in facts if field_name not in fact.values]
        for field_name in pattern.fields
    }
    for field_name, fact_ids in lacking.items():
        if fact_ids:
            which = ", ".join(f"'{fact_id}'" for fact_id in fact_ids)
            facts_lack = f"facts {which} lack" if len(fact_ids) > 1 else f"fact {which} lacks"
            report.error(
                chronology.location,
                f"{name}: the label uses field '{field_name}', which {facts_lack}",
            )
    if any(lacking.values()):
        return None
    fields = index.deck.fields
    for fact in facts:
        if (words := name_before_plain_verb(pattern, fact.values)) is not None:
            report.warning(
                fact.location,
                f"{name}: its label for fact '{fact.id}' reads '{words}', whose verb does "
                "not agree with the name before it: reword the label or the fact's value",
            )
    return [
        pattern.render_sentence(
            index.shown_values(fact), date_prepositions(fields, fact.values, pattern.prepositioned)
        )
        for fact in facts
    ]


def _orderable(
    facts: list[Fact],
    spans: list[PartialDate],
    labels: list[str],
    name: str,
    where: Location,
    report: Diagnostics,
) -> bool:
    ok = True
    for i, j in combinations(range(len(facts)), 2):
        a, b = spans[i], spans[j]
        if not (a.precedes(b) or b.precedes(a)):
            same = a == b
            why = "have the same date" if same else "have dates of which one contains the other"
            report.error(
                where,
                f"{name}: facts '{facts[i].id}' ({_written(a)}) and "
                f"'{facts[j].id}' ({_written(b)}) {why}, so their order is ambiguous",
            )
            ok = False
        if labels[i] == labels[j]:
            report.error(
                where,
                f"{name}: facts '{facts[i].id}' and '{facts[j].id}' have the same label "
                f"'{labels[i]}'",
            )
            ok = False
    return ok


def _when(fact: Fact, chronology: Chronology, eras: bool = False) -> str:
    """The date a fact is ordered by, as a card shows it ("March 1926", "79"; "AD 79"
    with `eras`, where years before Christ stand beside it)."""
    value = fact.values[date_field_of(fact, chronology)]
    shown = date_in_words(value) or value
    return f"AD {shown}" if eras and shown.isdecimal() else shown


def _written(when: PartialDate) -> str:
    """A date as a deck writes it: 1926, 1926-03, 1926-03-01 or 480 BC."""
    if when.year < 0:
        return f"{-when.year} BC"
    return when.first_day.isoformat()[: {1: 4, 2: 7, 3: 10}[when.precision]]
