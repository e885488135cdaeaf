"""Confusables: the deck's other values a typo of a card's answer could be, found at compile time.

A typed answer within typo distance of the right one is accepted; but if it is just as
near another answer, option or fact value of the same deck ("Prussian" for "Russian",
"Iceland" for "Ireland"), tolerance would turn one of the deck's answers into another.
`attach_confusables` lists those values in each text card's `Answer.confusables`, and
grading compares a typed answer with them exactly (see `text_match`).

Values are compared as grading compares words (folded, numbers as digits, function
words left out), by Damerau–Levenshtein (OSA) distance within the sum of the answer's
per-word typo allowances, where the difference lies in one word. To stay fast on large
decks, values are found through an index of their words' deletion neighbourhoods
rather than compared with each other; when only a few answers need a search (an edited
deck, with `attach_confusables_reusing`), each is compared with every value in C and
kept if it shares a neighbourhood key, which is what the index would find.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from trainer.core.answering.degree_words import differs_only_by_degree
from trainer.core.answering.word_match import word_allowance
from trainer.core.answering.words import answer_words, content_words
from trainer.core.authored import Deck
from trainer.core.model import Answer, AnswerType, Card, with_answer
from trainer.core.records import record

# Matches the default typo tolerance: confusables are computed once per compile, before
# any learner's settings are known, so they cover the default allowance.
_TYPO_TOLERANCE = 0.15
# More than this many confusables of one answer would mean a deck of near-identical
# values; the nearest are kept.
MAX_CONFUSABLES = 12
# Confusions in one word, by at most two edits: enough for the typos grading allows.
_MAX_DELETIONS = 2
# A word longer than this is no word a learner types by mistake for another, and cutting
# it would make as many keys as the square of its length (a 1,500-letter "answer" took
# 5 GB): it is left out of the neighbourhoods.
MAX_WORD_LENGTH = 50
# Values of more content words than this are sentences (chronology events, long
# options): nobody types one by mistake for another, and indexing them costs time.
_MAX_WORDS = 4


def attach_confusables(cards: Sequence[Card], extra_values: Iterable[str] = ()) -> tuple[Card, ...]:
    """The cards, each text card with the deck's values within typo distance of its
    accepted answers (but not equal to one) as its answer's confusables."""
    return attach_confusables_reusing(cards, extra_values, ConfusablesMemo())[0]


@record
class ConfusablesMemo:
    """What finding one deck's confusables computed, kept for its next compile: each
    value's compared form, the value each indexed form stands for, and what was found
    for each answer's forms."""

    forms: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, str] = field(default_factory=dict)
    found: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)


def confusables_to_plain(memo: ConfusablesMemo) -> tuple[object, ...]:
    """The memo as dictionaries of strings and tuples of strings."""
    return (dict(memo.forms), dict(memo.values), dict(memo.found))


def confusables_from_plain(plain: object) -> ConfusablesMemo:
    """The memo `confusables_to_plain` gave; TypeError or ValueError if it is not one."""
    if type(plain) is not tuple or len(plain) != 3:
        raise TypeError("a confusables memo is three mappings")
    forms, values, found = plain
    for mapping in (forms, values):
        if type(mapping) is not dict or not all(
            type(key) is str and type(value) is str for key, value in mapping.items()
        ):
            raise TypeError("a confusables memo maps strings to strings")
    if type(found) is not dict or not all(
        _strings(key) and _strings(value) for key, value in found.items()
    ):
        raise TypeError("a confusables memo finds tuples of strings")
    return ConfusablesMemo(forms, values, found)


def _strings(value: object) -> bool:
    return type(value) is tuple and all(type(item) is str for item in value)


def attach_confusables_reusing(
    cards: Sequence[Card], extra_values: Iterable[str], previous: ConfusablesMemo
) -> tuple[tuple[Card, ...], ConfusablesMemo]:
    """What `attach_confusables` gives, and what to remember for the next compile.

    From `previous`, forms are not computed again, and an answer keeps what was found
    for it unless one of the values added, removed or changed since lies within its
    typo allowance (a superset of those it could find); the others are searched again.
    """
    forms = previous.forms
    form_of = {
        text: form if (form := forms.get(text)) is not None else compared_form(text)
        for text in map(str, dict.fromkeys([*_card_values(cards), *extra_values]))
    }
    indexed: dict[str, str] = {}
    # A deck states the same values many times over: each form stands for its first value.
    # The others of a form are kept too: two values of one form may still be two answers.
    alike: dict[str, list[str]] = {}
    for text, form in form_of.items():
        if form and len(form.split()) <= _MAX_WORDS:
            if form not in indexed:
                indexed[form] = text
            else:
                alike.setdefault(form, [indexed[form]]).append(text)
    queries = _queries(cards, form_of)
    wanted = {forms for forms in queries if forms is not None}
    found = _reused(previous, indexed, wanted)
    missing = [forms for forms in wanted if forms not in found]
    if missing:
        search = _searcher(indexed, missing)
        found.update((forms, search(forms)) for forms in missing)
    out: list[Card] = []
    # The values of an answer's forms that differ by degree, once per accepted answers.
    by_degree: dict[tuple[str, tuple[str, ...], tuple[str, ...]], tuple[str, ...]] = {}
    for card, forms_of_card in zip(cards, queries, strict=True):
        answer = card.answer
        if forms_of_card is None:  # not a text card
            out.append(card)
            continue
        near = found[forms_of_card]
        if alike:
            accepted = (answer.text, answer.alternatives, answer.parts)
            if accepted not in by_degree:
                by_degree[accepted] = _by_degree(answer, forms_of_card, alike)
            near = (*by_degree[accepted], *near)
        if not near and not answer.confusables:
            out.append(card)
            continue
        merged = tuple(dict.fromkeys([*answer.confusables, *near]))[:MAX_CONFUSABLES]
        out.append(with_answer(card, confusables=merged))
    kept = {forms: near for forms, near in found.items() if forms in wanted}
    return tuple(out), ConfusablesMemo(form_of, indexed, kept)


def _queries(cards: Sequence[Card], form_of: Mapping[str, str]) -> list[tuple[str, ...] | None]:
    """`_accepted_forms` of each card, worked out once per accepted answers: the bench's
    10,000 cards have 1,800 (4 ms of 15 saved)."""
    known: dict[tuple[str, tuple[str, ...], tuple[str, ...]], tuple[str, ...] | None] = {}
    queries: list[tuple[str, ...] | None] = []
    for card in cards:
        answer = card.answer
        if answer.type is not AnswerType.TEXT:
            queries.append(None)
            continue
        accepted = (answer.text, answer.alternatives, answer.parts)
        if accepted not in known:
            known[accepted] = _accepted_forms(card, form_of)
        queries.append(known[accepted])
    return queries


def _accepted_forms(card: Card, form_of: Mapping[str, str]) -> tuple[str, ...] | None:
    """The forms a text card's accepted answers are compared in (None for other cards)."""
    answer = card.answer
    if answer.type is not AnswerType.TEXT:
        return None
    accepted = [answer.text, *answer.alternatives, *answer.parts]
    return tuple(
        dict.fromkeys(
            form
            for form in (form_of.get(a) or compared_form(a) for a in accepted)
            if form and len(form.split()) <= _MAX_WORDS
        )
    )


# More changed values than this, or more answers to search: the whole index is built.
_FEW = 200


def _reused(
    previous: ConfusablesMemo, indexed: Mapping[str, str], wanted: set[tuple[str, ...]]
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """What `previous` found that still holds: the answers no changed value is near."""
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    if not previous.found:
        return found
    old = previous.values
    changed = [form for form in indexed.keys() | old.keys() if indexed.get(form) != old.get(form)]
    if len(changed) > _FEW:
        return found
    kept = [forms for forms in wanted if forms in previous.found]
    touched: set[str] = set()
    if changed and kept:
        asked = list({form for forms in kept for form in forms})
        widest = max((total_allowance(form) for form in asked), default=0)
        for form in changed:
            for other, distance, _ in process.extract(
                form, asked, scorer=OSA.distance, score_cutoff=widest, limit=None
            ):
                if distance <= total_allowance(other):
                    touched.add(other)
    for forms in kept:
        if touched.isdisjoint(forms):
            found[forms] = previous.found[forms]
    return found


def _searcher(
    indexed: Mapping[str, str], missing: Sequence[tuple[str, ...]]
) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
    """Finds the confusables of each answer in `missing`: through an index of
    neighbourhood keys, or, for a few answers, by comparing each with every value (in C)
    and keeping those that share a neighbourhood key, which is what the index would have
    found."""
    # Counted in forms, not answers: one answer may accept thousands.
    if sum(map(len, missing)) > _FEW:
        near = _sharing_a_key(indexed, {form for forms in missing for form in forms})
        return lambda forms: _ranked(indexed, forms, lambda form: near.get(form, set()))
    choices = list(indexed)

    def near_by_distance(form: str) -> set[str]:
        allowance = total_allowance(form)
        keys = _neighbourhood(form)
        return {
            other
            for other, _, _ in process.extract(
                form, choices, scorer=OSA.distance, score_cutoff=allowance, limit=None
            )
            if not keys.isdisjoint(_neighbourhood(other))
        }

    return lambda forms: _ranked(indexed, forms, near_by_distance)


def _sharing_a_key(indexed: Iterable[str], asked: set[str]) -> dict[str, set[str]]:
    """For each form `asked`, the `indexed` forms that share a neighbourhood key with it
    (those that share none are left out).

    Sharing a key is symmetric: the side with fewer forms is indexed by key and the other
    is walked past it, so that the index is as small as it can be. A cold compile of
    100,000 cards asks for at most 2,761 forms against 4,823 values (151,000 keys):
    indexing the forms asked left its resident set 9 MB lower after the confusables.
    """
    values = list(indexed)
    index_asked = len(asked) <= len(values)
    by_key = _keyed(asked if index_asked else values)
    near: dict[str, set[str]] = {}
    for form in values if index_asked else asked:
        for key in _neighbourhood(form):
            known = by_key.get(key)
            if known is None:
                continue
            for other in known if isinstance(known, list) else (known,):
                asked_form, value = (other, form) if index_asked else (form, other)
                near.setdefault(asked_form, set()).add(value)
    return near


def _keyed(forms: Iterable[str]) -> dict[str, str | list[str]]:
    """`forms` by each key of their neighbourhoods. Most keys belong to one form: it is
    kept alone, and a list made only for a key that two forms share (a list a key took
    17 MB at 100,000 cards, at the height of a compile's memory)."""
    by_key: dict[str, str | list[str]] = {}
    for form in forms:
        for key in _neighbourhood(form):
            known = by_key.setdefault(key, form)
            if known is not form:
                if isinstance(known, list):
                    known.append(form)
                else:
                    by_key[key] = [known, form]
    return by_key


def _ranked(
    indexed: Mapping[str, str],
    forms: tuple[str, ...],
    candidates_of: Callable[[str], set[str]],
) -> tuple[str, ...]:
    """The values near any of `forms` (not one of them), nearest first."""
    own = set(forms)
    found: dict[str, int] = {}
    for form in forms:
        allowance = total_allowance(form)
        for other in candidates_of(form) - own:
            distance = OSA.distance(form, other, score_cutoff=allowance)
            if distance <= allowance:
                value = indexed[other]
                found[value] = min(distance, found.get(value, distance))
    ranked = sorted(found, key=lambda value: (found[value], value))
    return tuple(ranked[:MAX_CONFUSABLES])


def deck_values(deck: Deck) -> list[str]:
    """Every value a deck states besides its cards' answers and options: fact values,
    questions' answers, accepted answers and distractors, aliases."""
    values: list[str] = []
    for excerpt in deck.excerpts:
        for fact in excerpt.facts:
            values.extend(str(value) for value in fact.values.values())
        for question in excerpt.questions:
            values.extend((question.answer, *question.accept, *question.distractors))
    for name, others in deck.aliases.items():
        values.extend((name, *others))
    return values


def compared_form(value: str) -> str:
    """A value as confusables are compared: its content words, as grading reads them."""
    return " ".join(content_words(answer_words(value)))


def total_allowance(form: str, typo_tolerance: float = _TYPO_TOLERANCE) -> int:
    """The edits a compared form may have: the sum of its words' own allowances (numbers
    have none)."""
    if typo_tolerance == _TYPO_TOLERANCE:
        return sum(_allowance(len(word)) for word in form.split() if word.isalpha())
    return sum(word_allowance(len(word), typo_tolerance) for word in form.split() if word.isalpha())


def _card_values(cards: Sequence[Card]) -> list[str]:
    # A list built in one loop, not a generator: 21,000 values at 10,000 cards (2 ms).
    values: list[str] = []
    for card in cards:
        answer = card.answer
        values.append(answer.text)
        values += answer.alternatives
        values += answer.parts
        values += card.choices
    return values


def _neighbourhood(form: str) -> set[str]:
    """The form with one of its words cut by up to that word's allowance of deletions.

    Two forms that differ in one word by at most that word's allowance share a key: the
    form with that word cut down by the same deletions (a substitution, an insertion or
    a swap of neighbours is one deletion on one side or the other). So a value's near
    neighbours are found by a few dictionary lookups, not by comparing every pair.
    """
    words = form.split()
    keys: set[str] = set()
    for position, word in enumerate(words):
        depth = min(_allowance(len(word)), _MAX_DELETIONS)
        # Numbers are never typos.
        if depth == 0 or not word.isalpha() or len(word) > MAX_WORD_LENGTH:
            continue
        before = " ".join(words[:position]) + "\x00"
        after = "\x00" + " ".join(words[position + 1 :])
        keys.update([before + cut + after for cut in _deletions(word, depth)])
    return keys


@lru_cache(maxsize=64)
def _allowance(length: int) -> int:
    return word_allowance(length, _TYPO_TOLERANCE)


# The same words recur in many values ("Krupp", "Minister", "Finance"): cut once each.
@lru_cache(maxsize=1 << 14)
def _deletions(word: str, depth: int) -> frozenset[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return frozenset(found)


def _by_degree(
    answer: Answer, forms: tuple[str, ...], alike: Mapping[str, list[str]]
) -> tuple[str, ...]:
    """The deck's values of one of the answer's forms that differ from it by words of
    degree only ("fast" beside "very fast"): the same to the search, which passes over
    such words, but another answer of the deck all the same."""
    others = [text for form in forms for text in alike.get(form, ())]
    if not others:
        return ()
    accepted = {answer.text, *answer.alternatives, *answer.parts}
    own = answer_words(answer.text)
    return tuple(
        text
        for text in others
        if text not in accepted and differs_only_by_degree(own, answer_words(text))
    )
