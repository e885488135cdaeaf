"""A value's parts: the people or things a list names, and the one name that holds "and".

"Watson and Crick" names two people, "Lipetsk, Kazan" two places; but "National
Aeronautics and Space Administration" is one agency, "Food and Agriculture
Organization" one body, "Department of Health and Human Services" one office. Read as
two, such a name looked like a pair among single names (a warning that its shape gives
it away) and ended in a "surname" it shared with any other agency ("China National
Space Administration"), so the two were never offered together.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Commas (not a thousands comma), semicolons, ampersands and "and" part a value.
PART_SEPARATOR = re.compile(r"\s*(?:(?<!\d),|,(?!\d{3}(?!\d))|;|&|\band\b)\s*", re.IGNORECASE)
# Head nouns of a body's name, written last ("… Space Administration", "… Museum") or
# first with "of" ("Department of …", "Bank of …").
BODY_NOUNS = frozenset(
    """administration agency organisation organization institute institution society
    company museum gallery university college school bank council party union commission
    committee board department ministry office service services trust foundation
    corporation authority association league federation academy laboratory laboratories
    survey centre center fund bureau conference assembly congress""".split()  # noqa: SIM905
)
_ONE_JOINER = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
# Initials after a comma: a state or country a place is in ("D.C.", "N.Y.", "U.K.").
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


@lru_cache(maxsize=1 << 14)
def split_parts(value: str) -> list[str]:
    """`value` parted at its separators, as `PART_SEPARATOR` parts it, but whole where it
    is one body's name joined by a single "and" and no comma: its last word a body's
    head noun that the words before "and" do not end in, or its first word one followed
    by "of" ("Ministry of Food and Agriculture")."""
    # The joiner is sought in the text it is split at: spaces around the whole value
    # ("Watson and ") could make a joiner of an "and" that has no word after it.
    whole = value.strip()
    if "," not in value and ";" not in value and len(_ONE_JOINER.findall(whole)) == 1:
        before, after = _ONE_JOINER.split(whole, maxsplit=1)
        head, first = after.split()[-1:], before.split()
        if first and head and head[0][:1].isupper():
            ends_body = head[0].casefold() in BODY_NOUNS
            opens_body = (
                len(first) > 2
                and first[0].casefold() in BODY_NOUNS
                and first[1] == "of"
                and after.split()[0].casefold() not in BODY_NOUNS  # "Bank of England and Bank …"
            )
            if (ends_body and first[-1].casefold() not in BODY_NOUNS) or opens_body:
                return [whole]
    parts = PART_SEPARATOR.split(value)
    if len(parts) > 1 and any(_INITIALS.fullmatch(part) for part in parts[1:]):
        return [whole]  # "Washington, D.C.": the initials say where, no second name
    return parts
