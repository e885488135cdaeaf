"""Answers as the words grading compares: folded, numbers as digits, contractions and initials
undone, abbreviations lined up with the words they abbreviate.

`answer_words("It wasn't 50,000,000 gold marks")` gives `it was not 50000000 gold marks`;
`answer_words("U.S.S.R.")` gives `ussr`. Everything works on folded text, so case,
accents and punctuation never change the words (only their separation, which `fold`
already makes uniform).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

from trainer.core.answering.abbreviations import WARS_IN_DIGITS, WELL_KNOWN_ABBREVIATIONS
from trainer.core.answering.charges import restore_charges
from trainer.core.answering.contractions import PRONOUN_CONTRACTION, pronoun_verb, undo_contractions
from trainer.core.answering.eras import eras_alike, eras_spaced
from trainer.core.answering.fraction_words import (
    OVER_MARK,
    decimal_points,
    fraction_words_as_values,
)
from trainer.core.answering.inner_marks import holds_mark_letters, shielded, unshielded
from trainer.core.answering.mixed_numbers import numbers_read
from trainer.core.answering.normalise import fold
from trainer.core.answering.short_forms import short_forms_spelled_out
from trainer.core.answering.symbol_words import symbols_spelled_out
from trainer.core.answering.verdict import instead_rule
from trainer.core.answering.word_lists import (
    ARTICLES,
    FUNCTION_WORDS,
    HEDGE_WORDS,
    LINKING_VERBS,
)
from trainer.core.answering.written_numbers import DECIMAL_MARK, plain_numbers, signs_in_words
from trainer.core.lexicon import is_given_name

_DIGITS = re.compile(r"\d+")
_NUMBER_POSSESSIVE = re.compile(r"(\d)['’]s\b")
# "one's own" is the pronoun's, no number: read as "ones", as it is typed without the mark.
_ONES = re.compile(r"\b([Oo]ne)['’]s\b")
# "No. 9", "nos 3 and 4": "no" before a number is "number", not a negation.
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "nr"})
# Initials can be typed as letters apart ("U S S R", "W. A. Mozart"); two or more single
# letters in a row are one word. A run may not start with "a" or "i" (words of their own)
# unless it is at least three letters long.
_SOLO_WORDS = frozenset({"a", "i"})
_HYPHENED_LETTER = re.compile(r"(?<![\w-])([^\W\d_])(?=-[^\W\d_])|(?<=\w-)([^\W\d_])(?![\w-])")
_DOTTED_INITIAL = re.compile(r"(?<![\w-])([^\W\d_])\.(?!\w)")
# A matched word an initial may stand before: a name, not a symbol ("K Na").
_MIN_NAME_LENGTH = 4


@lru_cache(maxsize=1 << 10)
def answer_words(text: str) -> tuple[str, ...]:
    """The words of an answer as grading compares them (kept for the few answers grading
    asks again and again: a compile asks for each once, and 8 MiB of them at 100,000
    cards would only raise its peak)."""
    # "the 1920's" is a decade, as "the 1920s" is; a lone "s" after a number is seconds.
    if "'s" in text or "’s" in text:
        text = _ONES.sub(r"\1s", _NUMBER_POSSESSIVE.sub(r"\1s", text))
    if "'" in text or "’" in text:
        text = PRONOUN_CONTRACTION.sub(pronoun_verb, text)  # "she's": she is
    shield = holds_mark_letters(text)  # an answer that spells a mark keeps it as written
    if shield:
        text = shielded(text)
    folded = fold(plain_numbers(symbols_spelled_out(eras_spaced(text)))).split()
    words = [restore_charges(w.replace(DECIMAL_MARK, ".").replace(OVER_MARK, "/")) for w in folded]
    if shield:
        words = list(map(unshielded, words))
    words = decimal_points(fraction_words_as_values(undo_contractions(words)))
    words, joined = _joined_initials(words)
    words = eras_alike(words)  # "509 BCE" is "509 BC"
    # A lone "s" is what is left of a possessive ("Moscow's" → moscow s); after a number
    # it is the symbol of seconds ("8 min 20 s").
    kept = [
        i for i, w in enumerate(words) if not (w == "s" and i > 0 and not _is_number(words[i - 1]))
    ]
    words = [words[i] for i in kept]
    initials = {position for position, i in enumerate(kept) if i in joined}
    words = [
        "number"
        if w in _NUMBER_ABBREVIATIONS and i + 1 < len(words) and _DIGITS.fullmatch(words[i + 1])
        else w
        for i, w in enumerate(words)
    ]
    numbers = signs_in_words(numbers_read(words, initials=initials))
    return tuple(WARS_IN_DIGITS.get(w, w) for w in short_forms_spelled_out(numbers))


def content_words(words: Sequence[str]) -> list[str]:
    """The words that carry the answer: all but function words and joining words (and
    all of them when there is nothing else, as in the answer "The")."""
    content = [w for w in words if w not in FUNCTION_WORDS and w not in HEDGE_WORDS]
    return content or list(words)


def linking_verb(words: Sequence[str], index: int) -> bool:
    """True when `words[index]` only links to the state that follows it, which says what
    the answer claims: "goes" in "it goes floppy", "turns" in "turns milky". A verb with
    nothing after it ("the Earth turns") or a joining word ("turns into a frog") says it."""
    if words[index] not in LINKING_VERBS or index + 1 >= len(words):
        return False
    state = words[index + 1]
    return (
        state.isalpha()
        and state not in FUNCTION_WORDS
        and state not in HEDGE_WORDS
        and state not in LINKING_VERBS
    )


def is_initial_letter(word: str) -> bool:
    """A single letter: a middle initial ("Franklin D. Roosevelt"), never required."""
    return len(word) == 1 and word.isalpha()


def dotted_initials(text: str) -> frozenset[str]:
    """The folded letters an answer writes as a name's initials, with a point ("F.",
    "J.R.R."); a letter joined by a hyphen ("X-rays", "U-boat") is part of a word."""
    return frozenset(m.group(1).casefold() for m in _DOTTED_INITIAL.finditer(text))


def capitalized_words(text: str) -> frozenset[str]:
    """The folded words an answer writes with a capital letter ("Chatham Island", "the
    KPD"): its proper names, and whatever word it happens to begin with."""
    return frozenset(
        word for token in text.split() if token[:1].isupper() for word in answer_words(token)
    )


def acronyms(text: str) -> frozenset[str]:
    """The folded words an answer writes in capitals only ("KPD", "NSDAP"), each of whose
    letters stands for a word."""
    return frozenset(
        word
        for token in text.split()
        if sum(c.isalpha() for c in token) > 1 and token.isupper()
        for word in answer_words(token)
    )


def hyphened_letters(text: str) -> frozenset[str]:
    """The folded single letters joined by a hyphen to a word ("A-bomb", "X-rays",
    "vitamin-C"): part of the word, never an initial or an article."""
    return frozenset(m.group().casefold() for m in _HYPHENED_LETTER.finditer(text))


def hyphened_letter_problem(
    expected: str, typed: str, want: Sequence[str], got: Sequence[str]
) -> str | None:
    """A letter joined to a word left out or another typed ("H-bomb" for "A-bomb")."""
    missing = [letter for letter in hyphened_letters(expected) if letter not in got]
    other = [letter for letter in hyphened_letters(typed) if letter not in want]
    if other and not missing and not _joined_word_in(typed, other[0], want):
        # "U-boat attacks" beside an answer with no "boat": another word, not a letter
        # added to one of the answer's, and the words are compared as words.
        return None
    if other:
        return instead_rule(other[0], missing[0]) if missing else f"extra '{other[0]}'"
    return f"'{missing[0]}' is missing" if missing else None


def _joined_word_in(text: str, letter: str, words: Sequence[str]) -> bool:
    """Whether a word that `letter` is joined to by a hyphen in `text` is one of `words`."""
    pattern = rf"(?<![\w-]){re.escape(letter)}-(\w+)|(\w+)-{re.escape(letter)}(?![\w-])"
    return any(
        fold(joined) in words
        for match in re.finditer(pattern, text, re.IGNORECASE)
        for joined in match.groups()
        if joined
    )


def is_name_initial(words: Sequence[str], index: int, dotted: frozenset[str]) -> bool:
    """A single letter that may be left out: an initial written with a point, or one
    between a given name and a surname ("John F Kennedy"); not the letter of "T cells",
    "vitamin C" or "X-rays"."""
    word = words[index]
    if not is_initial_letter(word):
        return False
    return word in dotted or (0 < index < len(words) - 1 and is_given_name(words[0]))


def stray_letter(typed: Sequence[str], index: int, matched: set[int]) -> bool:
    """A letter typed beside the answer (`matched` are the typed words that match it) that
    is no initial before a name ("John F Kennedy") and no unit after a number ("8849 m"):
    another symbol ("Na K", "Cs or K")."""
    word = typed[index]
    if not is_initial_letter(word) or word in FUNCTION_WORDS:
        return False
    if index > 0 and typed[index - 1][:1].isdecimal():
        return False
    k = index + 1
    while k < len(typed) and is_initial_letter(typed[k]) and k not in matched:
        k += 1
    return not (k in matched and len(typed[k]) >= _MIN_NAME_LENGTH)


def _is_number(word: str) -> bool:
    return word[:1].isdecimal() and word[-1:].isdecimal()


def is_number(word: str) -> bool:
    return _DIGITS.fullmatch(word) is not None


def spelled_out(words: Sequence[str], others: Sequence[Sequence[str]]) -> frozenset[str]:
    """The words of an answer that another accepted answer spells out ("WHO" and "World
    Health Organization"): such an abbreviation stands for those words only."""
    return frozenset(
        w
        for w in words
        if any(w not in other and abbreviated_run(list(other), w) for other in others)
    )


def plural_acronyms(*texts: str) -> frozenset[str]:
    """The acronyms the texts write with a plural's small "s" ("RBCs", "MPs"), folded:
    "NHS" and "GPS" end in a letter of their own."""
    return frozenset(
        f"{found.group(1).casefold()}s"
        for text in texts
        for found in _PLURAL_ACRONYM.finditer(text)
    )


_PLURAL_ACRONYM = re.compile(r"\b([A-Z]{2,})s\b")


def line_up_abbreviations(
    expected: Sequence[str],
    typed: Sequence[str],
    known: frozenset[str] = frozenset(),
    asked: Callable[[str], bool] = lambda word: False,
    plurals: frozenset[str] = frozenset(),
) -> tuple[list[str], list[str], list[str]]:
    """Both word lists with abbreviations joined to what they abbreviate, and the
    abbreviations used: typed `ussr` for expected `union of soviet socialist republics`
    makes the expected words `ussr`; typed `kommunistische partei deutschlands` for
    expected `kpd` makes the typed words `kpd`, unless `kpd` is `known`: spelled out by
    another accepted answer, which the typed words must then match. A typed
    abbreviation that the question writes (`asked`) stands for nothing: "ENIAC" for
    "What does ENIAC stand for?" only copies the question."""
    exp, got = list(expected), list(typed)
    used: list[str] = []
    typed_content = [w for w in got if w not in FUNCTION_WORDS]
    for word in dict.fromkeys(got):
        # A function word ("us") is an abbreviation only when it is all that was typed.
        if word in exp or (word in FUNCTION_WORDS and len(typed_content) > 0) or asked(word):
            continue
        joined = abbreviated_run(exp, word, plural=word in plurals)
        if joined is not None:
            exp = joined
            used.append(word)
    # Typed words that only copy the question spell out nothing it asks for: "infrared"
    # for "Infrared light, or [...]" (IR).
    copied = bool(typed_content) and all(map(asked, typed_content))
    for word in dict.fromkeys(exp):
        if word in got or word in known or copied:
            continue
        joined = abbreviated_run(got, word, plural=word in plurals)
        if joined is not None:
            got = joined
            used.append(word)
    for word in used:  # "WHO" carries the answer as "UN" does: no article is needed
        at = exp.index(word) if word in FUNCTION_WORDS and word in exp else 0
        if at and exp[at - 1] in ARTICLES and exp[at - 1] not in got:
            del exp[at - 1]
    return exp, got, used


def join_compounds(expected: Sequence[str], typed: Sequence[str]) -> tuple[list[str], list[str]]:
    """Words written as one on one side and two on the other ("machine guns" and
    "machineguns", "green house" and "greenhouse") joined on both sides."""
    return joined_pairs(expected, set(typed)), joined_pairs(typed, set(expected))


def written_together(want: Sequence[str], got: Sequence[str]) -> bool:
    """The same letters written apart or together ("green house", "greenhouse"); never
    two numbers run together ("4-2", a score, is no 42)."""
    return "".join(got) == "".join(want) and _numbers_in(want) == _numbers_in(got)


def _numbers_in(words: Sequence[str]) -> list[str]:
    return [word for word in words if word.isdecimal()]


def join_decimals(expected: Sequence[str], typed: Sequence[str]) -> tuple[list[str], list[str]]:
    """A decimal on one side written as two numbers on the other ("10.30" and "10:30", a
    time either way) joined into the decimal on both sides; "1 5" never joins "5.1"."""
    return _joined_decimals(expected, set(typed)), _joined_decimals(typed, set(expected))


def _joined_decimals(words: Sequence[str], other: set[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = f"{words[i]}.{words[i + 1]}" if i + 1 < len(words) else ""
        if pair in other and words[i].isdecimal() and words[i + 1].isdecimal():
            out.append(pair)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def joined_pairs(words: Sequence[str], other: Collection[str]) -> list[str]:
    """`words` with each two neighbours joined where `other` holds them as one word; never
    two numbers ("4-2", a score, is no 42)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if (
            i + 1 < len(words)
            and words[i] + words[i + 1] in other
            and not (words[i][-1:].isdecimal() and words[i + 1][:1].isdecimal())
        ):
            out.append(words[i] + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def abbreviated_run(words: list[str], abbreviation: str, plural: bool = False) -> list[str] | None:
    """`words` with the first run whose initials spell `abbreviation` (or that a common
    abbreviation stands for) replaced by it. Initials first: "IR" is "infrared radiation"
    whole before it is "infrared". A `plural` one ends in a plural's "s"."""
    if abbreviation.isalpha() and 2 <= len(abbreviation) <= 8:
        for start in range(len(words)):
            for skip_function_words in (True, False):
                end = _initials_end(words, start, abbreviation, skip_function_words)
                if end is not None:
                    return [*words[:start], abbreviation, *words[end:]]
    for expansion in WELL_KNOWN_ABBREVIATIONS.get(abbreviation, ()):
        size = len(expansion)
        for start in range(len(words) - size + 1):
            if tuple(words[start : start + size]) == expansion:
                return [*words[:start], abbreviation, *words[start + size :]]
    if plural and 3 <= len(abbreviation) <= 9:
        # A plural's "s" after the initials, written small (`plural_acronyms`): "RBCs" for
        # "red blood cells", "MPs" for "members of parliament", where a word of the run
        # is a plural.
        for start in range(len(words)):
            for skip_function_words in (True, False):
                end = _initials_end(words, start, abbreviation[:-1], skip_function_words)
                if end is not None and any(w.endswith("s") for w in words[start:end]):
                    return [*words[:start], abbreviation, *words[end:]]
    return None


def _initials_end(
    words: list[str], start: int, abbreviation: str, skip_function_words: bool
) -> int | None:
    letters = 0
    i = start
    while i < len(words) and letters < len(abbreviation):
        word = words[i]
        if not word.isalpha():
            return None
        if skip_function_words and word in FUNCTION_WORDS and letters > 0:
            i += 1
            continue
        # A name's initial stands for its word ("FDR" for "Franklin D. Roosevelt"); "a"
        # and "I" are words of their own.
        if word[0] != abbreviation[letters] or (len(word) < 2 and word in FUNCTION_WORDS):
            return None
        letters += 1
        i += 1
    return i if letters == len(abbreviation) and letters >= 2 else None


def _joined_initials(words: list[str]) -> tuple[list[str], set[int]]:
    """The words with each run of initials joined into one ("C. S. Lewis" → cs lewis),
    and the positions of those a word follows: a person's initials come before a
    surname, and a run that ends the answer may be a Roman numeral ("Pius X.I.")."""
    out: list[str] = []
    joined: set[int] = set()
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1 and word.isalpha() and (run or not (out and out[-1][:1].isdecimal())):
            run.append(word)
            continue
        if len(run) >= 2 and (run[0] not in _SOLO_WORDS or len(run) >= 3):
            if word:
                joined.add(len(out))
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        if word:
            out.append(word)
    return out, joined
