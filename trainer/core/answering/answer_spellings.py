"""A typed answer read in the answer's own spelling where it writes the same thing another
standard way: umlauts as digraphs ("Maedchen"), a flat note as "Bb", a number in base 16,
2 or 8 without the prefix the answer writes it with ("FF" for "0xFF"), "positive" or
"negative" after a label as its sign ("O−" for "O negative", "AB+" for "AB positive"),
a function by its name where the answer writes its symbol ("cosine x" for "cos x",
"natural log" for "ln"), a power said the other way round ("the distance cubed" for
"the cube of the distance"), an older romanisation of a name ("Peking" for "Beijing"),
a count in words before a variable where the answer writes it in digits ("two x" for
"2x"), a century by its hundreds ("the 1300s" for "the 14th
century"), a decade in words ("the twenties" for "the 1920s") and a multiplier by its
sign ("3x" for "three times", see `multipliers`).

Each rewrite is made only against the answer: a word is changed only into a word of the
answer, so nothing typed comes to mean something the answer does not say.
"""

from __future__ import annotations

import re

from trainer.core.answering.multipliers import multiplier_as_written
from trainer.core.answering.older_names import names_as_the_answer_writes
from trainer.core.answering.power_phrases import powers_as_the_answer_says
from trainer.core.answering.symbol_words import symbols_spelled_out
from trainer.core.answering.umlaut_spellings import umlauts_as_written
from trainer.core.answering.year_periods import ordinal_in_words

_FLAT = re.compile(r"\b([A-Ga-g]) flat\b")
# A note letter and a "b", alone: "Bb", "eb". Alone it may be anything (an antibody, a
# unit: see symbol_words); beside an answer that names that flat note, it is the note.
_LETTER_B = re.compile(r"(?<![\w#♯♭-])([A-Ga-g])b(?![\w#♯♭])")


# A label and its sign in words, as an answer writes it ("O negative", "Rh positive"), and
# as typed with the sign ("O−", "AB +").
_SIGN_IN_WORDS = re.compile(r"\b([A-Za-z]{1,3})[ -](positive|negative)\b", re.IGNORECASE)
_SIGN_AFTER = re.compile(r"\b([A-Za-z]{1,3}) ?([+−-])(?![\w+−-])")
# A number written in another base, by its prefix ("0xFF", "0b101", "0o17").
_BASE_PREFIXED = re.compile(r"0([xbo])([0-9a-f]+)", re.IGNORECASE)
_DIGITS_OF_BASE = {"x": re.compile(r"[0-9a-f]+", re.IGNORECASE), "b": re.compile("[01]+")}
_DIGITS_OF_BASE["o"] = re.compile("[0-7]+")


def spelled_as_the_answer(expected: str, typed: str) -> str:
    """`typed`, its umlauts, its flat notes and a prefix of its base written as
    `expected` writes them."""
    typed = _base_as_written(expected.strip(), typed.strip()) or typed
    typed = _signs_as_written(expected, typed)
    typed = umlauts_as_written(expected, typed)
    typed = _mathematics_as_written(expected, typed)
    typed = _periods_as_written(expected, typed)
    typed = names_as_the_answer_writes(expected, typed)  # "Peking" for "Beijing"
    typed = powers_as_the_answer_says(expected, typed)  # "its distance cubed"
    typed = multiplier_as_written(expected, typed)  # "3x" for "three times"
    if "b" not in typed or ("flat" not in expected and "♭" not in expected):
        return typed
    flats = {letter.casefold() for letter in _FLAT.findall(symbols_spelled_out(expected))}
    if not flats:
        return typed
    return _LETTER_B.sub(
        lambda found: f"{found[1]} flat" if found[1].casefold() in flats else found[0], typed
    )


def _periods_as_written(expected: str, typed: str) -> str:
    """`typed` with a century as its hundreds ("the 1300s" for "the 14th century") and a
    decade in words ("the twenties" for "the 1920s") written as the answer writes them."""
    if (century := _CENTURY.search(expected)) is not None and (wanted := _century_number(century)):
        typed = _HUNDREDS.sub(
            lambda found: century[0] if int(found[1]) + 1 == wanted else found[0], typed
        )
    elif (hundreds := _HUNDREDS.search(expected)) is not None:
        hundred = int(hundreds[1]) + 1
        typed = _CENTURY.sub(
            lambda found: hundreds[0] if _century_number(found) == hundred else found[0], typed
        )
    if (decade := _DECADE.search(expected)) is not None:
        tens = _DECADE_WORDS.get(int(decade[2]))
        if tens is not None:
            # "the nineteen-thirties", "the thirties", "the 30s", "the '30s", "1930-1939".
            hundreds_of = rf"(?:{decade[1]}|{_CENTURY_WORDS.get(int(decade[1]), '-')})[\s-]*"
            typed = re.sub(
                rf"\b(?:{hundreds_of})?{tens}\b|(?<![\d'’])['’]?{decade[2]}['’]?s\b"
                rf"|\b{decade[1]}{decade[2]}\s*[-–]\s*{decade[1]}{int(decade[2]) + 9}\b",
                decade[0],
                typed,
                flags=re.IGNORECASE,
            )
    return typed


def _century_number(found: re.Match[str]) -> int | None:
    """The number of a century as written, in digits or words ("14th", "fourteenth")."""
    return int(found[1]) if found[1] else ordinal_in_words(found[2])


# "the 14th century", "the nineteenth century"; "the 1300s" or "the 1800's" (its
# hundreds); "the 1920s" (a decade).
_CENTURY = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)|([a-z]+(?:-[a-z]+)?))\s+century\b", re.IGNORECASE
)
_HUNDREDS = re.compile(r"\b(\d{1,2})00['’]?s\b")
_DECADE = re.compile(r"\b(\d{2})([1-9]0)s\b")
_DECADE_WORDS = {10: "tens", 20: "twenties", 30: "thirties", 40: "forties", 50: "fifties"}
_DECADE_WORDS |= {60: "sixties", 70: "seventies", 80: "eighties", 90: "nineties"}
# A century's first two digits in words, before a decade's: "nineteen-thirties".
_CENTURY_WORDS = {17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}


def _mathematics_as_written(expected: str, typed: str) -> str:
    """`typed` with a function's name as the symbol the answer writes ("cosine x" as "cos
    x"), a count in words before a variable as its digits where the answer writes one so
    ("two x" as "2 x" for "2x"), and π by its name or after a sign of times as the answer
    writes it ("2 pi" as "2π")."""
    if _FUNCTION_NAME.search(typed):
        written = {word.casefold() for word in re.findall(r"[A-Za-z]+", expected)}
        typed = _FUNCTION_NAME.sub(
            lambda found: (
                symbol
                if (symbol := _FUNCTION_SYMBOLS[" ".join(found[0].casefold().split())]) in written
                else found[0]
            ),
            typed,
        )
    if "π" in expected:
        typed = _PI_NAME.sub("π", typed)
        if _DIGIT_BEFORE_PI.search(expected):  # "two pi r" for "2πr"
            typed = _COUNT_BEFORE_PI.sub(lambda found: _COUNTS[found[1].casefold()], typed)
    if _DIGIT_BEFORE_VARIABLE.search(expected):
        typed = _COUNT_BEFORE_VARIABLE.sub(lambda found: _COUNTS[found[1].casefold()], typed)
    if "π" in expected:
        typed = _PI_TIMES.sub(r"\1π", typed)  # "2 pi", "2*pi", "two pi" for "2π"
    return typed


# Functions by name, and the symbol an answer writes them by.
_FUNCTION_SYMBOLS = {"sine": "sin", "cosine": "cos", "tangent": "tan", "logarithm": "log"}
_FUNCTION_SYMBOLS |= {"natural log": "ln", "natural logarithm": "ln", "square root of": "sqrt"}
_FUNCTION_SYMBOLS |= {"square root": "sqrt", "exponential of": "exp"}
_FUNCTION_NAME = re.compile(
    r"\b(?:sine|cosine|tangent|natural\s+log(?:arithm)?|logarithm|square\s+root(?:\s+of)?"
    r"|exponential\s+of)\b",
    re.IGNORECASE,
)
_COUNTS = {"two": "2 ", "three": "3 ", "four": "4 ", "five": "5 ", "six": "6 ", "seven": "7 "}
_COUNTS |= {"eight": "8 ", "nine": "9 ", "ten": "10 ", "twice": "2 ", "thrice": "3 "}
# A count in words before a lone letter ("two x"), and a digit before one ("2x", "4 n").
_COUNT_BEFORE_VARIABLE = re.compile(
    rf"\b({'|'.join(_COUNTS)})\s+(?=[^\W\d_](?![^\W\d_]))", re.IGNORECASE
)
_DIGIT_BEFORE_VARIABLE = re.compile(r"\d\s*[^\W\d_](?![^\W\d_])")
_DIGIT_BEFORE_PI = re.compile(r"\d\s*π")
_COUNT_BEFORE_PI = re.compile(rf"\b({'|'.join(_COUNTS)})\s+(?=π)", re.IGNORECASE)
# π by its name, alone or after a number ("2pi"), and a number times π ("2 * π").
_PI_NAME = re.compile(r"(?i)(?<![^\W\d_])pi(?![^\W\d_])")
_PI_TIMES = re.compile(r"(\d)\s*[*×·]?\s*π")


def _base_as_written(expected: str, typed: str) -> str | None:
    """The answer, where it writes its number with the prefix of its base and `typed`
    the same digits without it ("ff" for "0xFF", "101" for "0b101"). Not the other way:
    "0x17" is no way of writing the 17 of an answer in tens."""
    found = _BASE_PREFIXED.fullmatch(expected)
    if found is None:
        return None
    base, digits = found[1].casefold(), found[2]
    if _DIGITS_OF_BASE[base].fullmatch(typed) and typed.casefold() == digits.casefold():
        return expected
    return None


def _signs_as_written(expected: str, typed: str) -> str:
    """`typed` with a label's sign written as the answer says it in words: "O−" as "O
    negative" beside an answer that says "O negative"; another label or sign is left as
    typed ("O+" stays, to be judged against "O negative")."""
    said = {(label.casefold(), word.casefold()) for label, word in _SIGN_IN_WORDS.findall(expected)}
    if not said:
        return typed

    def in_words(found: re.Match[str]) -> str:
        word = "positive" if found[2] == "+" else "negative"
        return f"{found[1]} {word}" if (found[1].casefold(), word) in said else found[0]

    return _SIGN_AFTER.sub(in_words, typed)
