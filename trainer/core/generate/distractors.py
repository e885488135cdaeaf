"""Multiple-choice options: the right answer plus distinct wrong ones, in a seeded order."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from trainer.core.answering.equations import is_algebra
from trainer.core.answering.option_references import others_last
from trainer.core.answering.word_lists import ARTICLES
from trainer.core.card_frames import frame_of_verdicts
from trainer.core.generate.name_endings import NAME_PARTICLES
from trainer.core.generate.option_forms import (
    hedges_alike,
    prepositions_alike,
    share_the_answers_form,
    wrong_hedges_alike,
)
from trainer.core.generate.option_rules import SIGN_TOKENS, sign_rivals_first, signed_fold
from trainer.core.records import record

# Candidates kept beyond those picked, for one of the answer's sign or form to stand in
# for the last picked (see `share_the_answers_form`).
_SPARE = 8


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

    def remedy(self, more: str, fewest: int | None = None) -> str:
        """How the author can mend it: `more` options (said where not empty), or fewer
        asked for where at least one was found (`fewest` of several facts' shortfalls)."""
        found = self.found if fewest is None else fewest
        fewer = f"set `choices: {found + 1}`" if found else ""
        mends = [mend for mend in (more, fewer) if mend]
        return f"; {', or '.join(mends)}" if mends else ""


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
    accepted alternative or another option, a sign that makes a number or a charge
    counting ("1+" and "1−" are two options: `signed_fold`). Within a tier, a value that
    is the answer's but for its sign comes first, the best of rivals; and the answer is
    never the only option of its sign, its number or without the noun the others share
    when a candidate of its kind is left (`option_forms`), nor the only one shown with
    "about". Each wrong
    option opens with a capital or not as the answer does (`cased_like`), and with a
    capital wherever the answer or a written option is written as a sentence is
    (`sentence_cased`); any option opens with a capital when every other one does
    (`alone_in_small_letters_raised`). An article in small letters marks no option: the answer's
    or the wrong options' is left out where the others have none (`articles_alike`).
    """
    needed = count - 1
    taken = {signed_fold(answer), *(signed_fold(a) for a in alternatives)}
    written = tuple(written)
    wrong: list[str] = []
    # Candidates of the same tier passed over once `needed` were found: one of the
    # answer's sign or form may stand in for the last one picked.
    spare: list[str] = []
    signed = _sign_of(answer) is not None
    widened = False
    for tier, candidates in enumerate((written, *drawn)):
        for candidate in sign_rivals_first(answer, candidates):
            key = signed_fold(candidate)
            if not key or key in taken:
                continue
            taken.add(key)
            if len(wrong) == needed:
                if not signed and len(spare) == _SPARE:
                    break
                spare.append(candidate)
                continue
            wrong.append(candidate)
            widened = widened or tier > 1
        if len(wrong) == needed:
            break
    if len(wrong) < needed:
        return Shortfall(needed, len(wrong))
    if signed:
        _share_the_answers_sign(answer, wrong, spare)
    else:
        share_the_answers_form(answer, wrong, spare)
    answer = prepositions_alike(hedges_alike(answer, wrong), wrong)
    wrong = wrong_hedges_alike(answer, wrong)
    answer, wrong = articles_alike(answer, wrong)
    capitals = sentence_cased(answer) or any(map(sentence_cased, written))
    cased = [cased_like(answer, option, capitals) for option in wrong]
    if not capitals and any(
        sentence_cased(now) for now, was in zip(cased, wrong, strict=True) if now != was
    ):
        # An option given the answer's capital now opens as a sentence does ("Aß b"
        # beside "Ω"): the others are cased as beside a written one, so that options
        # read back as written (an exported deck imported again) come out the same.
        cased = [cased_like(answer, option, True) for option in wrong]
    options = alone_in_small_letters_raised([answer, *cased])
    order = list(range(len(options)))
    rng.shuffle(order)
    order = others_last(order, options)  # "All of the above" after what it speaks of
    shown = tuple(options[i] for i in order)
    if (frame := frame_of_verdicts(shown)) is not None and shown != frame.verdicts:
        # True and False written as options (a converted GIFT true/false) stand as on
        # every true/false card: True first, so that its key is always the same.
        order.reverse()
        shown = shown[::-1]
    return Options(shown, order.index(0), widened)


def articles_alike(answer: str, wrong: list[str]) -> tuple[str, list[str]]:
    """The answer and the wrong options as shown, so that an article marks none of them:
    "the liver" among "gallbladder", "heart" and "hypothalamus" is shown "liver", and "a
    boil" among "plague" and "cholera", for "malaria", "boil". Only an article in small
    letters before a word in small letters is left out (a thing's, not a name's: "the
    Falklands" keeps its own, and the others keep theirs beside it), the answer's only
    where every wrong option opens with a small letter and none with an article, and
    never where two options would then read alike."""
    if not any(map(_article_before_a_word, (answer, *wrong))):
        return answer, wrong  # most options open with no article at all
    shown = {signed_fold(option) for option in (answer, *wrong)}
    if _article_before_a_word(answer):
        bare = _without_article(answer)
        if signed_fold(bare) not in shown and all(
            option[:1].islower() and not _opens_with_article(option) for option in wrong
        ):
            return bare, wrong
        return answer, wrong
    if not answer[:1].islower() or _opens_with_article(answer):
        return answer, wrong
    if any(_opens_with_article(o) and not _article_before_a_word(o) for o in wrong):
        return answer, wrong  # a name keeps its article ("the Borda count"): so do the rest
    bare_options = list(wrong)
    for position, option in enumerate(wrong):
        if _article_before_a_word(option):
            bare = _without_article(option)
            if signed_fold(bare) not in shown:
                shown.add(signed_fold(bare))
                bare_options[position] = bare
    return answer, bare_options


def _opens_with_article(text: str) -> bool:
    return text.split(maxsplit=1)[0].casefold() in ARTICLES if text.strip() else False


def _article_before_a_word(text: str) -> bool:
    """An article in small letters, then a word that opens with a small letter."""
    words = text.split(maxsplit=1)
    return len(words) == 2 and words[0] in ARTICLES and words[1][:1].islower()


def _without_article(text: str) -> str:
    return text.split(maxsplit=1)[1]


def _share_the_answers_sign(answer: str, wrong: list[str], spare: Sequence[str]) -> None:
    """Make the answer no longer the only option of its sign ("1−" among "1+", "2+"):
    where two or more wrong options are shown, the last gives way to the first spare
    candidate of the answer's sign (the first, its sign rival, stays)."""
    sign = _sign_of(answer)
    if sign is None or len(wrong) < 2 or any(_sign_of(option) == sign for option in wrong):
        return
    alike = next((option for option in spare if _sign_of(option) == sign), None)
    if alike is not None:
        wrong[-1] = alike


def _sign_of(value: str) -> str | None:
    """The signs that make `value`'s number or charge, or None if it has none."""
    signs = "".join(word for word in signed_fold(value).split() if word in SIGN_TOKENS)
    return signs or None


def alone_in_small_letters_raised(options: Sequence[str]) -> list[str]:
    """`options`, the one that alone opens with a small letter raised to a capital
    (`cased_like_the_rest`), whether it is the answer or a wrong option: were only the
    answer raised, "the Place de la Révolution" among "Paris", "Varennes" and
    "Saint-Cloud" would be wrong wherever it is shown in small letters."""
    return [
        cased_like_the_rest(option, [*options[:i], *options[i + 1 :]])
        for i, option in enumerate(options)
    ]


def cased_like_the_rest(option: str, others: Sequence[str]) -> str:
    """`option`, opening with a capital when every other option does and it opens with
    a small letter ("equator" among "Tropic of Cancer" and "Arctic Circle", "the
    pressure law" among "Boyle's law"), so that its case does not single it out. A
    name's own small letter stays: "de Gaulle", "pH 7", "iPhone"."""
    if not others or not option[:1].isalpha() or not option[0].islower():
        return option
    if case_is_meaning(option):
        return option
    if not all(other[:1].isalpha() and other[0].isupper() for other in others):
        return option
    first = option.split(maxsplit=1)[0]
    if first in NAME_PARTICLES or not first.islower():
        return option
    return option[0].upper() + option[1:]


# One-letter words whose capital is only the sentence's.
_LETTER_WORDS = frozenset({"a", "A", "I"})


@lru_cache(maxsize=4096)  # a pool's values are offered on many cards
def case_is_meaning(text: str) -> bool:
    """Whether a letter's case in `text` is part of what it says, so that opening it
    with a capital would say something else: an equation or a formula ("p = mv" is
    momentum, "P = mv" nothing; "v = fλ"), or a symbol of one letter or with digits
    ("p", "p1V1")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if len(first) == 1 and first.isalpha() and first not in _LETTER_WORDS:
        return True
    if any(map(str.isdigit, first)):  # "²" too, as str.isdigit reads it
        return True
    # Only an equation or a power can be algebra: most options are passed over at once.
    return _ALGEBRA_SIGN.search(text) is not None and is_algebra(text)


_ALGEBRA_SIGN = re.compile(r"[=^²³]")


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
    such as "pH" its small letter, an article before a name its capital (a title's own:
    "A Christmas Carol" beside "the Divine Comedy", which `cased_like_the_rest` raises
    where every wrong option opens so), and an option opening unlike the answer its case
    ("the Falkland Islands" beside "Good Success Bay" marks no answer). With `capitals`
    (the answer or a written option opens as a sentence does: `sentence_cased`), an
    option whose first word is in small letters opens with a capital, article or not:
    "A price floor" beside "Rent control" and "The minimum wage"."""
    if not answer[:1].isalpha() or not option[:1].isalpha() or case_is_meaning(option):
        return option
    first = option.split(maxsplit=1)[0]
    if first in NAME_PARTICLES:  # "de Gaulle": a name's own small letter
        return option
    if capitals and first.islower():
        return option[0].upper() + option[1:]
    articled = first.casefold() in ARTICLES
    if articled != (answer.split(maxsplit=1)[0].casefold() in ARTICLES):
        return option
    if answer[0].isupper() and (articled or first.islower()):
        return option[0].upper() + option[1:]
    if answer[0].islower() and articled and not _names_after_article(option):
        return option[0].lower() + option[1:]
    return option


def _names_after_article(option: str) -> bool:
    """Whether a name follows the option's article, whose capital may be the name's own:
    "A Christmas Carol", "The Hague" (not "The minimum wage")."""
    words = option.split(maxsplit=2)
    return len(words) > 1 and words[1][:1].isupper()
