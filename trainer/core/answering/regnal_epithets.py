"""A ruler's name with both a number and an epithet: "Ptolemy II Philadelphus" is also "Ptolemy II".

A ruler known by a number and an epithet is named by either one beside the name:
"Ptolemy II" and "Ptolemy Philadelphus" are both "Ptolemy II Philadelphus", "Antiochus
III" and "Antiochus the Great" both "Antiochus III the Great"; a ruler named with the
land he ruled is named by his number without it ("Ludwig II" for "Ludwig II of
Bavaria"), and one named with a title and the land by the title and name ("King
Menelaus" for "King Menelaus of Sparta"). Each is an answer in its
own right; the name alone ("Ptolemy") is still only near, and another number ("Ptolemy
I") still another ruler. A word for what the name is ("the Saturn V rocket") is no
epithet.
"""

from __future__ import annotations

import re

from trainer.core.answering.roman_numerals import regnal_numbers
from trainer.core.answering.word_lists import DESCRIPTORS

# A capitalised name, a Roman numeral, and an epithet of capitalised words, with "the"
# before it or not: "Ptolemy II Philadelphus", "Antiochus III the Great".
_NUMBERED_AND_NAMED = re.compile(
    r"\s*([A-Z][^\W\d_]+)\s+([IVXL]+)\s+((?:the\s+)?[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)*)\s*"
)


# A ruler's name and number, with the land he ruled after "of", or his house after its
# particle: "Ludwig II of Bavaria", "King Louis XIV of France", "Cosimo I de' Medici".
_NUMBERED_OF_A_LAND = re.compile(
    r"\s*((?:[A-Z][^\W\d_]+\s+)*?([A-Z][^\W\d_]+)\s+([IVXL]+))"
    r"\s+(?:of|de['’]?|di|da|von|van|del|della)\s+"
    r"(?:the\s+)?[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)*\s*"
)


# A ruler named by a title and the land he or she ruled, no number: "King Menelaus of
# Sparta", "Prince Albert of Saxe-Coburg". The title says a ruler is meant, so the land
# only says which; without a title ("Catherine of Aragon", "Joan of Arc") the place is
# part of what the person is called.
_RULERS_TITLES = (
    "king|queen|emperor|empress|tsar|czar|tsarina|kaiser|prince|princess|duke|duchess|"
    "archduke|archduchess|sultan|shah|pharaoh|doge|count|countess|earl|margrave|elector"
)
_NAME = r"[A-Z][^\W\d_]*(?:[-'’][A-Za-z][^\W\d_]*)*"
_TITLED_OF_A_LAND = re.compile(
    rf"\s*((?i:{_RULERS_TITLES})\s+(?:{_NAME}\s+)*?{_NAME})\s+of\s+"
    rf"(?:the\s+)?{_NAME}(?:\s+(?:and\s+)?{_NAME})*\s*"
)


def regnal_shortenings(accepted: str) -> list[str]:
    """The ruler's name with its number alone and with its epithet alone, where
    `accepted` names a ruler by both ("Ptolemy II Philadelphus" → "Ptolemy II", "Ptolemy
    Philadelphus"), or with its number alone where it names the land he ruled too
    ("Ludwig II of Bavaria" → "Ludwig II"); nothing for any other answer."""
    ruled = _NUMBERED_OF_A_LAND.fullmatch(accepted)
    if ruled is not None:
        numbered, name, numeral = ruled.groups()
        if regnal_numbers(f"{name} {numeral}"):
            return [numbered]
    titled = _TITLED_OF_A_LAND.fullmatch(accepted)
    if titled is not None:
        return [titled.group(1)]  # "King Menelaus", whose title may then be left out
    found = _NUMBERED_AND_NAMED.fullmatch(accepted)
    if found is None:
        return []
    name, numeral, epithet = found.groups()
    if not regnal_numbers(f"{name} {numeral}"):
        return []
    if any(word.casefold() in DESCRIPTORS for word in epithet.split()):
        return []  # "Saturn V Rocket": what the name is, not an epithet
    return [f"{name} {numeral}", f"{name} {epithet}"]
