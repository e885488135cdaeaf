"""Multiple-choice options: the right answer plus distinct wrong ones, in a seeded order."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from trainer.core.answering.normalise import fold
from trainer.core.generate.option_rules import NAME_PARTICLES
from trainer.core.records import record


@record
class Options:
    """The options shown, the index of the right one, and whether a wider pool was needed."""

    choices: tuple[str, ...]
    right: int
    widened: bool = False


@record
class Shortfall:
    """Not enough distinct wrong options: how many were needed and how many were found."""

    needed: int
    found: int


def pick_options(
    rng: random.Random,
    *,
    answer: str,
    alternatives: Iterable[str] = (),
    written: Iterable[str] = (),
    drawn: Sequence[Sequence[str]] = (),
    count: int,
) -> Options | Shortfall:
    """`count` options: the answer, the author's distractors first, then drawn ones.

    `drawn` holds tiers of candidates, each in order of preference: a tier is used only
    when the ones before it run out. No wrong option folds equal to the answer, an
    accepted alternative or another option. Each wrong option opens with a capital or
    not as the answer does (`cased_like`), and with a capital wherever the answer or a
    written option is written as a sentence is (`sentence_cased`).
    """
    needed = count - 1
    taken = {fold(answer), *(fold(a) for a in alternatives)}
    wrong: list[str] = []
    widened = False
    for tier, candidates in enumerate((written, *drawn)):
        for candidate in candidates:
            if len(wrong) == needed:
                break
            key = fold(candidate)
            if key and key not in taken:
                taken.add(key)
                wrong.append(candidate)
                widened = widened or tier > 1
    if len(wrong) < needed:
        return Shortfall(needed, len(wrong))
    written = tuple(written)
    capitals = sentence_cased(answer) or any(map(sentence_cased, written))
    options = [answer, *(cased_like(answer, option, capitals) for option in wrong)]
    order = list(range(len(options)))
    rng.shuffle(order)
    return Options(tuple(options[i] for i in order), order.index(0), widened)


_ARTICLES = frozenset({"the", "a", "an"})


# Small words that stay lower-case inside a name: "Sea of Tranquility", "Hugo de Vries".
_INSIDE_NAMES = frozenset(
    """of the a an and or for in on at to by with de du des la le les von van der den da di
    del della y e""".split()  # noqa: SIM905
)


def sentence_cased(text: str) -> bool:
    """Whether `text` opens with a capital as a sentence does, not as a name: a capital
    first word, then a word of small letters that is no small word of a name ("Rent
    control", "The minimum wage"). "Good Success Bay" and "Sea of Tranquility" are names,
    and a lone word may be either ("Inflation", "Paris"): the word list counts both."""
    words = [word for word in text.split() if word[:1].isalpha()]
    if not words or not words[0][0].isupper() or (words[0].isupper() and len(words[0]) > 1):
        return False
    return any(word.islower() and word not in _INSIDE_NAMES for word in words[1:])


def cased_like(answer: str, option: str, capitals: bool = False) -> str:
    """`option` with its first letter in the case of the answer's, where the two open
    alike and the change touches no name: both with an article ("the Sea of
    Tranquility" beside "The Pacific Ocean"), or both with another word, the option's
    all in lower case ("diffusion" beside "Osmosis"). Otherwise the right answer could be
    the only option that opens with a capital. A name keeps its own capital, a word
    such as "pH" its small letter, and an option opening unlike the answer its case
    ("the Falkland Islands" beside "Good Success Bay" marks no answer). With `capitals`
    (the answer or a written option opens as a sentence does: `sentence_cased`), an
    option whose first word is in small letters opens with a capital, article or not:
    "A price floor" beside "Rent control" and "The minimum wage"."""
    if not answer[:1].isalpha() or not option[:1].isalpha():
        return option
    first = option.split(maxsplit=1)[0]
    if first in NAME_PARTICLES:  # "de Gaulle": a name's own small letter
        return option
    if capitals and first.islower():
        return option[0].upper() + option[1:]
    articled = first.casefold() in _ARTICLES
    if articled != (answer.split(maxsplit=1)[0].casefold() in _ARTICLES):
        return option
    if answer[0].isupper() and (articled or first.islower()):
        return option[0].upper() + option[1:]
    if answer[0].islower() and articled:
        return option[0].lower() + option[1:]
    return option
