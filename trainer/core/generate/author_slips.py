"""Author checks for copy and list slips: an answer its prompt writes out, an accepted part.

Two slips that make a card unfair, and that no other check sees:

- A card whose prompt holds its whole answer, as a run of three words or more: a fact
  whose `term` was pasted into its `meaning` too ("What is the term for a flattened
  membrane sac …?" answered by the same words). A shorter answer named in its prompt is
  often fair ("Are the tails hydrophobic or hydrophilic?"); prompt_giveaways looks at
  those by their rare words.
- An authored question whose answer names several people or things ("Gus Grissom, Ed
  White and Roger Chaffee") and which accepts one of them alone ("Grissom"): in YAML,
  `accept: [Grissom, White and Chaffee]` is two items, where the author meant one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from trainer.core.authored import Deck
from trainer.core.generate.context import Diagnostics
from trainer.core.generate.option_rules import PART_SEPARATOR, core_words, fold_once, holds_words
from trainer.core.model import Card, CardKind, Location

# Only these cards ask with a prompt of their own (a cloze's prompt is its text).
_ASKED = frozenset({CardKind.QA, CardKind.TEMPLATE, CardKind.CHOICE})
# So many words make an answer too long to be named in a fair prompt by chance.
_COPIED_WORDS = 3
# A part of a list of names has at most this many words ('Dwight D. Eisenhower').
_NAME_WORDS = 4


def report_author_slips(
    deck: Deck, cards: Iterable[Card], origins: Mapping[str, Location], report: Diagnostics
) -> None:
    """Warn about each card whose prompt writes out its answer (at its origin: where in
    the deck's files it was written), and each authored question that accepts one part
    of an answer of several parts."""
    for card in cards:
        if card.kind not in _ASKED:
            continue
        answer = core_words(card.answer.text)
        if len(answer.split()) < _COPIED_WORDS or not holds_words(fold_once(card.prompt), answer):
            continue
        slot = card.id.rsplit(":", 1)[-1]
        report.warning(
            origins.get(card.id, deck.location),
            f"card '{slot}': its prompt '{card.prompt}' writes out its whole answer "
            f"'{card.answer.text}', so it asks nothing: check that the answer and the "
            "words the prompt is made of were not copied from one another",
        )
    for excerpt in deck.excerpts:
        for question in excerpt.questions:
            for accepted in _parts_accepted(question.answer, question.accept):
                report.warning(
                    question.location,
                    f"question '{question.slot}': it accepts '{accepted}', only one part "
                    f"of its answer '{question.answer}': if 'accept' was meant to hold a "
                    "list such as 'White and Chaffee' as one answer, put it in quotes",
                )


def _parts_accepted(answer: str, accept: tuple[str, ...]) -> list[str]:
    """The accepted answers that name one part of `answer` alone, when that reads as a
    slip: the answer lists names ("Gus Grissom, Ed White and Roger Chaffee"), or another
    accepted answer holds the answer's other parts, as a list cut in two would."""
    parts = _parts(answer)
    if len(parts) < 2:
        return []
    names = all(_is_name(part) for part in PART_SEPARATOR.split(answer.strip()) if part)
    found = []
    for accepted in accept:
        if not _one_part(accepted, parts):
            continue
        rest = set(parts) - {part for part in parts if _names_part(core_words(accepted), part)}
        if names or any(rest == set(_parts(other)) for other in accept if other != accepted):
            found.append(accepted)
    return found


def _is_name(text: str) -> bool:
    """A short run of capitalised words, after any article: 'Gus Grissom', 'the Beagle'."""
    words = text.split()
    if words and words[0].casefold() in ("the", "a", "an"):
        words = words[1:]
    return 0 < len(words) <= _NAME_WORDS and all(word[:1].isupper() for word in words)


def _parts(text: str) -> list[str]:
    return [core_words(part) for part in PART_SEPARATOR.split(text.strip()) if core_words(part)]


def _one_part(accepted: str, parts: list[str]) -> bool:
    """Whether `accepted` names just one of `parts`: that part, or its last word (a
    person's surname)."""
    own = _parts(accepted)
    if len(own) != 1:
        return False
    (only,) = own
    return any(_names_part(only, part) for part in parts)


def _names_part(accepted: str, part: str) -> bool:
    return accepted == part or accepted == part.split()[-1]
