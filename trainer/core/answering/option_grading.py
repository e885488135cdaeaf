"""Grading answers chosen from a card's options: multiple choice, true/false and chronology.

An option may be typed as its number or as its text, which is matched by the rules for
text answers (`text_match`), so "Bern" chooses the option "Berne"; the right option also
answers to its accepted answers ("Santiago" for "St Jago", an alias of the deck); the
other options are its confusables, so tolerance never turns one option into another; nor
does folding, which drops a charge: "H", "H−" or "H2" choose no "H+" (`option_charges`).
A chronology is graded by how far the typed order is from the right one: its Kendall tau
distance, the number of pairs of events in the wrong order (one swap of neighbours is 1).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence

from trainer.core.answering.asked_question import Question
from trainer.core.answering.name_titles import surnames_of
from trainer.core.answering.normalise import fold
from trainer.core.answering.number_words import normalize_numbers
from trainer.core.answering.option_charges import option_charge_problem
from trainer.core.answering.option_names import other_given_name, other_surname
from trainer.core.answering.option_numbers import (
    Reading,
    options_of_value,
    ordinal_among_options,
    read_as_number_note,
    reading_of,
)
from trainer.core.answering.option_typos import option_misspelt
from trainer.core.answering.parsing import parse_choice, parse_order
from trainer.core.answering.person_titles import is_title_rule
from trainer.core.answering.text_match import match_text
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.answering.word_lists import ARTICLES, PLACE_KINDS, TITLES
from trainer.core.card_frames import is_verdict_word, verdict_index
from trainer.core.lexicon import is_common_word
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def grade_choice(
    answer: Answer,
    typed: str,
    choices: tuple[str, ...],
    expected: str,
    question: Question,
    policy: Policy,
) -> Verdict:
    """Right or wrong, never close: the option chosen is the right one or it is not."""
    reading = reading_of(typed)
    if reading is Reading.NUMBER and ordinal_among_options(typed, choices):
        reading = Reading.VALUE  # "second" among "the first vote | the second vote"
    index = _chosen_by_number(typed, choices, reading)
    rule, slip, note = "option chosen", False, ""
    refused: list[str] = []
    if index is not None and (charge := option_charge_problem(typed, choices[index])):
        # Folding drops the sign: "H" and "H−" read as "H+", and would choose it.
        refused.append(charge)
        index = None
    if index is not None and reading is Reading.BARE:
        note = read_as_number_note(typed, choices, answer.key[0])
    if index is None and reading is not Reading.NUMBER:
        valued = options_of_value(typed, choices)
        if len(valued) > 1:
            numbers = " and ".join(str(i + 1) for i in valued)
            note = f"options {numbers} have that value: type the whole option, or its number"
            return Verdict(Outcome.WRONG, 0.0, "", expected, note=note, rule="not one option")
        if valued:
            index = valued[0]
            rule = f"option '{choices[index]}' typed as its value"
    if index is None and (said := _verdict_with_reason(typed, choices)) is not None:
        index, rule = said, f"option '{choices[said]}' typed with a reason"
    if index is None:
        # The right option answers to its accepted answers too ("Santiago" for "St Jago"),
        # a person's name to the surname, and a place's or an institution's to its name
        # without the kind, when no other option has it ("Darwin"; "Cambridge" for "the
        # University of Cambridge").
        surnames, places = _surname_forms(choices, question.asks_who), _place_forms(choices)
        forms = {i: [*surnames.get(i, ()), *places.get(i, ())] for i in range(len(choices))}
        forms[answer.key[0]] += answer.alternatives
        found = _option_typed_as_text(typed, choices, question, policy, forms, refused)
        if found is None:
            note = f"type an option's number, 1 to {len(choices)}, or its text"
            why = f": {refused[0]}" if refused else ""
            return Verdict(Outcome.WRONG, 0.0, "", expected, note=note, rule=f"not an option{why}")
        index, rule, slip = found
    if index == answer.key[0]:
        outcome = Outcome.TYPO if slip else Outcome.EXACT
        return Verdict(outcome, 1.0, choices[index], expected, rule=rule)
    # How the typed text chose it matters only when it was typed as text ("'bern' spells …");
    # "exact" there would read as praise.
    how = "" if rule == "option chosen" else f": {rule.removesuffix(' (exact)')}"
    return Verdict(
        Outcome.WRONG, 0.0, choices[index], expected, note=note, rule=f"chose another option{how}"
    )


def _chosen_by_number(typed: str, choices: tuple[str, ...], reading: Reading) -> int | None:
    """The option typed as its number, its exact text or a true/false word; a value ("4%",
    "-5") is never read as an option's number, whatever digits it holds."""
    if reading is Reading.VALUE and any(
        char.isdecimal() for word in normalize_numbers(fold(typed).split()) for char in word
    ):
        return None
    return parse_choice(typed, choices)


def grade_order(
    answer: Answer, typed: str, choices: tuple[str, ...], expected: str, policy: Policy
) -> Verdict:
    """Exact for the right order; otherwise close or wrong by the share of pairs in order,
    with the events out of place and the distance in swaps of neighbours."""
    order = parse_order(typed, len(choices), choices)
    if order is None:
        example = _example_order(len(choices))
        note = f"type each option's number (or name) once, in order, e.g. {example}"
        return Verdict(Outcome.WRONG, 0.0, "", expected, note=note, rule="not an order")
    typed_order = " → ".join(choices[i] for i in order)
    if order == answer.key:
        return Verdict(Outcome.EXACT, 1.0, typed_order, expected, rule="right order")
    swaps = kendall_tau_distance(order, answer.key)
    similarity = pairs_in_order(order, answer.key)
    misplaced = out_of_place(order, answer.key)
    numbers = ", ".join(str(i + 1) for i in misplaced)
    note = f"out of place: {numbers}"
    plural = "" if swaps == 1 else "s"
    rule = f"{swaps} swap{plural} of neighbours from the right order; out of place: {numbers}"
    outcome = Outcome.CLOSE if similarity >= policy.close_similarity else Outcome.WRONG
    return Verdict(
        outcome,
        similarity,
        typed_order,
        expected,
        note=note,
        rule=rule,
        misplaced=misplaced,
        swaps=swaps,
        events=len(choices),
    )


def kendall_tau_distance(order: Sequence[int], key: Sequence[int]) -> int:
    """How many pairs of options `order` puts the other way round from `key`: the least
    number of swaps of neighbours that would put it right."""
    rank = {option: place for place, option in enumerate(order)}
    return sum(rank[a] > rank[b] for i, a in enumerate(key) for b in key[i + 1 :])


def pairs_in_order(order: Sequence[int], key: Sequence[int]) -> float:
    """The share of pairs of options that `order` puts in the same order as `key`."""
    pairs = len(key) * (len(key) - 1) // 2
    if not pairs:
        return 1.0
    return 1 - kendall_tau_distance(order, key) / pairs


def out_of_place(order: Sequence[int], key: Sequence[int]) -> tuple[int, ...]:
    """The options (0-based, as in the card's choices) to move to put `order` right: all
    but a longest run of options already in their right order relative to each other.
    Of two neighbours swapped, the later one typed is out of place."""
    place = {option: i for i, option in enumerate(key)}
    places = [place[option] for option in order]
    # Longest increasing subsequence, keeping for each length the run with the lowest end.
    ends: list[int] = []
    ends_at: list[int] = []
    before: list[int] = [-1] * len(places)
    for index, value in enumerate(places):
        length = bisect_left(ends, value)
        if length == len(ends):
            ends.append(value)
            ends_at.append(index)
        else:
            ends[length] = value
            ends_at[length] = index
        before[index] = ends_at[length - 1] if length else -1
    kept: set[int] = set()
    index = ends_at[-1] if ends_at else -1
    while index >= 0:
        kept.add(index)
        index = before[index]
    return tuple(sorted(order[i] for i in range(len(order)) if i not in kept))


def _option_typed_as_text(
    typed: str,
    choices: tuple[str, ...],
    question: Question,
    policy: Policy,
    other_forms: Mapping[int, Sequence[str]],
    refused: list[str],
) -> tuple[int, str, bool] | None:
    """The one option the typed text matches by the text rules, as written or as one of
    its `other_forms` (accepted answers, by option index), with the rule and whether it
    was matched with a slip; None when it matches none, or several equally well. Why a
    shorter form's match was refused ("Augustin Robespierre" is another person) is added
    to `refused`."""
    matches: list[tuple[bool, int, str]] = []
    # Typing an option picks it: a slip in "la pome" still picks "la pomme", where a
    # written answer to the same question must be the very form (see form_questions).
    question = dataclasses.replace(question, asks_for_form=False)
    for index, option in enumerate(choices):
        others = [choice for k, choice in enumerate(choices) if k != index]
        best: tuple[bool, str] | None = None
        forms = (option, *other_forms.get(index, ()))
        titled = ""
        for form in forms:
            result = match_text(
                form,
                typed,
                question=question,
                confusables=others,
                siblings=forms,
                typo_tolerance=policy.typo_tolerance,
            )
            if form == option and is_title_rule(result.rule, certain=True):
                # "Monsieur Defarge" for "Madame Defarge"; but any given name of her sex
                # goes with an option that gives none ("Thérèse Defarge").
                titled = result.rule
            if result.accepted and best is None and form != option:
                # A surname accepted alone never excuses another given name before it,
                # nor a title or name the whole option says is another person's.
                name = other_given_name(
                    typed, option, form, policy.typo_tolerance
                ) or other_surname(typed, option, form, policy.typo_tolerance)
                if name is not None or titled:
                    refused.append(titled or f"'{name}' names another person than '{option}'")
                    continue
            # The first form that matches wins, unless a later one matches without a slip.
            if result.accepted and (best is None or (best[0] and not result.slip)):
                rule = result.rule if form == option else f"'{form}' is accepted; {result.rule}"
                best = (result.slip, rule)
        if best is not None and (charge := option_charge_problem(typed, option)):
            # "H2" reaches "H+" through "hydrogen ions": another substance, not the ion.
            refused.append(charge)
            best = None
        if best is not None:
            matches.append((best[0], index, best[1]))
    if not matches:
        misspelt = option_misspelt(typed, choices, other_forms, policy.typo_tolerance)
        if misspelt is None or option_charge_problem(typed, choices[misspelt[0]]):
            return None
        index, rule = misspelt
        return index, f"option '{choices[index]}' typed as text ({rule})", True
    fewest_slips = min(slip for slip, _, _ in matches)
    best_matches = [m for m in matches if m[0] == fewest_slips]
    if len(best_matches) != 1:
        return None
    slip, index, rule = best_matches[0]
    return index, f"option '{choices[index]}' typed as text ({rule})", slip


def _surname_forms(choices: Sequence[str], asks_who: bool = False) -> dict[int, tuple[str]]:
    """Each option that names people, by their surnames, when no other option has any of
    those words ("Darwin" is no answer among Charles and Erasmus Darwin). Asked who, an
    option of capitalised words is a person's name even where its given name is rare
    ("Hall" for "Asaph Hall")."""
    forms: dict[int, tuple[str]] = {}
    for i, choice in enumerate(choices):
        surnames = surnames_of(choice) or (_last_name(choice) if asks_who else None)
        if surnames is None:
            continue
        others = {w for k, other in enumerate(choices) if k != i for w in fold(other).split()}
        if not set(fold(surnames).split()) - {"and"} & others:
            forms[i] = (surnames,)
    return forms


def _last_name(choice: str) -> str | None:
    """The last word of an option of two or three capitalised words, none of them a
    common word or a title ("Hall" of "Asaph Hall"; not of "Sir Isaac" or "The Hague")."""
    words = choice.split()
    if not 2 <= len(words) <= 3 or not all(word[:1].isupper() for word in words):
        return None
    if any(is_common_word(fold(word)) for word in words[:-1]):
        return None
    return None if fold(words[-1]) in TITLES else words[-1]


def _place_forms(choices: Sequence[str]) -> dict[int, tuple[str]]:
    """Each option named by a kind of place or institution and a name ("the University of
    Cambridge", "Lake Baikal"), by its name alone, when no other option has any of its
    words ("Cambridge" is no answer beside "Cambridge Analytica"), and the name is no
    common word ("Red" does not choose "the Red Sea", as it is no answer for it typed)."""
    forms: dict[int, tuple[str]] = {}
    for i, choice in enumerate(choices):
        written = choice.split()
        words = [fold(word) for word in written]
        if not any(word in _NAMED_KINDS for word in words):
            continue
        name = [w for w, f in zip(written, words, strict=True) if f not in _KIND_OR_GRAMMAR]
        if not name or len(name) == len(written) or not all(w[:1].isupper() for w in name):
            continue
        if all(is_common_word(fold(w)) for w in name):
            continue  # "Red" is no name of "the Red Sea" to choose it by
        others = {w for k, other in enumerate(choices) if k != i for w in fold(other).split()}
        if not {fold(w) for w in name} & others:
            forms[i] = (" ".join(name),)
    return forms


# Kinds of place and institution a name is given with: "the University of …", "Lake …".
_NAMED_KINDS = PLACE_KINDS | {
    *("college", "institute", "school", "academy", "museum", "library", "laboratory"),
    *("hospital", "gallery", "cathedral", "church", "abbey"),
}
_KIND_OR_GRAMMAR = _NAMED_KINDS | ARTICLES | {"of", "de", "in", "at"}


def _example_order(count: int) -> str:
    return " ".join(str(n) for n in (*range(2, count + 1), 1))


# Options that are a verdict, typed first, then a reason ("False, it is 6,650 km"): true
# or false in any language (`card_frames`), or a reply.
_REPLIES = frozenset({"yes", "no"})
_REASON = re.compile(r"\s*(?:[,;:.!—–-]|\s+because\b)")


def _verdict_with_reason(typed: str, choices: Sequence[str]) -> int | None:
    """The option a typed verdict chooses when a reason follows it: "False, it is 6,650
    km", "No - it was 1919", "Falso, fue en 1817". Only options that are a verdict, "True",
    "False", "Yes" or "No", or true or false in another language, are chosen so; the
    reason is not judged."""
    words = typed.strip().split(maxsplit=1)
    if len(words) < 2:
        return None
    first = fold(words[0].rstrip(",;:.!—–-"))
    if not (first in _REPLIES or is_verdict_word(first)):
        return None
    if _REASON.match(typed.strip()[len(first) :]) is None:
        return None
    chosen = [i for i, choice in enumerate(choices) if fold(choice) == first]
    if len(chosen) == 1:
        return chosen[0]
    return verdict_index(first, choices)  # "falso, …" for False, "true, …" for Verdadero


def check_options(answer: Answer, choices: Sequence[str]) -> None:
    """Raise ValueError where a choice or order card's key does not fit its options."""
    kind = answer.type.value
    if not choices:
        raise ValueError(f"a {kind} card must be graded with its options")
    if not answer.key or not all(0 <= i < len(choices) for i in answer.key):
        raise ValueError(f"a {kind} card's key {answer.key} does not index its options")
    if answer.type is AnswerType.ORDER and sorted(answer.key) != list(range(len(choices))):
        raise ValueError(f"an order card's key {answer.key} is not an order of its options")
