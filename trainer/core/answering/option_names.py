"""Whether a person's name typed for an option names that option's person or another of the family.

An option naming a person answers to a shorter form, its surname ("Robespierre" for
"Maximilien Robespierre"), whether the deck accepts it or no other option has that
surname. The shorter form never excuses another given name or initial typed before it:
"Augustin Robespierre", "Lucien Bonaparte", "Jean-Pierre Marat", "A. Robespierre" name
other people, as they do against a text card's answer. A title or form of address
("Dr", "Madame", "Citizen", "General"), a word that only describes ("the revolutionary
Robespierre") and the option's own given name, its initial, a familiar or short form of
it ("Max", "Bobby") or a slip in it stay fine. Only the run of names just before the
surname counts: a common word ends it ("Charlotte Corday killed Marat" names Marat).
The other side too: a given name accepted alone never excuses another surname typed
after it ("Emily Dickinson" for "Emily Brontë", where "Emily" is accepted).
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from trainer.core.answering.name_particles import JOINING_LETTERS, NAME_PARTICLES
from trainer.core.answering.transliteration import name_key
from trainer.core.answering.word_lists import FUNCTION_WORDS, HEDGE_WORDS, TITLES
from trainer.core.answering.word_match import WordMatch, is_initial, match_word
from trainer.core.answering.words import answer_words, capitalized_words, dotted_initials
from trainer.core.lexicon import could_be_name
from trainer.core.name_forms import familiar_form_of

# Forms of address before a surname, in English and the languages whose history
# learners meet most (French, German, Italian, Spanish, Russian): no given name.
FORMS_OF_ADDRESS = frozenset(
    {
        *("mister", "mistress", "master", "madam", "madame", "mme", "monsieur", "mademoiselle"),
        *("mlle", "citizen", "citoyen", "citoyenne", "herr", "frau", "fraulein", "signor"),
        *("signora", "signore", "senor", "senora", "senorita", "don", "dona", "tovarishch"),
        # Clergy and nobility, which stand in place of a given name ("Abbé Sieyès").
        *("abbe", "abbot", "pere", "padre", "fra", "monsignor", "marquis", "marquise"),
        *("comte", "comtesse", "count", "countess", "baron", "baroness", "vicomte", "graf"),
    }
)
# A short form of a given name keeps at least this many of its first letters ("Max").
_SHORTEST_SHORT_FORM = 3
# Two spellings of one given name share at least this share of their letters in place
# ("Eleanor", "Elinor": 0.71); two names of one family rarely do ("Lucien", "Louis": 0.33).
_SPELLING_SIMILARITY = 0.7


def other_given_name(typed: str, option: str, form: str, typo_tolerance: float) -> str | None:
    """The typed word before the words of `form` (a shorter form of `option`, such as its
    surname) that is a given name or an initial other than the option's own ("augustin"
    in "Augustin Robespierre" for "Maximilien Robespierre"); None when there is none."""
    option_words, form_words = answer_words(option), answer_words(form)
    if not form_words or not set(form_words) < set(option_words):
        return None  # not a part of the option's name
    own = [word for word in option_words if word not in form_words]
    typed_words = answer_words(typed)
    start = next(
        (
            index
            for index, word in enumerate(typed_words)
            if any(isinstance(match_word(f, word, typo_tolerance), WordMatch) for f in form_words)
        ),
        None,
    )
    if start is None:
        return None
    initials = dotted_initials(typed) | {
        word for word in capitalized_words(typed) if len(word) == 1 and word not in ("a", "i")
    }
    given = [
        word
        for word in own
        if word not in TITLES
        and word not in FORMS_OF_ADDRESS
        and word not in NAME_PARTICLES
        and word not in JOINING_LETTERS
    ]
    unmatched: list[str] = []
    written: set[str] = set()
    for word in reversed(typed_words[:start]):
        if word in NAME_PARTICLES or (word in JOINING_LETTERS and word not in initials):
            continue  # part of the surname: "Johann van Beethoven" goes on past "van"
        initial = len(word) == 1 and word in initials
        if not initial and (word in FUNCTION_WORDS or word in HEDGE_WORDS or not word.isalpha()):
            break  # the name ends there: "I think Robespierre"
        if word in TITLES or word in FORMS_OF_ADDRESS:
            continue
        same = [name for name in given if _same_given_name(name, word, typo_tolerance)]
        if same:
            written.update(same)
        elif initial or (len(word) > 1 and could_be_name(word)):
            unmatched.insert(0, word)
        else:
            break  # a common word ends the name: "Charlotte Corday killed Marat"
    # A name beside all of the option's own is a middle name ("A. C. Pigou" for "Arthur
    # Pigou"), and any name goes with an option that gives none ("Emmanuel Sieyès" for
    # "Abbé Sieyès"); one in the place of a given name left out is another person's.
    if unmatched and set(given) - written:
        return unmatched[0]
    return None


def _same_given_name(given: str, typed: str, typo_tolerance: float) -> bool:
    """Whether a typed word writes the option's given name: itself, its initial, a
    familiar or short form ("Bill", "Max"), a slip in it, or another spelling of it
    ("Eleanor" for "Elinor": the same first letter, most letters alike)."""
    return (
        is_initial(given, typed)
        or familiar_form_of(given, typed)
        or (len(typed) >= _SHORTEST_SHORT_FORM and given.startswith(typed))
        or isinstance(match_word(given, typed, typo_tolerance), WordMatch)
        or (
            len(typed) > 1
            and typed[0] == given[0]
            and OSA.normalized_similarity(given, typed) >= _SPELLING_SIMILARITY
        )
    )


def other_surname(typed: str, option: str, form: str, typo_tolerance: float) -> str | None:
    """The typed word after the words of `form` (a shorter form of `option` that opens
    it, such as its given name) that names another person's surname than the option's
    own ("dickinson" in "Emily Dickinson" for "Emily Brontë"); None when there is none."""
    option_words, form_words = answer_words(option), answer_words(form)
    if not form_words or not set(form_words) < set(option_words):
        return None
    own = [word for word in option_words if word not in form_words]
    if max(option_words.index(word) for word in form_words) > option_words.index(own[0]):
        return None  # the form is no opening of the option's name
    typed_words = answer_words(typed)
    matching = [
        index
        for index, word in enumerate(typed_words)
        if any(isinstance(match_word(f, word, typo_tolerance), WordMatch) for f in form_words)
    ]
    if not matching:
        return None
    others: list[str] = []
    for word in typed_words[matching[-1] + 1 :]:
        if word in FUNCTION_WORDS or word in HEDGE_WORDS or not word.isalpha():
            break  # the name ends there: "Emily of Haworth"
        if any(_same_surname(name, word, typo_tolerance) for name in own):
            return None  # a middle name before the option's own: "Emily Jane Brontë"
        if not could_be_name(word):
            break
        others.append(word)
    return others[0] if others else None


def _same_surname(surname: str, typed: str, typo_tolerance: float) -> bool:
    """Whether a typed word writes the option's surname: itself, a slip in it, or a
    spelling that sounds the same ("Bronty")."""
    return (
        typed == surname
        or isinstance(match_word(surname, typed, typo_tolerance), WordMatch)
        or name_key(surname) == name_key(typed)
    )
