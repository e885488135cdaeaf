"""Checks of hand-written cloze deletions: warn when the rest of the text gives a blank away."""

from __future__ import annotations

from trainer.core.authored import Excerpt
from trainer.core.deck.cloze_markers import ClozeText
from trainer.core.generate.cloze_cards import text_location
from trainer.core.generate.cloze_giveaways import TextIndex
from trainer.core.generate.context import Diagnostics


def report_visible_cloze_answers(excerpt: Excerpt, cloze: ClozeText, report: Diagnostics) -> None:
    """A warning at each deletion whose answer its own card still shows elsewhere.

    The card of cloze number N shows the text with N's deletions blanked (with their
    hints) and every other deletion filled in: "to export [...], the wheat that…" asks
    for a word it prints. The rules are those of automatic cloze (auto_cloze.py): the
    same word or another form of it (`Russia`, `Russians`), or the same number.
    """
    if cloze.problems or not cloze.deletions:
        return
    plain, spans = cloze.plain_with_marker_spans()
    index = TextIndex(plain)
    for number in cloze.numbers:
        numbered = [i for i, d in enumerate(cloze.deletions) if d.number == number]
        hidden = sorted(spans[i] for i in numbered)
        hints = TextIndex(" / ".join(cloze.deletions[i].hint for i in numbered))
        warned: set[str] = set()
        for deletion in (cloze.deletions[i] for i in numbered):
            answer = deletion.text
            visible = index.giveaway(answer, hidden) or hints.giveaway(answer)
            if visible is None or answer in warned:
                continue
            warned.add(answer)
            report.warning(
                text_location(excerpt, deletion.start),
                f"cloze c{number}'s answer '{answer}' stays visible in its own card's "
                f"text: '{visible}' gives it away",
            )
