"""Two dictionary words that differ only by short opposing prefixes ("afferent", "efferent").

A prefix of place or direction, of degree or of number put for its counterpart makes
the opposite term, or another count of the same thing: "efferent" (carrying away) for
"afferent" (carrying towards), "emigrate" for "immigrate", "descending" for "ascending",
"triceps" for "biceps", "carbon monoxide" for "carbon dioxide". Such a word is wrong,
not near the answer by its letters. The rule holds only where both words are words of
the dictionary and what follows the prefixes is the same stem, long enough to be one,
so that two unrelated short words ("bite", "trite") are no pair.
"""

from __future__ import annotations

from functools import lru_cache

from trainer.core.lexicon import is_known_word

# Prefixes of opposite place, direction or degree, each pair once, that `morphemes`
# does not already find anywhere in a word: short, they would match inside unrelated
# words there, so here they count only at the start of two words of the dictionary.
# Latin prefixes take the first letter of the stem ("af-ferent", "ef-ferent",
# "im-migrate", "e-migrate", "ac-celerate", "de-celerate"), so each spelling is listed.
_OPPOSED_PAIRS = (
    *(("af", "ef"), ("ac", "de"), ("as", "de"), ("a", "de"), ("in", "e"), ("im", "e")),
    *(("in", "ef"), ("intra", "extra"), ("inc", "exc")),
)
# Prefixes of number, by the count each says: any two of different counts are opposed
# ("unicellular", "multicellular"; "diploid", "triploid"; "bivalent", "tetravalent").
_COUNTS = {
    **dict.fromkeys(("uni", "mono", "mon"), 1),
    **dict.fromkeys(("bi", "di", "du"), 2),
    **dict.fromkeys(("tri", "ter"), 3),
    **dict.fromkeys(("tetra", "quadri", "quadr", "quadru"), 4),
    **dict.fromkeys(("penta", "pent", "quinque"), 5),
    **dict.fromkeys(("hexa", "hex", "sexa"), 6),
    **dict.fromkeys(("hepta", "sept"), 7),
    **dict.fromkeys(("octa", "octo", "oct"), 8),
    **dict.fromkeys(("poly", "multi"), 0),  # many
}
# What follows the prefix: at least a syllable of a root ("cot" of "dicot", "pod").
_MIN_STEM = 3


def _opposed() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for first, second in _OPPOSED_PAIRS:
        found.setdefault(first, set()).add(second)
        found.setdefault(second, set()).add(first)
    for prefix, count in _COUNTS.items():
        found.setdefault(prefix, set()).update(p for p, c in _COUNTS.items() if c != count)
    return {prefix: frozenset(others) for prefix, others in found.items()}


_OPPOSED = _opposed()


@lru_cache(maxsize=1 << 12)
def opposite_prefixes(first: str, second: str) -> bool:
    """Whether the two words are one stem after two opposing prefixes, both words of the
    dictionary: "afferent" and "efferent", "inflow" and "outflow", "bicuspid" and
    "tricuspid", "ascending" and "descending"."""
    if first == second or not (first.isalpha() and second.isalpha()):
        return False
    for prefix, others in _OPPOSED.items():
        if not first.startswith(prefix):
            continue
        stem = first[len(prefix) :]
        if len(stem) < _MIN_STEM:
            continue
        if any(second == other + stem for other in others):
            return is_known_word(first) and is_known_word(second)
    return False
