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
from collections.abc import Iterable, Iterator, Sequence

from trainer.core.authored import Deck
from trainer.core.deck.cloze_markers import plain_text
from trainer.core.generate.cloze_words import Token, fold_word, tokens
from trainer.core.lexicon import is_common_word
from trainer.core.model import Card, CardKind

# A stock phrase stands in at least this many excerpts, and in one in `_SHARE` at least.
_LEAST_EXCERPTS = 3
_SHARE = 5
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def without_stock_phrases(cards: list[Card], deck: Deck) -> list[Card]:
    """`cards` without the automatic cloze cards that blank a stock phrase of the deck.

    Read once every card is made, from the cards' own answers: only a blank of two or more
    capitalised common words can be one, and only for those are the excerpts counted, so
    that a deck without any (most decks) costs nothing, and a compile that replays its
    steps finds the same (a phrase's count is of every excerpt)."""
    blanked = {
        phrase
        for card in cards
        if card.kind is CardKind.AUTO_CLOZE
        and (phrase := _as_common_word_name(card.answer.text)) is not None
    }
    stock = stock_phrases(deck, blanked) if blanked else frozenset()
    if not stock:
        return cards
    return [
        card
        for card in cards
        if card.kind is not CardKind.AUTO_CLOZE
        or _as_common_word_name(card.answer.text) not in stock
    ]


def stock_phrases(deck: Deck, among: Iterable[str] | None = None) -> frozenset[str]:
    """The deck's stock phrases, each its folded words joined by single spaces; `among`,
    only those of these phrases (whose excerpts alone are then read word by word)."""
    excerpts = deck.excerpts
    least = max(_LEAST_EXCERPTS, -(-len(excerpts) // _SHARE))
    if len(excerpts) < least:
        return frozenset()
    wanted = None if among is None else frozenset(among)
    if wanted is not None:
        # Written in as many excerpts at all, before any is read word by word: the
        # phrases a deck's blanks hold are seldom so common ("Red Army" in one in ten).
        folded_texts = [excerpt.text.casefold() for excerpt in excerpts]
        wanted = frozenset(
            phrase for phrase in wanted if sum(phrase in text for text in folded_texts) >= least
        )
        if not wanted:
            return frozenset()
    excerpts_with: Counter[str] = Counter()
    for excerpt in excerpts:
        folded = excerpt.text.casefold()
        if wanted is not None and not any(phrase in folded for phrase in wanted):
            continue
        names = set(common_word_names(tokens(plain_text(excerpt.text))))
        excerpts_with.update(names if wanted is None else names & wanted)
    found = {phrase for phrase, count in excerpts_with.items() if count >= least}
    if not found:
        return frozenset()
    asked = {
        phrase_key(answer)
        for excerpt in excerpts
        for answer in (
            *(value for fact in excerpt.facts for value in fact.values.values()),
            *(question.answer for question in excerpt.questions),
        )
    }
    return frozenset(found - asked)


def _as_common_word_name(answer: str) -> str | None:
    """The answer as a stock phrase is kept, when it could be one: two or more words,
    each capitalised and a common English word ("Solar System"); else None."""
    words = answer.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return None
    key = phrase_key(answer)
    return key if all(map(is_common_word, key.split())) else None


def phrase_key(text: str) -> str:
    """`text` as a stock phrase is kept: folded, one space between words, no article."""
    return _ARTICLE.sub("", " ".join(fold_word(word) for word in str(text).split()))


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
