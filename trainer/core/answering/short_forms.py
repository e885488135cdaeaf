"""Words written short or qualified, read in full: "St" is "saint", "Gen." "general".

Applied to the expected and the typed answer alike, so that either may be written
either way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.answering.word_lists import FUNCTION_WORDS, SHORT_PLACE_WORDS, SHORT_TITLES
from trainer.core.lexicon import could_be_name

_DIGITS = re.compile(r"\d+")
# Units of time that "Earth" may qualify after a number: "243 Earth days" is 243 days,
# as a learner who leaves "Earth" out means them.
_TIME_UNITS = frozenset(
    {"day", "days", "year", "years", "hour", "hours", "week", "weeks", "month", "months"}
)
_HOME_PLANET = "earth"
# Short forms of the words institutions are named with, written so anywhere: "Bell Labs"
# is "Bell Laboratories", "the Justice Dept." "the Justice Department".
_INSTITUTION_WORDS = {
    **{"lab": "laboratory", "labs": "laboratories", "dept": "department", "univ": "university"},
    **{"govt": "government", "assn": "association", "corp": "corporation", "bros": "brothers"},
    **{"intl": "international", "natl": "national", "inst": "institute", "ltd": "limited"},
}


def short_forms_spelled_out(words: Sequence[str]) -> list[str]:
    """`st`, `mt` and `ft` before a name as the words they shorten ("St Helena" is "Saint
    Helena"), and `st` after one as "street" ("Baker St"); never after a number ("8 ft").
    So with a rank's or an office's short form: "Gen. MacArthur" is "General MacArthur",
    and an institution's, anywhere: "Bell Labs" is "Bell Laboratories". And "Earth"
    between a number and a unit of time is left out: "59 Earth days" is a length of
    time, as "59 days" is."""
    out: list[str] = []
    for i, word in enumerate(words):
        if (
            word == _HOME_PLANET
            and 0 < i < len(words) - 1
            and _DIGITS.fullmatch(words[i - 1].replace(".", "", 1))
            and words[i + 1] in _TIME_UNITS
        ):
            continue
        if word in _INSTITUTION_WORDS:
            out.append(_INSTITUTION_WORDS[word])
            continue
        long_form = SHORT_PLACE_WORDS.get(word) or SHORT_TITLES.get(word)
        if long_form is None:
            out.append(word)
        elif i + 1 == len(words) or not words[i + 1].isalpha():
            street = word == "st" and i > 0 and words[i - 1].isalpha()
            out.append("street" if street else word)
        elif i > 0 and _DIGITS.fullmatch(words[i - 1]):
            out.append(word)
        elif word == "st" and i > 0 and _names_a_street(words[i - 1], words[i + 1]):
            out.append("street")  # "Wall St Crash": Wall Street's
        else:
            out.append(long_form)
    return out


# Words after which "St" before a name is still a saint: "Fort St George", "Mount St
# Helens", "Cape St Vincent", "the Abbey of St Gall".
_BEFORE_A_SAINT = frozenset({"fort", "ft", "port", "mount", "mt", "cape", "lake", "point", "isle"})


def _names_a_street(before: str, after: str) -> bool:
    """Whether "st" between `before` and `after` ends a street's name ("Wall St Crash",
    "Baker St station"), not opens a saint's: after nothing, a function word or a
    place's kind, or before a name ("Bury St Edmunds", "Yves St Laurent")."""
    return (
        not could_be_name(after)
        and before.isalpha()
        and before not in FUNCTION_WORDS
        and before not in _BEFORE_A_SAINT
        and before not in SHORT_TITLES
    )
