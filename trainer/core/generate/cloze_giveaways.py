"""Cloze answers the rest of a text gives away: visible elsewhere, or an acronym's definition."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from trainer.core.answering.place_forms import place_forms
from trainer.core.answering.word_lists import SAINT_WORDS
from trainer.core.generate.acronym_spelling import INITIALS_SKIP, spells
from trainer.core.generate.cloze_words import (
    FUNCTION_WORDS,
    MONTHS,
    PARTICLES,
    SENTENCE_OPENERS,
    WEEKDAYS,
    Token,
    fold_word,
    kept_tokens,
    related_words,
    tokens,
)
from trainer.core.generate.kind_nouns import KIND_NOUNS
from trainer.core.lexicon import is_common_word

_FOLDED_FUNCTION_WORDS = frozenset(w.casefold() for w in FUNCTION_WORDS | SENTENCE_OPENERS)
# An acronym: two to eight letters, capitals first and no fewer capitals than small
# letters ("KPD", "NASA", "KiB", "DoD"; not "McDonald"), a plural's "s" after them.
# Two capitals at least, a small letter between only before a capital ("PhD"), and a
# plural's "s": not one capital and an "s" ("Is", "As"), a capitalised word.
_ACRONYM = re.compile(
    r"(?=[A-Z][A-Za-z]{1,7}s?$)(?=[A-Z][a-z]?[A-Z])(?:[A-Z]|(?<=[A-Z])[a-z](?=[A-Z]))+s?"
)
_HYPHENS = re.compile(r"[-–]")
_CLOSING_BRACKET = re.compile(r"\s*\)")
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,120})\)")
# Lower-case words that initials skip: `National Aeronautics and Space Administration`.
_INITIALS_SKIP = INITIALS_SKIP
# Related forms share their first letters (see related_words): words are looked up by them.
_STEM = 4
# ... or, for a word of three letters, by them: 'cowpox' gives away 'cow'.
_SHORT_STEM = 3

Span = tuple[int, int]


class TextIndex:
    """The words and numbers of a text, indexed to tell quickly what gives an answer away."""

    def __init__(self, text: str, text_tokens: Sequence[Token] | None = None) -> None:
        """`text_tokens`, if given, are `tokens(text)`, already found."""
        self.text = text
        self.tokens = kept_tokens(text) if text_tokens is None else text_tokens
        by_word: dict[str, list[int]] = defaultdict(list)
        by_stem: dict[str, list[tuple[int, str]]] = defaultdict(list)
        by_end: dict[str, list[tuple[int, str]]] = defaultdict(list)
        numbers: dict[str, list[int]] = defaultdict(list)
        for index, token in enumerate(self.tokens):
            # What a word adds to the index is worked out once per distinct word (see
            # `_word_keys`): a text repeats its words, and a deck its texts' words.
            folded, digits, part_numbers, stems, ends = _word_keys(token.text)
            by_word[folded].append(index)
            if token.number:
                numbers[digits].append(index)
                continue
            for part in part_numbers:
                # A number written in a name (`carbon-12`, `U-235`) shows it.
                numbers[part].append(index)
            for stem, part in stems:
                by_stem[stem].append((index, part))
            for end, part in ends:
                by_end[end].append((index, part))
        self._by_word = by_word
        self._by_stem = by_stem
        self._by_end = by_end
        self._numbers = numbers

    def giveaway(self, answer: str, hidden: Sequence[Span] = ()) -> str | None:
        """The word, number or phrase of the text, outside the sorted `hidden` spans, that
        gives `answer` away; None if nothing does.

        An answer that starts with a number (`1926`, `50,000 hectares`) is given away by
        the same number. Any other answer is given away by the whole answer, or by another
        form of one of its key words (`Russians` gives away `Russia`, and the `Sputnik`
        of `Sputnik 2` gives away `Sputnik 1`). Key words leave out particles, function
        words and, in an answer of several words, very common words: `Army` in `Red Army`.
        """
        answer_tokens = _answer_tokens(answer)
        if not answer_tokens:
            return None
        starts = [start for start, _ in hidden]

        def visible(index: int) -> bool:
            start = self.tokens[index].start
            at = bisect_right(starts, start) - 1
            return at < 0 or hidden[at][1] <= start

        phrase = self._phrase(answer_tokens, visible)
        if phrase is not None:
            return phrase
        if answer_tokens[0].number:
            found = self._numbers.get(_digits(answer_tokens[0].text), [])
            return next((self.tokens[i].text for i in found if visible(i)), None)
        modifiers = _modifiers(answer_tokens)
        for key in key_words(answer_tokens):
            folded = fold_word(key)
            # A modifier of a term is given away by itself only: 'atom' says nothing of
            # 'atomic number', nor 'nation' of 'national debt'.
            same = inflected_forms if key in modifiers else related_words
            # A place's people may be spelt from another stem ('France', 'French').
            stems = {folded[:_STEM], *(form[:_STEM] for form in place_forms(folded))}
            looked_up = [self._by_stem.get(stem, []) for stem in stems]
            if same is related_words:
                looked_up.append(self._by_end.get(folded[-_SHORT_STEM:], []))
            for candidates in looked_up:
                for index, part in candidates:
                    if same(folded, part) and visible(index):
                        return self.tokens[index].text
        return None

    def _phrase(self, answer_tokens: Sequence[Token], visible: Callable[[int], bool]) -> str | None:
        wanted = [token.folded for token in answer_tokens]
        for first in self._by_word.get(wanted[0], []):
            last = first + len(wanted) - 1
            if last >= len(self.tokens) or not visible(first):
                continue
            pairs = zip(self.tokens[first + 1 : last + 1], wanted[1:], strict=True)
            if all(token.folded == word and token.follows_closely for token, word in pairs):
                return self.text[self.tokens[first].start : self.tokens[last].end]
        return None


# A word's keys in a TextIndex: its folded form, its digits (read if it is a number), and,
# read if it is not: the numbers written in its parts, each part under its stems, and each
# part under its last letters.
_Filed = tuple[tuple[str, str], ...]  # (key, part) pairs
WordKeys = tuple[str, str, tuple[str, ...], _Filed, _Filed]


# Memoised: a cold compile of the 10,000-card bench deck indexes some 60,000 words, most
# of them repeated.
@lru_cache(maxsize=1 << 14)
def _word_keys(word: str) -> WordKeys:
    """Where TextIndex files `word`: the folded word; its digits, if it is a number; and,
    if it is not, the numbers among its parts, its parts under their stems (of four
    letters, and of three for a part longer than three letters: 'cowpox' gives away
    'cow'), and its parts under their last three letters (a compound's last part gives
    it away: 'port', 'seaport')."""
    folded = fold_word(word)
    numbers: list[str] = []
    stems: list[tuple[str, str]] = []
    ends: list[tuple[str, str]] = []
    for part in _parts(folded):
        if part.isdecimal():
            numbers.append(part)
        stems.append((part[:_STEM], part))
        if len(part) > _SHORT_STEM:
            stems.append((part[:_SHORT_STEM], part))
        ends.append((part[-_SHORT_STEM:], part))
    return folded, _digits(word), tuple(numbers), tuple(stems), tuple(ends)


@lru_cache(maxsize=1 << 12)
def _answer_tokens(answer: str) -> tuple[Token, ...]:
    return tuple(tokens(answer))


def visible_giveaway(answer: str, visible: str) -> str | None:
    """What in `visible` gives `answer` away (see TextIndex.giveaway), or None."""
    return TextIndex(visible).giveaway(answer)


def key_words(answer_tokens: Sequence[Token]) -> list[str]:
    """The words of an answer that would give it away if a reader saw them elsewhere."""
    words = [
        part
        for token in answer_tokens
        if not token.number
        for part in _parts(token.text)
        if len(part) > 1 and not _is_minor(part)
    ]
    if len(words) <= 1:
        return words
    return [
        word
        for word in words
        if not is_common_word(word)
        and fold_word(word) not in KIND_NOUNS
        and fold_word(word) not in SAINT_WORDS  # "São" of "São Cristóvão"
        # "In October the Tsar issued the [...]" says when, not "October Manifesto".
        and word not in MONTHS
        and word not in WEEKDAYS
    ]


def _modifiers(answer_tokens: Sequence[Token]) -> frozenset[str]:
    """The lower-case words of a term of several words before its last one: `atomic` of
    `atomic number`. A name's words (`Soviet` of `Soviet Union`) are none."""
    words = [token for token in answer_tokens if not token.number]
    if len(words) < 2:
        return frozenset()
    return frozenset(token.text for token in words[:-1] if token.text.islower())


def inflected_forms(first: str, second: str) -> bool:
    """Two folded words that are one word, one of them with a plural, possessive or
    verb's ending: `electron` and `electrons`, `group` and `grouped`, `study` and
    `studies`; not a word made from another (`atom` and `atomic`)."""
    if first == second:
        return True
    shorter, longer = sorted((first, second), key=len)
    if not longer.startswith(shorter[:-1]) or len(shorter) < 2:
        return False
    rest = longer[len(shorter) :]
    if longer.startswith(shorter):
        if rest in _INFLECTIONS:
            return True
        # A doubled last consonant: `stop`, `stopped`.
        return rest[:1] == shorter[-1:] and rest[1:] in _INFLECTIONS
    # A final `e` or `y` changed: `trade`, `trading`; `study`, `studies`.
    return (shorter[-1], longer[len(shorter) - 1 :]) in _CHANGED_ENDINGS


_INFLECTIONS = frozenset({"s", "es", "'s", "s'", "ed", "d", "ing", "er", "est"})
_CHANGED_ENDINGS = frozenset(
    {("e", "ing"), ("y", "ies"), ("y", "ied"), ("y", "ier"), ("y", "iest")}
)


def acronym_zones(text_tokens: Sequence[Token], text: str) -> list[tuple[str, Span]]:
    """Each acronym with the span of the words that define it, wherever the text defines one.

    An acronym is defined by the words just before it when it stands in brackets after
    them (`the German Communist party (KPD)`), by the bracket that follows it (`KPD
    (German Communist party)`), or by capitalised words whose initials spell it
    (`National Aeronautics and Space Administration` for `NASA`).
    """
    zones: list[tuple[str, Span]] = []
    acronyms: set[str] = set()
    for index, token in enumerate(text_tokens):
        # An acronym starts with two capitals: most words are passed over without a match.
        if (
            token.number
            or not token.text[:1].isupper()
            or token.text[1:].islower()  # a capitalised word, most of those read here
            or not _ACRONYM.fullmatch(token.text)
        ):
            continue
        acronyms.add(token.text)
        if token.gap_before.rstrip().endswith("(") and _CLOSING_BRACKET.match(text, token.end):
            if defining := _words_before(text_tokens, index):
                zones.append((token.text, (defining.start, token.start)))
        elif bracket := _BRACKET_AFTER.match(text, token.end):
            zones.append((token.text, bracket.span(1)))
        elif (start := spelled_just_before(text_tokens, index)) is not None:
            zones.append((token.text, (start, token.start)))
    return zones + list(_initials_spelling(text_tokens, acronyms))


def spelled_just_before(text_tokens: Sequence[Token], index: int) -> int | None:
    """Where the words start that spell the acronym at `index` right before it, capitals
    or not, an "or" (and an article) between: "Gross domestic product, or GDP", "the
    Union of Soviet Socialist Republics, or the USSR". A word may give more than its
    first letter, in order, as a compound's parts do: "Adenosine triphosphate, or ATP",
    "deoxyribonucleic acid, or DNA"."""
    letters = text_tokens[index].text.rstrip("s").casefold()
    position = index - 1
    for between in ("the", "or"):
        if position >= 0 and text_tokens[position].text.casefold() == between:
            position -= 1
    # The words that may spell it, nearest first, each running on into the next; small
    # words ("of", "and") may stand between them and give no letter.
    nearest: list[Token] = []
    while position >= 0 and len(nearest) < 2 * len(letters):
        word = text_tokens[position]
        if word.number or not word.text[:1].isalpha():
            break
        nearest.append(word)
        position -= 1
        if not word.follows_closely:
            break
    for count in range(1, len(nearest) + 1):
        words = [word.text.casefold() for word in reversed(nearest[:count])]
        if words[0] in _INITIALS_SKIP:
            continue
        if spells(letters, words, inner=sum(w not in _INITIALS_SKIP for w in words) > 1):
            return nearest[count - 1].start
    return None


def _words_before(text_tokens: Sequence[Token], index: int) -> Token | None:
    """The first of the (up to four) words that run, unbroken, into the token at `index`."""
    first: Token | None = None
    for token in reversed(text_tokens[max(0, index - 4) : index]):
        first = token
        if not token.follows_closely:
            break
    return first


def _initials_spelling(
    text_tokens: Sequence[Token], acronyms: set[str]
) -> Iterator[tuple[str, Span]]:
    """Each acronym with the span of capitalised words whose initials spell it."""
    if not acronyms:
        return
    spelled = {acronym.rstrip("s"): acronym for acronym in acronyms}
    longest = max((len(letters) for letters in spelled), default=0)
    for first, token in enumerate(text_tokens):
        if not token.capitalised or token.text in acronyms:
            continue
        initials = ""
        for current in text_tokens[first : first + 2 * longest]:
            if current.capitalised and current.text not in acronyms:
                initials += current.text[0]
                if len(initials) > 1 and initials in spelled:
                    yield spelled[initials], (token.start, current.end)
                if len(initials) == longest:
                    break
            elif current.text not in _INITIALS_SKIP:
                break


def _parts(word: str) -> list[str]:
    if "-" not in word and "–" not in word:
        return [word]
    return [part for part in _HYPHENS.split(word) if part]


def _is_minor(word: str) -> bool:
    if word.isupper():
        return False
    folded = fold_word(word)
    return folded in _FOLDED_FUNCTION_WORDS or folded in PARTICLES


def _digits(number: str) -> str:
    return number.replace(",", "")
