"""Numbers in an excerpt as automatic cloze reads them: years, quantities with units, days."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.number_scales import SCALES
from trainer.core.answering.parsing import MINUS_SIGNS
from trainer.core.answering.per_units import is_unit_symbol
from trainer.core.answering.units import is_unit_word
from trainer.core.deck.answer_types import is_year
from trainer.core.generate.cloze_kinds import CandidateKind
from trainer.core.generate.cloze_words import Token
from trainer.core.generate.foreign_words import MONTHS_ABROAD

CURRENCY = frozenset("$£€¥")
_MINUS_SIGNS = frozenset("-" + MINUS_SIGNS)
_SIGNED_KINDS = frozenset({CandidateKind.NUMBER, CandidateKind.QUANTITY})
# A unit's second part after a slash: "km/h", "m/s".
_PER_UNITS = frozenset("h hr s sec min day yr year".split())  # noqa: SIM905
# Grading's own scale words: a blank ends on a scale word only if grading reads its value.
SCALE_WORDS = frozenset({"hundred", *SCALES})
# Plurals that stand for a noun said before them ("2 million new ones"): no unit.
_PRO_FORMS = frozenset("ones others".split())  # noqa: SIM905
# Words that join two numbers into a range or a choice ("10 to 100 micrometres").
_RANGE_WORDS = frozenset("to or".split())  # noqa: SIM905
# Words that end a unit: a number's unit never runs past them (`22 of them`).
_UNIT_STOPS = frozenset(
    """of and or nor but the a an in on at to for from by with as than that which who
    whom whose was were is are be been had has have would will could should might must
    may can did do does not no more less fewer most each per this these those it its
    their his her our after before during since until into over under about""".split()  # noqa: SIM905
)
_IRREGULAR_PLURALS = frozenset(
    """men women people children feet teeth mice geese oxen police cattle sheep deer
    aircraft personnel staff""".split()  # noqa: SIM905
)
_UNIT_SYMBOLS = frozenset("km kg mm cm ft mi lb lbs oz mph kph ha percent".split())  # noqa: SIM905
# Words before a four-digit number that make it a year even when a noun follows it, in
# English and in the other languages decks are written in ("presentó en 1813 los
# Sentimientos", "seit 1949 die Bundesrepublik").
_YEAR_WORDS = frozenset(
    """in by since until till from after before during between early late mid around en
    desde hasta hacia depuis dès vers im seit bis nel dal dopo""".split()  # noqa: SIM905
)

# The word that joins a name to the year it dates: "the Act of 1833", "la Révolution de
# 1848", "die Revolution von 1848".
_NAMING_OF = frozenset({"of", "de", "del", "von", "di", "du"})


def has_currency(scan: str, token: Token) -> bool:
    """A currency sign stands right before the number (`$3 billion`)."""
    return token.start > 0 and scan[token.start - 1] in CURRENCY


def piece_start(scan: str, kind: CandidateKind, first: Token) -> int:
    """Where the blank for a piece that starts with `first` starts: at a currency sign
    before a quantity (`$3 billion`), at a minus sign before a number (`−180 °C`: the
    sign is the answer's), else at the token."""
    start = first.start
    if kind is CandidateKind.QUANTITY and has_currency(scan, first):
        return start - 1
    if kind in _SIGNED_KINDS and first.number and _negative(scan, start):
        return start - 1
    return start


def _negative(scan: str, start: int) -> bool:
    """A minus sign stands right before the number, with a space, a bracket or nothing
    before the sign: "−180", not the dash of a range ("1914–1918")."""
    return (
        start > 0 and scan[start - 1] in _MINUS_SIGNS and (start < 2 or scan[start - 2] in " (\n")
    )


def number_piece(
    words: list[Token], index: int, usable: list[bool], money: bool
) -> tuple[CandidateKind, list[Token]] | None:
    """The year, quantity or number that starts at `words[index]`, with the tokens it
    covers; None for a lone digit. `money` says a currency sign stands before it."""
    token = words[index]
    if _second_part(words, index):
        return None
    piece = [token]
    after = words[index + 1] if index + 1 < len(words) else None
    scaled = after is not None and after.follows_closely and after.text in SCALE_WORDS
    if scaled and after is not None:
        piece.append(after)
    unit = _unit(words, index + len(piece), usable)
    if is_year(token.text) and not scaled and not money:
        before = words[index - 1] if index else None
        year_word = before is not None and before.text.casefold() in _YEAR_WORDS
        year_word = year_word or _named_for_its_year(words, index)
        # "a 2000 W kettle": a unit's symbol after it makes a year-like number a measure.
        if (not unit and not _symbol_after(words, index + 1, usable)) or year_word:
            return CandidateKind.YEAR, [token]
    if _in_range(words, index, len(piece)):
        return None
    if unit or scaled or money or token.text.endswith("%"):
        if len(token.text) == 1 and not (scaled or money):
            return None
        unit += _per_unit(words, index + len(piece) + len(unit), unit)
        if unit and _unit_runs_on(words, index + len(piece) + len(unit)):
            # "20,000 kg m/s": the blank takes the number, never half the unit.
            return (CandidateKind.NUMBER, [token]) if len(token.text) > 1 else None
        if unit and not any(_measures(word) for word in unit):
            # "the 63 known elements": what is counted stays in the sentence, which
            # would else no longer say what the number counts ("arranged the [number]").
            return CandidateKind.QUANTITY, piece
        return CandidateKind.QUANTITY, piece + unit
    if len(token.text) > 1:
        return CandidateKind.NUMBER, [token]
    return None


def _named_for_its_year(words: list[Token], index: int) -> bool:
    """The number ends a name that dates it: "the Factory Act of 1833", "la Constitution
    de 1791" (never a count, whatever follows: "of 1833 banned children")."""
    if index < 2 or words[index - 1].text.casefold() not in _NAMING_OF:
        return False
    name = words[index - 2]
    # A capital that only opens a sentence names nothing: "Out of 1500 men, …".
    return name.text[:1].isupper() and name.text.isalpha() and not name.sentence_start


def _symbol_after(words: list[Token], index: int, usable: list[bool]) -> bool:
    """A unit's symbol written with a capital, as SI writes it, stands right after the
    number, in the same sentence ("60 W", "5 kJ", "101 kPa"). Lower-case symbols are
    units to `_unit` already."""
    if index >= len(words) or not usable[index]:
        return False
    word = words[index]
    return (
        word.follows_closely
        and not word.number
        and not word.sentence_start
        and not word.text.islower()
        and is_unit_symbol(word.text)
    )


def _in_range(words: list[Token], index: int, size: int) -> bool:
    """The number is one end of a range or of a choice of two ("10 to 100 micrometres",
    "between 10 and 20 metres", "2 or 3 times"): blanked alone, it would ask for half of
    one fact, with the other half shown. (A range written with a dash is no number at
    all: see cloze_words.) Years are asked on their own ("from 1914 to 1918")."""
    after = index + size
    if after + 1 < len(words) and _joins(words, index, after):
        return True
    joiner = index - 1
    first = joiner - 1
    while first > 0 and words[first].text in SCALE_WORDS:
        first -= 1  # "2 million to 3 million": the first number's scale word
    return first >= 0 and words[first].number and _joins(words, first, joiner)


def _joins(words: list[Token], first: int, at: int) -> bool:
    """`words[at]` joins the number at `first` to a number right after it: "to" or "or",
    or "and" after "between"."""
    word, number = words[at], words[at + 1]
    if not (word.follows_closely and number.follows_closely and number.number):
        return False
    if word.text in _RANGE_WORDS:
        return True
    return word.text == "and" and first > 0 and words[first - 1].text.casefold() == "between"


def _second_part(words: list[Token], index: int) -> bool:
    """The number is the second part of a measure given in two units ("8 minutes 20
    seconds", "5 ft 10 in"): blanked alone, it would leave half the measure shown."""
    if index < 2 or not words[index].follows_closely:
        return False
    unit, number = words[index - 1], words[index - 2]
    return number.number and unit.follows_closely and _unit_word(unit) and _ends_unit(unit)


def _per_unit(words: list[Token], index: int, unit: list[Token]) -> list[Token]:
    """The second part of a unit written with a slash ("km/h"), if one follows `unit`."""
    if not unit or index >= len(words):
        return []
    after = words[index]
    return [after] if after.gap_before == "/" and after.text in _PER_UNITS else []


def _measures(word: Token) -> bool:
    """Whether the word of a number's unit is a unit of measure or money ("km", "marks",
    "hectares", "per cent"), not a thing counted ("tanks", "known elements")."""
    text = word.text.casefold()
    return text in _UNIT_SYMBOLS or text in ("per", "cent") or is_unit_word(text)


def _unit_runs_on(words: list[Token], index: int) -> bool:
    """A compound unit goes on past the unit's words that end before `index`: a symbol
    joined by a slash or a product sign ("kg/m³", "N·m"), or a short symbol itself before
    one ("kg m/s")."""
    if index >= len(words):
        return False
    after = words[index]
    if after.gap_before.strip() in _UNIT_JOINERS:
        return True
    symbol = len(after.text) <= 3 and after.text.isalpha() and after.text.islower()
    following = words[index + 1] if index + 1 < len(words) else None
    return (
        symbol
        and after.follows_closely
        and following is not None
        and following.gap_before.strip() in _UNIT_JOINERS
    )


_UNIT_JOINERS = frozenset({"/", "·", "⋅", "*", "^"})


def has_unit(words: list[Token], index: int, usable: list[bool]) -> bool:
    """The number at `index` is counted in something (`200 tanks`, `3 million`)."""
    after = words[index + 1] if index + 1 < len(words) else None
    scaled = after is not None and after.follows_closely and after.text in SCALE_WORDS
    return scaled or bool(_unit(words, index + 1, usable))


def _unit(words: list[Token], index: int, usable: list[bool]) -> list[Token]:
    """The words naming what a number counts: up to three lower-case words ending in a
    plural or a unit (`hectares`, `gold marks`, `km`, `per cent`), then `per` a word."""
    unit: list[Token] = []
    for offset, word in enumerate(words[index : index + 3]):
        if not (usable[index + offset] and word.follows_closely and _unit_word(word)):
            return []
        unit.append(word)
        if word.text == "per" and offset == 0:
            continue
        if _ends_unit(word) or (unit[0].text == "per" and word.text == "cent"):
            break
    else:
        return []
    after = index + len(unit)
    per = after + 1 < len(words) and words[after].text == "per" and words[after].follows_closely
    if per and words[after + 1].follows_closely and _unit_word(words[after + 1]):
        unit += words[after : after + 2]
    return unit


def _unit_word(word: Token) -> bool:
    if word.number or not word.text.isalpha() or not word.text.islower():
        return False
    return word.text == "per" or word.text not in _UNIT_STOPS


def _ends_unit(word: Token) -> bool:
    text = word.text
    if text in _PRO_FORMS:
        return False
    if text in _IRREGULAR_PLURALS or text in _UNIT_SYMBOLS:
        return True
    return len(text) > 2 and text.endswith("s") and not text.endswith(("ss", "us", "is"))


def is_day_number(words: Sequence[Token], index: int) -> bool:
    """A day of the month: 1 to 31, just before or just after a month (`1 April`, `April 1`),
    in English or another language (`14 juillet`, `14 Juli`), after a `de` as Spanish and
    Portuguese write it (`25 de mayo de 1810`), or the first day of a span before one
    (`5 and 6 October`, `du 20 au 21 juin`, `los días 5 y 6 de mayo`)."""
    if not _day_sized(words[index]):
        return False
    before = words[index - 1] if index else None
    if before is not None and words[index].follows_closely and _is_month(before):
        return True
    after = _next_close(words, index)
    if after is not None and after.text in _DATE_OF:
        after = _next_close(words, index + 1)  # "25 de mayo"
    elif after is not None and after.text in _DAY_SPANS:
        # The span's second day is one by the same tests: "20 au 21 juin".
        return _next_close(words, index + 1) is not None and is_day_number(words, index + 2)
    return after is not None and _is_month(after)


# The word between a day and its month in Spanish and Portuguese ("25 de mayo").
_DATE_OF = frozenset({"de"})
# Words joining two days of one month ("5 and 6 October", "du 20 au 21 juin").
_DAY_SPANS = frozenset("and or to au et ou y e al a bis und".split())  # noqa: SIM905


def _day_sized(token: Token) -> bool:
    return token.number and token.text.isdecimal() and 1 <= int(token.text) <= 31


def _next_close(words: Sequence[Token], index: int) -> Token | None:
    """The token after `words[index]`, if only spaces part them."""
    after = words[index + 1] if index + 1 < len(words) else None
    return after if after is not None and after.follows_closely else None


def _is_month(token: Token) -> bool:
    if token.text in MONTHS_ABROAD:
        return True  # "le 14 juillet 1789", "am 14 Juli"
    return token.is_calendar_word() and not token.text.endswith("day")
