"""The deck-wide pass of accepted answers as it was written before its fast paths (each
card's answer folded once, openings asked once, rivals found by `any`, distinct values
folded once, cards with nothing to gain passed over): what test_fast_accepted checks
the pass against."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from trainer.core import lexicon
from trainer.core.answering.who_questions import (
    ASKING_WHICH,
    COUNTING_WORDS,
    DESCRIBING_WORDS,
    person_noun,
)
from trainer.core.answering.who_questions import WHO_WORDS as _WHO_WORDS
from trainer.core.answering.word_lists import FOREIGN_WHO_WORDS, PREPOSITIONS_BEFORE_WHO
from trainer.core.deck.cloze_markers import plain_text
from trainer.core.generate.accepted import (
    _BLANK,
    _CLOZE,
    _COMPANIONS,
    _LAST_WORD,
    _LONGEST_NAME,
    _NO_ALTERNATIVES,
    _PLACE_PREPOSITIONS,
    _PRONOUN,
    _WRITTEN_INITIAL,
    _after_person,
    _cloze_people,
    _names_in_full,
    _written_as,
    surname_of,
)
from trainer.core.generate.accepted_by_use import (
    first_names_used_alone,
    names_before_epithets,
    surname_alone_is_theirs,
    surnames_of_two_in_text,
    surnames_used_alone,
)
from trainer.core.generate.asking_people import PERSON_FIELDS
from trainer.core.generate.context import DeckIndex, alias_key
from trainer.core.generate.option_rules import quick_fold
from trainer.core.generate.person_words import is_role
from trainer.core.generate.surnames import (
    JOINED,
    is_name_title,
    opens_with_title,
    people_named,
)
from trainer.core.model import AnswerType, Card, with_answer
from trainer.core.value_split import split_parts


def _folded(cards: list[Card]) -> list[str]:
    return [quick_fold(card.answer.text) for card in cards]


def reference_attach_accepted_answers(cards: list[Card], index: DeckIndex) -> None:
    """Add the deck's aliases, unique surnames and first names used alone to the accepted
    answers of `cards`."""
    people = reference_people(cards, index)
    candidates = {
        key: surname for key, name in people.items() if (surname := surname_of(name)) is not None
    }
    # "William Anders": a surname that is a given name too, known as one by its use.
    candidates.update(surnames_used_alone(people, candidates, cards, _folded(cards), index))
    # People named together ("Edmund Hillary and Tenzing Norgay"): each by his surname.
    groups = {key: parts for key, name in people.items() if (parts := people_named(name))}
    for parts in groups.values():
        for part in parts:
            people.setdefault(quick_fold(part), part)
            candidates.setdefault(quick_fold(part), surname_of(part) or part)
    epithets = names_before_epithets(people, candidates)
    answers = reference_answers(cards, groups, index) if candidates else set()
    # Only an answer that is some person's surname alone can be that person.
    lone_surnames = {quick_fold(surname) for surname in candidates.values()} & answers
    same = reference_same_person_by_surname(cards, index, lone_surnames) if lone_surnames else {}
    surnames = reference_unique_surnames(candidates, answers, people, same) if candidates else {}
    for key in surnames_of_two_in_text(surnames, people, cards, _folded(cards), index):
        del surnames[key]
    firsts = first_names_used_alone(candidates, people, cards, _folded(cards), index, answers)
    for key, name in epithets.items():
        # The one name, where no other person's name of several words holds it.
        if not any(
            other != key and " " in other and quick_fold(name) in other.split() for other in people
        ):
            firsts[key] = name
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
    for position, card in enumerate(cards):
        if card.kind in _NO_ALTERNATIVES:
            continue
        answer = card.answer
        parts = answer.parts or (answer.text,)
        extra: list[str] = []
        for i, part in enumerate(parts):
            names = list(index.aliases_of(part))
            if answer.type in (AnswerType.TEXT, AnswerType.CHOICE):
                key = quick_fold(part)
                first = firsts.get(key)
                others = [quick_fold(c).split() for c in card.choices if quick_fold(c) != key]
                if first and any(quick_fold(first) in words for words in others):
                    first = None
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


def reference_people(cards: Iterable[Card], index: DeckIndex) -> dict[str, str]:
    """The answers the deck treats as people, by fold: asked with 'Who …?', or held in a
    field for people or in a field that some 'Who …?' template or question draws on."""
    fields = set(PERSON_FIELDS)
    for template in index.deck.templates:
        if reference_asks_who(template.prompt) and template.answer:
            fields.add(template.answer)
    for excerpt in index.deck.excerpts:
        for question in excerpt.questions:
            if question.draw and reference_asks_who(question.prompt):
                fields.add(question.draw)
    people: dict[str, str] = {}
    for fact in index.facts_by_id.values():
        for name in fields & fact.values.keys():
            people.setdefault(quick_fold(fact.values[name]), fact.values[name])
    for card in cards:
        if card.kind in _NO_ALTERNATIVES:
            continue
        if reference_asks_who(card.prompt) or (
            card.kind in _CLOZE and reference_cloze_person(card)
        ):
            people.setdefault(quick_fold(card.answer.text), card.answer.text)
        elif card.kind in _CLOZE and _cloze_people(card):
            for part in card.answer.parts:
                people.setdefault(quick_fold(part), part)
    return people


def reference_cloze_person(card: Card) -> bool:
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
    surname = surname_of(answer.text)
    if surname is None:
        return False
    # Past any title: "General Douglas MacArthur" opens with a given name too; a title
    # or a written initial says a person by itself ("the MP William Huskisson").
    words = answer.text.split()
    first = next((word for word in words if not is_name_title(word)), "")
    opened = (
        opens_with_title(words) or _WRITTEN_INITIAL.fullmatch(first) or lexicon.opens_a_name(first)
    )
    if opened and not lexicon.is_common_word(surname):
        return True
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


def reference_asks_who(prompt: str) -> bool:
    # Only the first words matter, and prompts may be whole excerpts: fold just those.
    first = [quick_fold(word) for word in prompt.split(maxsplit=3)[:3]]
    if not first:
        return False
    if first[0] in _WHO_WORDS:
        return True
    # In another language, only in a question: "¿Quién …?", "¿A quién …?"; not "Chi-…".
    foreign = first[0] in FOREIGN_WHO_WORDS or (
        first[0] in PREPOSITIONS_BEFORE_WHO and first[1:2] and first[1] in FOREIGN_WHO_WORDS
    )
    if foreign and prompt.endswith("?"):
        return True
    words = prompt.split(maxsplit=3)[:3]
    if len(first) > 2 and (
        first[1] in COUNTING_WORDS or (not person_noun(first[1]) and _describes(words[1], first[1]))
    ):
        first = [first[0], first[2]]  # "Which two poets …?", "Which Japanese admiral …?"
    return first[0] in ASKING_WHICH and len(first) > 1 and person_noun(first[1])


def reference_answers(
    cards: Iterable[Card], groups: dict[str, tuple[str, ...]], index: DeckIndex
) -> set[str]:
    """Every folded answer, part of an answer and option of the deck's cards, and every
    value of its facts, asked for or not ("Edgar Linton" beside "Isabella Linton"); an
    answer of several parts, or people named together, by its parts alone: joined, it
    would end in its last part's surname and so seem to be another person of that name."""
    answers: set[str] = set()
    # Only a value with a capital may name someone: a common noun ("the watt", "ohm") is
    # no rival to a person's surname ("Watt" for James Watt, asked who).
    named = [value for fact in index.facts_by_id.values() for value in fact.values.values()]
    named = [value for value in named if value.count(" ") < _LONGEST_NAME]
    named += [part for value in named if JOINED.search(value) for part in split_parts(value)]
    for card in cards:
        if card.kind not in _NO_ALTERNATIVES:
            if card.answer.parts:
                named += card.answer.parts
            elif JOINED.search(card.answer.text):
                named += split_parts(card.answer.text)  # "Pompey and Crassus": each
            else:
                named.append(card.answer.text)
            named += card.choices
    answers.update(quick_fold(value) for value in named if value != value.lower())
    for key, parts in groups.items():
        if key in answers:
            answers.discard(key)
            answers.update(quick_fold(part) for part in parts)
    return answers


def reference_unique_surnames(
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
    unique: dict[str, str] = {}
    bearers = Counter(quick_fold(surname) for surname in surnames.values())
    for key, surname in surnames.items():
        ending = quick_fold(surname)
        rivals = [
            other
            for other in by_last_word.get(ending.split()[-1], [])
            if other != key
            and (other == ending or other.endswith(" " + ending))
            and not _names_in_full(other, key)
            and not (other == ending and _written_as(quick_fold(people.get(key, "")), same, other))
            and not (other == ending and surname_alone_is_theirs(other, same, bearers))
        ]
        if not rivals:
            unique[key] = surname
    return unique


def reference_same_person_by_surname(
    cards: Iterable[Card], index: DeckIndex, lone_surnames: set[str]
) -> dict[str, set[str]]:
    """For each answer among `lone_surnames` (folded surnames that are answers alone), the
    full names ending in it that every excerpt of its cards writes: the person it names."""
    named: dict[str, set[str]] = {}
    excerpt_words: dict[str, list[str]] = {}  # an excerpt is cited by many cards
    for card in cards:
        if card.kind in _NO_ALTERNATIVES or card.answer.parts:
            continue
        whole = quick_fold(card.answer.text)
        if whole in lone_surnames or not JOINED.search(card.answer.text):
            answers = [whole]
        else:
            answers = [quick_fold(part) for part in split_parts(card.answer.text)]
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


def _describes(written: str, folded: str) -> bool:
    """A word after "Which" that describes what follows it: capitalised, or one of a few."""
    return written[:1].isupper() or folded in DESCRIBING_WORDS
