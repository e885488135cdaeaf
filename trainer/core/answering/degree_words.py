"""Words of degree ("very", "extremely", "slightly") that tell one answer of a deck from another.

Grading passes over "very" and its like: "fast" is right for "very fast" and "very
fast" for "fast" when the deck says nothing else. But a deck that teaches Allegro as
"fast" and Presto as "very fast", or Adagio as "slowly" and Lento as "very slowly",
tells its answers apart by nothing but that word: there "fast" for Presto is Allegro's
answer, and another answer of the deck is never right. So the typed answer's words of
degree are compared with the answer's, and with those of each other answer of the deck
that differs from the answer only by them, before they are passed over.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from trainer.core.answering.word_lists import ARTICLES

# Words that raise the degree of the word after them, one as good as another:
# "extremely fast" is as far from "fast" as "very fast" is.
_RAISING = frozenset(
    {
        *("very", "extremely", "really", "highly", "exceedingly", "incredibly", "so"),
        *("too", "most", "especially", "particularly", "remarkably", "exceptionally"),
        *("intensely", "immensely", "hugely", "terribly", "awfully", "utterly", "truly"),
    }
)
# Words that lower it: "fairly fast", "slightly slower", "a little", "somewhat loud".
_LOWERING = frozenset(
    {
        *("quite", "rather", "fairly", "somewhat", "slightly", "moderately", "mildly"),
        *("relatively", "reasonably", "pretty", "little", "bit", "less"),
    }
)
_RAISE, _LOWER = "very", "slightly"


def _degree(word: str) -> str | None:
    if word in _RAISING:
        return _RAISE
    if word in _LOWERING:
        return _LOWER
    return None


def _degrees(words: Sequence[str]) -> Counter[str]:
    return Counter(d for d in map(_degree, words) if d is not None)


def _rest(words: Sequence[str]) -> list[str]:
    return [w for w in words if _degree(w) is None and w not in ARTICLES]


def another_answer_by_degree(
    want: Sequence[str], got: Sequence[str], others: Iterable[tuple[str, Sequence[str]]]
) -> str | None:
    """The other answer of the deck (each given as its text and its words) that the
    typed answer gives by its words of degree, where that answer differs from this one
    only by them: "fast" for Presto's "very fast" where Allegro's is "fast", "very
    slowly" for Adagio's "slowly" where Lento's is "very slowly". None where no other
    answer differs from this one only by degree, or the typed degree is the answer's."""
    wanted, typed = _degrees(want), _degrees(got)
    if typed == wanted:
        return None
    rest = _rest(want)
    for text, words in others:
        if _rest(words) == rest and _degrees(words) != wanted and _degrees(words) == typed:
            return text
    return None


def differs_only_by_degree(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether two answers' words are the same but for words of degree ("fast", "very
    fast"): the same to a comparison that passes over them, yet two answers."""
    return _rest(first) == _rest(second) and _degrees(first) != _degrees(second)
