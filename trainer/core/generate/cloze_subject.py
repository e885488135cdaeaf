"""The deck's own subject, which automatic cloze never blanks: a blank for it asks nothing.

In a deck titled "Germany and the Soviet Union", "[...] imported half of its machines from
German exports" wants "the Soviet Union" and says nothing a learner does not know before
opening the deck. The subject is every word of the deck's title and of its source's title
(`source: {title: …}`), except function words. A name or term is the subject when every
word of it (particles such as `of` aside) is one of those words, or another form of an
uncommon one: `Germany`, `German`, `the Germans`, `Soviet Union`, `the Soviets`, `HMS
Beagle`. A name with one word more is not (`Beagle Channel`, `Union of Industrialists`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.core.answering.word_lists import FUNCTION_WORDS, HEDGE_WORDS
from trainer.core.authored import Deck
from trainer.core.generate.cloze_kinds import Candidate, CandidateKind
from trainer.core.generate.cloze_stock import phrase_key
from trainer.core.generate.cloze_words import PARTICLES, fold_word, related_words
from trainer.core.lexicon import is_common_word

_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")
_POSSESSIVE = re.compile(r"['’]s$")
_IGNORED = FUNCTION_WORDS | HEDGE_WORDS | PARTICLES
_WORDY_KINDS = (CandidateKind.NAME, CandidateKind.TERM)


def _words(text: str) -> list[str]:
    """The folded words of `text`: possessives and full stops gone (`H.M.S.` is `hms`)."""
    words = []
    for match in _WORD.finditer(text):
        word = fold_word(_POSSESSIVE.sub("", match.group()).replace(".", ""))
        if word and word not in _IGNORED:
            words.append(word)
    return words


@lru_cache(maxsize=64)
def subject_words(title: str, source_title: str = "") -> frozenset[str]:
    """The words that name a deck's subject: those of its title and its source's title."""
    return frozenset(_words(title)) | frozenset(_words(source_title))


def deck_subject(deck: Deck) -> frozenset[str]:
    """The words of `deck`'s title and of its source's title."""
    return subject_words(deck.title, deck.source.title if deck.source is not None else "")


def names_the_subject(candidate: Candidate, subject: frozenset[str]) -> bool:
    """True when a name or term is made only of the subject's words, in any form, or is
    one of its phrases: an item of `subject` with a space is a phrase of several words,
    blanked only whole (a stock phrase of the deck: see cloze_stock)."""
    if candidate.kind not in _WORDY_KINDS or not subject:
        return False
    if phrase_key(candidate.text) in subject:
        return True
    words = _words(candidate.text)
    return bool(words) and all(_subject_word(word, subject) for word in words)


@lru_cache(maxsize=1 << 14)
def _subject_word(word: str, subject: frozenset[str]) -> bool:
    """Kept per word: a deck's candidates repeat the same few hundred words."""
    if word in subject:
        return True
    # Another form of a common word is another word ("came", "Cameroon"); of a name, the
    # same name ("Germany", "Germans").
    return any(related_words(word, name) for name in _uncommon(subject))


@lru_cache(maxsize=64)
def _uncommon(subject: frozenset[str]) -> tuple[str, ...]:
    return tuple(name for name in subject if " " not in name and not is_common_word(name))
