"""Why a value of a pool was left out as a wrong option: told when a template runs short."""

from __future__ import annotations

from collections.abc import Iterable

from trainer.core.generate.measure_kinds import MIXED, measure_kind, measure_noun, same_measure
from trainer.core.generate.name_endings import name_endings
from trainer.core.generate.option_rules import (
    OptionRules,
    ValueClass,
    alike,
    core_words,
    signed_fold,
    unsigned,
    value_class,
    value_parts,
)
from trainer.core.generate.value_classes import number_in
from trainer.core.model import AnswerType

# At most this many values left out are named in one message.
NAMED_AT_MOST = 5


def refusal(rules: OptionRules, value: str) -> str | None:
    """Why `rules` refuse `value` (the first of their tests that does), or None: the
    words of `OptionRules.refuses`, for an author."""
    key, core, parts = signed_fold(value), core_words(value), value_parts(value)
    if not key or core in rules.taken:
        return "it is the answer or an accepted answer, written otherwise"
    if rules.right_too(core, parts):
        return "another fact holds it with every value the prompt shows, so it is right too"
    if rules.within_tolerance(value):
        return f"it is within the tolerance ({rules.tolerance:g}) of the answer, so it is right too"
    if core != rules.answer_core and unsigned(core) != unsigned(rules.answer_core):
        if rules.answer_core and _holds(core, rules.answer_core):
            return "it holds the answer"
        if core and _holds(rules.answer_core, core):
            return "the answer holds it"
    if shared := sorted(parts & rules.answer_parts):
        return f"it shares '{shared[0]}' with the answer"
    if core and _holds(rules.prompt, core):
        return "the prompt names it"
    if named := sorted(part for part in parts if part and _holds(rules.prompt, part)):
        return f"the prompt names its part '{named[0]}'"
    endings = name_endings(value)
    surnames = endings.every if rules.person else endings.given
    if found := sorted(surnames & rules.prompt_words):
        return f"it reads as a person's name, and the prompt names '{found[0]}', its surname"
    return None


def left_out(
    rules: OptionRules,
    answer: str,
    values: Iterable[str],
    declared: AnswerType | None = None,
) -> list[tuple[str, str]]:
    """The values among `values` that could not be a wrong option for `answer`, each
    with why: another kind of value than the answer's, or refused by `rules`."""
    kind = value_class(answer, declared)
    own = signed_fold(answer)
    reasons: list[tuple[str, str]] = []
    seen = {own}
    for value in values:
        key = signed_fold(value)
        if key in seen:
            continue
        seen.add(key)
        other = value_class(value, declared)
        if not alike(other, kind):
            reasons.append((value, _kinds_told(value, other, answer, kind)))
        elif not same_measure(measured := measure_kind(value), measure_kind(answer)):
            theirs, ours = measure_noun(measured), measure_noun(measure_kind(answer))
            reasons.append((value, f"it measures {theirs}, and the answer {ours}"))
        elif (why := refusal(rules, value)) is not None:
            reasons.append((value, why))
    return reasons


def _kinds_told(value: str, other: ValueClass, answer: str, kind: ValueClass) -> str:
    """Why a value of another class than the answer's is left out, each side named by
    what it measures where it measures something ("'$18 trillion' (it is money, and
    the answer a percentage)"), else by its class."""

    def named(text: str, of: ValueClass) -> str:
        measured = measure_kind(text)
        if measured is None or measured == MIXED:
            return f"a {of.value}"
        return measure_noun(measured)

    unmeasured = measure_kind(value) is None and measure_kind(answer) is None
    if unmeasured and {other, kind} == {ValueClass.TEXT, ValueClass.NUMBER}:
        # "about 2,000" beside "57": one amount among words, one bare: the same kind of
        # value, written unlike.
        worded = value if other is ValueClass.TEXT else answer
        if number_in(worded) is not None:
            if other is ValueClass.TEXT:
                return "it writes its number among words, the answer alone: write them alike"
            return "it is a number alone, the answer one among words: write them alike"
    return f"it is {named(value, other)}, and the answer {named(answer, kind)}"


def left_out_message(reasons: list[tuple[str, str]]) -> str:
    """The end of a shortfall's error naming the values left out, and why; empty if none."""
    if not reasons:
        return ""
    named = "; ".join(f"'{value}' ({why})" for value, why in reasons[:NAMED_AT_MOST])
    more = len(reasons) - NAMED_AT_MOST
    rest = f", and {more} more" if more > 0 else ""
    return f"; left out: {named}{rest}"


def _holds(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "
