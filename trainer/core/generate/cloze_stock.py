"""Stock phrases of a deck's subject, which automatic cloze never blanks: they ask nothing.

An astronomy deck writes "the tallest volcano in the Solar System", "the fastest winds
in the Solar System", "the largest moon in the Solar System": "the [...]" there asks for
the frame every such sentence is set in, not for a fact. Such a phrase is a name of two
words or more, each a very common English word, whose capitals alone make it a name
(`Solar System`, `Milky Way`, `Middle Ages`), that the deck writes in a large share of
its excerpts: at least three, and at least one in five. A phrase that one of the deck's
facts holds as a value, or a written question takes as its answer, is something the deck
asks about, and is blanked as any name is. A name with a rare word (`Nobel Prize`,
`Supreme Court`) names one thing, and is a fact however often it comes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

from trainer.core.authored import Deck
from trainer.core.deck.cloze_markers import plain_text
from trainer.core.generate.cloze_words import Token, fold_word, tokens
from trainer.core.lexicon import is_common_word

# A stock phrase stands in at least this many excerpts, and in one in `_SHARE` at least.
_LEAST_EXCERPTS = 3
_SHARE = 5
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def stock_phrases(deck: Deck) -> frozenset[str]:
    """The deck's stock phrases, each its folded words joined by single spaces."""
    texts = tuple(plain_text(excerpt.text) for excerpt in deck.excerpts)
    asked = frozenset(
        phrase_key(answer)
        for excerpt in deck.excerpts
        for answer in (
            *(value for fact in excerpt.facts for value in fact.values.values()),
            *(question.answer for question in excerpt.questions),
        )
    )
    return _stock(texts, asked)


def phrase_key(text: str) -> str:
    """`text` as a stock phrase is kept: folded, one space between words, no article."""
    return _ARTICLE.sub("", " ".join(fold_word(word) for word in str(text).split()))


@lru_cache(maxsize=16)
def _stock(texts: tuple[str, ...], asked: frozenset[str]) -> frozenset[str]:
    excerpts_with: Counter[str] = Counter()
    for text in texts:
        excerpts_with.update(set(common_word_names(tokens(text))))
    least = max(_LEAST_EXCERPTS, -(-len(texts) // _SHARE))
    return frozenset(
        phrase for phrase, count in excerpts_with.items() if count >= least and phrase not in asked
    )


def common_word_names(words: Sequence[Token]) -> Iterator[str]:
    """The runs of two or more capitalised words, each a very common English word, one
    right after another (`Solar System`; function words such as `The` end a run), as
    their folded words joined by spaces."""
    run: list[str] = []
    for word in [*words, None]:
        joinable = (
            word is not None
            and word.capitalised
            and not word.possessive
            and not word.is_function_word()
        )
        if joinable and run and word is not None and word.follows_closely:
            run.append(word.folded)
            continue
        if len(run) >= 2 and all(is_common_word(part) for part in run):
            yield " ".join(run)
        run = [word.folded] if joinable and word is not None else []
