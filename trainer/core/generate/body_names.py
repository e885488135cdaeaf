"""Names of bodies (firms, laboratories, agencies, projects): never a person's name.

"Who built the Z3?" answered "Konrad Zuse" offered "Xerox PARC" beside Tommy Flowers and
Gene Amdahl, and "Whose X-ray image did Watson and Crick use?" offered "The Human Genome
Project" beside Rosalind Franklin: a value from the same field (`built_by`, `who`) that
a learner rules out at sight, as it is no person at all. A body's name says so by an
acronym ("IBM", "Xerox PARC", "CERN") or by a noun for a body ("… Project", "Bell
Labs", "… Corporation"). See `name_styles.unlike_names`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.core.value_split import BODY_NOUNS

# Nouns for a body besides those that hold a name together (`BODY_NOUNS`): a project,
# a firm's legal form, a team.
_MORE_BODY_NOUNS = frozenset(
    """project programme program labs inc incorporated ltd limited corp co plc gmbh
    group team consortium company companies observatory hospital""".split()  # noqa: SIM905
)
# An acronym: two capitals or more and nothing else ("IBM", "PARC", "NASA"), not a
# Roman numeral ("Henry VIII", "Louis XIV"), which ends a ruler's name.
_ACRONYM = re.compile(r"[A-Z]{2,}")
_ROMAN = re.compile(r"[IVXLCDM]+")


@lru_cache(maxsize=1 << 14)
def names_body(value: str) -> bool:
    """Whether `value` is written as a body's name: a word of it an acronym, or a
    capitalised noun for a body ("The Human Genome Project", "Bell Labs"). A person's
    initials carry their full stops ("J. Presper Eckert") and are no acronym."""
    words = [word.strip(".,;:()'’") for word in value.split()]
    for word in words:
        if _ACRONYM.fullmatch(word) and not _ROMAN.fullmatch(word):
            return True
        if word[:1].isupper() and word.casefold() in (BODY_NOUNS | _MORE_BODY_NOUNS):
            return True
    return False
