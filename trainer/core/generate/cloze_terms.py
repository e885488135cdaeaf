"""Automatic cloze terms: rare words after a determiner, and the terms they are half of.

A term is a rare lower-case word (not among the 20,000 most frequent English words) of
six letters or more, right after a determiner (`the reparations`). Some are one side of
a longer term, which a blank for that side alone would cut in two:

- a rare word followed by others that belong with it, a Latin or technical term of two
  or three words (`the medulla oblongata`), is blanked whole;
- a word for a part of the body, `of` and a name make a term named after a person
  (`the islets of Langerhans`, `the loop of Henle`, `the circle of Willis`): neither
  the word nor the name is blanked alone (a name only where every occurrence of it
  stands so). `the coast of Queensland` and `the seaport of Lima` are no such terms.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.generate.cloze_kinds import Candidate, CandidateKind
from trainer.core.generate.cloze_words import Token
from trainer.core.lexicon import is_common_word

# A term is rarer than the this-many most frequent English words (see lexicon).
TERM_RANK = 20_000
TERM_LENGTH = 6
_NOT_NOUN_ENDINGS = ("ly", "ed", "ing", "ise", "ize", "ises", "izes", "ate", "ates")
# Shapes of an adjective: before a word it describes, such a word is no term ("the
# ubiquitous enzyme" asks "the [...] enzyme", which many words fill). A superlative is
# kept: "the [...] single day in American history" asks for the fact, "bloodiest".
_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "ical", "able", "ible")
_SINGULAR_ENDINGS = ("ous", "us", "is", "ss")
# Not "that", which opens a clause as often as it points ("the revolution that
# overthrew Charles X": a verb, no term).
_DETERMINERS = frozenset(
    """the a an its their his her our your this these those of some any no each every
    other all both such many several few""".split()  # noqa: SIM905
)
# The most words one term holds: more rare words in a row are no one term.
_TERM_WORDS = 3
# A later word of a term: a rare word of this many letters at least (`cava`).
_PART_LENGTH = 3
# Words for parts of the body that take a discoverer's name after `of` (`loop of Henle`,
# `islets of Langerhans`, `organ of Corti`, `cells of Leydig`). Rarity tells no such word
# from one that takes any place (`the seaport of Lima`, `the annexation of Austria`).
_EPONYM_HEADS = frozenset(
    """islet islets loop loops circle bundle organ canal canals duct ducts pouch node
    nodes triangle capsule ligament membrane tract plexus sinus column columns cell cells
    gland glands valve tubule tubules crypt crypts corpuscle corpuscles foramen ampulla
    sphincter aqueduct fissure tetralogy""".split()  # noqa: SIM905
)


def is_term(words: Sequence[Token], index: int) -> bool:
    """A rare lower-case word of six letters or more, right after a determiner (`the
    reparations`, `a kolkhoz`) that does not open the sentence, and not shaped like an
    adverb or a verb form."""
    token = words[index]
    text = token.text
    if token.number or not text.isalpha() or not text.islower() or len(text) < TERM_LENGTH:
        return False
    before = words[index - 1] if index else None
    if before is None or not token.follows_closely or before.text.casefold() not in _DETERMINERS:
        return False
    if before.sentence_start:
        return False  # `The synthesis shook …` refers back: the sentence does not pin it
    return _rare_noun(text)


def term_run(words: Sequence[Token], index: int, usable: Sequence[bool]) -> list[Token] | None:
    """The words of the term that starts at `index`, or None for none: the term word and
    the rare words that go on with it (`medulla oblongata`); none when it is a part of
    the body before `of` and a name (`islets of Langerhans`: see `eponym_name`), or
    stands before more rare words than a term has."""
    if not is_term(words, index) or _describes_the_next(words, index):
        return None
    run = [words[index]]
    after = index + 1
    while after < len(words) and usable[after] and _goes_on(run[-1], words[after]):
        if len(run) == _TERM_WORDS:
            return None
        run.append(words[after])
        after += 1
    if run[-1].text in _EPONYM_HEADS and _before_a_name(words, after):
        return None
    return run


def eponym_name(candidate: Candidate, words: Sequence[Token], positions: dict[int, int]) -> bool:
    """A one-word name that stands, wherever it occurs, after `of` and a word for a part
    of the body named after a person (`loop of Henle`, `islets of Langerhans`). Blanked
    alone, it asks for half of that term; a name the text speaks of elsewhere too (`the
    circle of Stalin … Stalin`) is a name of its own."""
    if candidate.kind is not CandidateKind.NAME or " " in candidate.text:
        return False
    for start, _ in candidate.spans:
        at = positions.get(start)
        if at is None or at < 2:
            return False
        name, joint, head = words[at], words[at - 1], words[at - 2]
        if joint.text != "of" or not (name.follows_closely and joint.follows_closely):
            return False
        if head.text not in _EPONYM_HEADS:
            return False
    return True


def _goes_on(last: Token, word: Token) -> bool:
    """Whether `word` goes on with a term ending in `last`: a rare lower-case word right
    after it, not shaped like an adverb or a verb. After a plural (`the osteoclasts
    resorb bone`) a rare word is the verb the term governs, and ends it; after a
    singular, so is one ending in `-es` (`the ductus arteriosus bypasses`)."""
    text = word.text
    return (
        word.follows_closely
        and not word.number
        and len(text) >= _PART_LENGTH
        and text.isalpha()
        and text.islower()
        and not _plural(last.text)
        and not text.endswith("es")
        and _rare_noun(text)
    )


def _describes_the_next(words: Sequence[Token], index: int) -> bool:
    """Whether the word at `index` is shaped like an adjective and stands right before a
    lower-case word it would describe (`ubiquitous enzyme`), not one it makes a term with
    (`the fibrous pericardium`)."""
    if not words[index].text.endswith(_ADJECTIVE_ENDINGS) or index + 1 >= len(words):
        return False
    after = words[index + 1]
    return (
        after.follows_closely
        and after.text.isalpha()
        and after.text.islower()
        and not _goes_on(words[index], after)
    )


def _plural(text: str) -> bool:
    """Shaped like a plural: an `s` that no singular ends with as often (`fibrous`,
    `ductus`, `glottis`, `process` are one thing)."""
    return text.endswith("s") and not text.endswith(_SINGULAR_ENDINGS)


def _before_a_name(words: Sequence[Token], at: int) -> bool:
    """Whether `of` and a capitalised word that is no function word stand at `at`."""
    if at + 1 >= len(words):
        return False
    joint, name = words[at], words[at + 1]
    return (
        joint.text == "of"
        and joint.follows_closely
        and name.follows_closely
        and name.capitalised
        and not name.is_function_word()
    )


def _rare_noun(text: str) -> bool:
    """Not shaped like an adverb or a verb form, and rarer than a term's rank."""
    return not text.endswith(_NOT_NOUN_ENDINGS) and not is_common_word(text, TERM_RANK)
