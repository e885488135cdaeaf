"""Differences no typo excuses: a negation added or dropped, other numbers, another period or month.

Each is decided before the words are aligned, so that a typed answer a letter away from
the right one in its words is still wrong when it says another thing: "it never rained"
for "it rained", "1926" for "1925", "3 pm" for "3 am".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from trainer.core.answering.asked_question import Question
from trainer.core.answering.bounds import reversed_bound
from trainer.core.answering.charges import charge_problem, is_ion
from trainer.core.answering.coordinates import hemisphere_problem
from trainer.core.answering.dates_in_text import misremembered_year, years_said_when
from trainer.core.answering.eras import era_added
from trainer.core.answering.formulas import is_formula
from trainer.core.answering.grammatical_person import other_person, voice_turned
from trainer.core.answering.months_named import other_month
from trainer.core.answering.named_places import place_against_the_card
from trainer.core.answering.normalise import fold
from trainer.core.answering.number_claims import percent_problem
from trainer.core.answering.possessions import possession_for_owner
from trainer.core.answering.roman_numerals import regnal_numbers
from trainer.core.answering.times_of_day import other_period
from trainer.core.answering.unit_pairs import swapped_units
from trainer.core.answering.verb_tenses import other_tense, translates
from trainer.core.answering.verdict import instead_rule
from trainer.core.answering.word_lists import NEGATORS
from trainer.core.answering.words import answer_words, content_words
from trainer.core.answering.written_numbers import signed_numbers


def decisive_difference(
    want: Sequence[str],
    got: Sequence[str],
    question: Question,
    typed: str,
    accepted: Sequence[str] = (),
) -> str | None:
    """A negation added or dropped, another person, or numbers that differ: never a
    typo. A number the question says may be repeated, unless it is a ruler's number
    after a name the question does not say ("Napoleon III" asked about the Third
    Symphony). A year said as when ("Heisenberg in 1927", "Thomas Hobbes, 1651") is no
    other number where none of the card's `accepted` answers holds a number (not "the
    Treaty of Versailles, 1920" for "the Treaty of Versailles (1919)") and the question
    names no year."""
    negations_wanted = Counter(w for w in want if w in NEGATORS)
    negations_typed = Counter(w for w in got if w in NEGATORS)
    if sum(negations_wanted.values()) != sum(negations_typed.values()) and not (
        _negations_quoted(got, negations_typed - negations_wanted, accepted)
    ):
        changed = (negations_typed - negations_wanted) or (negations_wanted - negations_typed)
        return f"'{next(iter(changed))}' changes the meaning"
    translation = (question.asks_for_meaning or question.asks_for_form) and translates(
        question.sequence
    )
    if (person := other_person(want, got, translation) or voice_turned(want, got)) is not None:
        return person  # "we came" for "I came", "I was conquered" for "I conquered"
    if translation and (tense := other_tense(want, got)) is not None:
        return tense  # "it was raining" for "What does 'il pleut' mean?"
    if (
        place := place_against_the_card(want, got, question.places_located, question.places_named)
    ) is not None:
        return place  # "Everest in the Andes" where the excerpt says in the Himalayas
    if (owned := possession_for_owner(want, typed, question.has)) is not None:
        return owned  # "Pavlov's dog" for Pavlov
    # An era inside a life's span in brackets is the span's ("Plato (427–347 BC)").
    span = _span_in_brackets(typed)
    added = None if span else era_added(want, got)
    period = other_period(want, got) or added or other_month(want, got, question.sequence)
    if period is not None:
        return period
    if (share := percent_problem(want, got, question.sequence)) is not None:
        return share
    found = (
        charge_problem(want, got)
        or swapped_units(want, got)
        or hemisphere_problem(want, got)
        or reversed_bound(want, got)
    )
    if found is not None:
        return found
    # The digits of a formula ("CO2", "SO4^2-") are no number; a number is its value and
    # its sign.
    numbers_wanted = signed_numbers(want, skip=_formula_or_ion)
    numbers_typed = signed_numbers(got, skip=_formula_or_ion)
    asked = {value for _, value in signed_numbers(question.sequence)}
    asked -= {value for name, value in regnal_numbers(typed) if not question.has(name)}
    wanted_values = Counter(value for _, value in numbers_wanted)
    typed_values = Counter(value for _, value in numbers_typed)
    missing = wanted_values - typed_values
    extra = Counter({n: k for n, k in (typed_values - wanted_values).items() if n not in asked})
    numbered = any(char.isdecimal() for text in accepted for char in text)
    said_when = not wanted_values and not numbered and not any(map(_is_year, asked))
    if said_when and set(extra) <= years_said_when(got, typed):
        if (slip := misremembered_year(extra, question.years_named)) is not None:
            return f"numbers differ: {slip[0]} typed, the card says {slip[1]}"
        extra = Counter()  # "Heisenberg in 1927": when, not what
    elif not wanted_values and not numbered and span:
        # "Tokugawa Ieyasu (1543–1616)": a life or a reign beside the name, which holds
        # any year the question names.
        within = all(span[0] <= int(year) <= span[1] for year in asked if _is_year(year))
        if within and set(extra) <= {str(year) for year in (*span, *map(abs, span))}:
            extra = Counter()
    if (
        missing
        and not numbers_typed
        and not numbered
        and (other := _another_answer(want, got, accepted))
    ):
        return other  # "emperor" for "First Consul": another answer, not another number
    if missing or extra:
        typed = ", ".join(_written(numbers_typed, extra)) or "no number"
        wanted = ", ".join(_written(numbers_wanted, missing))
        years = sorted(filter(_is_year, asked))
        if not wanted and years and extra and all(map(_is_year, extra)):
            return f"numbers differ: {typed} typed, the question says {', '.join(years)}"
        return f"numbers differ: {typed} typed, {wanted or 'none'} expected"
    return None


# How many words from a negation on must stand together in another accepted answer for
# it to be quoted from there: "not to disperse", never a bare "not".
_QUOTED_RUN = 3


def _negations_quoted(got: Sequence[str], added: Counter[str], accepted: Sequence[str]) -> bool:
    """True when every negation typed beyond the answer's opens words another accepted
    answer writes together: "the Tennis Court Oath, not to disperse" where "not to
    disperse until France had a constitution" is right too adds that answer's words, and
    its negation is the author's."""
    if not added or not accepted:
        return False
    runs = [answer_words(other) for other in accepted]
    for index, word in enumerate(got):
        if word not in added:
            continue
        quoted = tuple(got[index : index + _QUOTED_RUN])
        if len(quoted) < _QUOTED_RUN or not any(_holds(run, quoted) for run in runs):
            return False
    return True


def _holds(words: Sequence[str], run: tuple[str, ...]) -> bool:
    return any(tuple(words[k : k + len(run)]) == run for k in range(len(words) - len(run) + 1))


# Two years in brackets at the end: "(1368–1644)", "(c. 1543 - 1616)", "(427–347 BC)";
# a later year first is before Christ, its era said or not ("Plato (427-347)").
_SPAN = re.compile(
    r"\(\s*(?:c\.\s*)?(\d{3,4})\s*[–—-]\s*(?:c\.\s*)?(\d{3,4})\s*"
    r"(BC|BCE|B\.C\.|AD|CE)?\s*\)\s*\.?\s*$",
    re.IGNORECASE,
)


def _span_in_brackets(typed: str) -> tuple[int, int] | None:
    """The first and last years of a span in brackets ending `typed`, years before
    Christ negative; None when there is none, or its years run neither way an era allows."""
    found = _SPAN.search(typed)
    if found is None:
        return None
    first, last = int(found[1]), int(found[2])
    before_christ = (found[3] or "").casefold().startswith("b")
    if before_christ or (found[3] is None and first > last):
        first, last = -first, -last
    return (first, last) if first <= last and last <= 2099 else None


def _is_year(value: str) -> bool:
    return value.isdecimal() and 1000 <= int(value) <= 2099


def _formula_or_ion(word: str) -> bool:
    return is_formula(word) or is_ion(word)


def _written(numbers: Sequence[tuple[str, str]], values: Counter[str]) -> list[str]:
    """How each of the `values` is written among the `numbers`, once each."""
    return list(dict.fromkeys(word for word, value in numbers if value in values))


def _another_answer(want: Sequence[str], got: Sequence[str], accepted: Sequence[str]) -> str:
    """Where the answer's only numbers are words ("First Consul", "the Third Estate") and
    the typed answer shares none of its words, what was typed instead of it, as written;
    "" otherwise."""
    if not set(got).isdisjoint(content_words(want)):
        return ""
    written = next((text for text in accepted if answer_words(text) == tuple(want)), "")
    return instead_rule(" ".join(got), fold(written)) if written else ""
