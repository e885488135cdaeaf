"""Whether a typed choice is an option's number or a value that one option gives ("4%", "-5 °C").

Options are shown numbered, and the number keys of the review screen send the option's
number as a bare integer ("4"): a bare integer in range is always the option's number,
and so are "option 2", "no. 2", "#2", "2.", "the second one". Anything else that holds
a number is a value, never an option's number: a sign, a unit, a percent sign, a
decimal point, a currency or any other word says so ("4%", "4 %", "-3", "1.5", "$2", "4
years"), and so does a bare integer past the last option ("1918" among four years). An
ordinal is an option's number only where no option's text holds one: among "the First
Amendment | the Second Amendment …", "second" is the Second Amendment, never option 2.

A value chooses the one option that has it, with no other words than that option's
("4" or "4 per cent" for "4%", "+5" for "5 °C", "4.5" for "$4.50"; "-5" is not "5 °C").
A bare integer in range that is also the value of another option ("4" among "4% | 10% |
40% | 14%", where option 4 is "14%") is unclear: it stays the option's number, as the
screen says and the keys send, and the learner is told how to say the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from trainer.core.answering.normalise import fold
from trainer.core.answering.number_words import normalize_numbers
from trainer.core.answering.parsing import MINUS_SIGNS, parse_number
from trainer.core.answering.units import is_unit_word, same_units
from trainer.core.answering.words import answer_words

# Words around an option's number that say it is one ("option 2", "no. 2", "the second one").
_CHOICE_WORDS = frozenset({"option", "number", "no", "nr", "choice", "answer", "the", "one"})
# Marks around an option's number as a list writes it: "#2", "(2)", "2.", "2)", "2:".
_LEADING_MARKS = "#(["
_TRAILING_MARKS = ".):]"
# Words that only give a number's sign: the value says it.
_SIGN_WORDS = frozenset({"minus", "negative", "plus", "positive"})
# Other ways of writing a percent sign or a currency than the options' own.
_SAME_MARKS = {
    "pc": "percent",
    "pct": "percent",
    "dollar": "usd",
    "dollars": "usd",
    "euro": "eur",
    "euros": "eur",
}
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
# Words beside a number that leave it a quantity, besides units: "4%", "about 600", "18
# g per mol" (as "g/mol" and "g mol⁻¹" are read).
_QUANTITY_WORDS = frozenset(
    {"percent", "about", "around", "some", "nearly", "over", "under", "per"}
)
_MINUS_SIGNS = frozenset("-" + MINUS_SIGNS)


class Reading(Enum):
    """What a typed choice is read as."""

    NUMBER = "an option's number in words around it"  # "option 2", "the second one"
    BARE = "a bare integer"  # "2", "two": the option's number when in range
    VALUE = "a value or a text"  # "4%", "-5", "Berne"


def reading_of(typed: str) -> Reading:
    """Whether `typed` is an option's number, bare or in words that say so, or anything
    else (a value, a text)."""
    tokens = [token.lstrip(_LEADING_MARKS).rstrip(_TRAILING_MARKS) for token in typed.split()]
    if not tokens or not all(token.isalnum() for token in tokens):
        return Reading.VALUE  # a sign, a percent sign, a decimal point, a currency...
    words = normalize_numbers(fold(" ".join(tokens)).split())
    numbers = [word for word in words if word.isdecimal()]
    if len(numbers) != 1 or any(not w.isdecimal() and w not in _CHOICE_WORDS for w in words):
        return Reading.VALUE
    if len(tokens) == 1 and not _is_ordinal(fold(tokens[0])):
        return Reading.BARE
    return Reading.NUMBER


def ordinal_among_options(typed: str, choices: Sequence[str]) -> bool:
    """Whether `typed` holds an ordinal ("second", "2nd", "the fourth one") while an
    option's text holds one too ("the Second Amendment", "the first vote"): then the
    ordinal names that option's words, not an option's place in the list."""
    if not any(_is_ordinal(word) for word in fold(typed).split()):
        return False
    return any(
        _is_ordinal(word) and normalize_numbers([word])[0].isdecimal()
        for choice in choices
        for word in fold(choice).replace("-", " ").split()
    )


def _is_ordinal(word: str) -> bool:
    # Every English ordinal ends so ("1st", "second", "twelfth"); of cardinals only "thousand".
    return word.endswith(_ORDINAL_ENDINGS) and not word.endswith("thousand")


def options_of_value(typed: str, choices: Sequence[str]) -> list[int]:
    """The options whose value is the typed number, when the typed text has no other
    words than theirs (a unit, a currency, "per cent"): one, or several that only their
    words tell apart ("5" among "5 km | 5 miles")."""
    value = parse_number(typed)
    if value is None:
        return []
    if value > 0 and typed.strip()[:1] in _MINUS_SIGNS:
        value = -value  # "- 5", "− 5": a minus sign set apart from its number
    rest = _words_beside_number(typed)
    found = []
    for index, choice in enumerate(choices):
        beside = _words_beside_number(choice)
        # Only an option that is a quantity has a value: "Louis XVI" and "Apollo 11" are
        # names, which "16" or "XVI" does not choose.
        if all(word in _QUANTITY_WORDS or is_unit_word(word) for word in beside) and (
            rest <= beside and parse_number(choice) == value
        ):
            found.append(index)
    return found


def option_of_value(typed: str, choices: Sequence[str]) -> int | None:
    """The one option whose value is the typed number (see `options_of_value`), else None."""
    found = options_of_value(typed, choices)
    return found[0] if len(found) == 1 else None


def _words_beside_number(text: str) -> set[str]:
    words = " ".join(answer_words(text)).replace("per cent", "percent").split()
    return {
        _SAME_MARKS.get(word, word)
        for word in same_units(words)
        if not any(char.isdecimal() for char in word) and word not in _SIGN_WORDS
    }


def unclear_option_number(typed: str, choices: Sequence[str]) -> str | None:
    """What to ask when a bare integer is both an option's number and the value of another
    option ("4" among "4% | 10% | 40% | 14%"); None when it is clear. For a review that
    can ask again before grading (the line mode), instead of taking the option's number."""
    other = _other_option_of_value(typed, choices)
    if other is None:
        return None
    number = int(normalize_numbers([fold(typed)])[0])
    return (
        f"'{typed.strip()}' is option {number}'s number ({choices[number - 1]}) and option "
        f"{other + 1}'s value ({choices[other]}): type 'option {number}' or "
        f"'option {other + 1}'."
    )


def _other_option_of_value(typed: str, choices: Sequence[str]) -> int | None:
    """The option whose value a bare integer in range is, when that is not the option
    it numbers."""
    if reading_of(typed) is not Reading.BARE:
        return None
    number = int(normalize_numbers([fold(typed)])[0])
    if not 1 <= number <= len(choices):
        return None
    other = option_of_value(typed, choices)
    return None if other is None or other == number - 1 else other


def read_as_number_note(typed: str, choices: Sequence[str], right: int) -> str:
    """The note for a bare integer read as an option's number when the value it also is
    would have been the right option: how to choose by value."""
    other = _other_option_of_value(typed, choices)
    if other is None or other != right:
        return ""
    number = int(normalize_numbers([fold(typed)])[0])
    # An option that is itself a bare integer ("3") is chosen by its number only.
    written = "" if reading_of(choices[other]) is Reading.BARE else f"{choices[other]} or "
    return (
        f"'{typed.strip()}' is read as option {number}, {choices[number - 1]}; "
        f"type {written}'option {other + 1}' for {choices[other]}"
    )
