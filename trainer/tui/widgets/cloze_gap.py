"""A question's prompt as shown, with a cloze card's gap (`[...]`, or `[hint]`) highlighted
so that the eye finds it at once in a long passage."""

from __future__ import annotations

import re

from textual.content import Content

from trainer.core.model import Card
from trainer.tui.kinds import prompt_is_the_excerpt
from trainer.tui.literal import literal, shown

# A gap as the cloze generators write it: `[...]`, or a hint in brackets (`[town]`).
GAP = re.compile(r"\[[^\[\]\n]{1,60}\]")
GAP_STYLE = "bold reverse $accent"


def prompt_content(card: Card) -> Content:
    """The prompt, untrusted text shown literally; in a cloze card, the gap highlighted."""
    if not prompt_is_the_excerpt(card.kind):
        return literal(card.prompt)
    text = shown(card.prompt)
    parts: list[str | tuple[str, str]] = []
    position = 0
    for gap in GAP.finditer(text):
        parts += [text[position : gap.start()], (gap.group(), GAP_STYLE)]
        position = gap.end()
    parts.append(text[position:])
    return Content.assemble(*parts)
