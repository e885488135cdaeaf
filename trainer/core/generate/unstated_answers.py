"""Answers their excerpt never states: cards that their own source cannot teach."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from trainer.core.answering.normalise import fold
from trainer.core.answering.words import answer_words, content_words
from trainer.core.answering.year_periods import short_span_ends
from trainer.core.answering.zero_counts import is_a_count_of_none
from trainer.core.authored import Excerpt
from trainer.core.card_frames import is_verdict_word
from trainer.core.deck.cloze_markers import plain_text
from trainer.core.generate.author_checks import UNKNOWN_PAGE
from trainer.core.generate.cloze_giveaways import TextIndex
from trainer.core.generate.cloze_words import Token, fold_word, related_words
from trainer.core.generate.field_display import date_in_words
from trainer.core.generate.foreign_words import english_share, marker_counts, text_language
from trainer.core.lexicon import american_spelling, could_be_name, is_given_name


def unstated_message(
    answers: Sequence[str], excerpt: Excerpt, what: str = "its answer", asked: str = ""
) -> str | None:
    """What to tell the author when `excerpt` states none of `answers` (a card's answer
    and those it accepts), or None when it states one.

    A learner answers, then reads the excerpt the card cites: a card whose answer the
    excerpt never gives asks for what the deck does not teach (a fact filed under the
    wrong excerpt, a text edited since, a misspelt value). An answer is stated when the
    excerpt's text (its deletions filled in) or its title names it whole, or another
    form of one of its key words ('Russians' for 'Russia'), or holds each of its content
    words, itself or in another form ('they are denatured': 'enzymes denature'). A
    person is stated by their surname, or by their given name alone ('Elizabeth at
    first refuses …'), not by another person's name that shares it: 'Charles Darnay'
    does not state 'Charles Dickens'.
    An answer with a number is stated when the text gives each of its numbers, in digits
    or in words, as the grader reads them ("about 68 million", "sixty-eight million");
    its other words may be written otherwise ("km", "kilometres"); a count of none is
    stated by "no" before a word of `asked`, the card's prompt ("has no moons" for "How
    many moons …?"), or by "none". `what` names the answer for the message ("its
    statement's true place").
    Not judged: a true or false verdict, a yes or a no, a translation (`_translated`), and
    the answers of an excerpt with no source text yet, as `trainer convert` writes them:
    its page `unknown`, or its text only its question repeated.
    """
    if not answers or _no_source_text(excerpt):
        return None
    if all(fold(answer) in _REPLIES or is_verdict_word(fold(answer)) for answer in answers):
        return None
    if any(_stated(answer, excerpt.text, excerpt.title, asked) for answer in answers):
        return None
    if _translated(answers, excerpt, asked):
        return None
    shown = date_in_words(answers[0]) or answers[0]
    return (
        f"{what} '{shown}' is not stated in excerpt '{excerpt.id}', so the "
        "card cannot be answered from its source: say it in the excerpt's text, or put "
        "the card under the excerpt that does"
    )


# A true/false question's answer is a verdict on its statement (in any language:
# `card_frames`), and a yes-or-no question's a reply to it, not a value stated.
_REPLIES = frozenset({"yes", "no"})


# A prompt that asks for a word in another language: "What is the Spanish for 'to wake
# up'?", "Translate …", "How do you say 'bread' in French?".
_TRANSLATION_PROMPT = re.compile(
    r"\b(?:english|french|german|spanish|italian|portuguese|latin|greek|dutch|russian|"
    r"chinese|japanese|arabic)\s+(?:word\s+|noun\s+|verb\s+|phrase\s+)?for\b"
    r"|\btranslat|\bhow\s+do\s+you\s+say\b",
    re.IGNORECASE,
)


def _translated(answers: Sequence[str], excerpt: Excerpt, asked: str) -> bool:
    """Whether the card asks for a translation, which its excerpt cannot state in the
    language it is written in: its prompt says so, or its answer reads as English where
    the excerpt is written in another language ("bread", asked "What does 'el pan'
    mean?" of a Spanish text)."""
    if _TRANSLATION_PROMPT.search(asked):
        return True
    language = text_language(excerpt.text)
    if language == "en":
        return False
    for answer in answers:
        share = english_share(answer, least_count=_OFTEN)
        if share is None or share <= _ENGLISH_SHARE or marker_counts(answer.casefold())[language]:
            return False
    return True


# The share of an answer's words English must write, each this often at least (in the
# word list's counts), for it to read as English: more than half, "bread", "to wake up";
# not "la carne" (English writes "la", but "carne" a few hundred times).
_ENGLISH_SHARE = 0.5
_OFTEN = 5_000


def _no_source_text(excerpt: Excerpt) -> bool:
    if excerpt.source.pages.strip().lower() == UNKNOWN_PAGE:
        return True
    return bool(excerpt.questions) and fold(excerpt.text) in {
        fold(question.prompt) for question in excerpt.questions
    }


def _stated(answer: str, text: str, title: str, asked: str = "") -> bool:
    folded = fold(answer)
    if not folded:
        return True  # nothing to look for: other checks speak of an empty answer
    reading = _read(text, title)
    # Most answers stand in their text as written: the rest are read word by word.
    if f" {folded} " in reading.folded:
        return True
    if is_a_count_of_none(answer) and _says_none(plain_text(text), asked):
        return True  # "none", "0", "no moons" for "How many moons …?" where it has none
    if any(map(str.isdigit, answer)):
        if _FORMULA.search(answer):
            return True  # "a^2 + b^2 = c^2" for "a² + b² = c²": not judged
        if (in_words := date_in_words(answer.strip())) is not None:
            answer = in_words  # "1789-07-14", "2005-01": "14 July 1789", "January 2005"
        numbers = [_number_key(word) for word in answer_words(answer) if _has_digit(word)]
        if numbers == ["0"] and _says_none(plain_text(text), asked):
            return True  # "0 moons" where the text says there are none
        return all(number in reading.numbers for number in numbers)
    words = content_words(answer_words(answer))
    missing = [word for word in words if not reading.has(word)]
    if not missing:
        return True
    given = _given_names(answer)
    if not given and asked and _only_the_questions_words(words, missing, asked):
        return False  # "stimulates growth" asked "What does growth hormone do?"
    if not given:
        found = reading.index.giveaway(answer)
        # A plain word of a name of several is no name of it: "Protocol" of "the
        # Transmission Control Protocol" states no "Internet Protocol" (but "Darcy"
        # states "Fitzwilliam Darcy", and "Suez" "the Suez Canal"). A description or a
        # sentence is read more loosely: the text may say it in its own words.
        return found is not None and not (
            len(words) > 1
            and fold(found) in words
            and not could_be_name(found)
            and _is_a_name(answer)
        )
    return reading.index.giveaway(answer.split(None, given)[-1]) is not None or (
        _named_by_given_name(answer, reading.index.tokens)
    )


def _only_the_questions_words(words: Sequence[str], missing: Sequence[str], asked: str) -> bool:
    """Whether the answer's words the text holds are all words the question gives: the
    text then only says what the question says, not the answer ("growth", of "stimulates
    growth", asked "What does growth hormone do?")."""
    held = [word for word in words if word not in missing]
    return bool(held) and set(held) <= set(content_words(answer_words(asked)))


def _says_none(text: str, asked: str) -> bool:
    """Whether a sentence of `text` says there are none of what `asked` counts, of the
    names it asks about: "none", or "no" before one of its words, singular or plural,
    beside every name the question writes ("Mercury … has no moons" for "How many moons
    does Mercury have?", not for Venus)."""
    words = [word for word in fold(asked).split() if len(word) > 2]
    names = {fold(name) for name in _NAME.findall(asked)[1:]}
    for sentence in _SENTENCE_END.split(text):
        folded = f" {fold(sentence)} "
        if not all(f" {name} " in folded for name in names):
            continue
        if " none " in folded or any(
            f" no {word} " in folded or f" no {word.removesuffix('s')} " in folded for word in words
        ):
            return True
    return False


_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_NAME = re.compile(r"\b[A-Z][^\W\d_]+")


def _is_a_name(answer: str) -> bool:
    """Whether `answer` is a name: each of its words of three letters or more capitalised
    ("Internet Protocol", "the Treaty of Rapallo"; not "every fact that has …")."""
    long_words = [word for word in answer.split() if len(word) > 2 and word.isalpha()]
    return bool(long_words) and all(
        word[0].isupper() for word in long_words if word.casefold() not in _NAME_PARTICLES
    )


_NAME_PARTICLES = frozenset({"the", "and", "for", "von", "van", "del", "der", "des"})


def _given_names(answer: str) -> int:
    """How many given names and initials open `answer` when it reads as a person's
    name, short of its last word: 2 for 'Mary Ann Evans', 1 for 'Charles Dickens', 0
    for 'Mount Everest' or 'the French'."""
    words = answer.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return 0
    count = 0
    while count < len(words) - 1 and (
        is_given_name(words[count]) or _INITIAL.fullmatch(words[count])
    ):
        count += 1
    return count


def _named_by_given_name(answer: str, tokens: Sequence[Token]) -> bool:
    """Whether the text calls the person by their given names alone ('Elizabeth at first
    refuses …' for 'Elizabeth Bennet'): a run of capitalised words from their first
    given name that holds only words of the answer. One that runs on into another
    surname makes another person ('Charles Darnay' is not 'Charles Dickens')."""
    own = [fold_word(word) for word in answer.split()]
    for position, token in enumerate(tokens):
        if token.folded != own[0]:
            continue
        run = tokens[position + 1 : position + len(own) + 1]
        for after in run:
            if not (after.capitalised and after.follows_closely):
                return True
            if after.folded not in own:
                break
        else:
            return True
    return False


_INITIAL = re.compile(r"[A-Z]\.?")


class _Reading:
    """An excerpt's text (deletions filled in) and title, as answers are looked up in it;
    read word by word only for an answer not found as written."""

    def __init__(self, text: str, title: str) -> None:
        plain = plain_text(text)
        self._whole = f"{title}\n{plain}" if title else plain
        self.folded = f" {fold(self._whole)} "
        self._index: TextIndex | None = None
        self._by_stem: dict[str, list[str]] | None = None
        self._numbers: frozenset[str] | None = None

    @property
    def index(self) -> TextIndex:
        if self._index is None:
            self._index = TextIndex(self._whole)
        return self._index

    @property
    def numbers(self) -> frozenset[str]:
        """The numbers the text gives, in digits or words, as the grader reads them."""
        if self._numbers is None:
            words = answer_words(self._whole)
            said = frozenset(_number_key(word) for word in words if _has_digit(word))
            self._numbers = said | short_span_ends(self._whole)  # "1871–72" says 1872
        return self._numbers

    def has(self, word: str) -> bool:
        """Whether the text holds `word` (as `answer_words` reads it), or another form or
        spelling of it ('denature' for 'denatured', 'Russians' for 'Russia', 'colour' for
        'color', 'twelve' for '12'). Both sides are read by the grader's own readers."""
        if self._by_stem is None:
            self._by_stem = {}
            for each in {*self.folded.split(), *answer_words(self._whole)}:
                spelt = american_spelling(each)
                self._by_stem.setdefault(spelt[:_STEM], []).append(spelt)
        word = american_spelling(word)
        return any(
            word == other or related_words(word, other)
            for other in self._by_stem.get(word[:_STEM], ())
        )


def _has_digit(word: str) -> bool:
    return any(map(str.isdigit, word))


def _number_key(word: str) -> str:
    """A number as compared: "2.50" is "2.5", "07" is "7"; anything else as read."""
    if _DECIMAL.fullmatch(word):
        whole, _, fraction = word.partition(".")
        fraction = fraction.rstrip("0")
        return f"{int(whole)}.{fraction}" if fraction else str(int(whole))
    return word


_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
# A formula's numbers are powers and indices, written many ways: not looked for.
_FORMULA = re.compile(r"[\^=²³√]")


# Related forms share their first letters (see `related_words`).
_STEM = 4


# An excerpt's template cards come one after another: its reading is kept for them.
@lru_cache(maxsize=256)
def _read(text: str, title: str) -> _Reading:
    return _Reading(text, title)
