"""Options whose form would single out the answer: the only plural, the only hedged one,
the only country.

"Which gland secretes adrenaline?" with "adrenal glands" among "pineal gland",
"pituitary gland" and "pancreas" is answered by grammar: the only plural. With
"pancreas" among three glands it is answered by the missing noun. A test-wise learner
takes such cues without knowing anything. Where the options as drawn leave the answer
alone in its form, one wrong option gives way to the nearest candidate left that shares
the answer's form; and a word of approximation that only the answer opens with ("about
2,300 km" among bare lengths) is not shown. So with places: "Poland" among Stalingrad,
Pearl Harbor and San Francisco is the only country, and a learner need not know where
the war began to pick it. And with years: "AD 9" among 31 BC, 44 BC and 202 BC is the
only year of our era, and "43 BC" among AD 14, AD 68 and AD 180 the only one before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.approximate import APPROXIMATORS
from trainer.core.generate.amounts import measure_of
from trainer.core.generate.nested_values import COUNTRY_LEVEL, place_level
from trainer.core.generate.noun_number import plural_noun
from trainer.core.generate.option_rules import ValueClass, value_class


def share_the_answers_form(answer: str, wrong: list[str], spare: Sequence[str]) -> None:
    """Make the answer no longer the only option of its number (plural or singular) or
    the only one without the head noun all the wrong options share: where two or more
    wrong options are shown, the last gives way to the first spare candidate of the
    answer's form; so for the only country or continent among places of lower levels.
    Where no candidate is left of it, the options stay as drawn. So too for the only year
    of its era, before Christ or after, among years of the other (`era_of`)."""
    if len(wrong) < 2 or not spare:
        return
    era = era_of(answer)
    if era is not None and all(era_of(option) != era for option in wrong):
        alike = next((option for option in spare if era_of(option) == era), None)
        if alike is not None:
            wrong[-1] = alike
            return
    if (level := lone_place_level(answer, wrong)) is not None:
        alike = next((option for option in spare if place_level(option) == level), None)
        if alike is not None:
            wrong[-1] = alike
            return
    if _alone_in_number(answer, wrong):
        plural = plural_noun(answer)
        alike = next((option for option in spare if plural_noun(option) == plural), None)
        if alike is not None:
            wrong[-1] = alike
            return
    head = _shared_head(wrong)
    if head is not None and _head(answer) != head:
        alike = next((option for option in spare if _head(option) != head), None)
        if alike is not None:
            wrong[-1] = alike


def era_of(value: str) -> str | None:
    """The era of a year or date: "BC" before Christ ("44 BC", "480 BCE"), "AD" for one
    of ours ("AD 9", "1066"); None for any other value."""
    kind = value_class(value)
    if kind not in (ValueClass.YEAR, ValueClass.DATE):
        return None
    measure = measure_of(value, kind)
    if measure is None:
        return None
    return "BC" if measure < 0 else "AD"


def lone_place_level(answer: str, wrong: Sequence[str]) -> int | None:
    """The level of the answer's place (see `place_level`) when it is a country or a
    continent and every wrong option names a place of another level: "Poland" among
    towns. None otherwise, and where an option reads as no place at all."""
    level = place_level(answer)
    if level is None or level < COUNTRY_LEVEL:
        return None
    levels = [place_level(option) for option in wrong]
    if None in levels or level in levels:
        return None
    return level


def hedges_alike(answer: str, wrong: Sequence[str]) -> str:
    """The answer as shown: without the word of approximation it opens with before an
    amount ("about 2,300 km", "c. 1450") when no wrong option opens with one, which
    would single it out."""
    first, _, rest = answer.partition(" ")
    # Only before an amount: "c B" is no circa.
    if not rest[:1].isdigit() or first.casefold().rstrip(".") not in APPROXIMATORS:
        return answer
    if any(option.split(maxsplit=1)[:1] == [first] for option in wrong):
        return answer
    if any(_approximated(option) for option in wrong):
        return answer
    return rest


def wrong_hedges_alike(answer: str, wrong: Sequence[str]) -> list[str]:
    """The wrong options as shown beside an answer that is an amount as it stands, when
    every one of them opens with a word of approximation before an amount: without it
    ("about 2,000" beside "57"), which would set the answer apart as the one exact
    value."""
    if not answer[:1].isdigit() or not wrong:
        return list(wrong)  # a range or a word beside a hedged amount: nothing to match
    if not all(_approximated(option) and _amount_after(option) for option in wrong):
        return list(wrong)  # another exact value stands beside the answer: none stands out
    return [option.split(maxsplit=1)[1] for option in wrong]


def _amount_after(option: str) -> bool:
    """Whether an amount follows the option's first word."""
    rest = option.split(maxsplit=1)[1:]
    return bool(rest) and rest[0][:1].isdigit()


def _approximated(option: str) -> bool:
    first = option.split(maxsplit=1)[0] if option.strip() else ""
    return first.casefold().rstrip(".") in APPROXIMATORS


def _alone_in_number(answer: str, wrong: Sequence[str]) -> bool:
    plural = plural_noun(answer)
    return all(plural_noun(option) != plural for option in wrong)


def _shared_head(options: Sequence[str]) -> str | None:
    """The head noun every option ends in, singular or plural ("gland" of "pineal gland"
    and "adrenal glands"), if they all end in one; None otherwise."""
    heads = {_head(option) for option in options}
    if len(heads) != 1:
        return None
    (head,) = heads
    return head


def _head(option: str) -> str | None:
    """An option's last word in small letters, as a singular: a common noun that may be
    the head of its phrase ("gland"); None for a single word, or a name's last word."""
    words = option.split()
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].islower():
        return None
    last = words[-1]
    return last[:-1] if plural_noun(last) else last


# Prepositions a place written as an answer may open with ("In the liver", "At sea").
_LOCATIVES = frozenset({"in", "at", "on", "inside", "within", "into", "from"})
_ARTICLES = frozenset({"the", "a", "an"})


def prepositions_alike(answer: str, wrong: Sequence[str]) -> str:
    """The answer as shown: without the preposition it opens with before a place in
    small letters ("In the liver" among "Brain", "Stomach"), when no wrong option opens
    with one, which would single it out by its form. Not a title's ("On the Road", "In
    Cold Blood"), whose words after it are capitalised."""
    first, _, rest = answer.strip().partition(" ")
    if first.casefold() not in _LOCATIVES or not rest:
        return answer
    words = rest.split()
    named = words[1:] if words[0].casefold() in _ARTICLES else words
    if not named or any(not word.islower() for word in named):
        return answer
    if any(option.split(maxsplit=1)[:1] and _opens_locative(option) for option in wrong):
        return answer
    return rest


def _opens_locative(option: str) -> bool:
    return option.split(maxsplit=1)[0].casefold() in _LOCATIVES
