"""Two terms built on one combining form with another root: "lysosome" is no slip of "ribosome".

Science names its things by combining forms: "ribo-some", "lyso-some", "chromo-some";
"haemo-globin", "myo-globin"; "de-flation", "stag-flation"; "chloro-plast",
"chloro-phyll". A learner who types one for another has named another thing, however
many letters the two share: the letters they share are the form, and the root that
tells them apart is all different. So it is with a short root, "mitosis" for "meiosis",
and with names built alike ("Epimetheus" for "Prometheus").
A slip changes a letter or two of a word ("stings" for "strings" stays near), and a
prefix of degree added to the same word ("hyperinflation" for "inflation") is judged
by `morphemes`.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

# The shared ending must be a form, not an inflection: "-osome", "-globin", "-flation",
# "-osis" (four letters at least), and so the shared opening a word's stem ("chloro-").
_MIN_SHARED_FORM = 4
# Roots told apart by at least this many edits are two roots, not one mistyped.
_MIN_ROOT_EDITS = 2
# Endings after one shared opening must each be a combining form of their own ("-plast",
# "-phyll"), not a word's inflection or derivation ("meiosis", "meiotic"; "respiration",
# "respiratory"): those make other forms of one word.
_MIN_OTHER_ENDING = 4


def _singular(word: str) -> str:
    """The word less a plural's "s" ("ribosomes"; not "glass")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _shared_ends(first: str, second: str) -> tuple[int, int]:
    """How many letters the two words share at the start and, after those, at the end."""
    start = 0
    while start < min(len(first), len(second)) and first[start] == second[start]:
        start += 1
    end = 0
    limit = min(len(first), len(second)) - start
    while end < limit and first[-1 - end] == second[-1 - end]:
        end += 1
    return start, end


@lru_cache(maxsize=1 << 12)
def another_root(wanted: str, typed: str) -> bool:
    """Whether `typed` is another term built on the combining form of `wanted`: the same
    ending after another root ("lysosomes", "chromosomes" for "ribosomes"; "myoglobin"
    for "haemoglobin"; "mitosis" for "meiosis"; "stagflation" for "deflation"), or the
    same opening before another form ("chlorophyll" for "chloroplast"). Both words
    lower case and alphabetic; singular and plural alike ("lysosome" for "ribosomes")."""
    if not (wanted.isalpha() and typed.isalpha()):
        return False
    return _other_root(wanted, typed) or _other_root(_singular(wanted), _singular(typed))


def _other_root(first: str, second: str) -> bool:
    """`another_root` for the two words as they are written."""
    if first == second:
        return False
    start, end = _shared_ends(first, second)
    root, other = first[start : len(first) - end], second[start : len(second) - end]
    if not root or not other or Levenshtein.distance(root, other) < _MIN_ROOT_EDITS:
        return False  # a prefix added ("coenzymes"), or a slip ("stings", "strings")
    if end >= _MIN_SHARED_FORM:
        return True
    return (
        end == 0 and start >= _MIN_SHARED_FORM and min(len(root), len(other)) >= _MIN_OTHER_ENDING
    )
