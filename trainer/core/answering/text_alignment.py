"""A typed answer's words lined up with one accepted answer's: matched, missing and extra.

`text_match` decides what a typed answer is; this module says, for one accepted answer,
which of its content words the typed words match (the same word, a spelling, another
form, a typo), which are missing (and which typed word stands in their place), and notes
that explain a right answer ("word order ignored", "'Dr' left out, a title").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from trainer.core.answering.agent_phrases import agent_left_out
from trainer.core.answering.alignment_notes import described
from trainer.core.answering.asked_question import Question
from trainer.core.answering.asked_synonyms import named_by_question
from trainer.core.answering.carried_words import named_function_words
from trainer.core.answering.extra_words import (
    MORE_THAN_ONE_ANSWER,
    choice_for_both,
    extra_words_problem,
    misplaced_word_problem,
    other_kind_of_place,
    place_kind_problem,
)
from trainer.core.answering.form_questions import (
    ANOTHER_FORM,
    in_the_asked_form,
    order_in_the_asked_form,
    other_number,
    other_person_pronoun,
    written_in_another_language,
)
from trainer.core.answering.kind_clashes import kind_clash
from trainer.core.answering.missing_words import missing_rule, opposite_of_accepted
from trainer.core.answering.name_titles import (
    first_given_name,
    is_personal_title,
    kind_left_out,
    middle_name,
    name_suffix,
    other_suffix,
)
from trainer.core.answering.nation_words import nation_replaced
from trainer.core.answering.pairings import reversed_pairing
from trainer.core.answering.person_titles import (
    given_name_replaced,
    is_title,
    same_title,
    title_problem,
)
from trainer.core.answering.question_given import given_by_question
from trainer.core.answering.region_ties import region_against_question
from trainer.core.answering.regions import larger_name_typed, region_after
from trainer.core.answering.relations import swapped_sides
from trainer.core.answering.roles import question_roles_reversed
from trainer.core.answering.stress_words import stress_left_out
from trainer.core.answering.subject_swaps import subject_swapped
from trainer.core.answering.units import unit_left_out
from trainer.core.answering.verb_tenses import translates
from trainer.core.answering.vocabulary import Vocabulary
from trainer.core.answering.word_lists import ARTICLES, DESCRIPTORS, FUNCTION_WORDS, TITLES
from trainer.core.answering.word_match import (
    RAREST_COUNT,
    Kind,
    Refusal,
    WordMatch,
    WordRefusal,
    is_initial,
    match_word,
)
from trainer.core.answering.words import (
    content_words,
    is_name_initial,
    linking_verb,
)
from trainer.core.lexicon import frequency, is_given_name, is_known_word
from trainer.core.name_sexes import is_known_given_name


@dataclass(slots=True)
class Alignment:
    accepted: bool
    slip: bool
    rule: str
    notes: list[str]
    # Typed words beyond the answer that say something, each after the word before it.
    claims: tuple[tuple[str, str], ...] = ()
    # When a word of the answer is missing: that word, and the typed word in its place.
    stand_in: tuple[str, str] | None = None
    # Wrong for a reason that is never merely close: a relation reversed.
    decisive: bool = False


_NO_VOCABULARY = Vocabulary()
# The most a species' epithet and its genus are used in English: "Homo sapiens" and
# "Helicobacter pylori" are species, "Hydroxide ions" and "Carbon dioxide" are not.
_MOST_EPITHET_USE, _MOST_GENUS_USE = 100, 3000


def _species_name(want: Sequence[str], vocabulary: Vocabulary) -> bool:
    """Whether the answer is a species' name: a capitalised genus and an epithet in small
    letters, neither of them an English word in common use."""
    return (
        len(want) == 2
        and want[1] in vocabulary.terms
        and want[0] not in vocabulary.terms
        and frequency(want[1]) < _MOST_EPITHET_USE
        and (len(want[0]) == 1 or frequency(want[0]) < _MOST_GENUS_USE)  # "E. coli" too
    )


def aligned(
    want: Sequence[str],
    got: Sequence[str],
    question: Question,
    typo_tolerance: float,
    dotted: frozenset[str],
    after_comma: Sequence[str] = (),
    accepted_words: frozenset[str] = frozenset(),
    vocabulary: Vocabulary | None = None,
) -> Alignment:
    vocabulary = vocabulary or _NO_VOCABULARY
    # In an answer of another language every word counts: "an" ends "ich rufe an", and
    # "was" opens "Was ist das?".
    foreign = question.in_another_language or (
        question.asks_for_form and written_in_another_language(" ".join(want))
    )
    # A translation asks for a noun's number: "the houses" is another answer to "What
    # does 'la maison' mean?", not a slip (its tenses are judged apart: verb_tenses).
    translation = question.asks_for_meaning and translates(question.sequence)
    content_set = (
        set(want)
        if foreign
        else set(content_words(want)) | named_function_words(want, question.words)
    )
    content = [i for i, w in enumerate(want) if w in content_set]
    # A species' name: its genus may be written by its initial ("E. coli"), never left out.
    binomial = _species_name(want, vocabulary)
    required = [
        i
        for i in content
        if not (is_name_initial(want, i, dotted) and not binomial)
        and not (question.gives_words and given_by_question(want, i, question, vocabulary))
        and not is_personal_title(want, i)
        and not kind_left_out(want, i, got)
        and not agent_left_out(want, i, question.sequence)
        and not (middle_name(want, i, content) and want[i] not in vocabulary.names_kept)
        and not (first_given_name(want, i, content, got) and want[i] not in vocabulary.terms)
        and not name_suffix(want, i)
        and not linking_verb(want, i)
        and not unit_left_out(want, i, got)
        and not stress_left_out(want, i, got)
    ]
    if not required:
        required = [i for i in content if not is_name_initial(want, i, dotted)] or content
    modifier_forms = len(content) > 1
    surnames = {i for i in content if i > 0 and is_given_name(want[i - 1])}
    candidates: list[tuple[int, int, int, int, int, WordMatch]] = []
    # Places count after a leading article: "a" never decides which same word is matched.
    want_start, got_start = (int(bool(words) and words[0] in ARTICLES) for words in (want, got))
    near_misses: dict[int, list[tuple[int, str, Refusal]]] = {}
    for i in content:
        for j, word in enumerate(got):
            if (
                word in FUNCTION_WORDS
                and want[i] not in FUNCTION_WORDS
                and not (len(word) == 1 and is_initial(want[i], word))  # "A. Fleming"
            ):
                continue
            result = (
                WordMatch(Kind.INITIAL)  # for a given name ("W. Shakespeare"), not "Cs"
                if is_initial(want[i], word)
                and i != content[-1]
                and (_may_be_given_name(want[i]) or binomial or i in surnames)
                # A title in another language or form: "Mme" for "Madame", "Dr" for "Doctor".
                else WordMatch(Kind.REGIONAL)
                if word != want[i] and is_title(word) and same_title(want[i], word)
                else match_word(
                    want[i],
                    word,
                    typo_tolerance,
                    modifier_forms=modifier_forms,
                    surname=i in surnames,
                    term=want[i] in vocabulary.terms,
                    acronym=want[i] in vocabulary.acronyms,
                    name=question.asks_who and want[i] not in vocabulary.terms,
                )
            )
            if (
                isinstance(result, WordMatch)
                and result.kind is Kind.TYPO
                and word in vocabulary.used
            ):
                # "hydrophilic", asked "Are the tails hydrophobic or hydrophilic?", or
                # "stoma" where another card of the deck asks for it: a word the
                # learner read, typed as read, is meant; a typo of another it is not.
                result = WordRefusal(Refusal.OTHER_WORD)
            if (
                isinstance(result, WordMatch)
                and result.kind is Kind.TYPO
                and want[i] in vocabulary.formulas
            ):
                result = WordRefusal(Refusal.OTHER_TERM)  # "NaClO" for "NaCl": another salt
            if (question.asks_for_form and not in_the_asked_form(want[i], result, foreign)) or (
                translation and other_number(want, i, word, result)
            ):
                result = ANOTHER_FORM
            if isinstance(result, WordMatch) and result.kind is Kind.TYPO and name_suffix(want, i):
                continue  # "Dr" is no slip for "Jr": a suffix may be left out, not mistyped
            if isinstance(result, WordMatch):
                distance = abs((i - want_start) - (j - got_start))
                candidates.append((result.kind, result.edits, distance, i, j, result))
            elif isinstance(result, WordRefusal):
                near_misses.setdefault(i, []).append((j, word, result.reason))
    pairs: dict[int, tuple[int, WordMatch]] = {}
    used: set[int] = set()
    # Best matches first: the same word before a spelling before a typo, fewer edits,
    # nearer in position.
    for _, _, _, i, j, result in sorted(candidates, key=lambda c: c[:5]):
        if i not in pairs and j not in used:
            pairs[i] = (j, result)
            used.add(j)
    placed_words = {i: j for i, (j, _) in pairs.items()}
    if (titled := title_problem(want, got, placed_words, question.sequence)) is not None:
        rule, decisive = titled
        return Alignment(False, False, rule, [], decisive=decisive)
    missing = [i for i in required if i not in pairs]
    if missing:
        # A near miss counts only if its typed word matched no other word of the answer:
        # in "Vincenzo Galilei" for "Galileo Galilei", 'galilei' is 'galilei', and
        # 'vincenzo' stands in the place of 'galileo'.
        unmatched = {
            i: (word, reason)
            for i, misses in near_misses.items()
            for j, word, reason in misses[:1]
            if j not in used
        }
        # Another given name for the answer's, which the question gives: another person.
        if (person := given_name_replaced(want, got, placed_words, question.has)) is not None:
            return Alignment(False, False, person, [], decisive=True)
        rule, stand_in = missing_rule(want, got, missing, unmatched, used)
        # Another formula in the place of the answer's is another substance ("NaClO");
        # asked for one form of a word of another language, a word more than a slip from
        # the form the answer ends in is another form ("hablan", "amatis" for "hablamos",
        # "amamus"; not "est" for "es", nor "Hunt" for "Hund", nor another auxiliary
        # before it, "elle a allé", near the mark).
        decisive = stand_in is not None and (
            stand_in[0] in vocabulary.formulas
            or (
                question.asks_for_form
                and (foreign or translates(question.sequence))
                and stand_in[0] == want[-1]
                and OSA.distance(*stand_in) > 1
            )
        )
        return Alignment(False, False, rule, [], stand_in=stand_in, decisive=decisive)
    placed = placed_words
    if (swap := swapped_sides(want, got, placed)) is not None:
        first, second, relating = swap
        rule = f"'{first}' and '{second}' swap sides of '{relating}': the reverse"
        return Alignment(False, False, rule, [], decisive=True)
    if question.gives_words and (
        roles := question_roles_reversed(want, got, placed, question.sequence)
    ):
        first, second, relating = roles
        rule = f"'{first}' and '{second}' swap the roles the question gives them ('{relating}')"
        return Alignment(False, False, rule, [], decisive=True)
    if (pairing := reversed_pairing(want, got, placed)) is not None:
        thing, wanted, typed = pairing
        rule = f"'{typed}' said of '{thing}', where the answer says '{wanted}': the reverse"
        return Alignment(False, False, rule, [], decisive=True)
    if (hedge := choice_for_both(want, got)) is not None:
        return Alignment(False, False, hedge, [], decisive=True)
    if question.asks_for_form and (disordered := order_in_the_asked_form(want, placed)):
        return Alignment(False, False, disordered, [])  # "Ich müde bin" for "Ich bin müde"
    if (suffix := other_suffix(want, got)) is not None:
        rule = f"'{suffix}' names another person of the name"
        return Alignment(False, False, rule, [], decisive=True)
    extras = [j for j in range(len(got)) if j not in used and got[j] not in want]
    reverse = opposite_of_accepted(got, extras, accepted_words | set(want)) or given_name_replaced(
        want, got, placed, question.has
    )
    if reverse is not None:
        return Alignment(False, False, reverse, [], decisive=True)
    if (elsewhere := region_against_question(got, extras, used, question.sequence)) is not None:
        return Alignment(False, False, elsewhere, [], decisive=True)

    def harmless(word: str) -> bool:
        return word in accepted_words or named_by_question(word, question.has)

    # "the Soviet Communist party" where the question gives the answer's "German".
    left_out = [i for i in content if i not in pairs and question.has(want[i])]
    given = [want[i] for i in left_out]
    if given and (nation := nation_replaced(given, [got[j] for j in extras])) is not None:
        return Alignment(False, False, nation, [], decisive=True)
    if left_out and (swapped := subject_swapped(want, got, placed, left_out, extras, harmless)):
        return Alignment(False, False, swapped, [], decisive=True)
    if (
        pronoun := other_person_pronoun([got[j] for j in extras], question.person_pronouns)
    ) is not None:
        return Alignment(False, False, f"'{pronoun}' is another person", [], decisive=True)
    region = region_after(want, got, extras, used, after_comma)
    extras = [j for j in extras if j not in region]

    # A word of the answer is a term, which a word before it may make another term of,
    # when the answer writes it in lower case or it is a dictionary word no rarer than
    # the list's rarest words, which are names ("Osmosis", not "Acheson").
    terms = frozenset(
        j
        for i, (j, _) in pairs.items()
        if want[i] in vocabulary.terms or frequency(want[i]) > RAREST_COUNT
    )
    written_terms = frozenset(
        j
        for i, (j, _) in pairs.items()
        if want[i] in vocabulary.terms or _term_in_sentence_case(want, i, vocabulary, question)
    )
    # Before an English word the answer writes in lower case, even a rare word makes
    # another term of it ("Girondin journalist"); in another language it may be any word.
    lower_terms = frozenset(
        j
        for i, (j, _) in pairs.items()
        if not foreign
        and want[i] in vocabulary.terms
        and want[i] not in FUNCTION_WORDS
        and frequency(want[i]) > RAREST_COUNT
    )
    problem = (
        place_kind_problem(want, got, extras, used, question.sequence, harmless)
        or kind_clash(want, got, extras, used, question.has, question.asks_who)
        or extra_words_problem(
            got, extras, used, harmless, terms, written_terms, question.asks_who, lower_terms
        )
        or misplaced_word_problem(want, got, placed, extras, content, harmless, foreign)
    )
    if problem is not None:
        hedged = problem.startswith(MORE_THAN_ONE_ANSWER)
        return Alignment(False, False, problem, [], decisive=hedged)
    place = larger_name_typed(want, got, used) or other_kind_of_place(want, got, extras, used)
    if place is not None:
        return Alignment(False, False, place, [], decisive=True)
    slip, notes = described(
        want, got, pairs, sorted([*extras, *region]), content, question.sequence
    )
    alignment = Alignment(True, slip, "; ".join(notes), notes)
    alignment.claims = tuple(
        (got[j - 1] if j else "", got[j])
        for j in extras
        if got[j] not in FUNCTION_WORDS
        and got[j] not in DESCRIPTORS
        and got[j] not in TITLES
        and not harmless(got[j])
    )
    return alignment


_ASKING_FOR_A_PERSON = frozenset({"who", "whom", "whose"})  # then a first word may be a surname


def _term_in_sentence_case(
    want: Sequence[str], index: int, vocabulary: Vocabulary, question: Question
) -> bool:
    """Whether the answer's first word, written with a capital only as a sentence starts
    ("Surplus", "Osmosis in roots"), is a term rather than a name: a dictionary word
    that is no given name, every other word of the answer written in lower case, and
    a question that asks for no person ("Who …?", where "Baker" is a surname)."""
    first = next((k for k, w in enumerate(want) if w not in FUNCTION_WORDS), None)
    word = want[index]
    return (
        index == first
        and word.isalpha()
        and frequency(word) > RAREST_COUNT
        and not is_given_name(word)
        and all(w in vocabulary.terms for w in want[index + 1 :] if w.isalpha())
        and not (question.words & _ASKING_FOR_A_PERSON)
    )


def _may_be_given_name(word: str) -> bool:
    """Whether a word an initial may stand for is a given name: one known as such, or a
    word no dictionary knows ("Ottokar"), or a point of the compass; not "hydroxide",
    whose "H" is a symbol."""
    return (
        word in _COMPASS_POINTS
        or is_given_name(word)
        or is_known_given_name(word)
        or not is_known_word(word)
    )


# Words whose initial every reader knows to stand for them: "S" for "south".
_COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
)
