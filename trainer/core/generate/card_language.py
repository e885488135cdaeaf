"""Which language a card's own words are in: the frame (`card_frames`) it is written with."""

from __future__ import annotations

import re

from trainer.core.card_frames import ENGLISH, FRAMES, CardFrame
from trainer.core.generate.foreign_words import english_share, text_language


def card_frame(excerpt_text: str, own_text: str = "") -> CardFrame:
    """The frame of a card made from an excerpt whose text is `excerpt_text`, by a template
    or a question whose own words are `own_text` (none for a cloze).

    Words the author wrote in English keep an English frame, whatever the excerpt's
    language (a French vocabulary deck asked in English); otherwise the card is in the
    language its excerpt and own words are written in. Only the card's own excerpt and
    its own template or question are read, so that an incremental compile makes the
    card a cold one does.
    """
    own = _PLACEHOLDER.sub(" ", own_text)
    share = english_share(own) if own.strip() else None
    if share is not None and share >= 0.5:
        return ENGLISH
    return FRAMES[text_language(f"{own} {excerpt_text}" if own.strip() else excerpt_text)]


# A template's placeholder: a field's name is no word of its text.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
