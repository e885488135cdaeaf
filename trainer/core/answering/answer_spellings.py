"""A typed answer read in the answer's own spelling where it writes the same thing another
standard way: umlauts as digraphs ("Maedchen"), a flat note as "Bb".

Each rewrite is made only against the answer: a word is changed only into a word of the
answer, so nothing typed comes to mean something the answer does not say.
"""

from __future__ import annotations

import re

from trainer.core.answering.symbol_words import symbols_spelled_out
from trainer.core.answering.umlaut_spellings import umlauts_as_written

_FLAT = re.compile(r"\b([A-Ga-g]) flat\b")
# A note letter and a "b", alone: "Bb", "eb". Alone it may be anything (an antibody, a
# unit: see symbol_words); beside an answer that names that flat note, it is the note.
_LETTER_B = re.compile(r"(?<![\w#♯♭-])([A-Ga-g])b(?![\w#♯♭])")


def spelled_as_the_answer(expected: str, typed: str) -> str:
    """`typed`, its umlauts and its flat notes written as `expected` writes them."""
    typed = umlauts_as_written(expected, typed)
    if "b" not in typed or ("flat" not in expected and "♭" not in expected):
        return typed
    flats = {letter.casefold() for letter in _FLAT.findall(symbols_spelled_out(expected))}
    if not flats:
        return typed
    return _LETTER_B.sub(
        lambda found: f"{found[1]} flat" if found[1].casefold() in flats else found[0], typed
    )
