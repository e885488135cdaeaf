"""Comparing a typed text answer with one accepted answer, word by word, as a fair teacher would.

The answer's content words must all be there, each typed exactly, as a spelling variant
of a name (or of its umlauts: "Bruening"), as another form of the word, or within its own
typo allowance (see `word_match`); their order is free and function words do not count.
A content word the question gives may be left out ("highest" for "at the highest level",
asked "At what level…?"). Words typed beyond the answer are ignored when they add no claim:
function words, words of the question, descriptors ("the city of Kazan"), a given name
before a surname, a phrase after the answer ("an aviation school for pilots"), a region
after it and a comma ("Lipetsk, Russia"). Never right, whatever else matches: a negation
added or dropped, a hedge ("Lipetsk or Kazan"), other numbers, or another answer of the
same deck (its confusables), typed instead of the answer or beside it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from trainer.core.answering.answer_spellings import spelled_as_the_answer
from trainer.core.answering.approximate import (
    approximate_numbers_lined_up,
    is_approximate,
    without_approximators,
)
from trainer.core.answering.asked_question import Question
from trainer.core.answering.based_numbers import based_number_match
from trainer.core.answering.bounds import bounds_lined_up
from trainer.core.answering.charges import ions_joined
from trainer.core.answering.conversions import same_amount
from trainer.core.answering.coordinates import coordinates_lined_up
from trainer.core.answering.counted_items import extra_items
from trainer.core.answering.dates_in_text import (
    NO_FULL_DATE,
    YEAR_LEFT_OUT,
    line_up_dates,
    misspelt_month,
)
from trainer.core.answering.decisive_difference import decisive_difference
from trainer.core.answering.degree_words import another_answer_by_degree
from trainer.core.answering.demonyms import demonyms_lined_up
from trainer.core.answering.designations import designations_lined_up
from trainer.core.answering.direction_prepositions import reversed_direction, same_way_typed
from trainer.core.answering.directions import join_direction_phrases
from trainer.core.answering.equations import equation_match
from trainer.core.answering.eras import implied_era_left_out
from trainer.core.answering.foreign_articles import (
    opens_with_article,
    with_article,
    without_article,
)
from trainer.core.answering.form_questions import other_accent
from trainer.core.answering.formulas import formulas_spelled_out
from trainer.core.answering.fraction_words import shares_lined_up
from trainer.core.answering.function_notation import formula_match
from trainer.core.answering.group_counts import groups_counted
from trainer.core.answering.information_sizes import letters_as_bytes, same_size
from trainer.core.answering.listed_rivals import choice_of_its_forms, listed_rival
from trainer.core.answering.math_symbols import math_symbol_match
from trainer.core.answering.middle_initials import middle_initials_dropped
from trainer.core.answering.missing_words import (
    decisive_stand_in,
    dropped_negation,
    opposite_beside,
    without_negations,
)
from trainer.core.answering.money import money_lined_up
from trainer.core.answering.name_continuations import without_name_particle
from trainer.core.answering.name_numbers import name_number_left_out
from trainer.core.answering.notation import constants_lined_up
from trainer.core.answering.number_forms import form_problem
from trainer.core.answering.number_words import misspelt_as_numbers, single_as_one
from trainer.core.answering.ordered_answers import order_problem
from trainer.core.answering.other_answers import (
    as_near_another,
    question_contradiction,
    sibling_contradiction,
    words_beyond,
)
from trainer.core.answering.regions import where_written_apart
from trainer.core.answering.roman_dates import modern_dates
from trainer.core.answering.roman_numerals import numeral_as_letters
from trainer.core.answering.solutions import solution_match
from trainer.core.answering.steady_states import join_steady_phrases
from trainer.core.answering.symbol_case import symbol_case_match
from trainer.core.answering.text_alignment import aligned
from trainer.core.answering.text_matches import NEGATION_LEFT_OUT, TextMatch
from trainer.core.answering.unit_expressions import unit_expression_match
from trainer.core.answering.unit_readings import m_read_alike, signs_read_alike
from trainer.core.answering.units import (
    same_units,
    unit_of_other_answers,
    unit_problem,
)
from trainer.core.answering.verb_meanings import join_verb_phrases
from trainer.core.answering.vocabulary import vocabulary_of
from trainer.core.answering.word_lists import ARTICLES
from trainer.core.answering.word_match import is_other_form
from trainer.core.answering.words import (
    answer_words,
    capitalized_words,
    content_words,
    dotted_initials,
    hyphened_letter_problem,
    join_compounds,
    join_decimals,
    line_up_abbreviations,
    plural_acronyms,
    spelled_out,
    written_together,
)
from trainer.core.answering.written_numbers import level_side, values_lined_up

# A question with these words asks for units: "s-1" is the second to the power −1 there.
_UNIT_WORDS = frozenset({"unit", "units"})


def match_text(
    expected: str,
    typed: str,
    *,
    question: Question,
    confusables: Sequence[str] = (),
    siblings: Sequence[str] = (),
    typo_tolerance: float,
) -> TextMatch:
    """Compare a typed answer with one accepted answer; `siblings` are the card's other
    accepted answers, whose words an extra typed word may contradict.

    A negation of the answer that the typed answer leaves out, typing none of its own,
    is judged by the rest: where the rest is there ("it rained" for "it never rained"),
    the answer is reversed, never close; where it is not, the typed answer says it in
    other words ("less acidic" for "not acidic enough") and is judged as they match."""
    expected, typed = modern_dates(expected), modern_dates(typed)  # "the Ides of March"
    typed = spelled_as_the_answer(expected, typed)
    expected, typed = without_name_particle(expected, typed)  # "Minamoto no Yoritomo"
    if question.asks_for_form and (accent := other_accent(expected, typed)):
        return TextMatch(False, False, accent, 0.9)  # "pêcher" for "pécher"
    if opens_with_article(expected):
        return _vocabulary_match(expected, typed, question, confusables, siblings)
    if (solved := solution_match(expected, typed)) is not None:
        return solved  # "four" for "x = 4"
    asks_for_units = not question.words.isdisjoint(_UNIT_WORDS)
    if asks_for_units and (units := unit_expression_match(expected, typed, question.words)):
        return units  # "s-1" for "s^-1", asked for units: no algebra's "s minus 1"
    # Not asked for units, they are read after algebra and notation (read once either way).
    in_formula = question.blank_in_formula
    if formula := formula_match(expected, typed) or equation_match(expected, typed, in_formula):
        return formula
    if (based := based_number_match(expected, typed, question.sequence)) is not None:
        return based  # "FFh" for "0xFF"; "0b11111111" for 11111111, asked in binary
    if not asks_for_units and (units := unit_expression_match(expected, typed, question.words)):
        return units  # "kg s^-2 A" for "kg s^-2 A^-1", "kg m²/s²" for "kg m^2 s^-2"
    if disordered := order_problem(expected, typed, question.sequence):
        return TextMatch(False, False, disordered, 0.5, decisive=True)
    if (symbols := math_symbol_match(expected, typed)) is not None:
        return symbols  # "A ∩ B" for "A ∪ B", "sin x" for "−sin x"
    if (cased := symbol_case_match(expected, typed, question.words)) is not None:
        return cased  # "Co2" for "CO2", "meV" for "MeV": another symbol
    # "does not change" keeps no "not" beside "stays the same": the two are one claim.
    dropped = dropped_negation(*join_steady_phrases(answer_words(expected), answer_words(typed)))
    found = _match(expected, typed, question, confusables, siblings, typo_tolerance, dropped)
    if dropped is None or not found.accepted:
        return found
    rule = f"'{dropped}' of the answer left out{NEGATION_LEFT_OUT}"
    return TextMatch(False, False, rule, found.similarity, decisive=True)


def _match(
    expected: str,
    typed: str,
    question: Question,
    confusables: Sequence[str],
    siblings: Sequence[str],
    typo_tolerance: float,
    dropped: str | None,
) -> TextMatch:
    typed, side = level_side(typed, expected, question.sequence)  # "below sea level"
    typed = letters_as_bytes(expected, typed)  # "16K" of memory for "16 KB"
    want, got = money_lined_up(*join_decimals(answer_words(expected), answer_words(typed)))
    want, got = join_steady_phrases(want, got)  # "does not change", "stays the same"
    want, got = designations_lined_up(want, got)  # "F16" for "F-16"
    want, got = groups_counted(want, got, question.has)  # "a dozen eggs" for "12 eggs"
    want, got = demonyms_lined_up(want, got, question.words, question.has)  # "the French"
    want = implied_era_left_out(want, got)  # "9" for "AD 9"
    got = misspelt_as_numbers(want, got)  # "the fith amendment" for "the 5th amendment"
    got = numeral_as_letters(want, got, typed)  # "LV" for "the left ventricle"
    got = shares_lined_up(want, ions_joined(want, values_lined_up(want, got)))
    got = bounds_lined_up(want, got)
    if "1" in want and "1" not in got:
        got = single_as_one(got)  # "a single vote" for "one vote"
    elif "1" in got and "1" not in want:
        want = single_as_one(want)
    if dropped is not None:
        # Judged without the answer's negations: the caller says what leaving them out means.
        want = without_negations(want, got)
    want, got = signs_read_alike(want, got, expected, question.sequence)
    want, got = m_read_alike(same_units(want), same_units(got))
    similarity = _nearness(want, got)
    want, got, finer = coordinates_lined_up(want, got)
    if finer is not None:  # a coordinate lined up: how near is judged on its words
        similarity = _nearness(want, got)
    want, got, date_problem = line_up_dates(want, got, question.years_named)
    if date_problem == YEAR_LEFT_OUT:
        # The day and month known, the year not: near, as a month and year typed is.
        return TextMatch(False, False, date_problem, max(similarity, _DAY_WITHOUT_YEAR))
    got, near = approximate_numbers_lined_up(want, got)
    want, got = without_approximators(want), without_approximators(got)
    got, fewer_digits = constants_lined_up(expected, want, got)
    finer = finer or fewer_digits  # "6.02 × 10^23" for "6.022 × 10^23"; more digits are exact
    if side:
        return TextMatch(False, False, side, similarity, decisive=True)  # "above sea level"
    if got == want or written_together(want, got):
        if finer:
            return TextMatch(True, True, "a number rounded, or finer, that rounds alike", 1.0)
        if (month := misspelt_month(answer_words(typed))) is not None:
            return TextMatch(True, True, f"'{month}' read as a month", 1.0)
        if near:
            return TextMatch(True, True, _near_rule(near), 1.0)
        if form := form_problem(typed, question.sequence, expected):
            return TextMatch(False, False, form, 0.9)  # "3/4", asked for it as a decimal
        return TextMatch(True, False, "exact", 1.0)
    approximate = is_approximate(answer_words(expected))  # "about 8 minutes 20 seconds"
    converted = same_size(want, got, question.sequence)  # "16,384 bytes" for "16 KB"
    if converted := converted or same_amount(want, got, question.sequence, approximate):
        return converted  # "96 hours" for "4 days"; close, asked "in days"
    if not got or date_problem:
        rule = date_problem or "nothing to compare"
        return TextMatch(False, False, rule, similarity, decisive=rule != NO_FULL_DATE)
    if (unnumbered := name_number_left_out(expected, want, got, question.has)) is not None:
        return TextMatch(False, False, unnumbered, max(similarity, _NAME_WITHOUT_NUMBER))
    refusal = (
        decisive_difference(want, got, question, typed, siblings)
        or unit_problem(want, got, question.sequence)
        or unit_of_other_answers(want, got, (answer_words(other) for other in siblings))
    )
    if refusal is None and (lettered := hyphened_letter_problem(expected, typed, want, got)):
        return TextMatch(False, False, lettered, similarity)
    capitals = capitalized_words(expected)
    refusal = refusal or reversed_direction(want, got, capitals)
    if refusal is not None:
        return TextMatch(False, False, refusal, similarity, decisive=True)
    got = same_way_typed(want, got, capitals)
    others = ((value, answer_words(value)) for value in confusables)
    if (by_degree := another_answer_by_degree(want, got, others)) is not None:
        return _another_answer(got, by_degree, similarity)
    for value in confusables:
        other = answer_words(value)
        # A value that is the answer with a word in another form ("They are inferior
        # goods", an option elsewhere, for "an inferior good") says the same thing.
        if _same_content(other, got) and not _same_in_form(other, want):
            return _another_answer(got, value, similarity)
    known = spelled_out(want, [answer_words(other) for other in siblings if other != expected])
    got = middle_initials_dropped(want, got, typed)
    plurals = plural_acronyms(expected, typed)  # "RBCs", not "NHS"
    exp, typ, abbreviations = line_up_abbreviations(want, got, known, question.has, plurals)
    exp, typ = join_compounds(exp, typ)
    exp, typ = join_verb_phrases(*join_direction_phrases(exp, typ))  # "set up", "goes down"
    exp, typ = formulas_spelled_out(exp, typ, question.sequence, capitalized_words(expected))
    after_comma = answer_words(where_written_apart(typed))
    # A word of another accepted answer adds nothing to this one: "a German flying school"
    # when "a flying school" and "a German aviation school" are both right.
    accepted_words = frozenset(w for other in siblings for w in answer_words(other))
    outcome = aligned(
        exp,
        typ,
        question,
        typo_tolerance,
        dotted_initials(expected),
        after_comma,
        accepted_words,
        vocabulary_of(expected, question.words, confusables, siblings),
    )
    if not outcome.accepted:
        decisive = outcome.decisive or (
            outcome.stand_in is not None and decisive_stand_in(*outcome.stand_in, expected)
        )
        return TextMatch(False, False, outcome.rule, similarity, decisive=decisive)
    if (opposed := opposite_beside(want, got, question.sequence)) is not None:
        return TextMatch(False, False, opposed, similarity, decisive=True)
    conflict = sibling_contradiction(
        outcome.claims, got, siblings, question.has
    ) or question_contradiction(outcome.claims, question.sequence, typo_tolerance)
    if conflict is not None:
        return TextMatch(False, False, conflict, similarity)
    beyond_answer = words_beyond(got, want)
    for value in confusables:
        other = answer_words(value)
        named = content_words(other)
        if _contains(beyond_answer, named) and not all(map(question.has, named)):
            # A hedge without "or": "Lipetsk Kazan", "Lipetsk, Kazan". (Named by the
            # question, it is only repeated.)
            rule = f"more than one answer: '{' '.join(other)}' is another answer of this deck"
            return TextMatch(False, False, rule, similarity, decisive=True)
        if (
            outcome.slip
            and as_near_another(got, other, want, typo_tolerance)
            and not _same_in_form(other, want)
        ):
            return _another_answer(got, value, similarity)
    listed = listed_rival(expected, typed, question.asks_who) or choice_of_its_forms(
        expected, typed
    )
    if (listed := listed or extra_items(expected, typed, question.sequence)) is not None:
        return listed  # "TCP/UDP" for "UDP"; four names for "Which three sisters …?"
    notes = [*outcome.notes, *(f"abbreviation '{a}'" for a in abbreviations)]
    if near:
        notes.append(_near_rule(near))
    slip = outcome.slip or bool(near)
    return TextMatch(True, slip, "; ".join(notes) or "exact", max(similarity, 0.0))


def _vocabulary_match(
    expected: str,
    typed: str,
    question: Question,
    confusables: Sequence[str],
    siblings: Sequence[str],
) -> TextMatch:
    """A foreign word with its article ("le chat"). The noun is judged on its own ("le
    chien" is as far from "le chat" as "chien" is from "chat"), then its article: a
    wrong noun is wrong whatever its article. No typo is allowed but a letter doubled or
    not: the English word list cannot tell that "la raison" or "le bain" is another
    French word, and a word added is another word ("la pomme de terre")."""
    noun_expected, noun_typed = without_article(expected), without_article(typed)
    noun = match_text(
        noun_expected,
        noun_typed,
        question=question,
        confusables=confusables,
        siblings=siblings,
        typo_tolerance=0.0,
    )
    if not noun.accepted:
        return noun
    extra = len(content_words(answer_words(noun_typed))) - len(
        content_words(answer_words(noun_expected))
    )
    if extra > 0:
        return TextMatch(False, False, "a word added makes another word", noun.similarity)
    # "un café" for "le café"; "la café" close
    return with_article(expected, typed, noun, question.sequence)


def _near_rule(near: Sequence[tuple[str, str]]) -> str:
    typed, wanted = near[0]
    return f"{typed} is near enough the approximate {wanted}"


def _nearness(want: Sequence[str], got: Sequence[str]) -> float:
    """How near the typed words are the answer's, articles evened (see below)."""
    return OSA.normalized_similarity(
        " ".join(_articles_evened(got)), " ".join(_articles_evened(want))
    )


def _articles_evened(words: Sequence[str]) -> list[str]:
    """The words as near as grading counts them: a leading article left out, and any
    other read as "the". An article holds none of the answer's letters: "a tank school",
    "the tank school" and "tank school" are as near "a flying school" as each other, and
    "in a tank school" as "in the tank school". (An article inside the answer is kept
    as a word: it pads a phrase, "at the top level", as a preposition does.)"""
    start = 1 if len(words) > 1 and words[0] in ARTICLES else 0
    return [word if word not in ARTICLES else "the" for word in words[start:]]


def _another_answer(got: Sequence[str], value: str, similarity: float) -> TextMatch:
    rule = f"'{' '.join(got)}' is another answer of this deck: {value}"
    return TextMatch(False, False, rule, similarity, decisive=True)


def _contains(words: Sequence[str], part: Sequence[str]) -> bool:
    return bool(part) and not (Counter(part) - Counter(words))


def _same_in_form(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two texts have the same content words, each the same or another form of
    its partner ("inferior goods", "an inferior good")."""
    left, right = content_words(a), list(content_words(b))
    if len(left) != len(right):
        return False
    for word in left:
        partner = next((w for w in right if w == word or is_other_form(w, word)), None)
        if partner is None:
            return False
        right.remove(partner)
    return True


def _same_content(a: Sequence[str], b: Sequence[str]) -> bool:
    return sorted(content_words(a)) == sorted(content_words(b))


# How near a name typed without its number is: "Darius" for "Darius I", close.
_NAME_WITHOUT_NUMBER = 0.8
# How near a day and month typed without the year is to the full date.
_DAY_WITHOUT_YEAR = 0.8
