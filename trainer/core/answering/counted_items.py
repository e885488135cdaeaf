"""A list typed with more items than the answer holds, or than the question asks for.

"Charlotte, Emily, Anne and Branwell" names four people for "Which three Brontë
sisters …?", and "Blue Nile, White Nile and Atbara" three rivers for "Which two rivers
meet at Khartoum?": the extra item is a wrong claim, however rare its word (a rare word
right after a name is read as more of that name, "Cervantes Saavedra"; after "and" or a
comma it is another item). Only items written as the answer's are counted (names
beside names, lower-case words beside lower-case words) and that are no region, so that
"…, in modern Iraq", "…, France" or "…, the Brontë sisters" says where or what, and adds
no item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.answering.listed_rivals import item_shape
from trainer.core.answering.regions import REGIONS
from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.words import answer_words

_JOINERS = re.compile(r"\s*(?:[,;&/+]|\band\b)\s*", re.IGNORECASE)
# Words that ask for a number of things: "Which three …?", "Name the four …".
_ASKING = frozenset({"which", "what", "name", "list", "give"})
_MOST_ASKED = 12


def extra_items(expected: str, typed: str, question: Sequence[str]) -> TextMatch | None:
    """A refusal when `typed` lists more items of the answer's kind than the answer
    holds (where it lists two or more) or than `question` (its words in order, numbers
    in digits) asks for; None otherwise."""
    if "," not in typed and " and " not in typed and not any(sign in typed for sign in ";&/+"):
        return None
    wanted = _items(expected)
    shapes = {item_shape(item) for item in wanted} - {None}
    asked = _count_asked(question)
    limit = asked or (len(wanted) if len(wanted) > 1 else None)
    if limit is None or not shapes:
        return None
    # A region says where the others lie ("Paris and Lyon, France"), as `listed_rival` reads it.
    counted = [
        item
        for item in _items(typed)
        if item_shape(item) in shapes and " ".join(answer_words(item)) not in REGIONS
    ]
    if len(counted) <= limit:
        return None
    said = "the question asks for" if asked else "the answer names"
    rule = f"{len(counted)} named where {said} {limit}: '{counted[-1]}' is one too many"
    return TextMatch(False, False, rule, 0.5, decisive=True)


def _items(text: str) -> list[str]:
    """The items `text` lists, each without its article ("the Blue Nile": "Blue Nile")."""
    items = _JOINERS.split(text.strip().rstrip("."))
    return [_ARTICLE.sub("", item) for item in items if _ARTICLE.sub("", item)]


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _count_asked(question: Sequence[str]) -> int | None:
    """The number of things the question asks for ("Which 3 Brontë sisters …?")."""
    for at, word in enumerate(question[:-1]):
        if word in _ASKING:
            following = question[at + 1]
            if following == "the" and at + 2 < len(question):
                following = question[at + 2]
            if following.isdecimal() and 1 < int(following) <= _MOST_ASKED:
                return int(following)
    return None
