"""Author checks for copy and list slips: an answer its prompt writes out, an accepted part.

Two slips that make a card unfair, and that no other check sees:

- A card whose prompt holds its whole answer, as a run of three words or more: a fact
  whose `term` was pasted into its `meaning` too ("What is the term for a flattened
  membrane sac …?" answered by the same words). A shorter answer named in its prompt is
  often fair ("Are the tails hydrophobic or hydrophilic?"); prompt_giveaways looks at
  those by their rare words.
- A card that accepts, by the author's `accept` or the deck's `aliases`, words its own
  prompt writes out: "Under what pen name did Mary Ann Evans publish?" accepting "Mary
  Ann Evans", the other name of George Eliot, marks right whoever copies the prompt. An
  accepted answer the prompt offers among alternatives ("… X or Y?") is fair.
- A list in brackets cut at a number's thousands comma: `accept: [10,935 m]` is the two
  answers '10' and '935 m'.
- An authored question whose answer names several people or things ("Gus Grissom, Ed
  White and Roger Chaffee") and which accepts one of them alone ("Grissom"): in YAML,
  `accept: [Grissom, White and Chaffee]` is two items, where the author meant one.
- A multiple choice whose question shares a word with its answer alone (option_cues).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from trainer.core.answering.word_lists import FUNCTION_WORDS
from trainer.core.authored import Deck
from trainer.core.generate.context import Diagnostics
from trainer.core.generate.option_cues import report_option_cue
from trainer.core.generate.option_rules import core_words, fold_once, holds_words
from trainer.core.generate.prompt_giveaways import offers_answer
from trainer.core.lexicon import is_common_word
from trainer.core.model import Card, CardKind, Location
from trainer.core.value_split import split_parts

# Only these cards ask with a prompt of their own (a cloze's prompt is its text).
_ASKED = frozenset({CardKind.QA, CardKind.TEMPLATE, CardKind.CHOICE})
# So many words make an answer too long to be named in a fair prompt by chance.
_COPIED_WORDS = 3
# As prompt_giveaways: a word rarer than this many English words is a name or a term.
_RARE_RANK = 20_000
# A part of a list of names has at most this many words ('Dwight D. Eisenhower').
_NAME_WORDS = 4


def report_author_slips(
    deck: Deck, cards: Iterable[Card], origins: Mapping[str, Location], report: Diagnostics
) -> None:
    """Warn about each card whose prompt writes out its answer (at its origin: where in
    the deck's files it was written) or an answer the author accepts, and each authored
    question that accepts one part of an answer of several parts."""
    written = _written_accepts(deck)
    _facts_split_numbers(deck, report)
    # Each prompt folded once, for both checks: folding is most of this pass's time.
    prompts = [(card, fold_once(card.prompt)) for card in cards if card.kind in _ASKED]
    asked: dict[tuple[str, str], Card] = {}
    for card, prompt in prompts:
        earlier = asked.setdefault((card.excerpt_id, prompt), card)
        if earlier is not card:
            report.warning(
                origins.get(card.id, deck.location),
                f"card '{_slot(card)}' asks '{card.prompt}', as card '{_slot(earlier)}' "
                f"of excerpt '{card.excerpt_id}' does: a learner meets one question "
                "twice; drop one, or word them apart",
            )
    # Each answer's core words, when enough to be copied, worked out once: answers recur.
    copyable: dict[str, str] = {}
    for card, prompt in prompts:
        if card.kind is CardKind.CHOICE:  # the only cards it looks at: 3 calls in 10 saved
            report_option_cue(card, prompt, origins.get(card.id, deck.location), report)
        for accepted in _accepted_in_prompt(card, prompt, written):
            report.warning(
                origins.get(card.id, deck.location),
                f"card '{_slot(card)}': it accepts '{accepted}', which its prompt '{card.prompt}' "
                "writes out, so copying the prompt's words is marked right: drop it from "
                "'accept' or 'aliases', or word the prompt without it",
            )
        answer = copyable.get(card.answer.text)
        if answer is None:
            answer = copyable[card.answer.text] = _copyable(card.answer.text)
        if not answer or not holds_words(prompt, answer):
            continue
        report.warning(
            origins.get(card.id, deck.location),
            f"card '{_slot(card)}': its prompt '{card.prompt}' writes out its whole answer "
            f"'{card.answer.text}', so it asks nothing: check that the answer and the "
            "words the prompt is made of were not copied from one another",
        )
    for excerpt in deck.excerpts:
        for question in excerpt.questions:
            for name, items in (("accept", question.accept), ("distractors", question.distractors)):
                for first, second in split_numbers(question.answer, items):
                    report.warning(
                        question.location,
                        f"question '{question.slot}': {_split_message(name, first, second)}",
                    )
            for accepted, whole in _parts_accepted(question.answer, question.accept):
                report.warning(
                    question.location,
                    f"question '{question.slot}': it accepts '{accepted}', only one part "
                    f"of its answer '{question.answer}': if 'accept' was meant to hold a "
                    f"list such as '{whole}' as one answer, put it in quotes",
                )


def _slot(card: Card) -> str:
    return card.id.rsplit(":", 1)[-1]


def _copyable(answer: str) -> str:
    """The core words of an answer long enough that a prompt writing them out copied
    them; empty for a shorter one."""
    core = core_words(answer)
    return core if len(core.split()) >= _COPIED_WORDS else ""


def _facts_split_numbers(deck: Deck, report: Diagnostics) -> None:
    """Warn about each fact value's `accept` list cut at a number's thousands comma."""
    for excerpt in deck.excerpts:
        for fact in excerpt.facts:
            for field, items in fact.accepts.items():
                for first, second in split_numbers(fact.values.get(field, ""), items):
                    report.warning(
                        fact.field_locations.get(field, fact.location),
                        f"fact '{fact.id}', field '{field}': "
                        f"{_split_message('accept', first, second)}",
                    )


def split_numbers(answer: str, items: Sequence[str]) -> list[tuple[str, str]]:
    """Each two items in a row of a list that are one number cut at its thousands comma,
    as a YAML list written in brackets cuts `[10,935 m below sea level]` into '10' and
    '935 m below sea level': the first ends in one to three digits, the second starts
    with three, and together they write a number of `answer` (10,935 of '−10,935 m')
    or one no one writes with a leading zero ('2' and '000 m' of '2,000 m')."""
    if len(items) < 2:
        return []  # no two items to be one number cut in two: most lists, at once
    wanted = {_digits(number) for number in _NUMBER.findall(answer)}
    found = []
    at = 0
    while at + 1 < len(items):
        first, second = items[at], items[at + 1]
        head, tail = _NUMBER_END.search(first), _THOUSANDS_START.match(second)
        if (
            head is None
            or tail is None
            or not (_digits(head.group() + tail.group()) in wanted or tail.group().startswith("0"))
        ):
            at += 1
            continue
        # "1,000,000" is three items, '1', '000' and '000': one slip, told once.
        end = at + 1
        while end + 1 < len(items) and _GROUP.fullmatch(items[end]):
            if _THOUSANDS_START.match(items[end + 1]) is None:
                break
            end += 1
        found.append((first, ",".join(items[at + 1 : end + 1])))
        at = end + 1
    return found


def _split_message(name: str, first: str, second: str) -> str:
    return (
        f"its list '{name}' holds '{first}' and '{second}', one value '{first},{second}' "
        "cut at its thousands comma: in a list in brackets, put a number with a comma "
        "in quotes"
    )


def _digits(number: str) -> str:
    return number.replace(",", "").lstrip("0") or "0"


# A number with or without thousands commas; the digits a list item ends with; the three
# digits another starts with.
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_NUMBER_END = re.compile(r"(?<![\d.,])\d{1,3}$")
_THOUSANDS_START = re.compile(r"\d{3}(?:,\d{3})*(?:\.\d+)?(?![\d,])")
_GROUP = re.compile(r"\d{3}")


def _written_accepts(deck: Deck) -> frozenset[str]:
    """Every answer the author accepts anywhere in the deck: questions' and facts'
    `accept`, cloze numbers' `accept`, and every name of the deck's `aliases`. (Surnames
    that the deck accepts on its own are not the author's to drop.)"""
    found: set[str] = set()
    for name, others in deck.aliases.items():
        found.add(name)
        found.update(others)
    for excerpt in deck.excerpts:
        for question in excerpt.questions:
            found.update(question.accept)
        for fact in excerpt.facts:
            for accepts in fact.accepts.values():
                found.update(accepts)
        for accepts in excerpt.cloze_accept.values():
            found.update(accepts)
    return frozenset(found)


def _accepted_in_prompt(card: Card, prompt: str, written: frozenset[str]) -> list[str]:
    """The accepted answers of `card` that the author wrote and its folded `prompt` writes
    out as whole words, unless the prompt offers them as alternatives to choose from;
    one common word alone is never one."""
    if written.isdisjoint(card.answer.alternatives):
        return []  # most cards accept nothing the author wrote: passed over at once
    found = []
    for accepted in card.answer.alternatives:
        if accepted not in written:
            continue
        core = core_words(accepted)
        content = [word for word in core.split() if word not in FUNCTION_WORDS]
        # One common word ("How small was it?" accepting "small") is the question's
        # own frame, not a slip.
        if len(content) == 1 and is_common_word(content[0], _RARE_RANK):
            continue
        if not content or not holds_words(prompt, core):
            continue
        if not offers_answer(card.prompt, accepted):
            found.append(accepted)
    return found


def _parts_accepted(answer: str, accept: tuple[str, ...]) -> list[tuple[str, str]]:
    """The accepted answers that name one part of `answer` alone, when that reads as a
    slip: the answer lists names ("Gus Grissom, Ed White and Roger Chaffee"), or another
    accepted answer holds the answer's other parts, as a list cut in two would; each
    with a list such as the author may have meant as one answer."""
    if not accept:
        return []  # nothing accepted: most questions, at once
    parts = _parts(answer)
    if len(parts) < 2:
        return []
    names = all(_is_name(part) for part in split_parts(answer.strip()) if part)
    found = []
    for position, accepted in enumerate(accept):
        following = accept[position + 1] if position + 1 < len(accept) else ""
        if _one_list_cut(accepted, following, len(parts)):
            # "[the legislature, the executive and the judiciary]": one item, then the
            # rest of a list as long as the answer's, in other words than its own.
            found.append((accepted, f"{accepted}, {following}"))
            continue
        if not _one_part(accepted, parts):
            continue
        rest = set(parts) - {part for part in parts if _names_part(core_words(accepted), part)}
        holding = next(
            (other for other in accept if other != accepted and rest == set(_parts(other))), None
        )
        if names or holding is not None:
            # The list as it was likely meant: with the item holding the rest, or the next.
            whole = holding or following
            found.append((accepted, f"{accepted}, {whole}" if whole else answer))
    return found


def _one_list_cut(first: str, second: str, count: int) -> bool:
    """Whether two accepted answers in a row are one list of `count` parts cut at its
    first comma: a single part, then the others joined by "and"."""
    rest = _parts(second)
    return len(_parts(first)) == 1 and len(rest) == count - 1 > 1 and " and " in second


def _is_name(text: str) -> bool:
    """A short run of capitalised words, after any article: 'Gus Grissom', 'the Beagle'."""
    words = text.split()
    if words and words[0].casefold() in ("the", "a", "an"):
        words = words[1:]
    return 0 < len(words) <= _NAME_WORDS and all(word[:1].isupper() for word in words)


def _parts(text: str) -> list[str]:
    return [core_words(part) for part in split_parts(text.strip()) if core_words(part)]


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
