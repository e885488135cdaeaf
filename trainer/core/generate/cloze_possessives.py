"""Where a possessive ends a name in an excerpt's text, and where it is part of one."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import DESCRIPTORS, PLACE_KINDS, SAINT_WORDS
from trainer.core.generate.cloze_formulas import is_formula_word
from trainer.core.generate.cloze_words import Token, fold_word
from trainer.core.generate.kind_nouns import KIND_NOUNS
from trainer.core.lexicon import is_common_word

# Kinds of a thing named after its maker or finder by a possessive: "Ford's Theatre",
# "Hadrian's Wall", "Halley's Comet", "Pickett's Charge", "Boyle's Law", "Hudson's Bay".
# No kind of person ("Stalin's General" is two people).
_NAMED_BY_POSSESSIVE = (
    PLACE_KINDS
    | (KIND_NOUNS - DESCRIPTORS)
    | {
        *("theatre", "theater", "comet", "charge", "raid", "folly", "house", "hall"),
        *("garden", "gardens", "inn", "cross", "well", "landing", "island", "islands"),
    }
)


def open_ended(run: Sequence[Token], words: Sequence[Token], index: int) -> bool:
    """Whether the name `run` may go on with `words[index]`.

    A possessive ends a name (`Stalin's Supreme Council`) unless it is a common word,
    which only a name would capitalise (`King's College`, `People's Commissars`), a
    saint's name (`St Paul's Cathedral`), or before the one word that ends the name
    saying what kind of thing the possessor gave it to (`Ford's Theatre`, `Halley's
    Comet`): blanked apart, "Ford's [...]" asks only for "Theatre". A chemical formula
    ends a name too (`CH4 Kazan`)."""
    last = run[-1]
    if is_formula_word(last.text):
        return False
    if not last.possessive or is_common_word(last.text) or fold_word(run[0].text) in SAINT_WORDS:
        return True
    return _kind_ends_name(words, index)


def _kind_ends_name(words: Sequence[Token], index: int) -> bool:
    word = words[index]
    if not word.capitalised or fold(word.text) not in _NAMED_BY_POSSESSIVE:
        return False
    after = index + 1
    return after == len(words) or not (words[after].capitalised and words[after].follows_closely)
