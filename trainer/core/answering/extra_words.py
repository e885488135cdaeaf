"""Typed words beyond an answer: which are harmless, and which make the answer another one.

Harmless: function words, words of the question, descriptors and titles, a phrase after
the answer, a rare word beside a name. Never harmless: a qualifier ("North Korea", and
a word naming a nation, people or creed: "Soviet Stahlhelm", "Prussian Nazis"), a
dictionary word right before a term of the answer that makes another term of it
("reverse osmosis", "partial pressure", "facilitated diffusion"), a common word, a
hedge, a stray letter, a word typed inside the answer between two of its
neighbouring words ("John Smith Warren" for "John Warren"; a given name may be a middle
name), or one typed in the place of an answer word left out ("gamma rays" for "X-rays").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from trainer.core.answering.foreign_articles import FOREIGN_ARTICLES
from trainer.core.answering.kin_words import kin_of_the_name
from trainer.core.answering.kind_words import names_a_kind
from trainer.core.answering.name_continuations import CARRIERS, name_goes_on
from trainer.core.answering.name_titles import NAME_SUFFIXES, building_after_its_place
from trainer.core.answering.regions import REGIONS
from trainer.core.answering.sentence_frames import (
    BECOMING,
    after_its_subject,
    arguments_of_a_command,
    says_an_opinion,
)
from trainer.core.answering.stress_words import stresses_its_number
from trainer.core.answering.verb_meanings import act_of_founding_before, undoing_asked
from trainer.core.answering.verdict import instead_rule
from trainer.core.answering.word_lists import (
    DEGREE_ADJECTIVES,
    DESCRIPTORS,
    FUNCTION_WORDS,
    HEDGE_WORDS,
    PERSONAL_TITLES,
    PHRASE_OPENERS,
    PLACE_HEAD_NOUNS,
    PLACE_KINDS,
    QUALIFIERS,
    TITLES,
)
from trainer.core.answering.word_match import RAREST_COUNT
from trainer.core.answering.words import is_initial_letter, stray_letter
from trainer.core.answering.written_numbers import is_plain_number
from trainer.core.lexicon import frequency, is_common_word, is_given_name

# Bodies of water, which a land's name before them never is.
_WATERS = frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay", "river", "lake"})
# Kinds a country or state is of, which name no other place after its name.
_REGION_KINDS = frozenset(
    {"state", "country", "province", "republic", "region", "territory", "kingdom", "nation"}
)

# Endings of nouns for what a person does ("the engineer Brunel", "cosmonaut Gagarin"),
# which name a person rather than modify a term; and of adverbs, which say how, not what.
_AGENT_ENDINGS = ("ist", "ists", "naut", "nauts", "er", "ers", "ian", "ians")
_AGENT_OR = "or"
_NOT_AGENT_OR = "ior"  # "superior", "posterior": adjectives of place
_ADVERB_ENDING = "ly"

# At most this many extra words that are neither function words, words of the question
# nor descriptors ("Adolf Hitler", "Miguel de Cervantes Saavedra").
_MAX_NAME_EXTRAS = 2
_LINKING_WORDS = FUNCTION_WORDS | PHRASE_OPENERS
# The unit before "old" in an age, as `units.same_units` writes every spelling of it
# ("years", "yrs"); another unit before it ("nine days old") is no age in years.
_AGE_UNIT = "year"


# How the rule opens that finds a hedge: never merely close ("Lipetsk or Kazan").
MORE_THAN_ONE_ANSWER = "more than one answer"
# Words that name what kind of idea the answer is, before "of" and the answer itself:
# "the force of gravity" says gravity, "the theory of evolution" evolution.
_CONCEPT_HEADS = frozenset(
    {
        *("force", "process", "theory", "law", "principle", "concept", "idea", "method"),
        *("phenomenon", "practice", "policy", "doctrine", "act", "art", "science"),
    }
)


def _ends_of_a_range(got: Sequence[str], at: int) -> bool:
    """Whether the "and" at `at` joins the ends of a range ("between 60 and 100"): one
    amount, not two answers."""
    return (
        got[at] == "and"
        and 2 <= at < len(got) - 1
        and got[at - 2] == "between"
        and all(is_plain_number(got[k]) for k in (at - 1, at + 1))
    )


def extra_words_problem(
    got: Sequence[str],
    extras: list[int],
    used: set[int],
    in_question: Callable[[str], bool],
    terms: frozenset[int] = frozenset(),
    written_terms: frozenset[int] = frozenset(),
    person: bool = False,
    lower_terms: frozenset[int] = frozenset(),
) -> str | None:
    """Why the extra typed words make the answer wrong, or None if they are harmless.
    `terms` are the typed words matched to words of the answer that are terms, not
    names: a dictionary word typed right before one makes another term of it.
    `written_terms` are those the answer writes in lower case, which no word before
    them can be a name of: a noun for a person there makes another term as any noun
    does ("consumer surplus"), and a word of size or degree only says how much ("a
    large surplus"). `person`: the question asks who (see `name_goes_on`). `lower_terms`
    are those the answer writes in lower case itself (not only as a sentence opens),
    before which even a rare word makes another term ("Girondin journalist")."""
    if arguments_of_a_command(got, extras, used, in_question):
        return None  # "ls -l", "git push origin main" for the command asked
    stray = next(
        (
            got[j]
            for j in extras
            if stray_letter(got, j, used) and not says_an_opinion(got, j + 1)  # "I'd say"
        ),
        None,
    )
    if stray is not None:
        return f"extra letter '{stray}'"
    # An answer that is an article ("le", "el"): another article typed is a rival.
    articles = bool(used) and all(got[i] in FOREIGN_ARTICLES for i in used)
    claims = [
        j
        for j in extras
        if (got[j] not in FUNCTION_WORDS or (articles and got[j] in FOREIGN_ARTICLES))
        and got[j] not in HEDGE_WORDS
        and not is_initial_letter(got[j])
        and not (got[j] == "between" and j + 2 < len(got) and _ends_of_a_range(got, j + 2))
    ]
    hedges = [got[j] for j in extras if got[j] in HEDGE_WORDS and not _ends_of_a_range(got, j)]
    if hedges and claims:
        return f"{MORE_THAN_ONE_ANSWER} ('{hedges[0]}')"
    last_matched = max(used, default=-1)
    loose: list[str] = []
    for j in claims:
        word = got[j]
        if word in PERSONAL_TITLES and j == last_matched + 1 and set(got[j + 1 :]) <= NAME_SUFFIXES:
            # Ending the name, a title's word is a surname: "Martin Luther King (Jr)".
            return f"'{word}' after the name makes another name"
        if in_question(word) or word in DESCRIPTORS or word in TITLES:
            continue
        if says_an_opinion(got, j):
            continue  # "I think Paris", "I'd say 1926": the learner's doubt, no claim
        if word in BECOMING and after_its_subject(got, j, used, in_question):
            continue  # "he became First Consul": a sentence whose subject is asked about
        if word == "old" and j > 0 and got[j - 1] == _AGE_UNIT:
            continue  # "nine years old", "a nine-year-old": an age, as "nine" is
        if word in DEGREE_ADJECTIVES and j + 1 in written_terms:
            continue  # "a large surplus", "a severe shortage": how much, not which
        if word == "all" and j + 1 in used and got[j + 1].isdecimal():
            continue  # "all four": the count, every one of them
        if used and act_of_founding_before(got, j, min(used)) and not undoing_asked(in_question):
            continue  # "to set up an aviation school" for "an aviation school"
        if stresses_its_number(got, j, used):
            continue  # "only one" for "one": the count, and that it is all
        if word in QUALIFIERS:
            return f"'{word}' changes the answer"
        if kin_of_the_name(got, j, used):
            continue  # "Perseus, son of Zeus", "her father Zeus": who the answer was
        if word in _CONCEPT_HEADS and got[j + 1 : j + 2] == ["of"] and j + 2 == min(used):
            continue  # "the force of gravity", "the process of photosynthesis": the answer
        if j > last_matched and name_goes_on(
            got, last_matched, j, written_terms, len(used), person
        ):
            return f"'{_carrier(got, last_matched)} {word}' after the name makes another name"
        if not person and building_after_its_place(got, j, last_matched, in_question):
            continue  # "Canterbury Cathedral" for "Canterbury": the place's own building
        if j > last_matched and (
            word in PHRASE_OPENERS or _after_a_linking_word(got, last_matched, j)
        ):
            continue  # "an aviation school for pilots", "Kazan in Russia", "… during…"
        if is_common_word(word):
            return f"extra word '{word}'"
        if j > last_matched and frequency(word) > RAREST_COUNT:
            # After the answer, a rare word is a surname ("Cervantes Saavedra"); a
            # known one makes another thing ("carbon dioxide" is not carbon).
            return f"extra word '{word}'"
        if j <= last_matched and (
            _qualifies(word)
            or (
                _before_a_term(j, used, terms)
                and _modifies(got, j, j + 1 in written_terms, j + 1 in lower_terms)
            )
        ):
            return f"'{word}' changes the answer"
        loose.append(word)
    if len(loose) > _MAX_NAME_EXTRAS:
        return f"extra words '{' '.join(loose)}'"
    return None


# Words that offer a choice: typed where the answer joins its parts with "and", they make
# a hedge of it ("London or Paris", "London and/or Paris" for "London and Paris").
_CHOOSING_WORDS = frozenset({"or", "either"})
_JOINING_WORD = "and"


def choice_for_both(want: Sequence[str], got: Sequence[str]) -> str | None:
    """A typed "or" where the answer says "and": one of its parts or the other, a hedge
    between them, never both as the answer says."""
    if _JOINING_WORD not in want:
        return None
    offered = next((w for w in got if w in _CHOOSING_WORDS and w not in want), None)
    if offered is None:
        return None
    return f"'{offered}' where the answer says '{_JOINING_WORD}': a hedge, not both"


def other_kind_of_place(
    want: Sequence[str], got: Sequence[str], extras: Sequence[int], used: set[int]
) -> str | None:
    """A kind of place typed in the place of the answer's, beside its name: "Bering Sea"
    for "Bering Strait", "Hudson River" for "Hudson Bay". The name shared, the kind says
    which place: another one, whatever kind the question asks for."""
    kinds = [w for w in want if w in PLACE_KINDS and w not in got]
    if not kinds:
        return None
    for j in extras:
        word = got[j]
        if word in PLACE_KINDS and word not in want and _beside_matched(got, j, used):
            return instead_rule(word, kinds[0])
    return None


def _beside_matched(got: Sequence[str], index: int, used: set[int]) -> bool:
    """Whether the nearest word on either side of `got[index]` past function words
    ("Sea of Mexico", "Bering Sea") is one the answer matched."""
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(got) and got[k] in FUNCTION_WORDS and k not in used:
            k += step
        if k in used:
            return True
    return False


def place_kind_problem(
    want: Sequence[str],
    got: Sequence[str],
    extras: Sequence[int],
    used: set[int],
    question: Sequence[str],
    in_question: Callable[[str], bool],
) -> str | None:
    """A kind of place typed right after a country or state of the answer that makes
    another place of it: "Kansas City" is not Kansas, nor "the Mississippi River" the
    state. Harmless where the question asks for that kind ("Which river…?"), where the
    kind is a region's own ("Washington State"), or after an answer that opens with
    "the" and so names a feature ("the Congo River" for "the Congo"). A kind the
    question writes after the same name names the other place it means."""
    for j in extras:
        word = got[j]
        if word not in PLACE_KINDS or j == 0 or j - 1 not in used:
            continue
        name = got[j - 1]
        named = any(tuple(question[k : k + 2]) == (name, word) for k in range(len(question) - 1))
        # "the Philippine Sea" for "the Philippines": a land's name cut to an adjective,
        # then a body of water, is the water.
        land = next((w for w in want if w in REGIONS and w.startswith(name)), None)
        if land and land != name and word in _WATERS and not named and not in_question(word):
            return f"'{name} {word}' is another place than '{land}'"
        if not named and (
            in_question(word)
            or name not in REGIONS
            or word in _REGION_KINDS
            or (bool(want) and want[0] == "the" and word in PLACE_HEAD_NOUNS)
        ):
            continue
        return f"'{name} {word}' is another place than '{name}'"
    return None


def misplaced_word_problem(
    want: Sequence[str],
    got: Sequence[str],
    placed: Mapping[int, int],
    extras: list[int],
    content: Sequence[int],
    in_question: Callable[[str], bool],
    foreign: bool = False,
) -> str | None:
    """An extra typed word in the place of an answer word left out, or inside the answer
    between two neighbouring words of it: another answer, not an added detail; but
    inside an answer of another language, whose words part for an object ("ich rufe
    jemanden an"), a detail."""
    for j in extras:
        word = got[j]
        if word in FUNCTION_WORDS or word in DESCRIPTORS or word in TITLES or in_question(word):
            continue
        if says_an_opinion(got, j) or kin_of_the_name(got, j, placed.values()):
            continue  # doubt ("I think …") or kin ("Philip's son Alexander"), no answer word
        before = [i for i, k in placed.items() if k < j]
        after = [i for i, k in placed.items() if k > j]
        low = max(before, default=-1)
        high = min(after, default=len(want))
        if not before and not after:
            continue
        if not before and not _second_name(got, j) and any(map(is_given_name, got[:j])):
            # "John Smith Warren" for "Warren": a given name, then a word that is none.
            return f"extra word '{word}' inside the name"
        left_out = [
            i
            for i in content
            if i not in placed and low < i < high and ((before and after) or _beside(i, low, high))
        ]
        for i in left_out:
            # "John Fitzgerald Kennedy" for "John F. Kennedy" spells the initial out.
            if not (is_initial_letter(want[i]) and word.startswith(want[i])):
                return instead_rule(word, want[i])
        if word == "and" and len(content) > 2 and high == max(placed) and "and" not in want:
            continue  # "liberty, equality and fraternity": a list's last item, as written
        if before and after and high == low + 1 and not _second_name(got, j) and not foreign:
            return f"extra word '{word}' inside the answer"
    return None


def _qualifies(word: str) -> bool:
    """Whether an uncommon word typed before or inside the answer says which nation,
    people or creed it belongs to ("Soviet", "Prussian", "Marxist": see `kind_words`)
    rather than being part of a name ("Adolf", "Saavedra") or what a person did ("the
    engineer Brunel"). A given name never qualifies ("Christian")."""
    return names_a_kind(word) and not is_given_name(word)


def _modifies(
    got: Sequence[str], index: int, written_term: bool = False, lower_term: bool = False
) -> bool:
    """Whether a word typed right before a term of the answer is a dictionary word that
    makes another term of it ("reverse osmosis", "partial pressure", "inverse square"):
    a word the list knows better than as an obscure name part, and not a given name, a
    middle name after one, or an adverb; nor, before a dictionary word the answer
    writes as a name ("the engineer Smith"), a noun for a person's trade. Before a term
    the answer writes in lower case, that noun makes another term too: "consumer
    surplus", "producer price", "computer virus"."""
    word = got[index]
    after_given_name = index > 0 and is_given_name(got[index - 1])
    if is_given_name(word) or after_given_name:
        return False
    if frequency(word) <= RAREST_COUNT and not lower_term:
        return False
    if word.endswith(_ADVERB_ENDING):
        return False
    if written_term:
        return True
    if word.endswith(_AGENT_ENDINGS):
        return False
    return not (word.endswith(_AGENT_OR) and not word.endswith(_NOT_AGENT_OR))


def _before_a_term(index: int, used: set[int], terms: frozenset[int]) -> bool:
    """Whether the typed word at `index` stands right before the answer's words, and
    they hold a term: "inverse" before "Fourier transform" makes another transform, as
    "reverse" before "osmosis" makes another osmosis; a name between is part of the term."""
    after = index + 1
    while after in used:
        if after in terms:
            return True
        after += 1
    return False


def _second_name(got: Sequence[str], index: int) -> bool:
    """Whether the typed word at `index` is a given name, an initial after one ("Donald
    E. Knuth"), or an obscure word right after one: a patronymic or a maiden name
    ("Vladimir Ilyich Lenin", "Marie Skłodowska Curie"), which a known surname is not
    ("John Smith Warren")."""
    word = got[index]
    if is_given_name(word):
        return True
    if is_initial_letter(word) and index > 0 and is_given_name(got[index - 1]):
        return True
    return index > 0 and is_given_name(got[index - 1]) and frequency(word) <= RAREST_COUNT


def _beside(index: int, low: int, high: int) -> bool:
    """A word left out next to the matched answer word the typed word stands beside."""
    return index == low + 1 or index == high - 1


def _carrier(got: Sequence[str], last_matched: int) -> str:
    """The word for "of" that carries the name on: "of", or "du" of "Mont Blanc du Tacul"."""
    return next(word for word in got[last_matched + 1 :] if word in CARRIERS)


def _after_a_linking_word(got: Sequence[str], last_matched: int, index: int) -> bool:
    # Right after the answer, "per" makes a rate of it, another quantity: "GDP per capita".
    if last_matched + 1 < index and got[last_matched + 1] == _RATE_WORD:
        return False
    return any(got[k] in _LINKING_WORDS for k in range(last_matched + 1, index))


_RATE_WORD = "per"
