"""Titles the author gives as fact values: automatic cloze blanks one whole or not at all.

A work's title in ordinary title case ("Prelude to the Afternoon of a Faun") is no run of
capitals that automatic cloze can see whole: its small words part it, and "[...] to the
Afternoon of a Faun" asks for a piece of a name, whose answer is the rest of the text.
Where a fact of the excerpt holds the title as a value, the author has said where it
starts and ends: no candidate inside it but the whole is blanked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trainer.core.authored import Excerpt
from trainer.core.generate.cloze_kinds import Candidate
from trainer.core.generate.cloze_titles import TITLE_MINOR_WORDS

# Small words that join two names as often as they sit inside one ("Watson and Crick").
_JOINING_NAMES = frozenset({"and", "or", "nor", "but", "&"})


def title_values(excerpt: Excerpt) -> list[str]:
    """The values of `excerpt`'s facts that read as titles: capitalised words at both ends,
    and between them a small word a title leaves in lower case ("The Marriage of Figaro",
    "Prelude to the Afternoon of a Faun"); every other word capitalised or a number."""
    return list(
        dict.fromkeys(_titles(value for fact in excerpt.facts for value in fact.values.values()))
    )


def _titles(values: Iterable[str]) -> Iterable[str]:
    for value in values:
        words = value.split()
        if len(words) < 3 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
            continue
        small = [word for word in words if word in TITLE_MINOR_WORDS]
        if not small or set(small) <= _JOINING_NAMES:
            continue
        if all(
            word[:1].isupper() or word[:1].isdigit() or word in TITLE_MINOR_WORDS for word in words
        ):
            yield value


class WholeValues:
    """Where an excerpt's text writes its facts' titles, and which candidates cut one."""

    __slots__ = ("_spans", "words")

    def __init__(self, excerpt: Excerpt, text: str) -> None:
        titles = title_values(excerpt) if excerpt.facts else []
        self._spans = [
            match.span()
            for title in titles
            for match in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", text)
        ]
        # How many candidates the titles may hold at most: one a word.
        self.words = sum(len(title.split()) for title in titles) if self._spans else 0

    def __bool__(self) -> bool:
        return bool(self._spans)

    def cuts(self, candidate: Candidate) -> bool:
        """Whether `candidate` is blanked somewhere inside a title, not as the whole."""
        return any(
            start <= low and high <= end and (low, high) != (start, end)
            for low, high in candidate.spans
            for start, end in self._spans
        )
