"""Counts in words, the last resort of automatic cloze: "Meiosis makes [number] haploid cells".

Automatic cloze blanks numbers of two or more digits, never a count in words, which is
often idiom ("one of the", "two-thirds") and often trivial. But an excerpt that states
counts and nothing else the rules find ("Meiosis makes four haploid cells from one
diploid cell in two divisions") made no card at all, and `trainer check` said it yielded
no question. Where the other rules find nothing, a count in words from two to twelve
before what it counts (a plural, after at most two words that describe it: "four haploid
cells", "two divisions") is blanked as a number, in order of the text.
"""

from __future__ import annotations

import re

from trainer.core.answering.number_scales import SCALES
from trainer.core.answering.word_lists import FUNCTION_WORDS
from trainer.core.generate.cloze_kinds import Candidate, CandidateKind

_COUNT_WORDS = "two three four five six seven eight nine ten eleven twelve".split()  # noqa: SIM905
# A count, then one to three small-letter words, the last a plural: what it counts.
_COUNT = re.compile(
    rf"(?<![\w-])(?P<count>{'|'.join(_COUNT_WORDS)}|{'|'.join(w.title() for w in _COUNT_WORDS)})"
    r" (?P<counted>(?:[a-z]+ ){0,2}[a-z]{3,}s)\b(?![-'’])"
)


def count_candidates(text: str, masked: tuple[tuple[int, int], ...] = ()) -> list[Candidate]:
    """Each count in words in `text` before what it counts, outside `masked`, as a
    number to blank wherever it so counts, in the order the text first says it."""
    found: dict[str, list[tuple[int, int]]] = {}
    for match in _COUNT.finditer(text):
        start, end = match.span("count")
        if any(low < end and start < high for low, high in masked):
            continue
        words = match["counted"].split()
        if any(word in FUNCTION_WORDS for word in words):
            continue  # "two of the", "three more": no thing counted
        if words[0] in SCALES or words[0] == "hundred":
            continue  # "two thousand soldiers": the count is 2,000, not the blank's "two"
        found.setdefault(match["count"].casefold(), []).append((start, end))
    return [Candidate(CandidateKind.NUMBER, count, tuple(spans)) for count, spans in found.items()]
