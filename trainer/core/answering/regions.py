"""Countries and other large regions, which a place typed as an answer may be followed by.

"Berlin, Germany", "Lipetsk, Russia" and "Springfield, Illinois" name the place asked for
and then where it lies: the region adds nothing to the answer, as "in Russia" would not.
A word the lexicon knows typed after an answer otherwise makes another thing ("carbon
dioxide" is not carbon), so grading needs to know which words name regions. The list
holds today's countries by their common English names, a few states of history decks
(the Soviet Union, Prussia, Czechoslovakia), the nations of the United Kingdom, the
states of the United States and the continents, all folded as grading folds words.

A region never follows an answer that is a region itself: "Germany, France" is two
answers. Two answers of one template typed together are caught apart from this (see
generate/rivals.py), so "Lipetsk, Kazan" stays wrong.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import FUNCTION_WORDS

_COUNTRIES = """
afghanistan; albania; algeria; andorra; angola; antigua and barbuda; argentina; armenia;
australia; austria; azerbaijan; bahamas; bahrain; bangladesh; barbados; belarus; belgium;
belize; benin; bhutan; bolivia; bosnia; bosnia and herzegovina; botswana; brazil; brunei;
bulgaria; burkina faso; burma; burundi; cambodia; cameroon; canada; cape verde;
central african republic; chad; chile; china; colombia; comoros; congo; costa rica;
croatia; cuba; cyprus; czech republic; czechia; denmark; djibouti; dominica;
dominican republic; east timor; ecuador; egypt; el salvador; equatorial guinea; eritrea;
estonia; eswatini; ethiopia; fiji; finland; france; gabon; gambia; georgia; germany;
ghana; greece; grenada; guatemala; guinea; guinea bissau; guyana; haiti; honduras;
hungary; iceland; india; indonesia; iran; iraq; ireland; israel; italy; ivory coast;
jamaica; japan; jordan; kazakhstan; kenya; kiribati; korea; kosovo; kuwait; kyrgyzstan;
laos; latvia; lebanon; lesotho; liberia; libya; liechtenstein; lithuania; luxembourg;
madagascar; malawi; malaysia; maldives; mali; malta; marshall islands; mauritania;
mauritius; mexico; micronesia; moldova; monaco; mongolia; montenegro; morocco;
mozambique; myanmar; namibia; nauru; nepal; netherlands; holland; new zealand;
nicaragua; niger; nigeria; north korea; north macedonia; macedonia; norway; oman;
pakistan; palau; palestine; panama; papua new guinea; paraguay; peru; philippines;
poland; portugal; qatar; romania; russia; rwanda; saint lucia; samoa; san marino;
saudi arabia; senegal; serbia; seychelles; sierra leone; singapore; slovakia; slovenia;
solomon islands; somalia; south africa; south korea; south sudan; spain; sri lanka;
sudan; suriname; swaziland; sweden; switzerland; syria; taiwan; tajikistan; tanzania;
thailand; togo; tonga; trinidad and tobago; tunisia; turkey; turkmenistan; tuvalu;
uganda; ukraine; united arab emirates; united kingdom; uk; great britain; britain;
united states; united states of america; usa; america; uruguay; uzbekistan; vanuatu;
vatican city; venezuela; vietnam; yemen; zambia; zimbabwe
"""
_HISTORIC_AND_NATIONS = """
soviet union; ussr; soviet russia; prussia; czechoslovakia; yugoslavia; east germany;
west germany; persia; siam; ceylon; rhodesia; zaire; ottoman empire; austria hungary;
england; scotland; wales; northern ireland
"""
_US_STATES = """
alabama; alaska; arizona; arkansas; california; colorado; connecticut; delaware; florida;
hawaii; idaho; illinois; indiana; iowa; kansas; kentucky; louisiana; maine; maryland;
massachusetts; michigan; minnesota; mississippi; missouri; montana; nebraska; nevada;
new hampshire; new jersey; new mexico; new york; north carolina; north dakota; ohio;
oklahoma; oregon; pennsylvania; rhode island; south carolina; south dakota; tennessee;
texas; utah; vermont; virginia; washington; west virginia; wisconsin; wyoming
"""
_CONTINENTS = "africa; antarctica; asia; europe; north america; south america; oceania"

CONTINENTS = frozenset(" ".join(name.split()) for name in _CONTINENTS.split(";"))
# Countries of today and of history, and the nations of the United Kingdom.
COUNTRIES = frozenset(
    " ".join(name.split())
    for block in (_COUNTRIES, _HISTORIC_AND_NATIONS)
    for name in block.split(";")
    if name.strip()
)
US_STATES = frozenset(" ".join(name.split()) for name in _US_STATES.split(";") if name.strip())
# Countries of today only: a state of history is so often another name of one of them.
TODAY_COUNTRIES = frozenset(
    " ".join(name.split()) for name in _COUNTRIES.split(";") if name.strip()
)
REGIONS = frozenset(
    " ".join(name.split())
    for block in (_COUNTRIES, _HISTORIC_AND_NATIONS, _US_STATES, _CONTINENTS)
    for name in block.split(";")
    if name.strip()
)


def region_after(
    want: Sequence[str],
    got: Sequence[str],
    extras: Sequence[int],
    used: Collection[int],
    after_comma: Sequence[str],
) -> list[int]:
    """The indices into `got` of a region typed after the whole answer and a comma
    ("germany" of "Berlin, Germany"), or none: the words after the last one matched
    (`used`) are all extra (`extras`) and are the words typed after the last comma
    (`after_comma`), and they name a region while the answer (`want`) names none. Without
    the comma, a word that is also a country's name is not read as one ("roast turkey")."""
    if not extras or not used or not after_comma:
        return []
    after = list(range(max(used) + 1, len(got)))
    region = [got[j] for j in after]
    if region != list(after_comma) or any(j not in extras for j in after):
        return []
    named = " ".join(region)
    if named not in REGIONS:
        return []
    # A continent holds any other region ("Argentina, South America"); another region
    # beside one the answer names is a second answer ("Germany, France").
    if _names_a_region(want) and (named not in CONTINENTS or _names_a_continent(want)):
        return []
    return after


def _names_a_continent(want: Sequence[str]) -> bool:
    text = f" {' '.join(want)} "
    return any(f" {continent} " in text for continent in CONTINENTS)


def _names_a_region(want: Sequence[str]) -> bool:
    content = [word for word in want if word not in FUNCTION_WORDS]
    return any(
        " ".join(content[start:end]) in REGIONS
        for start in range(len(content))
        for end in range(start + 1, len(content) + 1)
    )


def larger_name_typed(want: Sequence[str], got: Sequence[str], used: Collection[int]) -> str | None:
    """A region's name typed around a word of the answer that is only part of it: the
    country "Guinea-Bissau" for its capital "Bissau", "New York" for "York", "El
    Salvador" for "Salvador". The answer's words (`used` are the typed words matching
    them) are one place; the name they are part of is another."""
    answer = f" {' '.join(want)} "
    for start in range(len(got)):
        for end in range(start + 2, min(start + 4, len(got)) + 1):
            span = range(start, end)
            named = " ".join(got[start:end])
            if (
                named in REGIONS
                and any(j in used for j in span)
                and not all(j in used for j in span)
                and f" {named} " not in answer
            ):
                part = " ".join(got[j] for j in span if j in used)
                return f"'{named}' is another place than '{part}'"
    return None


def where_written_apart(typed: str) -> str:
    """What a typed answer writes apart at its end, where a region stands after a place:
    after its last comma ("Paris, France") or in closing brackets ("Paris (France)");
    "" when there is neither."""
    text = typed.rstrip()
    if text.endswith(")") and (opening := text.rfind("(")) > 0:
        return text[opening + 1 : -1]
    return text.rpartition(",")[2] if "," in text else ""


def place_before_its_region(answer: str) -> tuple[str, str] | None:
    """The place and the region of an answer written as a place, a comma and where it
    lies ("Kitty Hawk, North Carolina", "Valdivia, Chile"): the place alone answers as
    the whole does, as the region typed after it adds nothing (`region_after`). None for
    any other answer, and where the place names a region itself ("Germany, France" is
    two answers)."""
    place, comma, region = answer.rpartition(",")
    if not comma or not place.strip() or not region.strip():
        return None
    words = fold(region).split()
    if " ".join(words) not in REGIONS:
        return None
    place_words = fold(place).split()
    if not place_words or _names_a_region(place_words) or "," in place:
        return None
    return place.strip(), region.strip()


# A place, "in", and the named place that holds it: "the Villa Farnesina in Rome".
_IN_A_PLACE = re.compile(r"(.*[A-Z].*?)\s+in\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


# An event named by where it happened: "the Battle of Cannae", "the Treaty of Versailles".
_EVENT_AT = re.compile(
    r"(?:the\s+)?((?:battle|siege|sack|treaty|congress|peace|council|conference)\s+of)"
    r"\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)",
    re.IGNORECASE,
)


def place_of_an_event(answer: str) -> tuple[str, str] | None:
    """The place an event is named by, and what it is: "Cannae" of "the Battle of
    Cannae". Asked where, the place answers as the event does. None for any other answer."""
    found = _EVENT_AT.fullmatch(answer.strip())
    if found is None or not found.group(2)[:1].isupper():
        return None
    return found.group(2).strip(), found.group(1)


def place_in_a_place(answer: str) -> tuple[str, str] | None:
    """The place and what holds it, of an answer written "X in Y" with both named ("the
    Villa Farnesina in Rome", "the Stanza della Segnatura in the Vatican"): asked where,
    the place alone answers as the whole does. None for any other answer."""
    found = _IN_A_PLACE.fullmatch(answer.strip())
    if found is None or " in " in found.group(1):
        return None
    return found.group(1).strip(), found.group(2).strip()
