"""Answers accepted deck-wide, once every card is made: the deck's aliases and unique surnames.

The deck's `aliases` make every other name of a group an accepted answer wherever one of
them is a card's answer, or one part of a several-blank cloze answer (then the answer with
that part renamed is accepted). A person's surname alone is accepted when no other answer
of the deck (nor option) ends in it: "Gagarin" for "Yuri Gagarin", unless "Pavel Gagarin"
is an answer too. A value counts as a person's name when the deck asks for it with "Who
…?", "Whom …?" or "Whose …?", or holds it in a field for people (`who`, `person`, `author`
…), and it is a short run of capitalised words that starts with a given name ("Thomas
Bell" gives "Bell") or is made of words rarer than the commonest given names ("Valerian
Kuibyshev"); see `surname_of`. People named together ("Edmund Hillary and Tenzing
Norgay") are accepted by their surnames together ("Hillary and Norgay") when each is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from trainer.core import lexicon
from trainer.core.deck.cloze_markers import plain_text
from trainer.core.generate.accepted_by_use import (
    first_names_used_alone,
    names_before_epithets,
    surname_alone_is_theirs,
    surnames_of_two_in_text,
    surnames_used_alone,
    unshared_names,
)
from trainer.core.generate.asking_people import PERSON_FIELDS, asks_who
from trainer.core.generate.asking_people import PERSON_NOUNS as PERSON_NOUNS
from trainer.core.generate.asking_people import asks_for_person as asks_for_person
from trainer.core.generate.context import DeckIndex, alias_key
from trainer.core.generate.option_rules import quick_fold
from trainer.core.generate.person_words import is_role
from trainer.core.generate.surnames import JOINED, is_name_title, opens_with_title, people_named
from trainer.core.generate.surnames import surname_of as surname_of
from trainer.core.model import AnswerType, Card, CardKind, with_answer
from trainer.core.name_sexes import is_womans_title
from trainer.core.value_split import split_parts

_NO_ALTERNATIVES = frozenset({CardKind.TRUE_FALSE, CardKind.CHRONOLOGY})
_CLOZE = frozenset({CardKind.CLOZE, CardKind.AUTO_CLOZE})
_BLANK = "[...]"
# The word before a blank, past a comma ('a farmer, [...]').
_LAST_WORD = re.compile(r"([^\W\d_]+),?\s*$")
_COMPANIONS = frozenset({"with", "and"})
# Words before a blank that make it a place, whatever pronoun follows. Not "to", "from"
# or "on", which lead to people as often ("wrote to [...]", "relied on [...]"), as
# `other_answers`' words of place may for a typed answer.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "inside", "outside", "across"})
# Values of more words than this are descriptions, or people named together by "and".
_LONGEST_NAME = 12
_CAPITALISED_RUN = re.compile(r"[^\W\d_a-z][\w'’.-]*(?:\s+[^\W\d_a-z][\w'’.-]*)+")
_PRONOUN = re.compile(r"(?:^|\W)(?:he|his|him|she|her)\b", re.IGNORECASE)
_WRITTEN_INITIAL = re.compile(r"[^\W\d_a-z]\.")


def attach_accepted_answers(cards: list[Card], index: DeckIndex) -> None:
    """Add the deck's aliases, unique surnames and first names used alone to the accepted
    answers of `cards`."""
    # Each card's answer folded once, for every walk below (four of them folded all
    # 10,000 bench answers again, a call each).
    folded = [quick_fold(card.answer.text) for card in cards]
    people = _people(cards, folded, index)
    candidates = {
        key: surname for key, name in people.items() if (surname := surname_of(name)) is not None
    }
    # "William Anders": a surname that is a given name too, known as one by its use.
    candidates.update(surnames_used_alone(people, candidates, cards, folded, index))
    # People named together ("Edmund Hillary and Tenzing Norgay"): each by his surname.
    groups = {key: parts for key, name in people.items() if (parts := people_named(name))}
    for parts in groups.values():
        for part in parts:
            people.setdefault(quick_fold(part), part)
            candidates.setdefault(quick_fold(part), surname_of(part) or part)
    # "Ignatius of Loyola", "Frederick the Wise": no surname, but a name to go by.
    epithets = names_before_epithets(people, candidates)
    answers = _answers(cards, groups, index) if candidates else set()
    # Only an answer that is some person's surname alone can be that person.
    lone_surnames = {quick_fold(surname) for surname in candidates.values()} & answers
    same = _same_person_by_surname(cards, folded, index, lone_surnames) if lone_surnames else {}
    surnames = _unique_surnames(candidates, answers, people, same) if candidates else {}
    for key in surnames_of_two_in_text(surnames, people, cards, folded, index):
        del surnames[key]
    firsts = first_names_used_alone(candidates, people, cards, folded, index, answers)
    if epithets:
        firsts.update(unshared_names(epithets, people))
    # "Keynes" alone, where its excerpts write "John Maynard Keynes": the full name too;
    # not where they write two people of the name ("Marie Curie", "Pierre Curie").
    in_full: dict[str, list[str]] = {}
    by_last_word: dict[str, list[tuple[str, str]]] = {}
    if same:
        for key, name in people.items():
            by_last_word.setdefault(key.rsplit(" ", 1)[-1], []).append((key, name))
    for surname in same:
        full = [
            name
            for key, name in by_last_word.get(surname.rsplit(" ", 1)[-1], ())
            if _written_as(key, same, surname)
        ]
        if len(full) == 1:
            in_full[surname] = full
    for key, parts in groups.items():
        if all(quick_fold(part) in surnames for part in parts):
            shorts = [surnames[quick_fold(part)] for part in parts]
            surnames.setdefault(key, ", ".join(shorts[:-1]) + " and " + shorts[-1])
    if not surnames and not firsts and not same and not index.alias_groups:
        return
    # A card of one answer, where the deck has no aliases, gains only the names its
    # folded answer has here: most cards have none, and are passed over at once.
    gaining = {
        key
        for key in {*surnames, *firsts, *in_full}
        if surnames.get(key) or firsts.get(key) or in_full.get(key)
    }
    aliased = bool(index.alias_groups)
    for position, card in enumerate(cards):
        if card.kind in _NO_ALTERNATIVES:
            continue
        answer = card.answer
        if not aliased and not answer.parts and folded[position] not in gaining:
            continue
        parts = answer.parts or (answer.text,)
        extra: list[str] = []
        for i, part in enumerate(parts):
            names = list(index.aliases_of(part))
            if answer.type in (AnswerType.TEXT, AnswerType.CHOICE):
                key = quick_fold(part)
                first = firsts.get(key)
                if first and _in_another_option(first, part, card.choices):
                    first = None  # "Pliny" beside the options Pliny the Younger and the Elder
                names.extend(short for short in (surnames.get(key), first) if short)
                names.extend(in_full.get(key, ()))
            extra.extend("; ".join((*parts[:i], name, *parts[i + 1 :])) for name in names)
        if answer.parts:
            extra.extend(index.aliases_of(answer.text))
        if not extra:
            continue
        known = {alias_key(answer.text), *(alias_key(text) for text in answer.alternatives)}
        added: list[str] = []
        for text in extra:
            if alias_key(text) not in known:
                known.add(alias_key(text))
                added.append(text)
        if added:
            alternatives = (*answer.alternatives, *added)
            cards[position] = with_answer(card, alternatives=alternatives)


def _in_another_option(name: str, answer: str, choices: Sequence[str]) -> bool:
    """Whether the short `name` is a word of an option other than the answer's."""
    word, own = quick_fold(name), quick_fold(answer)
    return any(
        word in quick_fold(choice).split() for choice in choices if quick_fold(choice) != own
    )


def _people(cards: Iterable[Card], folded: Sequence[str], index: DeckIndex) -> dict[str, str]:
    """The answers the deck treats as people, by fold: asked with 'Who …?', or held in a
    field for people or in a field that some 'Who …?' template or question draws on."""
    fields = set(PERSON_FIELDS)
    for template in index.deck.templates:
        if asks_who(template.prompt) and template.answer:
            fields.add(template.answer)
    for excerpt in index.deck.excerpts:
        for question in excerpt.questions:
            if question.draw and asks_who(question.prompt):
                fields.add(question.draw)
    people: dict[str, str] = {}
    for fact in index.facts_by_id.values():
        for name in fields & fact.values.keys():
            people.setdefault(quick_fold(fact.values[name]), fact.values[name])
    for card, key in zip(cards, folded, strict=True):
        if card.kind in _NO_ALTERNATIVES:
            continue
        if asks_who(card.prompt) or (card.kind in _CLOZE and _cloze_person(card)):
            people.setdefault(key, card.answer.text)
        elif card.kind in _CLOZE and _cloze_people(card):
            for part in card.answer.parts:
                people.setdefault(quick_fold(part), part)
    return people


def _cloze_people(card: Card) -> bool:
    """A cloze of several blanks, each a person's name (see surname_of), one of them
    plainly so: a given name first and a surname that is no common word. Its companions
    are people too ("signed by [...] and [...]": Walther Rathenau, Georgy Chicherin)."""
    parts = card.answer.parts
    if len(parts) < 2 or card.answer.type is not AnswerType.TEXT:
        return False
    surnames = [surname_of(part) for part in parts]
    return all(surnames) and any(
        lexicon.is_given_name(part.split()[0]) and not lexicon.is_common_word(surname)
        for part, surname in zip(parts, surnames, strict=True)
        if surname
    )


def _cloze_person(card: Card) -> bool:
    """A cloze blank that reads as a person's name (see surname_of), and that its text
    shows to be one: a given name first and a surname that is no common word ('John
    Newlands'; not 'James Island'), a word for a person just before it ('the Croatian
    seismologist [...]', 'a farmer, [...]'), 'with' or 'and' just before it after such a
    person ('Charles Richter, working with [...]'), or 'he', 'his', 'she' or 'her'
    after it in its sentence or opening the next ('[...] proposed … His hypothesis …'),
    unless a preposition of place stands before it ('born in [...] in 1810. His …')."""
    answer = card.answer
    if answer.parts or answer.type is not AnswerType.TEXT:
        return False
    named = _named_plainly(answer.text)
    if named is not None:
        return named
    before, blank, after = card.prompt.partition(_BLANK)
    if not blank:
        return False
    role = _LAST_WORD.search(before)
    if role is not None and (
        is_role(role.group(1)) or (role.group(1) in _COMPANIONS and _after_person(before))
    ):
        return True
    if role is not None and role.group(1).lower() in _PLACE_PREPOSITIONS:
        # "born in [...] in 1810 … His Waltz": a place; the pronoun is another's.
        return False
    sentence, _, rest = after.partition(". ")
    return bool(_PRONOUN.search(sentence) or _PRONOUN.match(rest))


# Cloze answers recur from card to card (3,027 bench cloze cards): read once each.
@lru_cache(maxsize=1 << 14)
def _named_plainly(text: str) -> bool | None:
    """False when `text` reads as no person's name (see surname_of); True when it plainly
    does, by itself; None when only the text around its blank can tell."""
    surname = surname_of(text)
    if surname is None:
        return False
    # Past any title: "General Douglas MacArthur" opens with a given name too. A title
    # says a person by itself ("the MP William Huskisson"), and so does an initial ("H. H.
    # Asquith", "T. S. Eliot").
    words = text.split()
    first = next((word for word in words if not is_name_title(word)), "")
    opened = (
        opens_with_title(words) or _WRITTEN_INITIAL.fullmatch(first) or lexicon.opens_a_name(first)
    )
    if opened and not lexicon.is_common_word(surname):
        return True
    return None


def _after_person(before: str) -> bool:
    """Whether the last run of capitalised words of the sentence that `before` ends
    is a person's name that starts with a given name."""
    sentence = before.rsplit(". ", 1)[-1]
    runs = _CAPITALISED_RUN.findall(sentence)
    if not runs:
        return False
    last = runs[-1]
    return lexicon.opens_a_name(last.split()[0]) and surname_of(last) is not None


def _answers(
    cards: Iterable[Card], groups: dict[str, tuple[str, ...]], index: DeckIndex
) -> set[str]:
    """Every folded answer, part of an answer and option of the deck's cards, and every
    value of its facts, asked for or not ("Edgar Linton" beside "Isabella Linton"); an
    answer of several parts, or people named together, by its parts alone: joined, it
    would end in its last part's surname and so seem to be another person of that name."""
    # Only a value with a capital may name someone: a common noun ("the watt", "ohm") is
    # no rival to a person's surname ("Watt" for James Watt, asked who). Each distinct
    # value is looked at and folded once (10,000 bench cards hold 3,700 of 27,000).
    named = {value for fact in index.facts_by_id.values() for value in fact.values.values()}
    named = {value for value in named if value.count(" ") < _LONGEST_NAME}
    named |= {part for value in named if JOINED.search(value) for part in split_parts(value)}
    for card in cards:
        if card.kind not in _NO_ALTERNATIVES:
            answer = card.answer
            if answer.parts:
                named.update(answer.parts)
            elif JOINED.search(answer.text):
                # "Julius Caesar, Pompey and Crassus": its people, each by the name given.
                named.update(split_parts(answer.text))
            else:
                named.add(answer.text)
            if card.choices:
                named.update(card.choices)
    answers = {quick_fold(value) for value in named if value != value.lower()}
    for key, parts in groups.items():
        if key in answers:
            answers.discard(key)
            answers.update(quick_fold(part) for part in parts)
    return answers


def _unique_surnames(
    surnames: dict[str, str],
    answers: set[str],
    people: dict[str, str],
    same: dict[str, set[str]],
) -> dict[str, str]:
    """Of people's surnames (by the folded name), those that no other answer ends in. An
    answer that is the surname alone, on cards whose excerpts write this person's full
    name (`same`: "Sergei {{c1::Korolev}}"), names the same person, and is no rival; nor
    is one that ends in the full name ("began UNIX together with Dennis Ritchie"), or
    is it with initials ("Edsger W. Dijkstra" for Edsger Dijkstra)."""
    by_last_word: dict[str, list[str]] = {}
    for answer in answers:
        words = answer.split()
        if words:
            by_last_word.setdefault(words[-1], []).append(answer)
    # The answers ending in each surname, worked out once for all its people; of them,
    # only whether any is a rival matters (listing them all took 17 ms of 80; now 3).
    holding: dict[str, list[str]] = {}
    unique: dict[str, str] = {}
    bearers = Counter(quick_fold(surname) for surname in surnames.values())
    for key, surname in surnames.items():
        ending = quick_fold(surname)
        enders = holding.get(ending)
        if enders is None:
            enders = holding[ending] = [
                other
                for other in by_last_word.get(ending.split()[-1], [])
                if other == ending or other.endswith(" " + ending)
            ]
        if not any(
            other != key
            and not _names_in_full(other, key)
            and not (other == ending and _written_as(quick_fold(people.get(key, "")), same, other))
            and not (other == ending and surname_alone_is_theirs(other, same, bearers))
            for other in enders
        ):
            unique[key] = surname
    return unique


def _written_as(full_name: str, same: dict[str, set[str]], surname: str) -> bool:
    """Whether the excerpts of the cards answered by `surname` alone write it after the
    word before it in `full_name`: "Maynard Keynes" in "John Maynard Keynes"."""
    # "Lady Macbeth" written beside "Macbeth" alone is his wife: no name of his.
    return any(
        f" {full_name}".endswith(f" {written}") and not is_womans_title(written.split()[0])
        for written in same.get(surname, ())
    )


def _names_in_full(answer: str, name: str) -> bool:
    """Whether the folded `answer` ends in the folded full `name`, its initials aside, or
    is that name without the titles before it ("chester nimitz" for "admiral chester
    nimitz"): the same person either way."""
    if answer.endswith(" " + name):
        return True
    titles = name[: -len(answer) - 1].split() if name.endswith(" " + answer) else ()
    if titles and all(map(is_name_title, titles)):
        # A surname alone is no woman named by her title and it: "Macbeth", "Lady Macbeth".
        return " " in answer or not any(map(is_womans_title, titles))
    if _INITIAL.search(answer) is None:
        return False  # no initial to set aside: most answers
    words = [word for word in answer.split() if len(word) > 1 or not word.isalpha()]
    return (" " + " ".join(words)).endswith(" " + name)


# A letter standing alone in a folded answer: a name's initial ("edsger w dijkstra").
_INITIAL = re.compile(r"(?:^| )[^\W\d_](?= |$)")


def _same_person_by_surname(
    cards: Iterable[Card], folded: Sequence[str], index: DeckIndex, lone_surnames: set[str]
) -> dict[str, set[str]]:
    """For each answer among `lone_surnames` (folded surnames that are answers alone), the
    full names ending in it that every excerpt of its cards writes: the person it names."""
    named: dict[str, set[str]] = {}
    excerpt_words: dict[str, list[str]] = {}  # an excerpt is cited by many cards
    for card, whole in zip(cards, folded, strict=True):
        if card.kind in _NO_ALTERNATIVES or card.answer.parts:
            continue
        # An answer that lists people ("Pompey and Crassus") names each alone.
        listed = JOINED.search(card.answer.text) is not None and whole not in lone_surnames
        answers = (
            [quick_fold(part) for part in split_parts(card.answer.text)] if listed else [whole]
        )
        for answer in answers:
            if answer not in lone_surnames:
                continue
            found: set[str] = set()
            for excerpt_id in card.cites:
                words = excerpt_words.get(excerpt_id)
                if words is None:
                    excerpt = index.excerpt_by_id.get(excerpt_id)
                    text = plain_text(excerpt.text) if excerpt is not None else ""
                    words = excerpt_words[excerpt_id] = quick_fold(text).split()
                found |= {
                    f"{words[i - 1]} {answer}" for i in range(1, len(words)) if words[i] == answer
                }
            named[answer] = found if answer not in named else named[answer] & found
    return named
