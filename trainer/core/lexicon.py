"""English word frequencies (pyspellchecker's dictionary): is a word real, and is it common?

Grading asks whether a typed word that is a letter or two from the expected one is itself
a real word ("Prussian" for "Russian" is another word, not a typo); automatic cloze asks
whether a word is too common to be worth a blank ("Earth", "Moon"). Both read the same
list, loaded once, on first use, from the maintained pyspellchecker package: about 160,000
words with their counts in a large English corpus (proper nouns are counted low there).
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources

# A word among the this-many most frequent counts as common. At 3,000, "earth", "moon",
# "city", "school" and "union" are common; "treaty", "soviet" and "comintern" are not.
COMMON_RANK = 3000


@cache
def _frequencies() -> dict[str, int]:
    data = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
    table = json.loads(gzip.decompress(data))
    return {str(word): int(count) for word, count in table.items()}


@cache
def _common_threshold(rank: int) -> int:
    counts = sorted(_frequencies().values(), reverse=True)
    return counts[min(rank, len(counts)) - 1]


def frequency(word: str) -> int:
    """How often the word occurs in the corpus (0 if never): case is ignored."""
    return _frequencies().get(word.casefold(), 0)


def is_known_word(word: str) -> bool:
    """True for a word of the English dictionary, in any case ("Prussian", "kazan")."""
    return word.casefold() in _frequencies()


def is_common_word(word: str, rank: int = COMMON_RANK) -> bool:
    """True for a word among the `rank` most frequent English words."""
    count = frequency(word)
    return count > 0 and count >= _common_threshold(rank)
