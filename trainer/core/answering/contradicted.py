"""A verdict against a short accepted answer, taken back when a fuller one says worse.

"Davy" is accepted for "Humphry Davy", so "John Davy" matches it, with a given name
added; but the fuller "Humphry Davy" finds 'john' in the place of 'humphry': another
person. The fuller form's verdict then stands for the typed answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from trainer.core.answering.asked_question import Question
from trainer.core.answering.learned_adjectives import by_adjective
from trainer.core.answering.name_titles import is_given
from trainer.core.answering.normalise import fold
from trainer.core.answering.notation import integer_powers
from trainer.core.answering.person_titles import is_title, is_title_rule
from trainer.core.answering.text_matches import NEGATION_LEFT_OUT
from trainer.core.answering.verb_meanings import founding_in_place_of
from trainer.core.answering.verdict import RANK, Outcome, Verdict, stand_in_of, stood_for
from trainer.core.answering.word_lists import ARTICLES, DESCRIPTORS, FUNCTION_WORDS, TITLES
from trainer.core.answering.words import answer_words, content_words
from trainer.core.lexicon import is_common_word
from trainer.core.name_sexes import sex_of

_OPPOSITE = " is the opposite of "


def without_contradicted(
    accepted: Sequence[str], verdicts: list[Verdict], typed: str, asked: Question
) -> list[Verdict]:
    """The verdicts, with a right or close one against a shorter accepted form taken back
    when a fuller form that holds it finds a typed word in the place of one of its own
    words, and so judges it worse: "John Davy" matches "Davy" (a surname accepted alone)
    with a given name added, but "Humphry Davy" says 'john' stands instead of 'humphry':
    another person. "the Lower Rhine" is close to "the Rhine", but 'lower' is the opposite
    of 'upper' in "the Upper Rhine": wrong. A close verdict is taken back by any accepted
    form that finds the typed answer says its opposite, or says it all but the negation
    ("it has cleared its orbit" for "it has not cleared its orbit", where "it has not
    cleared its neighbourhood" is accepted too): it is near only by its letters.

    Words typed after the shorter form's words that only restate the question name
    nothing new: "an aviation school at Lipetsk" for "What was agreed at Lipetsk?" is "an
    aviation school", whatever 'lipetsk' stands against in "a German aviation school".
    Typed inside or before them, it still contradicts: "Humphry Faraday" for "Who was
    Humphry Davy's assistant?" is no "Michael Faraday"."""
    words = [set(fold(text).split()) for text in accepted]
    kept = list(verdicts)
    reversed_by = next(
        (
            v
            for v in verdicts
            if v.outcome is Outcome.WRONG and (_opposite(v.rule) or _negation_left_out(v.rule))
        ),
        None,
    )
    typed_words = fold(typed).split()
    for index, verdict in enumerate(verdicts):
        if verdict.outcome in (Outcome.WRONG, Outcome.BLANK):
            continue
        if typed_words == fold(accepted[index]).split():
            continue  # an answer the author accepts, typed as written, stays right
        if (initial := _initial_against(accepted[index], accepted, typed)) is not None or (
            initial := _sex_against(accepted[index], accepted, typed)
        ) is not None:
            kept[index] = replace(verdict, outcome=Outcome.WRONG, rule=initial)
            continue
        if verdict.outcome is Outcome.CLOSE and reversed_by is not None:
            # "gain of electrons" is near "losing electrons" by its letters, but the
            # opposite of "the loss of electrons": it says the reverse of the answer.
            kept[index] = reversed_by
            continue
        for other, fuller in enumerate(verdicts):
            if (
                other != index
                # Only ever a worse verdict: right becomes close or wrong, close wrong.
                and RANK[fuller.outcome] < RANK[verdict.outcome]
                and (
                    # A title the shorter form writes itself is the author's to accept.
                    (words[index] < words[other] and is_title_rule(fuller.rule))
                    # "convertibility of gold into dollars" holds "gold convertibility"
                    # and words besides, which the fuller form reads as its reverse.
                    or (words[index] < words[other] and _reverse(fuller.rule))
                    # "from the lungs" holds "the lungs" and a direction that turns
                    # "to the lungs" round.
                    or (words[index] < words[other] and fuller.rule.endswith(_AWAY))
                    or _full_name_objects(
                        accepted[index], accepted[other], fuller.rule, typed, asked
                    )
                )
            ):
                kept[index] = fuller
                break
    return kept


_INITIAL = re.compile(r"^([A-Z])\.?$")


def _initial_against(shorter: str, accepted: Sequence[str], typed: str) -> str | None:
    """Why an initial typed before a surname accepted alone names another person: "I.
    Fleming" matches "Fleming", but "Alexander Fleming" has no given name in I (Ian
    Fleming wrote novels). Only the first initial is held to the first given name: "J. F.
    Kennedy" for "John Kennedy" writes a middle initial the answer leaves out."""
    short = fold(shorter).split()
    written = typed.replace(".", ". ").split()
    folded = [fold(word) for word in written]
    at = next((i for i in range(len(folded)) if folded[i : i + len(short)] == short), None)
    if not short or not at or (found := _INITIAL.match(written[0])) is None:
        return None
    for fuller in _fuller_names(short, accepted):
        words = fuller.split()
        given = [w for w in words[: -len(short)] if fold(w) not in TITLES]
        if (
            given
            and given[0][:1].isupper()
            and is_given(given[0])
            and fold(given[0])[:1] != found.group(1).casefold()
        ):
            return f"'{found.group(1)}.' is not the initial of '{fold(given[0])}'"
    return None


def _sex_against(shorter: str, accepted: Sequence[str], typed: str) -> str | None:
    """Why a title or given name typed before a surname accepted alone names another
    person: "Mrs Kennedy" and "Joan Kennedy" match "Kennedy", but "John F. Kennedy" is a
    man."""
    typed_sex = sex_of(typed.strip())
    if typed_sex is None or len(typed.split()) < 2:
        return None
    for fuller in _fuller_names(fold(shorter).split(), accepted):
        own = sex_of(fuller)
        if own is not None and own is not typed_sex:
            first = fold(typed.split()[0])
            what = "title" if is_title(first) else "name"
            return f"'{first}' is a {typed_sex.value}'s {what}, '{fuller}' a {own.value}'s name"
    return None


def _fuller_names(short: Sequence[str], accepted: Sequence[str]) -> Iterator[str]:
    """The accepted forms that end in the folded words `short` and have more before them:
    "Alexander Fleming" for "Fleming"."""
    for fuller in accepted:
        words = fold(fuller).split()
        if short and len(words) > len(short) and words[-len(short) :] == list(short):
            yield fuller


def restating_the_question(verdict: Verdict, typed: str, asked: Question) -> Verdict:
    """`verdict`, or wrong where it is close and every content word typed is the
    question's own: "William Herschel" for "Who discovered eight comets while working
    with William Herschel?" (Caroline Herschel) is near the answer by its surname, but
    names the person the question gives, which answers nothing. Nor does the power the
    question writes ("2^10" for "What is 2^10?"), however right its value."""
    if verdict.outcome in (Outcome.EXACT, Outcome.TYPO) and _power_of_the_question(typed, asked):
        return replace(verdict, outcome=Outcome.WRONG, rule="the question's own power")
    if verdict.outcome is not Outcome.CLOSE or not asked.gives_words:
        return verdict
    words = answer_words(typed)
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]  # an article before it decides nothing, all function words or not
    typed_words = content_words(words)
    if not typed_words or not all(asked.has(word) for word in typed_words):
        return verdict
    return replace(
        verdict, outcome=Outcome.WRONG, rule=f"'{' '.join(typed_words)}' is the question's own"
    )


def _power_of_the_question(typed: str, asked: Question) -> bool:
    """Whether `typed` writes as a power a number the question writes (as a power too,
    for the question's words hold every power as its value: "What is 2^10?" reads
    "what is 1024")."""
    return any(
        asked.has(str(int(base) ** int(power)))
        for base, power in integer_powers(typed)
        if len(base) + len(power) < _LONGEST_POWER
    )


# A power of more digits than this is never worked out (notation reads it so too).
_LONGEST_POWER = 6


def _full_name_objects(
    shorter: str, fuller: str, fuller_rule: str, typed: str, asked: Question
) -> bool:
    """Whether the fuller accepted form `fuller`, which holds `shorter`'s words or its
    name's (a title says who someone was, not which name), finds by `fuller_rule` a typed
    word in the place of one of its own: "Harald Hardrada" matches "King Harold" with a
    surname added, but "Harold Godwinson" finds 'hardrada' in place of 'godwinson'."""
    # "a flying school" is held by "a German aviation school": the same thing's words.
    short_words = {by_adjective(word) for word in fold(shorter).split()}
    full_words = {by_adjective(word) for word in fold(fuller).split()}
    short_names = {w for w in short_words if w not in TITLES} or short_words
    full_names = {w for w in full_words if w not in TITLES} or full_words
    # A person's name: words said of them after it are no other name ("Kant, 1781").
    named = all(word[:1].isupper() for word in fuller.split() if fold(word) not in TITLES)
    return (short_words < full_words or short_names < full_names) and _another_word(
        fuller_rule, short_words, typed, asked, named
    )


def _reverse(rule: str) -> bool:
    """Whether a rule finds the typed words say the answer's relation the other way
    round (two words swap sides of "into", "from", "before" …)."""
    return rule.endswith(_THE_REVERSE)


_THE_REVERSE = ": the reverse"
_AWAY = ": the opposite direction"


def _negation_left_out(rule: str) -> bool:
    """Whether a rule finds the typed words are the answer's without its negation."""
    return rule.endswith(NEGATION_LEFT_OUT)


def _opposite(rule: str) -> bool:
    """Whether a rule finds a typed word in the place of its opposite."""
    return stand_in_of(rule) is not None and _OPPOSITE in rule


def _another_word(
    rule: str, shorter: set[str], typed: str, asked: Question, named: bool = False
) -> bool:
    """Whether the fuller form's rule finds a typed word standing in the place of one of
    its own, other than a title or a word of the shorter form, or, in a name (`named`),
    a word said of the person after it."""
    return (
        (stand_in := stand_in_of(rule)) is not None
        # A title is no other name: "Professor Vlasák", "Sir Davy", "Madame Curie"; nor
        # what the person is ("the astronomer Hall"), nor a word of the shorter form
        # itself ("B" for "B", where "B:A" is accepted too).
        and stand_in not in TITLES | DESCRIPTORS | shorter
        and not is_title(stand_in)
        # A number is no name: "Kant, 1781" says when, as the shorter form judges.
        and not stand_in.isdecimal()
        and not _restates_question(typed, stand_in, shorter, asked)
        # "to set up a flying school" says what "to build an aviation school" says.
        and not founding_in_place_of(stand_in, stood_for(rule) or "")
        # "they agreed to …": the question's verb, no name ("Humphry Faraday" is one).
        and not (asked.has(stand_in) and is_common_word(stand_in) and not is_given(stand_in))
        and not (named and _said_of_the_answer(typed, stand_in, shorter))
    )


def _said_of_the_answer(typed: str, word: str, answer: set[str]) -> bool:
    """Whether `word` is typed after every typed word of `answer`, past a comma or a
    linking word: "Kant, a German philosopher", "Kant in Königsberg" say something of
    the person, where "Mao Anying" names another."""
    tail = typed.split(",", 1)[1] if "," in typed else ""
    typed_words = answer_words(typed)
    last_of_answer = max((i for i, w in enumerate(typed_words) if w in answer), default=-1)
    if last_of_answer < 0 or word not in typed_words[last_of_answer + 1 :]:
        return False
    at = typed_words.index(word, last_of_answer + 1)
    between = typed_words[last_of_answer + 1 : at]
    return word in answer_words(tail) or any(w in FUNCTION_WORDS for w in between)


def _restates_question(typed: str, word: str, answer: set[str], asked: Question) -> bool:
    """Whether `word` is typed after every typed word of `answer`, among words that only
    restate the question ("… at Lipetsk in 1926", "Faraday, Davy's assistant")."""
    if not asked.gives_words:
        return False
    typed_words = answer_words(typed)
    last_of_answer = max((i for i, w in enumerate(typed_words) if w in answer), default=-1)
    after = typed_words[last_of_answer + 1 :]
    return word in after and all(w in FUNCTION_WORDS or asked.has(w) for w in after)
