"""Grading a typed answer against a card's expected answer: exact, a typo, close, wrong or blank.

Text answers are compared word by word (`text_match`), options by number or text and
orders by their distance from the right one (`option_grading`), years, numbers and
dates by value. Every verdict says which rule decided (`Verdict.rule`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from trainer.core.answering.added_signs import sign_added
from trainer.core.answering.appositions import apposition_halves
from trainer.core.answering.approximate import question_approximates
from trainer.core.answering.asked_question import Question
from trainer.core.answering.blanks import BLANK_ANSWERS, is_blank
from trainer.core.answering.contradicted import restating_the_question, without_contradicted
from trainer.core.answering.count_wholes import COUNTED, without_the_whole
from trainer.core.answering.counted_left_out import counted_left_out
from trainer.core.answering.country_names import is_country_name
from trainer.core.answering.deck_answers import NUMERIC, another_answers_value, each_accepted
from trainer.core.answering.denials import said_before_a_denial, without_the_reason
from trainer.core.answering.designations import designation_before_its_kind
from trainer.core.answering.equations import is_algebra
from trainer.core.answering.excerpt_modifiers import qualified_as_the_excerpt_does
from trainer.core.answering.excerpt_rivals import with_excerpt_rivals
from trainer.core.answering.family_groups import family_by_plural
from trainer.core.answering.formulas import zeros_as_letters
from trainer.core.answering.function_notation import is_formula
from trainer.core.answering.incidental_counts import without_pointed_count
from trainer.core.answering.items_named import without_the_items_counted
from trainer.core.answering.list_markers import without_list_numbers
from trainer.core.answering.many_accepted import narrowed
from trainer.core.answering.named_together import one_of_those_named
from trainer.core.answering.near_measures import near_measure
from trainer.core.answering.normalise import fold
from trainer.core.answering.number_grading import grade_number
from trainer.core.answering.number_ranges import grade_in_range
from trainer.core.answering.option_grading import (
    check_options,
    grade_choice,
    grade_order,
    pairs_in_order,
)
from trainer.core.answering.ordinal_counts import ordinal_for_a_count
from trainer.core.answering.regions import (
    place_before_its_region,
    place_in_a_place,
    place_of_an_event,
)
from trainer.core.answering.regnal_epithets import regnal_shortenings
from trainer.core.answering.scale_letters import millions_by_letter
from trainer.core.answering.score_lines import score_verdict
from trainer.core.answering.spans import as_span
from trainer.core.answering.stopwatch_times import stopwatch_times
from trainer.core.answering.symbol_words import readable
from trainer.core.answering.text_match import match_text
from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.unit_symbols import unit_by_symbol
from trainer.core.answering.verdict import RANK, Outcome, Verdict
from trainer.core.answering.word_match import MIN_TYPO_LENGTH, word_allowance
from trainer.core.answering.words import answer_words
from trainer.core.answering.written_alternatives import written_alternatives
from trainer.core.answering.year_grading import grade_date, grade_year
from trainer.core.answering.year_questions import read_as_year
from trainer.core.answering.yes_no import yes_no_match
from trainer.core.answering.zero_counts import both_say_none
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

__all__ = [
    "BLANK_ANSWERS",
    "MIN_TYPO_LENGTH",
    "Outcome",
    "Verdict",
    "expected_text",
    "grade",
    "is_blank",
    "pairs_in_order",
    "typo_allowance",
]

# Longer typed answers are not compared at all: nobody types an answer this long, and
# comparing one would only cost time.
MAX_TYPED_LENGTH = 5_000
# A bracketed abbreviation in an answer is an answer by itself: "The German Communist
# party (KPD)" takes "KPD" and "the German Communist party".
_BRACKETED = re.compile(r"\s*\(([^()]*)\)")
_ABBREVIATION = re.compile(r"[A-Z][A-Z.]+")
# A blank in a cloze prompt: "[...]" or "[hint]".
_BLANK = re.compile(r"\[[^\]]*\]")
# Several answers typed for a card of several parts.
_PART_SEPARATORS = (re.compile(r"\s*;\s*"), re.compile(r"\s*(?:[;,/&]|\band\b)\s*"))
_MAX_PARTS_PERMUTED = 6


def grade(
    answer: Answer,
    typed: str,
    *,
    choices: Sequence[str] = (),
    policy: Policy,
    question: str = "",
    context: str = "",
) -> Verdict:
    """Compare what the learner typed with a card's answer; `question` is the card's
    prompt, whose words a typed answer may repeat or leave out; `context` the text the
    card was made from (its excerpt), which may say what a number counts ("four haploid
    cells")."""
    options = tuple(choices)
    if answer.type in (AnswerType.CHOICE, AnswerType.ORDER):
        check_options(answer, options)
    expected = expected_text(answer, options)
    if is_blank(typed) and not _the_answer_itself(answer, typed):
        return Verdict(Outcome.BLANK, 0.0, "", expected, rule="blank")
    if len(typed) > MAX_TYPED_LENGTH:
        note = f"longer than {MAX_TYPED_LENGTH:,} characters"
        return Verdict(Outcome.WRONG, 0.0, "", expected, note=note, rule="too long")
    asked = Question.of(question, cloze=_BLANK.search(question) is not None, context=context)
    if answer.type in (AnswerType.TEXT, AnswerType.NUMBER) and (
        ordinal := ordinal_for_a_count((answer.text, *answer.alternatives), typed, asked.sequence)
    ):
        return Verdict(Outcome.WRONG, 0.0, "", expected, rule=ordinal)  # "ninth" for 9
    if answer.type is AnswerType.CHOICE:
        return grade_choice(answer, typed, options, expected, asked, policy)
    if answer.type is AnswerType.ORDER:
        return grade_order(answer, typed, options, expected, policy)
    answer = with_excerpt_rivals(narrowed(answer, typed), typed, context)
    accepted = [text for text in (answer.text, *answer.alternatives) if readable(text)]
    if not accepted:
        raise ValueError("the card's answer is empty: there is nothing to grade against")
    approximate = question_approximates(question)
    if answer.type is AnswerType.TEXT:
        typed = without_the_reason(accepted, without_list_numbers(accepted, typed))
    if answer.type in COUNTED:
        typed = without_the_items_counted(accepted, without_the_whole(accepted, typed))

    def judge_one(text: str, typed: str) -> Verdict:
        return _grade_one(answer, text, typed, expected, policy, asked, context, approximate)

    def judge(text: str, typed: str) -> Verdict:
        scored = score_verdict(text, typed, expected, question, context)  # "Brazil 7, Germany 1"
        # "from June to August" for "between June and August": a span, end by end.
        return scored or as_span(judge_one(text, typed), text, typed, expected, judge_one)

    verdicts = [judge(text, typed) for text in accepted]
    verdicts = without_contradicted(accepted, verdicts, typed, asked)
    if answer.parts:
        verdicts.append(_grade_parts(answer, typed, expected, policy, asked))
    # The best outcome wins; among equals the most similar; among those the first given.
    best = max(verdicts, key=lambda v: (RANK[v.outcome], v.similarity))
    if best.outcome is Outcome.CLOSE and answer.type in NUMERIC and answer.confusables:
        best = another_answers_value(answer.confusables, typed, best, judge)
    elif (
        RANK[best.outcome] < RANK[Outcome.TYPO]
        and answer.type is AnswerType.TEXT
        and not answer.parts
    ):
        best = (
            each_accepted(accepted, typed, judge)
            or said_before_a_denial(accepted, typed, judge)
            or qualified_as_the_excerpt_does(accepted, typed, context, judge)
            or (best.outcome is Outcome.WRONG and one_of_those_named(accepted, typed, judge))
            or best
        )
    if best.correct and answer.type is AnswerType.TEXT and sign_added(accepted, typed, asked.has):
        rule = "a minus the answer does not have: another answer"  # "-e" for e
        return Verdict(Outcome.WRONG, 0.0, "", expected, rule=rule)
    return restating_the_question(best, typed, asked)


def _the_answer_itself(answer: Answer, typed: str) -> bool:
    """Whether a typed "I don't know" is the answer's own words ("What does 'je ne sais
    pas' mean?"), not a learner's blank."""
    said = answer_words(typed)
    return bool(said) and any(
        answer_words(text) == said for text in (answer.text, *answer.alternatives)
    )


def expected_text(answer: Answer, choices: Sequence[str] = ()) -> str:
    """The right answer as shown after answering."""
    if answer.text or not answer.key or not choices:
        return answer.text
    if answer.type is AnswerType.ORDER:
        return " → ".join(choices[i] for i in answer.key)
    return choices[answer.key[0]]


def typo_allowance(length: int, typo_tolerance: float) -> int:
    """How many edits a word of this many letters may have and still be right."""
    return word_allowance(length, typo_tolerance)


def _grade_one(
    answer: Answer,
    accepted: str,
    typed: str,
    expected: str,
    policy: Policy,
    asked: Question,
    context: str = "",
    approximate: bool = False,
) -> Verdict:
    accepted, typed = stopwatch_times(accepted, typed)  # "3:26.00" is 3 min 26 s
    typed = millions_by_letter(accepted, typed)  # "16m" for "16 million"
    if answer.type not in (AnswerType.YEAR, AnswerType.DATE) and both_say_none(
        accepted, typed, asked.has
    ):  # "no one", "0", "no justices" for "none"
        return Verdict(Outcome.EXACT, 1.0, accepted, expected, rule="a count of none")
    if approximate and (
        answer.type is AnswerType.NUMBER
        or (answer.type is AnswerType.TEXT and any(char.isdecimal() for char in accepted))
    ):
        # "about [number]": the prompt says the number is approximate, as if the answer
        # said so itself.
        said = _grade_one(answer, f"about {accepted}", typed, expected, policy, asked, context)
        return replace(said, matched=accepted) if said.matched else said
    if answer.type is AnswerType.YEAR or read_as_year(answer.type, accepted, asked.sequence):
        verdict = grade_year(accepted, typed, answer.tolerance, expected, policy, asked.sequence)
    elif answer.type is AnswerType.NUMBER:
        verdict = grade_in_range(accepted, typed, answer.tolerance, expected, policy)
        verdict = verdict or grade_number(accepted, typed, answer, expected, policy, asked, context)
    elif answer.type is AnswerType.DATE:
        verdict = grade_date(accepted, typed, answer.tolerance, expected, policy, asked.sequence)
    else:
        verdict = None
    # An expected value that does not read as its declared type (a deck error the
    # compiler should have caught) is graded as text rather than failing the session.
    return verdict or _grade_text(answer, accepted, typed, expected, policy, asked)


def _grade_text(
    answer: Answer, accepted: str, typed: str, expected: str, policy: Policy, asked: Question
) -> Verdict:
    if (answered := yes_no_match(accepted, typed, asked.has)) is not None:  # "No, they do not"
        return _text_verdict(answered, accepted, expected, policy)
    if is_country_name(typed, accepted, asked.has):  # "United States" for "… of America"
        return Verdict(Outcome.EXACT, 1.0, accepted, expected, rule="another name of the country")
    # "N" for "the newton", "CHF" for "the Swiss franc"; not "newton", asked "What is the
    # symbol of the newton?".
    by_symbol, named = unit_by_symbol(typed, accepted, asked.sequence), fold(typed).split()
    if by_symbol and not (named and all(map(asked.has, named))):  # a sign folds to nothing
        return Verdict(Outcome.EXACT, 1.0, accepted, expected, rule=by_symbol)
    matches = [
        match_text(
            form,
            typed,
            question=asked,
            confusables=answer.confusables,
            siblings=(answer.text, *answer.alternatives),
            typo_tolerance=policy.typo_tolerance,
        )
        for form in _forms(accepted, asked, typed)
    ]
    best = max(matches, key=lambda m: (m.accepted, not m.slip, m.similarity))
    located = None if best.accepted else place_before_its_region(accepted)
    told = f"'{located[1]}' left out: where the place lies" if located else ""
    if located is None and not best.accepted and asked.sequence[:1] == ("where",):
        if (event := place_of_an_event(accepted)) is not None:
            located, told = event, f"'{event[1]}' left out, asked where"  # "Cannae"
        elif (located := place_in_a_place(accepted)) is not None:  # "… in Rome"
            told = f"'{located[1]}' left out: where the place lies"
    # Not where the place alone is another answer of the deck ("Paris" beside "Paris, Texas").
    if located is not None and fold(located[0]) not in {fold(c) for c in answer.confusables}:
        alone = match_text(
            located[0],
            typed,
            question=asked,
            confusables=answer.confusables,
            typo_tolerance=policy.typo_tolerance,
        )
        if alone.accepted:  # "Kitty Hawk" for "Kitty Hawk, North Carolina"
            best = replace(alone, rule=told if alone.rule == "exact" else f"{alone.rule}; {told}")
    verdict = _text_verdict(best, accepted, expected, policy)
    if not best.accepted and (lettered := zeros_as_letters(typed)) is not None:
        said = _grade_text(answer, accepted, lettered, expected, policy, asked)
        if said.correct:  # "C02" for CO2: a zero for the letter O
            told = "'0' read as 'O'"
            rule = told if said.rule == "exact" else f"{said.rule}; {told}"
            return replace(said, outcome=Outcome.TYPO, rule=rule)
    if not best.accepted and (counted := counted_left_out(accepted, typed, expected)):
        return counted  # "70" for "70 beats per minute"
    if not best.accepted and (
        near := near_measure(answer, accepted, typed, expected, policy, asked)
    ):
        return near
    return verdict


def _text_verdict(match: TextMatch, accepted: str, expected: str, policy: Policy) -> Verdict:
    if match.accepted:
        outcome = Outcome.TYPO if match.slip else Outcome.EXACT
    elif not match.decisive and match.similarity >= policy.close_similarity:
        outcome = Outcome.CLOSE
    else:
        outcome = Outcome.WRONG
    return Verdict(outcome, match.similarity, accepted, expected, rule=match.rule)


def _forms(accepted: str, asked: Question, typed: str) -> list[str]:
    """An accepted answer; a ruler's by number or epithet alone ("Ptolemy II"); with a
    bracketed part left out or, for an abbreviation in brackets, that alone, unless the
    question writes it ("What does the KPD stand for?" is not answered by "KPD")."""
    # "O(n log n)" is no "O" with a note, nor "T = 2π√(l/g)" "T = 2π√", nor "c = n / V" "V".
    if is_formula(accepted) or is_algebra(accepted):
        return [accepted]
    # "A / B", "to be"; asked what a word means, "lawyer or avocado".
    forms = [accepted, *written_alternatives(accepted, asked.words, meaning=asked.asks_for_meaning)]
    forms += regnal_shortenings(accepted)
    forms += apposition_halves(accepted, asked.has)  # "the Duma" for "…, the Duma"
    if (uncounted := without_pointed_count(accepted, asked, typed)) is not None:
        forms.append(uncounted)  # "the pulmonary veins", asked which, not how many
    if (designation := designation_before_its_kind(accepted)) is not None:
        forms.append(designation)  # "U-2" for "U-2 spy planes"
    if (family := family_by_plural(accepted)) is not None:
        forms.append(family)  # "the Wrights" for "the Wright brothers"
    inside = [m.group(1).strip() for m in _BRACKETED.finditer(accepted)]
    if inside:
        if fold(bare := _BRACKETED.sub("", accepted).strip()):
            forms.append(bare)
        forms += [
            part
            for part in inside
            if _ABBREVIATION.fullmatch(part) and not all(map(asked.has, fold(part).split()))
        ]
    return forms


def _grade_parts(
    answer: Answer, typed: str, expected: str, policy: Policy, asked: Question
) -> Verdict:
    """A card of several parts (a cloze with several blanks): every part must be typed,
    in any order, separated by `;`, `,`, `/`, `&` or `and`."""
    parts = answer.parts
    if (pieces := _pieces(typed, len(parts))) is None:
        note = f"type all {len(parts)} parts, separated by ';'"
        return Verdict(Outcome.WRONG, 0.0, "", expected, note=note, rule="parts missing")
    # Each piece against each part once; then the pairing that suits them best.
    table = [
        [
            match_text(
                part,
                piece,
                question=asked,
                confusables=answer.confusables,
                typo_tolerance=policy.typo_tolerance,
            )
            for part in parts
        ]
        for piece in pieces
    ]
    orders = (
        itertools.permutations(range(len(parts)))
        if len(parts) <= _MAX_PARTS_PERMUTED
        else [tuple(range(len(parts)))]
    )
    best = max(([table[i][k] for i, k in enumerate(order)] for order in orders), key=_parts_score)
    right = sum(m.accepted for m in best)
    similarity = sum(m.similarity for m in best) / len(best)
    if right == len(parts):
        slip = any(m.slip for m in best)
        rule = "all parts right, in any order"
        return Verdict(
            Outcome.TYPO if slip else Outcome.EXACT, similarity, expected, expected, rule=rule
        )
    outcome = Outcome.CLOSE if similarity >= policy.close_similarity else Outcome.WRONG
    note = f"{right} of {len(parts)} parts right"
    return Verdict(outcome, similarity, expected, expected, note=note, rule=note)


def _parts_score(matches: list[TextMatch]) -> tuple[int, int, float]:
    accepted, slips = sum(m.accepted for m in matches), sum(m.slip for m in matches)
    return accepted, -slips, sum(m.similarity for m in matches)


def _pieces(typed: str, count: int) -> list[str] | None:
    for separator in _PART_SEPARATORS:
        pieces = [piece for piece in separator.split(typed) if fold(piece)]
        if len(pieces) == count:
            return pieces
    return None
