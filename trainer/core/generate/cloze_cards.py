"""Cards from cloze deletions marked in an excerpt's text: one card per cloze number."""

from __future__ import annotations

from trainer.core.authored import Excerpt
from trainer.core.deck.answer_types import infer_answer_type
from trainer.core.deck.card_ids import card_id, cloze_slot
from trainer.core.deck.cloze_markers import ClozeText
from trainer.core.generate.cloze_kinds import CandidateKind
from trainer.core.generate.cloze_numbers import has_currency, number_piece
from trainer.core.generate.cloze_words import kept_tokens
from trainer.core.generate.context import CardSink, DeckIndex, Diagnostics, build_card
from trainer.core.generate.like_facts import accepted_for
from trainer.core.model import Answer, AnswerType, CardKind, Location


def text_location(excerpt: Excerpt, offset: int) -> Location:
    """Where character `offset` of the excerpt's text is in the file, as nearly as known.

    Exact for one-line plain scalars; otherwise the start of the text's value, or the
    excerpt itself when the loader did not record where the text is.
    """
    start = excerpt.text_location
    if start is None:
        return excerpt.location
    if excerpt.text_inline:
        return Location(start.path, start.line, start.column + offset)
    return start


def report_cloze_problems(excerpt: Excerpt, cloze: ClozeText, report: Diagnostics) -> None:
    for problem in cloze.problems:
        report.error(text_location(excerpt, problem.offset), problem.message)


def report_unknown_cloze_accepts(excerpt: Excerpt, cloze: ClozeText, report: Diagnostics) -> None:
    """An `accept` entry for a cloze number the text has no deletion for is an error."""
    if not excerpt.cloze_accept_locations:
        return
    numbers = set(cloze.numbers)
    for number, where in excerpt.cloze_accept_locations.items():
        if number not in numbers:
            have = ", ".join(f"c{n}" for n in sorted(numbers)) or "none"
            report.error(
                where,
                f"excerpt '{excerpt.id}' accepts answers for c{number}, but its text has no "
                f"deletion c{number} (its cloze numbers: {have})",
            )


def cloze_cards(index: DeckIndex, excerpt: Excerpt, cloze: ClozeText, sink: CardSink) -> None:
    """A card per cloze number, lowest first; the number's deletions are asked together.

    Several deletions make an answer in parts, joined with '; ' for its text; the author's
    accepted answers for the number come from the excerpt's `accept`.
    """
    for number in cloze.numbers:
        deletions = cloze.deletions_numbered(number)
        parts = tuple(d.text for d in deletions)
        answer_text = "; ".join(parts)
        answer = Answer(
            _answer_type(cloze, number, answer_text),
            answer_text,
            alternatives=accepted_for(index, answer_text, excerpt.cloze_accept.get(number, ())),
            parts=parts if len(parts) > 1 else (),
        )
        card = build_card(
            index,
            id=card_id(index.deck.id, excerpt.id, cloze_slot(number)),
            excerpts=(excerpt,),
            kind=CardKind.CLOZE,
            prompt=cloze.render(number).strip(),
            answer=answer,
        )
        sink.add(card, text_location(excerpt, deletions[0].start))


def _answer_type(cloze: ClozeText, number: int, answer: str) -> AnswerType:
    """The type its text implies; but a four-digit deletion that the words around it make
    a quantity, as automatic cloze reads numbers ("a gram holds {{c1::1000}} milligrams",
    not "in {{c1::1915}} troops …"), is a number, not a year."""
    inferred = infer_answer_type(answer)
    if inferred is not AnswerType.YEAR or len(cloze.deletions_numbered(number)) != 1:
        return inferred
    text, spans = cloze.plain_with_marker_spans()
    start = spans[[d.number for d in cloze.deletions].index(number)][0]
    words = list(kept_tokens(text))
    at = next((i for i, word in enumerate(words) if word.start == start and word.number), None)
    if at is None:
        return inferred
    piece = number_piece(words, at, [True] * len(words), has_currency(text, words[at]))
    return AnswerType.NUMBER if piece and piece[0] is CandidateKind.QUANTITY else inferred
