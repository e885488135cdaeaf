"""The words a card puts around a deck's own text, in each language decks are written in.

A deck written in French, German, Spanish or Italian writes its questions and statements
in that language; the few words trainer adds itself are then in it too: the frame of a
true/false card ("Verdadero o falso: …" with the options Verdadero and Falso), a date
in words ("25 de mayo de 1810"), and the blank that says what a gap stands for
("[año]"). Grading reads each of these back in every language (`verdict_index`,
`month_of`), so a learner may answer "v", "vrai" or "true" alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from trainer.core.answering.normalise import fold


@dataclass(frozen=True)
class CardFrame:
    """One language's words for what trainer writes around a deck's text."""

    language: str  # ISO 639-1
    true_or_false: str  # opens a true/false card's statement
    verdicts: tuple[str, str]  # the options: true first
    months: tuple[str, ...]  # January to December, as written mid-sentence
    day_month_year: str  # "{day}", "{month}" and "{year}" in their order
    month_year: str
    first_of_month: str  # how the first day of a month is written ("1er" in French)
    year_blank: str
    number_blank: str
    # More words a learner types for each verdict: "t", "oui", "stimmt".
    true_words: frozenset[str] = frozenset()
    false_words: frozenset[str] = frozenset()

    def date(self, year: str, month: int, day: int | None = None) -> str:
        """A date in words: day, month and year, or month and year (`day` None)."""
        name = self.months[month - 1]
        if day is None:
            return self.month_year.format(month=name, year=year)
        shown = self.first_of_month if day == 1 else str(day)
        return self.day_month_year.format(day=shown, month=name, year=year)


ENGLISH = CardFrame(
    "en",
    "True or false: ",
    ("True", "False"),
    (
        *("January", "February", "March", "April", "May", "June"),
        *("July", "August", "September", "October", "November", "December"),
    ),
    "{day} {month} {year}",
    "{month} {year}",
    "1",
    "[year]",
    "[number]",
    frozenset({"t", "yes", "y", "correct", "right", "not false", "yep"}),
    frozenset({"f", "no", "n", "incorrect", "wrong", "not true", "untrue", "nope"}),
)
FRENCH = CardFrame(
    "fr",
    "Vrai ou faux : ",
    ("Vrai", "Faux"),
    (
        *("janvier", "février", "mars", "avril", "mai", "juin"),
        *("juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    ),
    "{day} {month} {year}",
    "{month} {year}",
    "1er",
    "[année]",
    "[nombre]",
    frozenset({"v", "oui", "c est vrai", "exact", "correct"}),
    frozenset({"f", "non", "c est faux", "inexact", "incorrect"}),
)
GERMAN = CardFrame(
    "de",
    "Richtig oder falsch: ",
    ("Richtig", "Falsch"),
    (
        *("Januar", "Februar", "März", "April", "Mai", "Juni"),
        *("Juli", "August", "September", "Oktober", "November", "Dezember"),
    ),
    "{day}. {month} {year}",
    "{month} {year}",
    "1.",
    "[Jahr]",
    "[Zahl]",
    frozenset({"r", "w", "wahr", "ja", "stimmt", "korrekt"}),
    frozenset({"f", "nein", "unwahr", "stimmt nicht", "inkorrekt"}),
)
SPANISH = CardFrame(
    "es",
    "Verdadero o falso: ",
    ("Verdadero", "Falso"),
    (
        *("enero", "febrero", "marzo", "abril", "mayo", "junio"),
        *("julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    ),
    "{day} de {month} de {year}",
    "{month} de {year}",
    "1",
    "[año]",
    "[número]",
    frozenset({"v", "si", "cierto", "correcto"}),
    frozenset({"f", "no", "incorrecto"}),
)
ITALIAN = CardFrame(
    "it",
    "Vero o falso: ",
    ("Vero", "Falso"),
    (
        *("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno"),
        *("luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    ),
    "{day} {month} {year}",
    "{month} {year}",
    "1º",
    "[anno]",
    "[numero]",
    frozenset({"v", "si", "giusto", "corretto"}),
    frozenset({"f", "no", "sbagliato", "errato"}),
)
FRAMES = {frame.language: frame for frame in (ENGLISH, FRENCH, GERMAN, SPANISH, ITALIAN)}


def frame_of_verdicts(choices: Sequence[str]) -> CardFrame | None:
    """The frame whose true/false options `choices` are, in either order; else None."""
    pair = tuple(choices)
    return next(
        (frame for frame in FRAMES.values() if pair in (frame.verdicts, frame.verdicts[::-1])),
        None,
    )


def verdict_index(typed: str, choices: Sequence[str]) -> int | None:
    """The option a typed verdict chooses among true/false options of any language: its
    word in any language ("true", "vrai", "verdadero"), or a word that says it in the
    options' own language ("v" and "oui" for Vrai, "t" and "yes" for True). None when
    `choices` are no true/false options or the typed text is no verdict."""
    frame = frame_of_verdicts(choices)
    if frame is None:
        return None
    truth = _verdict_words(frame.language).get(fold(typed))
    if truth is None:
        return None
    return list(choices).index(frame.verdicts[0] if truth else frame.verdicts[1])


def is_verdict_word(word: str) -> bool:
    """Whether a folded word is true's or false's in some language ("true", "falso")."""
    return word in _ALL_VERDICTS


@cache
def _verdict_words(language: str) -> dict[str, bool]:
    """Folded words read as a verdict on options of `language`: every language's words
    for true and false, then the language's own shorter ones, which may clash with
    another's ("f" is false everywhere, "v" true only in French, Spanish and Italian)."""
    words = dict.fromkeys(_ALL_TRUE, True) | dict.fromkeys(_ALL_FALSE, False)
    frame = FRAMES[language]
    words |= dict.fromkeys(map(fold, frame.true_words), True)
    words |= dict.fromkeys(map(fold, frame.false_words), False)
    return words


_ALL_TRUE = frozenset(fold(frame.verdicts[0]) for frame in FRAMES.values()) | {"wahr"}
_ALL_FALSE = frozenset(fold(frame.verdicts[1]) for frame in FRAMES.values())
_ALL_VERDICTS = _ALL_TRUE | _ALL_FALSE


def month_of(word: str) -> int | None:
    """The month a folded word names in French, German, Spanish or Italian ("mayo",
    "fevrier", "marz", "mars"); None for any other word, English months included (see
    `dates_in_text.month_number`). Read only where a date is asked or written: "Mars"
    elsewhere is a planet."""
    return _FOREIGN_MONTHS.get(word)


# Months as some places write them beside the frames' own: Austria's January, Latin
# America's September.
OTHER_MONTH_SPELLINGS = {"Jänner": 1, "setiembre": 9}
# Names English writes the same ("April", "August") stay English's.
_FOREIGN_MONTHS = (
    {
        fold(name): number
        for frame in FRAMES.values()
        if frame is not ENGLISH
        for number, name in enumerate(frame.months, start=1)
        if fold(name) != fold(ENGLISH.months[number - 1])
    }
    | {fold(name): number for name, number in OTHER_MONTH_SPELLINGS.items()}
    | {"maerz": 3}
)


def date_words_abroad(words: Sequence[str]) -> list[str]:
    """Folded words of a date with another language's small words left out and its first
    of the month plain: "el 25 de mayo de 1810" → 25 mayo 1810, "le 1er janvier" → 1
    janvier, "am 14. Juli" → 14 juli."""
    return [_ORDINAL_MARK.sub("", word) for word in words if word not in _DATE_FILLERS]


# The small words of another language's dates ("25 de mayo de 1810", "am 14. Juli"), and
# the marks of a first of the month ("1er", and "1º" folded to "1o").
_DATE_FILLERS = frozenset({"de", "del", "le", "am", "il", "el"})
_ORDINAL_MARK = re.compile(r"(?<=\d)(?:er|o)$")
