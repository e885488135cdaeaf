"""Writing a deck's cards as Moodle GIFT questions, one question per card.

A free answer becomes a short answer (`{=answer =alternative}`), or a numeric question
for numbers and years (`{#answer:tolerance}`); a multiple choice `{=right ~wrong}`, and
one with exactly the options True and False a true/false question (`{T}`); a cloze card
a short answer whose text shows the blank; a chronology a matching question pairing
each event with its place. Every text is marked `[plain]`, since a deck's text is plain
text. Each question is titled with its card's id (so converting the file back gives the
same ids), and carries its citation twice: as `// page:` comments, which
`trainer convert` reads back, and in the general feedback, with the excerpt, which
Moodle shows after answering.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation

from trainer.core.answering.number_ranges import number_range
from trainer.core.authored import Excerpt
from trainer.core.card_frames import frame_of_verdicts
from trainer.core.model import AnswerType, Card, CardKind, CompiledDeck
from trainer.interop.bank import UNKNOWN_PAGE
from trainer.interop.card_faces import excerpt_text
from trainer.interop.gift_blocks import CITATION_PREFIX, escape
from trainer.interop.gift_parse import BLANK

_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")


def write_gift(compiled: CompiledDeck) -> str:
    """The deck as GIFT text."""
    deck = compiled.deck
    excerpts = {excerpt.id: excerpt for excerpt in deck.excerpts}
    blocks = [
        f"// {_comment(deck.title)} ({deck.id}), exported by trainer: one question per card.",
    ]
    blocks += [_question(card, excerpts.get(card.excerpt_id)) for card in compiled.cards]
    return "\n\n".join(blocks) + "\n"


def _question(card: Card, excerpt: Excerpt | None) -> str:
    lines = [f"// card: {_comment(card.id)}"]
    if excerpt is not None:
        source = excerpt.source
        if source.pages and source.pages != UNKNOWN_PAGE:
            lines.append(f"// page: {_comment(source.pages)}")
        if source.chapter:
            lines.append(f"// chapter: {_comment(source.chapter)}")
        if source.url:
            lines.append(f"// url: {_comment(source.url)}")
    if card.choices and card.answer.alternatives and card.kind is not CardKind.CHRONOLOGY:
        # Typed answers a choice also accepts: GIFT has no place for them but a comment.
        lines.append(f"// accept: {json.dumps(list(card.answer.alternatives), ensure_ascii=False)}")
    tags = " ".join(f"[tag:{_tag(tag)}]" for tag in card.tags if _tag(tag))
    if tags:
        lines.append(f"// {tags}")
    title = escape(card.id.removeprefix(f"{card.deck_id}:"))
    prompt, answers = _prompt_and_answers(card)
    feedback = _feedback(card, excerpt)
    general = [f"####{escape(feedback)}"] if feedback else []
    before, after = prompt, ""
    if card.kind is not CardKind.CHRONOLOGY and prompt.count(BLANK) == 1:
        # The missing-word form: the answers stand where the blank is.
        before, after = prompt.split(BLANK)
    # A deck's text is plain text: `[plain]` keeps Moodle from reading `<b>` as markup
    # (answers and feedback take the question's format).
    head = f"::{title}::[plain]{escape(before)}"
    lines.append(f"{head}{{" if after else f"{head} {{")
    lines += [f"    {answer}" for answer in (*answers, *general)]
    lines.append(f"}}{escape(after)}")
    return "\n".join(lines)


def _prompt_and_answers(card: Card) -> tuple[str, list[str]]:
    answer = card.answer
    if card.kind is CardKind.CHRONOLOGY:
        order = {index: place for place, index in enumerate(answer.key, start=1)}
        pairs = [
            f"={escape(event.replace('->', '→'))} -> {order[i]}"
            for i, event in enumerate(card.choices)
        ]
        return card.prompt, pairs
    if card.choices:
        right = card.choices[answer.key[0]] if answer.key else answer.text
        # True and false, in the language of the deck ("Verdadero", "Falso"), are GIFT's own.
        if (frame := frame_of_verdicts(card.choices)) is not None:
            truth = "T" if right == frame.verdicts[0] else "F"
            return card.prompt.removeprefix(frame.true_or_false), [truth]
        wrong = [choice for choice in card.choices if choice != right]
        return card.prompt, [f"={_answer(right, 100)}", *(f"~{_answer(w, 0)}" for w in wrong)]
    if answer.type is AnswerType.NUMBER and (span := number_range(answer.text)) is not None:
        low, high = (_plain(Decimal(end.numerator) / end.denominator) for end in span)
        return card.prompt, [f"#{low}..{high}"]  # any number within it, as Moodle grades
    if answer.type in (AnswerType.NUMBER, AnswerType.YEAR):
        numbers = [_number(text) for text in (answer.text, *answer.alternatives)]
        # Only an answer written as Moodle writes numbers: `50,000` stays a short answer.
        if numbers[0] == answer.text.strip():
            tolerance = f":{_plain(Decimal(str(answer.tolerance)))}" if answer.tolerance else ""
            kept = [n for n in dict.fromkeys(numbers) if n is not None]
            if len(kept) == 1:
                return card.prompt, [f"#{kept[0]}{tolerance}"]
            return card.prompt, ["#", *(f"={n}{tolerance}" for n in kept)]
    texts = dict.fromkeys((answer.text, *answer.alternatives))
    # A star in a short answer is Moodle's wildcard: `\*` is the star itself.
    return card.prompt, ["=" + _answer(text, 100).replace("*", "\\*") for text in texts]


def _feedback(card: Card, excerpt: Excerpt | None) -> str:
    parts: list[str] = []
    if card.explanation:
        parts.append(card.explanation)
    if excerpt is not None:
        text = excerpt_text(excerpt)
        # A converted question's excerpt may be its own text: not worth showing twice.
        frame = frame_of_verdicts(card.choices)
        statement = card.prompt.removeprefix(frame.true_or_false) if frame else card.prompt
        if text and text != statement:
            parts.append(text)
    citation = card.source.replace(f"p. {UNKNOWN_PAGE}", "").strip(", ")
    if citation:
        parts.append(f"{CITATION_PREFIX}{citation}")
    return "\n\n".join(parts)


def _answer(text: str, weight: int) -> str:
    """An answer's text, escaped; one starting with `%` gets its weight written out, so
    that its own `%…%` is not read as one."""
    escaped = escape(text)
    return f"%{weight}%{escaped}" if escaped.lstrip().startswith("%") else escaped


def _number(text: str) -> str | None:
    compact = text.replace(",", "").strip()
    if not _NUMBER.match(compact):
        return None
    try:
        return _plain(Decimal(compact))
    except InvalidOperation:
        return None


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "+0") else text


def _comment(text: str) -> str:
    return " ".join(text.split())


def _tag(tag: str) -> str:
    return "_".join(tag.replace("]", "").replace("\\", "").split())
