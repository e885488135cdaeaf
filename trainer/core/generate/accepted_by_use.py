"""Short forms of people's names that the deck's own text uses alone to name them.

A first name used alone ("Napoleon defeated the Austrians") is accepted for the full name
when no list of given names holds it; a surname that is also a given name ("Anders" of
"William Anders", "Anders" being a Scandinavian given name too) is accepted when the
text calls the person by it alone ("Anders photographed the Earth rising").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable, Sequence

from trainer.core import lexicon
from trainer.core.generate.context import DeckIndex
from trainer.core.generate.name_endings import title_after_name
from trainer.core.generate.option_rules import quick_fold
from trainer.core.generate.surnames import is_name_title
from trainer.core.model import Card
from trainer.core.name_sexes import is_known_given_name

_SURNAME_WORDS = 2
_LAST_NAME_WORD = re.compile(r"[^\W\d_]+$")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def surnames_used_alone(
    people: dict[str, str],
    surnames: dict[str, str],
    cards: Iterable[Card],
    folded_answers: Sequence[str],
    index: DeckIndex,
) -> dict[str, str]:
    """Of people without a surname yet (`surnames` holds those that have one), by fold,
    those whose last word the excerpts of their cards use alone: then it is the surname.

    Two kinds of name need the text's word for it (the excerpt's, or a question its
    author wrote of it): a given name last ("William Anders", "Anders" being a
    Scandinavian given name too; "Humphry Davy"), and a name whose surname is a common
    word after a first name no list holds ("Asaph Hall", "Clyde Tombaugh" is found by
    the list's rarity alone). A common word counts as used alone only inside a sentence
    ("the moons that Hall found"), where only a name has a capital. "Lloyd George" and
    "Franz Ferdinand" keep none: no text calls them "George" or "Ferdinand" alone; nor
    "Jemmy Button", whom the text calls "Jemmy"."""
    # The last word of each name, and whether only a use inside a sentence counts.
    wanted: dict[str, tuple[str, bool]] = {}
    for key, name in people.items():
        words = name.split()
        if key in surnames or not all(
            _NAME_WORD.fullmatch(word) and word[0].isupper() for word in words
        ):
            continue
        if (
            len(words) == _SURNAME_WORDS
            and lexicon.is_given_name(words[-1])
            and (
                lexicon.is_given_name(words[0])
                or lexicon.frequency(words[0]) < lexicon.NAME_CEILING
            )
        ):
            # "William Anders"; "Humphry Davy", whose "Davy" is a given name too.
            wanted[key] = (words[-1], False)
        elif _common_surname([word.lower() for word in words]):
            wanted[key] = (words[-1], True)
    if not wanted:
        return {}
    texts = _cited_by(cards, folded_answers, wanted)
    used: dict[str, str] = {}
    for key, (last, inside) in wanted.items():
        before = people[key].split()[-2]
        # Not followed by a capitalised word either: "George V" is another man.
        alone = re.compile(rf"(?<![\w'’-]){re.escape(last)}(?![\w-])(?!\s+[^\W\d_a-z])")
        excerpts = (index.excerpt_by_id.get(excerpt_id) for excerpt_id in texts.get(key, ()))
        for excerpt in excerpts:
            # The excerpt's text, or a question its author wrote of it ("How did Davy
            # isolate sodium?"), calling the person by that word alone.
            written = (excerpt.text, *(q.prompt for q in excerpt.questions)) if excerpt else ()
            if any(_used_alone(alone, text, before, inside=inside) for text in written):
                used[key] = last
                break
    return used


def _common_surname(words: list[str]) -> bool:
    """Whether a name of two or three folded words ends in a common word that is no
    given name, after words that are given names or rare ("asaph hall")."""
    if not _SURNAME_WORDS <= len(words) <= _SURNAME_WORDS + 1:
        return False
    *firsts, last = words
    if lexicon.is_given_name(last) or lexicon.frequency(last) < lexicon.NAME_CEILING:
        return False
    return all(
        lexicon.is_given_name(word) or lexicon.frequency(word) < lexicon.NAME_CEILING
        for word in firsts
    )


# People known by their first name alone more than by their surname, whatever a deck's
# text calls them: "Leonardo", "Galileo" (folded full names). Not Napoleon, whom a deck
# of Bonapartes may mean any of: its text says.
KNOWN_BY_FIRST_NAME = frozenset(
    {
        *("leonardo da vinci", "galileo galilei", "dante alighieri", "rembrandt van rijn"),
        *("michelangelo buonarroti", "raphael sanzio", "giotto di bondone"),
    }
)


# The most words of an answer read as another person's name, not a sentence about one.
_LONGEST_NAME = 4


def first_names_used_alone(
    surnames: dict[str, str],
    people: dict[str, str],
    cards: Iterable[Card],
    folded_answers: Sequence[str],
    index: DeckIndex,
    answers: set[str],
) -> dict[str, str]:
    """Of people's names that have a surname, by fold, the first names the deck's own text
    uses alone to name them: 'Napoleon' for 'Napoleon Bonaparte' where the excerpt of a
    card answered by him says 'Napoleon defeated the Austrians'.

    Only a first name that no list of given names holds and that is rare in English
    ('Napoleon', 'Rembrandt'; not 'Louis', whom the text may call any Louis), and that no
    other answer, part or option of the deck holds as a word; and, whatever the text
    says, the first name of one every reader knows by it (`KNOWN_BY_FIRST_NAME`)."""
    firsts: dict[str, str] = {}
    holding: dict[str, list[str]] | None = None
    for key in surnames:
        first = people[key].split()[0]
        famous = key in KNOWN_BY_FIRST_NAME
        common = lexicon.is_given_name(first) or lexicon.frequency(first) >= lexicon.NAME_CEILING
        if common and not famous:
            continue
        folded = quick_fold(first)
        if not folded:
            continue
        if holding is None:
            holding = _answers_by_word(answers)
        others = (a for a in holding.get(folded.split()[0], ()) if a != key)
        if famous:
            # Only another name holds it as one of its own ("Galileo Ferraris"); a
            # sentence that names him ("Galileo sees four moons of Jupiter") is his.
            others = (a for a in others if len(a.split()) <= _LONGEST_NAME)
        if not any(f" {folded} " in f" {other} " for other in others):
            firsts[key] = first
    if not firsts:
        return {}
    texts = _cited_by(cards, folded_answers, firsts)
    used = {key: first for key, first in firsts.items() if key in KNOWN_BY_FIRST_NAME}
    for key, first in firsts.items():
        if key in used:
            continue  # known by it whatever the text says: no text to read
        # The first name, possessive or not, not followed by the rest of the name, past
        # any initials or middle names ("Edsger W. Dijkstra" names him in full).
        given = re.escape(first)
        rest = r"\s+".join(map(re.escape, people[key].split()[1:]))
        alone = re.compile(
            rf"(?<![\w'’-]){given}(?![\w-])(?!(?:\s+[A-Z][\w.'’-]*){{0,2}}\s+{rest}(?!\w))"
        )
        excerpts = (index.excerpt_by_id.get(excerpt_id) for excerpt_id in texts.get(key, ()))
        if any(excerpt is not None and _used_alone(alone, excerpt.text) for excerpt in excerpts):
            used[key] = first
    return used


# Words that join a person's one name to what tells them apart: "Ignatius of Loyola",
# "Frederick the Wise".
_EPITHET_JOINS = frozenset({"of", "the"})
_EPITHET_WORDS = 2


def names_before_epithets(people: dict[str, str], surnames: Container[str]) -> dict[str, str]:
    """Of people without a surname, by fold, the one name of those known by a name and a
    place or an epithet: "Ignatius" for "Ignatius of Loyola", "Frederick" for "Frederick
    the Wise" (see `unshared_names` for when it is accepted). And of a Roman's three
    names, the family's in the middle, by which histories call many ("Cassius" for "Gaius
    Cassius Longinus", beside his surname, "Longinus")."""
    found: dict[str, str] = {}
    for key, name in people.items():
        if (nomen := _roman_nomen(name)) is not None:
            found[key] = nomen
            continue
        if key in surnames:
            continue
        first, *rest = name.split()
        if (
            (
                (1 <= len(rest) - 1 <= _EPITHET_WORDS and rest[0] in _EPITHET_JOINS)
                # A title after the name: "Kublai" for "Kublai Khan".
                or (len(rest) == 1 and title_after_name((first, *rest)))
            )
            and all(_NAME_WORD.fullmatch(word) and word[0].isupper() for word in (first, *rest[1:]))
            and (lexicon.is_given_name(first) or lexicon.frequency(first) < lexicon.NAME_CEILING)
            # A title is no name: "the Earl of Essex" is no "Earl".
            and not is_name_title(first)
            and " " not in quick_fold(first)
        ):
            found[key] = first
    return found


# The Roman given names (praenomina) that open a name of three: "Gaius", "Marcus" …
_PRAENOMINA = frozenset(
    {
        *("Gaius", "Caius", "Marcus", "Lucius", "Publius", "Gnaeus", "Quintus", "Titus"),
        *("Tiberius", "Aulus", "Decimus", "Servius", "Sextus", "Appius", "Manius", "Spurius"),
    }
)


def _roman_nomen(name: str) -> str | None:
    """The middle of a Roman's three names, the family's: "Cassius" of "Gaius Cassius
    Longinus"; None for any other name."""
    words = name.split()
    if len(words) != 3 or words[0] not in _PRAENOMINA:
        return None
    nomen = words[1]
    if not (_NAME_WORD.fullmatch(nomen) and nomen[0].isupper() and _NAME_WORD.fullmatch(words[2])):
        return None
    return nomen


def unshared_names(names: dict[str, str], people: Iterable[str]) -> dict[str, str]:
    """Of `names` (a short name by the folded full name), those that no other person of
    the deck (`people`, folded) holds as a word: beside "Catherine Howard", "Catherine"
    is no answer for "Catherine of Aragon". A thing named after the person ("the Theatre
    of Pompey") is no rival, nor is the name alone, which names the same person."""
    holding = _answers_by_word({person for person in people if " " in person})
    return {
        key: name
        for key, name in names.items()
        if all(other == key for other in holding.get(quick_fold(name), ()))
    }


# The word just before a place in a text: "Gaius" of "his brother Gaius Gracchus".
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")


def surnames_of_two_in_text(
    surnames: dict[str, str],
    people: dict[str, str],
    cards: Iterable[Card],
    folded_answers: Sequence[str],
    index: DeckIndex,
) -> set[str]:
    """Of people with a surname to go by, by fold, those whose cards' excerpts name
    another person of the surname, after another given name: "Gracchus" alone is no
    answer for Tiberius Gracchus where his text says "his brother Gaius Gracchus"."""
    texts = _cited_by(cards, folded_answers, surnames)
    shared: set[str] = set()
    for key, surname in surnames.items():
        own = {word.strip(".") for word in people[key].split()}
        excerpts = (index.excerpt_by_id.get(excerpt_id) for excerpt_id in texts.get(key, ()))
        for excerpt in excerpts:
            if excerpt is not None and _another_of_the_name(excerpt.text, surname, own):
                shared.add(key)
                break
    return shared


def _another_of_the_name(text: str, surname: str, own: set[str]) -> bool:
    """Whether `text` writes `surname` after another given name than the person's own
    (`own`): "his brother Gaius Gracchus" beside Tiberius; "the tribune Tiberius
    Gracchus", "When Gracchus …" and "At Pharsalus Caesar …" name no other."""
    start = text.find(surname)
    while start >= 0:
        end = start + len(surname)
        whole = (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        )
        before = _WORD_BEFORE.search(text, 0, start) if whole else None
        if before is not None:
            word = before.group(1)
            # A middle name the deck's value leaves out is his own: "Napoleon Carlo …".
            earlier = _WORD_BEFORE.search(text, 0, before.start())
            if (
                word[0].isupper()
                and word not in own
                and (earlier is None or earlier.group(1) not in own)
                and not is_name_title(word.casefold())
                # A given name, not any rare word: "At Pharsalus Caesar …" is a place.
                and is_known_given_name(word)
            ):
                return True
        start = text.find(surname, end)
    return False


def _cited_by(
    cards: Iterable[Card], folded_answers: Sequence[str], people: Container[str]
) -> dict[str, set[str]]:
    """The excerpts cited by the cards answered by each of `people`, by their fold
    (`folded_answers`: each card's answer folded, in order)."""
    texts: dict[str, set[str]] = {}
    for card, key in zip(cards, folded_answers, strict=True):
        if key in people:
            texts.setdefault(key, set()).update(card.cites)
    return texts


def _answers_by_word(answers: set[str]) -> dict[str, list[str]]:
    """The folded answers holding each word."""
    holding: dict[str, list[str]] = {}
    for answer in answers:
        for word in set(answer.split()):
            holding.setdefault(word, []).append(answer)
    return holding


def _used_alone(
    name: re.Pattern[str], text: str, before_it: str = "", *, inside: bool = False
) -> bool:
    """Whether `text` holds `name` as a name of its own, not the end of another one:
    the "Lisa" of "Mona Lisa" names the painting, not Lisa Gherardini. With
    `before_it`, the name must also not follow that word (the person's first name);
    `inside`, only a use inside a sentence counts (after a word in small letters or a
    comma), where a common word has no capital but as a name."""
    for found in name.finditer(text):
        before = text[: found.start()].rstrip()
        word = _LAST_NAME_WORD.search(before)
        if inside:
            free = (word is not None and word.group()[0].islower()) or before.endswith(",")
        else:
            free = word is None or not word.group()[0].isupper()
            free = free or before.endswith((".", "!", "?", ";"))
        if free and not (before_it and before.endswith(before_it)):
            return True
    return False


def surname_alone_is_theirs(surname: str, same: dict[str, set[str]], bearers: Counter[str]) -> bool:
    """Whether an answer that is the folded `surname` alone names the one person of the
    deck who bears it: no other does, and its excerpts write it after words that are no
    name ("sets Schiller's Ode to Joy", "the poet Schiller"; not "Marie Curie" beside
    Pierre Curie, nor a fact's "Gagarin" that no excerpt writes: another person)."""
    written = same.get(surname, set())
    return (
        bearers[surname] == 1
        and bool(written)
        and not any(
            (before := pair.split()[0]).isalpha() and lexicon.could_be_name(before)
            for pair in written
        )
    )
