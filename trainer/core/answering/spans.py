"""Spans of time or quantity, however written: "between June and August" is "June–August".

A span is read as its two ends, each a time or each a quantity:
- a time is a year ("1923", "490 BC", the second of "1923-25" clipped), a month or a
  day of one ("12 March"), a weekday, a season, a decade or century, or a time of day
  ("9 am"). What the second end says and the first leaves out is the first's too: "12
  March to 3 April 1926" runs from 12 March 1926, "490 to 479 BC" from 490 BC, "10 to
  12 March" from 10 March;
- a quantity is a number and what it counts, which may be said once for both ("20 to
  30 fathoms", "between 20% and 25%").

Two spans are the same span when their ends are the same, in order: "July to May" is
not "May to July", nor "1923 to 1921" "1921 to 1923". Anything else between the ends
("May to July or August", "not from May to July") is no span, and is graded as the text
it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.core.answering.dates_in_text import WEEKDAY_WORDS, month_number
from trainer.core.answering.eras import ERA_FORMS
from trainer.core.answering.verdict import RANK, Outcome, Verdict
from trainer.core.answering.word_lists import ARTICLES, FUNCTION_WORDS
from trainer.core.answering.words import answer_words
from trainer.core.records import record

# What joins the two ends: "to", "until", "through", a dash; "and" only after "between".
_JOINER = re.compile(
    r"\s+(?:to|until|till|til|through|thru|and)\s+|\s*[-–—]\s*|\s+(?:-|--)\s+", re.IGNORECASE
)
_OPENER = re.compile(r"^\s*(from|between)\s+", re.IGNORECASE)
# Words that name a time by themselves: a weekday, a season, a time of day, a period.
_TIME_NAMES = frozenset(
    {
        *WEEKDAY_WORDS,
        *ERA_FORMS,
        *("spring", "summer", "autumn", "fall", "winter"),
        *("am", "pm", "noon", "midnight", "oclock"),
        *("century", "centuries", "millennium", "decade"),
    }
)
# Words that may stand beside a time in a span's end without naming another thing.
_QUALIFIERS = frozenset(
    {"the", "of", "early", "mid", "middle", "late", "end", "beginning", "start"}
)
# A quantity's end: a number, and what it counts in a few words that never bound, hedge,
# deny or join it ("25 per cent", "30 fathoms"; not "30 or more").
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_MAX_QUANTITY_WORDS = 5
_SCALE = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)
_NOT_COUNTED = (FUNCTION_WORDS - {"per", "percent", "cent"}) | {
    *("not", "no", "never", "or", "and", "more", "less"),
}
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_DECADE = re.compile(r"\d{2,4}s")
_YEAR_DIGITS = (3, 4)
SWAPPED = "its two ends swapped: another span"
_MAX_DAY = 31
_CENTURY = 100


@record
class _End:
    """One end of a span: its text as written and its words as grading reads them."""

    text: str
    words: tuple[str, ...]

    @property
    def month(self) -> str | None:
        return next(filter(_is_month, self.words), None)

    @property
    def year(self) -> str | None:
        return next((w for w in reversed(self.words) if _is_year_number(w)), None)

    @property
    def era(self) -> str | None:
        return next((w for w in self.words if w in ERA_FORMS), None)

    @property
    def lone_day(self) -> bool:
        """A bare day of the month ("10" of "10 to 12 March")."""
        return len(self.words) == 1 and self.words[0].isdecimal() and int(self.words[0]) <= _MAX_DAY

    @property
    def lone_year(self) -> str | None:
        """The year of an end that is a year alone ("1923"), for a clipped second end."""
        digits = self.words[0] if len(self.words) == 1 else ""
        return digits if digits.isdecimal() and len(digits) == _YEAR_DIGITS[1] else None


def _is_month(word: str) -> bool:
    return word.isalpha() and month_number(word) is not None


def _is_year_number(word: str) -> bool:
    return word.isdecimal() and len(word) in _YEAR_DIGITS


def _is_time(end: _End) -> bool:
    """Whether every word of an end belongs to a time and one of them names it."""
    named = bool(_CLOCK.search(end.text))
    for word in end.words:
        if word.isdecimal():
            named = named or len(word) in _YEAR_DIGITS
        elif word in _TIME_NAMES or _DECADE.fullmatch(word) or _is_month(word):
            named = True
        elif word not in _QUALIFIERS:
            return False
    return named


def read_span(text: str) -> tuple[str, str] | None:
    """The two ends of a span of time or quantity as `text` writes one, each whole (what
    the second end says and the first leaves out added to the first); None when `text`
    is no span, or could be read as one in two ways."""
    opener = _OPENER.match(text)
    body = text[opener.end() :] if opener else text
    between = opener is not None and opener.group(1).casefold() == "between"
    found: list[tuple[str, str]] = []
    for joiner in _JOINER.finditer(body):
        joined = joiner.group().strip().casefold()
        if (joined == "and" and not between) or (joined in "-–—" and _exponent(body, joiner)):
            continue
        read = _ends(body[: joiner.start()], body[joiner.end() :].rstrip(". "))
        if read is not None:
            found.append(read)
    return found[0] if len(found) == 1 else None


def _exponent(text: str, dash: re.Match[str]) -> bool:
    """Whether a dash is a minus of a unit's power ("dm^-3", "mol L-1", "m s-2")."""
    before, after = text[: dash.start()], text[dash.end() :]
    if before.endswith("^"):
        return True
    unspaced = dash.group() in "-–—"
    power = re.match(r"\d+(?![^\W_])", after)  # not "9am-5pm" nor "1880s-1920s": they run on
    return unspaced and before[-1:].isalpha() and power is not None


def _ends(first_text: str, second_text: str) -> tuple[str, str] | None:
    first = _End(first_text.strip(), answer_words(first_text))
    second = _End(second_text.strip(), answer_words(second_text))
    if not first.words or not second.words:
        return None
    if (year := first.lone_year) and re.fullmatch(r"\d{2}", second.text):
        # "1923-25": the second year clipped to its last two digits.
        century = int(year) // _CENTURY * _CENTURY
        clipped = century + int(second.text)
        if clipped < int(year):
            clipped += _CENTURY
        second = _End(str(clipped), (str(clipped),))
    carried = _carried(first, second)
    written = " ".join(_as_written(word, second.text) for word in carried)
    whole = _End(f"{first.text} {written}".strip(), (*first.words, *carried))
    if _is_time(whole) and _is_time(second):
        return whole.text, second.text
    if not (_is_quantity(first) and _is_quantity(second)):
        return None
    first_unit, second_unit = _counted(first), _counted(second)
    if first_unit and not second_unit:
        return None  # a unit after the first number says what both count only after the second
    # "20 to 30 fathoms" runs from 20 fathoms: the unit said once, after the second
    # ("two to three hours": its words, as the number may be in words); and so does a
    # scale ("1-2 million" runs from 1 million), which grading reads into the number.
    scale = _SCALE.search(second.text)
    scaled = (scale.group(),) if scale and not _SCALE.search(first.text) else ()
    return " ".join((first.text, *scaled, *(() if first_unit else second_unit))), second.text


def _counted(end: _End) -> tuple[str, ...]:
    """The words after a quantity's number: what it counts ("fathoms", "percent")."""
    at = next(i for i, word in enumerate(end.words) if _NUMBER.fullmatch(word))
    return end.words[at + 1 :]


def _is_quantity(end: _End) -> bool:
    """Whether an end is one number and what it counts ("20", "25 per cent", "£30"),
    with no word that bounds, hedges or denies it."""
    numbers = [word for word in end.words if _NUMBER.fullmatch(word)]
    if len(numbers) != 1 or len(end.words) > _MAX_QUANTITY_WORDS:
        return False
    counted = end.words[end.words.index(numbers[0]) + 1 :]
    return end.words[0] in (numbers[0], "minus") and not _NOT_COUNTED & set(counted)


def _carried(first: _End, second: _End) -> list[str]:
    """What the second end says of its month, year and era that the first leaves out."""
    words: list[str] = []
    if first.lone_day and (month := second.month):
        words.append(month)
    if first.year is None and first.words and (words or first.month) and (year := second.year):
        words.append(year)
    if first.era is None and (era := second.era) and (first.year or words):
        words.append(era)
    return words


def _as_written(word: str, text: str) -> str:
    """A folded word as `text` writes it ("april" as "April"), for the verdict's sake."""
    return next((w for w in re.findall(r"[^\W_]+", text) if w.casefold() == word), word)


def spans_swapped(expected: str, typed: str) -> bool:
    """Whether `typed` is the span `expected` writes with its two ends the other way
    round ("July to May" for "from May to July")."""
    want, got = read_span(expected), read_span(typed)
    return want is not None and got is not None and _swapped(want, got)


def _swapped(want: tuple[str, str], got: tuple[str, str]) -> bool:
    first, second = _end_words(want[0]), _end_words(want[1])
    return first != second and (_end_words(got[0]), _end_words(got[1])) == (second, first)


def _end_words(end: str) -> tuple[str, ...]:
    """An end's words without its articles: "the 1920s" is the "1920s" of "1920s-1880s"."""
    return tuple(word for word in answer_words(end) if word not in ARTICLES)


def span_verdict(
    accepted: str, typed: str, expected: str, judge: Callable[[str, str], Verdict]
) -> Verdict | None:
    """`typed` judged as a span against the span `accepted` writes, end by end
    (`judge` grades one end against another): right when both ends are; None when either
    is no span. `expected` is the card's answer as shown."""
    want, got = read_span(accepted), read_span(typed)
    if want is None or got is None:
        return None
    if _swapped(want, got):
        return Verdict(Outcome.WRONG, 0.5, accepted, expected, rule=SWAPPED)
    start, end = judge(want[0], got[0]), judge(want[1], got[1])
    similarity = (start.similarity + end.similarity) / 2
    if RANK[start.outcome] <= RANK[end.outcome]:
        worse, which = start, "its start"
    else:
        worse, which = end, "its end"
    if worse.correct:
        slip = next((v for v in (start, end) if v.outcome is Outcome.TYPO), None)
        rule = slip.rule if slip else "the same span, written another way"
        return Verdict(worse.outcome, similarity, accepted, expected, rule=rule)
    rule = f"{which}: {worse.rule}" if worse.rule else which
    return Verdict(worse.outcome, similarity, accepted, expected, note=worse.note, rule=rule)


def as_span(
    whole: Verdict, accepted: str, typed: str, expected: str, judge: Callable[[str, str], Verdict]
) -> Verdict:
    """The verdict on `typed` read as a span where it and `accepted` both write one,
    else `whole`, the verdict on it read as it stands. Read as a span, it is right
    where word by word it lacks a word ("from June to August" for "between June and
    August": no 'between') and wrong where word by word a word is ambiguous ("May to
    July" for "June to July": 'may' the verb). Where neither reading finds it right,
    the nearer counts: "431-404" for "431–404 BC" leaves out one era, not two."""
    span = span_verdict(accepted, typed, expected, judge)
    if span is None:
        return whole
    if whole.correct or span.correct:
        return span
    return max(span, whole, key=lambda v: RANK[v.outcome])  # on a tie, the span says why
