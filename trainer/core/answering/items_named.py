"""A count typed with the things it counts named in brackets after it: "four (Akagi,
Kaga, Soryu and Hiryu)" answers "How many carriers were sunk?" as "four" does."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.answering.approximate import APPROXIMATORS
from trainer.core.answering.word_lists import HEDGE_WORDS
from trainer.core.answering.words import answer_words

_COUNT_THEN_ITEMS = re.compile(r"(?P<count>[^()]+?)\s*\((?P<items>[^()]+)\)\s*[.!]?")
_ITEM_SEPARATORS = re.compile(r"\s*(?:[,;&]|\band\b)\s*", re.IGNORECASE)
# Words that make an item a doubt about the count, not a thing counted: "4 (or 5)",
# "4 (about 5)". Not the letter "c" of "circa", which may be a thing counted ("a, b, c").
_DOUBTING = ((HEDGE_WORDS - {"and"}) | APPROXIMATORS | {"not"}) - {"c"}


def without_the_items_counted(accepted: Sequence[str], typed: str) -> str:
    """`typed` without the things it counts, named in brackets after the count, where
    they are as many as it says ("four (Akagi, Kaga, Soryu and Hiryu)" → "four"): the
    count is the answer, and naming what it counts claims nothing against it. Else as
    typed: where the brackets hold a doubt ("4 (or 5)", "3 (maybe 4, 5)"), another
    number of things, or an answer has brackets of its own."""
    if "(" not in typed or any("(" in text for text in accepted):
        return typed
    found = _COUNT_THEN_ITEMS.fullmatch(typed.strip())
    if found is None:
        return typed
    items = [item for item in _ITEM_SEPARATORS.split(found["items"]) if item.strip()]
    if len(items) < 2 or any(_DOUBTING & set(answer_words(item)) for item in items):
        return typed
    numbers = [word for word in answer_words(found["count"]) if word.isdecimal()]
    if len(numbers) != 1 or int(numbers[0]) != len(items):
        return typed
    return found["count"]
