"""Drawing from pools of like facts: the narrowest pool first, a wider one only when it runs out."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from functools import lru_cache

from trainer.core.answering.normalise import fold
from trainer.core.authored import Fact
from trainer.core.generate.accepted import asks_for_person
from trainer.core.generate.amounts import measure_of
from trainer.core.generate.answer_kinds import AskedKind, Verdict
from trainer.core.generate.context import DeckIndex, alias_key
from trainer.core.generate.field_display import date_in_words
from trainer.core.generate.name_styles import (
    NameStyle,
    lone_sex,
    lone_style,
    office_of,
    unlike_office,
    unlikeness,
)
from trainer.core.generate.nested_values import (
    COUNTRY_LEVEL,
    may_be_named_in,
    may_hold,
    refers_back,
    said_beside,
)
from trainer.core.generate.option_forms import lone_place_level
from trainer.core.generate.option_rules import (
    OptionRules,
    ValueClass,
    signed_fold,
    value_class,
    value_parts,
)
from trainer.core.generate.pools import Pool, pool_names_people, precision_of
from trainer.core.generate.references import Reference
from trainer.core.generate.surnames import surname_of
from trainer.core.lexicon import could_be_name, is_given_name
from trainer.core.model import AnswerType
from trainer.core.name_sexes import NONE_KNOWN, KnownSexes, Sex
from trainer.core.sex_words import sex_asked
from trainer.core.value_split import split_parts


def accepted_for(index: DeckIndex, answer: str, written: Iterable[str]) -> tuple[str, ...]:
    """The author's accepted answers as written, then the deck's aliases of `answer` that
    they do not already give."""
    accepted = tuple(written)
    if not index.alias_groups:  # most decks have no aliases
        return accepted
    known = {alias_key(answer), *(alias_key(text) for text in accepted)}
    aliases = [text for text in index.aliases_of(answer) if alias_key(text) not in known]
    return (*accepted, *dict.fromkeys(aliases))


def asks_for_people(field_name: str, prompt: str, pool: Pool, known: KnownSexes) -> bool:
    """Whether a card drawing options from `pool` asks for a person: by its prompt or
    field (`asks_for_person`), or as "Which …?" or "What …?" of a field whose values are
    mostly people's, as their names or the deck's words say (`pool_names_people`):
    "Which character …?", "Which Greek deity …?"; not "Where …?" ("Santa Cruz")."""
    return asks_for_person(field_name, prompt) or (
        prompt.split(maxsplit=1)[:1] in (["Which"], ["What"]) and pool_names_people(pool, known)
    )


def like_values(
    pools: Sequence[Pool],
    reference: Reference,
    anchor: str,
    rules: OptionRules,
    rng: random.Random,
    need: int,
    named_in: str = "",
    explained: frozenset[str] = frozenset(),
    told: str = "",
    asked: Sex | None = None,
    told_facts: tuple[Sequence[Fact], str] | None = None,
    known: KnownSexes = NONE_KNOWN,
    kind: AskedKind | None = None,
    dropped: list[str] | None = None,
) -> list[list[str]]:
    """Fair values like `anchor` from each pool in turn, nearest first, until `need` are found.

    Pools come narrowest first; a later pool is ranked only when the earlier ones hold
    fewer than `need` values fit to offer, and adds only values they lack. A value is
    unfit when its shape is not the answer's (a pair of people for one person, or one
    for a pair: see `value_parts`) or when it is a person that `named_in`, the card's
    own excerpt, names (the excerpt may say that they too did what is asked), unless
    `explained` holds it (folded): the excerpt's own facts give it, so that is why the excerpt
    names it. Unfit values come last, after every pool's fit ones, for when there are
    too few of those. For a question about a person, values written as another kind of
    name than the answer (a lone name for a person's full name: see `name_styles`) come
    after the others of their pool, not after a wider pool's: a pool's facts share tags
    with the answer's, which says more about their kind.

    Unfit too: a value that `told`, the card's own excerpt, says beside the answer, or
    that may name a place holding the answer's (see `nested_values`), for it may be
    right as well, unless the sentence ties the value to a fact of its own (`told_facts`:
    the excerpt's facts and the field asked; "Jane Austen wrote Emma, Mary Shelley wrote
    Frankenstein"); and a year or date less or more precise than the answer's. `asked`,
    the sex the question asks for, stands for the answer's where its name says none;
    `known`, the sex the deck's words give names that say none (`deck_sexes`).

    Where the card asks for a `kind` (`answer_kinds`), a value known to be of another is
    never offered, however few are left (it goes to `dropped`), and one whose kind
    nothing says comes after the pool's values of that kind.
    """
    tiers: list[list[str]] = []
    seen: set[str] = set()
    unfit: list[list[str]] = []
    shape = len(value_parts(anchor))
    named = f" {fold(named_in)} " if named_in else ""
    fit = 0
    # (Asked once, not for each value; `key` below is the value's `signed_fold`, which
    # `Pool.tags_of` would work out again.)
    asked_kind = kind if kind else None
    for pool in pools:
        if fit >= need:
            break
        values: list[str] = []
        # Named unlike the answer: after the pool's like values, before a wider pool's;
        # a name saying no sex where the question says one, then a person of the other
        # sex, before a value that is no person's name at all (see `unlikeness`).
        unlike: tuple[list[str], ...] = ([], [], [])
        unknown: list[str] = []
        unfit.append([])
        for value in pool.ranked(reference, anchor, rules, rng, need):
            key = signed_fold(value)
            if key in seen:
                continue
            seen.add(key)
            verdict = (
                asked_kind.verdict(value, pool.tags_of_key(key) or frozenset(), known)
                if asked_kind is not None
                else None
            )
            if verdict is Verdict.OTHER:
                if dropped is not None:
                    dropped.append(value)
                continue
            if _unfit(value, shape, "" if fold(value) in explained else named) or _not_rival(
                anchor, value, told, rules.person, pool.declared, told_facts
            ):
                unfit[-1].append(value)
            elif rules.person and (rank := unlikeness(anchor, value, asked, told, known)):
                unlike[rank - 1].append(value)
            elif verdict is Verdict.UNKNOWN:
                unknown.append(value)
            else:
                values.append(value)
        values += [value for rank in unlike for value in rank]
        values += unknown
        fit += len(values)
        tiers.append(values)
    # After the fit values of every pool, each in the tier of its own pool or of the last
    # pool that gave fit ones: using them widens the pool only if their own pool is wider.
    last_fit = max((i for i, values in enumerate(tiers) if values), default=0)
    for i, values in enumerate(unfit):
        tiers[max(i, last_fit)].extend(values)
    return tiers


def _unfit(value: str, shape: int, named: str) -> bool:
    parts = value_parts(value)
    if shape and parts and len(parts) != shape:
        return True
    if not named:
        return False
    # `holds_words(named, mention)` for each folded mention: `named` is the excerpt's
    # folded text between spaces already, and a folded mention opens and ends with no
    # space, so a mention between spaces is in one exactly when it is in the other.
    return any(mention in named for mention in _padded_mentions(value))


@lru_cache(maxsize=1 << 13)
def _padded_mentions(value: str) -> tuple[str, ...]:
    """How an excerpt may name the people of `value`, folded and between spaces: each
    part, and its surname (`surname_of`); none that folds to nothing. Worked out once
    per value, not once per card that offers it (7,235 times at 10,000 cards: `_unfit`
    went from 34 ms to 28, timed with wrappers)."""
    folded = (
        fold(mention)
        for part in split_parts(value)
        if part.strip()
        for mention in (part, surname_of(part.strip()) or part)
    )
    return tuple(f" {mention} " for mention in folded if mention)


def _not_rival(
    anchor: str,
    value: str,
    told: str,
    person: bool,
    declared: AnswerType | None,
    told_facts: tuple[Sequence[Fact], str] | None = None,
) -> bool:
    """Whether `value` may be right as well as `anchor`, or gives `anchor` away: see
    `like_values`."""
    if not same_precision(anchor, value, declared):
        return True
    if not person and may_hold(anchor, value):
        return True
    if not told or not may_be_named_in(value, told):
        return False
    return said_beside(anchor, value, told, told_facts) or (
        person and refers_back(anchor, value, told)
    )


def same_precision(anchor: str, value: str, declared: AnswerType | None = None) -> bool:
    """False for a year or date of another precision than `anchor`'s (a month for a day).
    A value is read as the anchor's kind: "680" is a year beside "1054", though alone
    three digits are a number."""
    kind = value_class(anchor, declared)
    precision = precision_of(anchor, kind)
    return precision is None or precision_of(value, kind) is precision


def lone_shape(answer: str, wrong: Sequence[str]) -> int | None:
    """How many names or parts the answer gives when no wrong option gives as many, so
    that its shape gives it away: 2 for 'James Watson and Francis Crick' among 'Gregor
    Mendel', 'Charles Darwin' …, 1 for one name among pairs. None when a wrong option
    shares its shape, and for years, dates and numbers."""
    if len(wrong) < 2 or value_class(answer) is not ValueClass.TEXT:
        return None
    shape = _names_shape(answer)
    if not shape or any(_names_shape(value) in (0, shape) for value in wrong):
        return None
    return shape


def _names_shape(value: str) -> int:
    """How many names `value` joins, if each of its parts is capitalised like a name;
    0 for other text ('its citizens' claims'), whose shape says nothing."""
    parts = [part for part in split_parts(value.strip()) if part]
    if not all(part[0].isupper() for part in parts):
        return 0
    if len(parts) > 1 and not all(map(_reads_as_a_name, parts)):
        return 1  # a title of words joined by "and" ("Pride and Prejudice"): one thing
    return len(parts)


def _reads_as_a_name(part: str) -> bool:
    """A part of a list that names someone: several capitalised words, a given name, or
    a word rarer than the dictionary's ("Crick"); not "Pride" or "Prejudice"."""
    words = part.split()
    if len(words) > 1:
        return all(word[:1].isupper() for word in words)
    word = fold(words[0]) if words else ""
    return bool(word) and (is_given_name(word) or could_be_name(word))


def unlike_shaped(answer: str, wrong: Sequence[str]) -> list[str]:
    """The wrong options that join another number of people or parts than the answer
    ('Edmund Hillary and Tenzing Norgay' beside 'Matthias Zurbriggen'): offered only
    when too few values of the answer's shape were left, and a teacher would not mix
    them. Years, dates and numbers have no such shape."""
    if value_class(answer) is not ValueClass.TEXT:
        return []
    shape = len(value_parts(answer))
    return [
        value for value in wrong if shape and (parts := len(value_parts(value))) and parts != shape
    ]


def mixed_shape_message(answer: str, mixed: Sequence[str]) -> str:
    """The middle of a warning that `unlike_shaped` found `mixed` among the options."""
    listed = ", ".join(f"'{value}'" for value in mixed)
    if len(mixed) == 1:
        return f"wrong option {listed} names another number of people than the answer '{answer}'"
    return f"wrong options {listed} name another number of people than the answer '{answer}'"


def shape_message(answer: str, shape: int) -> str:
    """The end of a warning that `lone_shape` found the answer standing out."""
    names = "a pair or list of names" if shape > 1 else "one name"
    return f"its answer '{answer}' is the only option that is {names}, so its shape gives it away"


def standing_out(answer: str, wrong: Sequence[str], person: bool) -> str | None:
    """The end of a warning that the answer's form gives it away among the options, or
    None: its shape (`lone_shape`) or, when a person is asked for, how it is written
    (`lone_style`): 'Laika' is the only single name among people's full names, though
    too few like values were left to offer."""
    if (shape := lone_shape(answer, wrong)) is not None:
        return shape_message(answer, shape)
    if vague := [value for value in wrong if not same_precision(answer, value)]:
        return (
            f"{_options(vague)} {'is' if len(vague) == 1 else 'are'} not as precise a "
            f"date as its answer {_quoted([answer])}, so its form gives the answer away"
        )
    if not person and (holders := [value for value in wrong if may_hold(answer, value)]):
        return (
            f"{_options(holders)} may name a place that holds its answer "
            f"{_quoted([answer])}, and so be right as well"
        )
    if not person and (level := lone_place_level(answer, wrong)) is not None:
        kind = "country" if level == COUNTRY_LEVEL else "continent"
        return (
            f"its answer '{answer}' is the only {kind} among the options, so its kind gives it away"
        )
    if person and (style := lone_style(answer, wrong)) is not None:
        if style is NameStyle.LONE_NAME:
            kind, others = "a single name", "full names"
        else:
            kind, others = "a full name", "single names"
        return (
            f"its answer '{answer}' is the only option that is {kind} (the others are "
            f"{others}), so its shape gives it away"
        )
    if person and (other_offices := [value for value in wrong if unlike_office(answer, value)]):
        own = office_of(answer)
        return (
            f"{_options(other_offices)} {'names' if len(other_offices) == 1 else 'name'} "
            f"another office than its answer {_quoted([answer])} "
            f"({'a ' + own if own else 'which names none'}), so no fair guess"
        )
    return None


def _options(values: Sequence[str]) -> str:
    return f"wrong option{'s' if len(values) > 1 else ''} {_quoted(values)}"


def _quoted(values: Sequence[str]) -> str:
    return ", ".join(f"'{date_in_words(value) or value}'" for value in values)


def alone_of_its_sex(
    answer: str, wrong: Sequence[str], prompt: str, known: KnownSexes = NONE_KNOWN
) -> tuple[str, str] | None:
    """The middle of a warning that the answer is the only person of its sex among the
    options (`lone_sex`) when its prompt asks for a person of that sex ("the first woman
    in space"), and who would make fair wrong options ('women'); None if not. Where the
    prompt says nothing of it, options of the answer's sex are only preferred: the other
    sex is no giveaway then."""
    asked = sex_asked(prompt)
    sex = lone_sex(answer, wrong, asked, known)
    if sex is None or asked is not sex:
        return None
    own, others = ("women", "men") if sex is Sex.FEMALE else ("men", "women")
    return (
        f"its answer '{answer}' is the only {sex.value} among the options (the others are "
        f"{others}), so it gives itself away",
        own,
    )


def strays_from_tags(
    pool: Pool, fact: Fact, values: Iterable[str], reference: Reference | None = None
) -> list[str]:
    """The values among `values` that no fact of `pool` sharing a tag with `fact` holds:
    drawn from beyond the fact's tags, which say what is like it; where the card's words
    name some of those tags (`reference.kind_tags`, see `naming_kind`), beyond those.
    Empty when `fact` has no tags, for years, dates, numbers and amounts with their
    units or scales ("8,849 m", "about 68 million"), whose nearness is their distance,
    and where a tag names the value itself ("europe" of a continent)."""
    value = fact.values.get(pool.field, "")
    kind = value_class(value, pool.declared)
    if not fact.tags or kind is not ValueClass.TEXT or measure_of(value, kind) is not None:
        return []
    tags = reference.kind_tags if reference is not None and reference.kind_tags else fact.tags
    strays = [value for value in values if not pool.shares_tag(value, tags)]
    if strays and _tags_name_the_value(fact.values[pool.field], tags):
        # A fact tagged `europe` lies in Europe: no tagging makes another continent like
        # it, and the warning could never be mended.
        return []
    return strays


def _tags_name_the_value(value: str, tags: Iterable[str]) -> bool:
    """Whether a tag names the value itself: `europe` for "Europe", `americas` for
    "North America" (a word of one opens a word of the other)."""
    words = fold(value).split()
    for tag in tags:
        for part in fold(tag.replace("-", " ")).split():
            if any(
                len(shorter) >= _NAMING_PREFIX and longer.startswith(shorter)
                for word in words
                for shorter, longer in (sorted((part, word), key=len),)
            ):
                return True
    return False


# A tag's word and the value's share at least this many first letters to name one thing.
_NAMING_PREFIX = 4
