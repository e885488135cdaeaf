"""Which language a card's own words are in: the frame (`card_frames`) it is written with."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.core.card_frames import ENGLISH, FRAMES, CardFrame
from trainer.core.generate.foreign_words import (
    english_share,
    language_of,
    marker_counts,
    remembered_marker_counts,
    text_language,
)


def card_frame(excerpt_text: str, own_text: str = "") -> CardFrame:
    """The frame of a card made from an excerpt whose text is `excerpt_text`, by a template
    or a question whose own words are `own_text` (none for a cloze).

    Words the author wrote in English keep an English frame, whatever the excerpt's
    language (a French vocabulary deck asked in English); otherwise the card is in the
    language its excerpt and own words are written in. Only the card's own excerpt and
    its own template or question are read, so that an incremental compile makes the
    card a cold one does.
    """
    own = _own_words(own_text)
    if own is None:
        return ENGLISH
    # The own words' first, capitalised, counts too ("À quelle date …", "El …").
    if not own:
        return FRAMES[text_language(excerpt_text)]
    # Counted apart, the excerpt's once for all its cards: the own words and the excerpt
    # hold the small words they do together, a space between them.
    counts = remembered_marker_counts(excerpt_text) + marker_counts(own.casefold())
    return FRAMES[language_of(counts)]


@lru_cache(maxsize=1024)
def _own_words(own_text: str) -> str | None:
    """A template's or question's words without its placeholders; None where they read as
    English. One language's small words written more often than another's tell ("The
    French for …" is English, "Qui a …" French); with none, or as many, half the words at
    least must be words English writes often: "In che data avvenne …?" is Italian and
    "… a eu lieu en …" French, though the word list holds "in", "data", "lieu" and "en"
    too. Worked out once for a template, not for each of its facts."""
    own = _PLACEHOLDER.sub(" ", own_text).strip()
    if not own:
        return own
    counts = marker_counts(own.casefold())
    foreign = max((n for language, n in counts.items() if language != "en"), default=0)
    if counts["en"] != foreign:
        return None if counts["en"] > foreign else own
    share = english_share(own, least_count=_OFTEN)
    return None if share is not None and share >= 0.5 else own


# How often (in the word list's counts) English writes a word that makes a text English:
# "founded" (about 8,600) is such a word; "lieu", "che" and "eu" (under 2,000) are not.
_OFTEN = 5_000


# A template's placeholder: a field's name is no word of its text.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
