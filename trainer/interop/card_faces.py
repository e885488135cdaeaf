"""A card's two faces for other tools: the question as the app shows it, and what answers it.

The front is the prompt with the options of a choice (or the events of a chronology)
numbered; the back is the answer as the app writes it, any explanation, the excerpt
(cloze markers filled in) and its citation. Fields for Anki are HTML, and every value a
deck holds is escaped there: a deck's text is never markup.
"""

from __future__ import annotations

import html

from trainer.core.answering.presentation import answer_text
from trainer.core.authored import Excerpt
from trainer.core.deck.cloze_markers import plain_text
from trainer.core.model import Card, CompiledDeck
from trainer.core.records import record

# Starts a spreadsheet reads as a formula; in an HTML field the first one is written as
# a character reference, which Anki shows as the character and a spreadsheet as text.
_FORMULA_STARTS = "=+-@＝＋－＠"


@record
class Faces:
    """A card's question, its answer (with any explanation), the excerpt and the citation,
    as plain text; `back` is the last three together."""

    front: str
    answer: str
    excerpt: str
    citation: str

    @property
    def back(self) -> str:
        return "\n\n".join(part for part in (self.answer, self.excerpt, self.citation) if part)


def card_faces(card: Card, excerpt: Excerpt | None) -> Faces:
    front = card.prompt
    if card.choices:
        front += "\n\n" + "\n".join(f"{n}. {choice}" for n, choice in enumerate(card.choices, 1))
    answer = answer_text(card)
    if card.explanation:
        answer += "\n\n" + card.explanation
    text = excerpt_text(excerpt) if excerpt is not None else ""
    return Faces(front, answer, text, citation_of(card, excerpt))


def faces_of(compiled: CompiledDeck) -> list[tuple[Card, Faces]]:
    """Every card of a deck with its faces, in deck order."""
    excerpts = {excerpt.id: excerpt for excerpt in compiled.deck.excerpts}
    return [(card, card_faces(card, excerpts.get(card.excerpt_id))) for card in compiled.cards]


def excerpt_text(excerpt: Excerpt) -> str:
    """The excerpt as a reader sees it: every cloze deletion filled in."""
    return plain_text(excerpt.text).strip()


def citation_of(card: Card, excerpt: Excerpt | None) -> str:
    """`Lipetsk, pp. 128–129`: the excerpt's title (if any) and the card's source."""
    parts = [excerpt.title] if excerpt is not None and excerpt.title else []
    if card.source:
        parts.append(card.source)
    return ", ".join(parts)


def to_html(text: str) -> str:
    """Plain text as an HTML field: escaped, line breaks as `<br>`, and every `[` as its
    character reference, so that no text of a deck reaches Anki as one of its own tags
    (`[sound:…]` plays a file of the media folder, `[latex]…[/latex]` and `[$]…[/$]` run
    LaTeX, `[anki:tts]` speaks): each is shown as written."""
    escaped = html.escape(text, quote=False).replace("[", "&#91;")
    stripped = escaped.lstrip()
    if stripped[:1] in _FORMULA_STARTS and stripped:
        at = len(escaped) - len(stripped)
        escaped = f"{escaped[:at]}&#{ord(stripped[0])};{stripped[1:]}"
    return escaped.replace("\n", "<br>")


def anki_tags(card: Card) -> list[str]:
    """The card's tags as Anki takes them: no spaces inside a tag."""
    return list(dict.fromkeys("_".join(tag.split()) for tag in card.tags if tag.strip()))
