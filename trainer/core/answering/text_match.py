"""Comparing a typed text answer with one accepted answer, word by word, as a fair teacher would.

The answer's content words must all be there, each typed exactly, as a spelling variant
of a name, as another form of the word, or within its own typo allowance (see
`word_match`); their order is free and function words do not count. A content word
the question itself gives may be left out ("highest" for "at the highest level", asked
"At what level…?"). Words typed beyond the answer are ignored when they add no claim:
function words, words of the question, descriptors ("the city of Kazan"), a given name
before a surname, a phrase after the answer ("an aviation school for pilots"), a region
after it and a comma ("Lipetsk, Russia"). Never right, whatever else matches: a negation
added or dropped, a hedge ("Lipetsk or Kazan"), other numbers, or another answer of the
same deck (its confusables), typed instead of the answer or beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from trainer.core.answering.approximate import approximate_numbers_lined_up
from trainer.core.answering.dates_in_text import NO_FULL_DATE, line_up_dates, misspelt_month
from trainer.core.answering.directions import join_direction_phrases
from trainer.core.answering.extra_words import extra_words_problem, misplaced_word_problem
from trainer.core.answering.formulas import formulas_spelled_out, is_formula
from trainer.core.answering.missing_words import decisive_stand_in, missing_rule
from trainer.core.answering.name_titles import (
    distinctive_place,
    generic_head_noun,
    is_personal_title,
    kind_left_out,
    middle_name,
    place_kind_named,
)
from trainer.core.answering.other_answers import (
    as_near_another,
    question_contradiction,
    sibling_contradiction,
)
from trainer.core.answering.regions import region_after
from trainer.core.answering.times_of_day import other_period
from trainer.core.answering.units import m_read_alike, same_units, unit_problem
from trainer.core.answering.word_lists import (
    DESCRIPTORS,
    FUNCTION_WORDS,
    NEGATORS,
    TITLES,
)
from trainer.core.answering.word_match import (
    Kind,
    Refusal,
    WordMatch,
    WordRefusal,
    is_initial,
    is_other_form,
    match_word,
)
from trainer.core.answering.words import (
    answer_words,
    content_words,
    dotted_initials,
    hyphened_letter_problem,
    is_initial_letter,
    is_name_initial,
    join_compounds,
    join_decimals,
    line_up_abbreviations,
    linking_verb,
    spelled_out,
)
from trainer.core.lexicon import is_given_name
from trainer.core.records import record

_DIGIT_RUNS = re.compile(r"\d+(?:\.\d+)?")
_ARTICLES = frozenset({"a", "an", "the"})


@record
class TextMatch:
    """How a typed text compares with one accepted answer."""

    accepted: bool
    # Right with a slip (a typo, another spelling or form): suggested quality at most 4.
    slip: bool
    # Why: "exact", "typo in 'lipetks' (1 edit)", "'not' changes the meaning"...
    rule: str
    similarity: float
    # Wrong for a reason that is never merely close: a negation, a hedge, other
    # numbers, another answer of the deck.
    decisive: bool = False


@record
class Question:
    """What grading takes from the card's prompt."""

    words: frozenset[str] = frozenset()
    # Content words the question gives may be left out of the answer; not for a cloze,
    # whose prompt is the whole excerpt.
    gives_words: bool = True
    # The question's words in order.
    sequence: tuple[str, ...] = ()

    @classmethod
    def of(cls, prompt: str, *, cloze: bool) -> Question:
        words = answer_words(prompt)
        return cls(frozenset(words), gives_words=not cloze, sequence=words)

    def has(self, word: str) -> bool:
        """True when the question has the word, or another form of it ("law", "laws")."""
        return word in self.words or any(is_other_form(word, other) for other in self.words)


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
    accepted answers, whose words an extra typed word may contradict."""
    want, got = join_decimals(answer_words(expected), answer_words(typed))
    want, got = m_read_alike(same_units(want), same_units(got))
    similarity = OSA.normalized_similarity(
        " ".join(_articles_evened(got)), " ".join(_articles_evened(want))
    )
    want, got, date_problem = line_up_dates(want, got)
    got, near = approximate_numbers_lined_up(want, got)
    if got == want or "".join(got) == "".join(want):
        if (month := misspelt_month(answer_words(typed))) is not None:
            return TextMatch(True, True, f"'{month}' read as a month", 1.0)
        if near:
            return TextMatch(True, True, _near_rule(near), 1.0)
        return TextMatch(True, False, "exact", 1.0)
    if not got or date_problem:
        rule = date_problem or "nothing to compare"
        return TextMatch(False, False, rule, similarity, decisive=rule != NO_FULL_DATE)
    refusal = _decisive_difference(want, got, question) or unit_problem(want, got, question.words)
    if refusal is None and (lettered := hyphened_letter_problem(expected, typed, want, got)):
        return TextMatch(False, False, lettered, similarity)
    if refusal is not None:
        return TextMatch(False, False, refusal, similarity, decisive=True)
    for value in confusables:
        if _same_content(answer_words(value), got):
            return _another_answer(got, value, similarity)
    known = spelled_out(want, [answer_words(other) for other in siblings if other != expected])
    exp, typ, abbreviations = line_up_abbreviations(want, got, known)
    exp, typ = join_compounds(exp, typ)
    exp, typ = join_direction_phrases(exp, typ)
    exp, typ = formulas_spelled_out(exp, typ)
    after_comma = answer_words(typed.rpartition(",")[2]) if "," in typed else ()
    # A word of another accepted answer adds nothing to this one: "a German flying school"
    # when "a flying school" and "a German aviation school" are both right.
    accepted_words = frozenset(w for other in siblings for w in answer_words(other))
    outcome = _aligned(
        exp, typ, question, typo_tolerance, dotted_initials(expected), after_comma, accepted_words
    )
    if not outcome.accepted:
        decisive = outcome.stand_in is not None and decisive_stand_in(*outcome.stand_in, expected)
        return TextMatch(False, False, outcome.rule, similarity, decisive=decisive)
    conflict = sibling_contradiction(
        outcome.claims, got, siblings, question.has
    ) or question_contradiction(outcome.claims, question.sequence, typo_tolerance)
    if conflict is not None:
        return TextMatch(False, False, conflict, similarity)
    beyond_answer = list((Counter(got) - Counter(want)).elements())
    for value in confusables:
        other = answer_words(value)
        named = content_words(other)
        if _contains(beyond_answer, named) and not all(map(question.has, named)):
            # A hedge without "or": "Lipetsk Kazan", "Lipetsk, Kazan". (Named by the
            # question, it is only repeated.)
            rule = f"more than one answer: '{' '.join(other)}' is another answer of this deck"
            return TextMatch(False, False, rule, similarity, decisive=True)
        if outcome.slip and as_near_another(got, other, want, typo_tolerance):
            return _another_answer(got, value, similarity)
    notes = [*outcome.notes, *(f"abbreviation '{a}'" for a in abbreviations)]
    if near:
        notes.append(_near_rule(near))
    slip = outcome.slip or bool(near)
    return TextMatch(True, slip, "; ".join(notes) or "exact", max(similarity, 0.0))


def _near_rule(near: Sequence[tuple[str, str]]) -> str:
    typed, wanted = near[0]
    return f"{typed} is near enough the approximate {wanted}"


def _articles_evened(words: Sequence[str]) -> list[str]:
    """The words as near as grading counts them: a leading article left out, and any
    other read as "the". An article holds none of the answer's letters: "a tank school",
    "the tank school" and "tank school" are as near "a flying school" as each other, and
    "in a tank school" as "in the tank school". (An article inside the answer is kept
    as a word: it pads a phrase, "at the top level", as a preposition does.)"""
    start = 1 if len(words) > 1 and words[0] in _ARTICLES else 0
    return [word if word not in _ARTICLES else "the" for word in words[start:]]


def _another_answer(got: Sequence[str], value: str, similarity: float) -> TextMatch:
    rule = f"'{' '.join(got)}' is another answer of this deck: {value}"
    return TextMatch(False, False, rule, similarity, decisive=True)


@dataclass(slots=True)
class _Alignment:
    accepted: bool
    slip: bool
    rule: str
    notes: list[str]
    # Typed words beyond the answer that say something, each after the word before it.
    claims: tuple[tuple[str, str], ...] = ()
    # When a word of the answer is missing: that word, and the typed word in its place.
    stand_in: tuple[str, str] | None = None


def _decisive_difference(want: Sequence[str], got: Sequence[str], question: Question) -> str | None:
    """A negation added or dropped, or numbers that differ: never a typo."""
    negations_wanted = Counter(w for w in want if w in NEGATORS)
    negations_typed = Counter(w for w in got if w in NEGATORS)
    if sum(negations_wanted.values()) != sum(negations_typed.values()):
        changed = (negations_typed - negations_wanted) or (negations_wanted - negations_typed)
        return f"'{next(iter(changed))}' changes the meaning"
    if (period := other_period(want, got)) is not None:
        return period
    # The digits of a formula ("CO2") are no number.
    numbers_wanted = Counter(_DIGIT_RUNS.findall(" ".join(w for w in want if not is_formula(w))))
    numbers_typed = Counter(_DIGIT_RUNS.findall(" ".join(w for w in got if not is_formula(w))))
    missing = numbers_wanted - numbers_typed
    extra = Counter(
        {n: k for n, k in (numbers_typed - numbers_wanted).items() if n not in question.words}
    )
    if missing or extra:
        typed = ", ".join(extra) or "no number"
        return f"numbers differ: {typed} typed, {', '.join(missing) or 'none'} expected"
    return None


def _aligned(
    want: Sequence[str],
    got: Sequence[str],
    question: Question,
    typo_tolerance: float,
    dotted: frozenset[str],
    after_comma: Sequence[str] = (),
    accepted_words: frozenset[str] = frozenset(),
) -> _Alignment:
    content_set = set(content_words(want))
    content = [i for i, w in enumerate(want) if w in content_set]
    required = [
        i
        for i in content
        if not is_name_initial(want, i, dotted)
        and not (question.gives_words and _given_by_question(want, i, question))
        and not is_personal_title(want, i)
        and not kind_left_out(want, i, got)
        and not middle_name(want, i, content)
        and not linking_verb(want, i)
    ]
    if not required:
        required = [i for i in content if not is_name_initial(want, i, dotted)] or content
    modifier_forms = len(content) > 1
    surnames = {i for i in content if i > 0 and is_given_name(want[i - 1])}
    candidates: list[tuple[int, int, int, int, int, WordMatch]] = []
    near_misses: dict[int, tuple[str, Refusal]] = {}
    for i in content:
        for j, word in enumerate(got):
            if word in FUNCTION_WORDS and want[i] not in FUNCTION_WORDS:
                continue
            result = (
                WordMatch(Kind.INITIAL)  # for a given name ("W. Shakespeare"), not "Cs"
                if is_initial(want[i], word) and i != content[-1]
                else match_word(
                    want[i],
                    word,
                    typo_tolerance,
                    modifier_forms=modifier_forms,
                    surname=i in surnames,
                )
            )
            if isinstance(result, WordMatch):
                candidates.append((result.kind, result.edits, abs(i - j), i, j, result))
            elif isinstance(result, WordRefusal) and i not in near_misses:
                near_misses[i] = (word, result.reason)
    pairs: dict[int, tuple[int, WordMatch]] = {}
    used: set[int] = set()
    # Best matches first: the same word before a spelling before a typo, fewer edits,
    # nearer in position.
    for _, _, _, i, j, result in sorted(candidates, key=lambda c: c[:5]):
        if i not in pairs and j not in used:
            pairs[i] = (j, result)
            used.add(j)
    missing = [i for i in required if i not in pairs]
    if missing:
        rule, stand_in = missing_rule(want, got, missing, near_misses, used)
        return _Alignment(False, False, rule, [], stand_in=stand_in)
    extras = [j for j in range(len(got)) if j not in used and got[j] not in want]
    region = region_after(want, got, extras, used, after_comma)
    extras = [j for j in extras if j not in region]
    placed = {i: j for i, (j, _) in pairs.items()}

    def harmless(word: str) -> bool:
        return question.has(word) or word in accepted_words

    problem = extra_words_problem(got, extras, used, harmless) or misplaced_word_problem(
        want, got, placed, extras, content, harmless
    )
    if problem is not None:
        return _Alignment(False, False, problem, [])
    alignment = _described(want, got, pairs, sorted([*extras, *region]), content)
    alignment.claims = tuple(
        (got[j - 1] if j else "", got[j])
        for j in extras
        if got[j] not in FUNCTION_WORDS
        and got[j] not in DESCRIPTORS
        and got[j] not in TITLES
        and not harmless(got[j])
    )
    return alignment


def _described(
    want: Sequence[str],
    got: Sequence[str],
    pairs: dict[int, tuple[int, WordMatch]],
    extras: list[int],
    content: list[int],
) -> _Alignment:
    notes: list[str] = []
    slip = False
    for i, (j, result) in sorted(pairs.items()):
        if result.kind is Kind.TYPO:
            slip = True
            plural = "" if result.edits == 1 else "s"
            notes.append(f"typo in '{got[j]}' ({result.edits} edit{plural})")
        elif result.kind is Kind.FORM:
            slip = True
            notes.append(f"'{got[j]}' for '{want[i]}'")
        elif result.kind is Kind.REGIONAL:
            notes.append(f"'{got[j]}' is another spelling of '{want[i]}'")
        elif result.kind is Kind.VARIANT:
            # Right, but the suggested quality allows for the doubt a spelling leaves.
            slip = True
            notes.append(f"'{got[j]}' spells '{want[i]}'")
    order = [j for _, (j, _) in sorted(pairs.items())]
    if order != sorted(order):
        notes.append("word order ignored")
    if extras:
        notes.append(f"extra words ignored ({' '.join(got[j] for j in extras)})")
    left_out = [i for i in content if i not in pairs and not is_initial_letter(want[i])]
    titles = [want[i] for i in left_out if is_personal_title(want, i)]
    kinds = [want[i] for i in left_out if distinctive_place(want, i) or generic_head_noun(want, i)]
    middle = [want[i] for i in left_out if middle_name(want, i, content)]
    linking = [want[i] for i in left_out if linking_verb(want, i)]
    named = {*titles, *kinds, *middle, *linking}
    given = [w for i in left_out if (w := want[i]) not in named]
    if titles:
        notes.append(f"'{' '.join(titles)}' left out, a title")
    if middle:
        notes.append(f"'{' '.join(middle)}' left out, a middle name")
    if kinds:
        notes.append(f"'{' '.join(kinds)}' left out: the name says what it is")
    if linking:
        notes.append(f"'{' '.join(linking)}' left out: the state says it")
    if given:
        notes.append(f"'{' '.join(given)}' left out, given by the question")
    return _Alignment(True, slip, "; ".join(notes), notes)


def _given_by_question(want: Sequence[str], index: int, question: Question) -> bool:
    """The question has the word, or names the kind of place it is ("lake" for "Which
    lake…?")."""
    return question.has(want[index]) or place_kind_named(want, index, question.words)


def _contains(words: Sequence[str], part: Sequence[str]) -> bool:
    return bool(part) and not (Counter(part) - Counter(words))


def _same_content(a: Sequence[str], b: Sequence[str]) -> bool:
    return sorted(content_words(a)) == sorted(content_words(b))
