"""What a right typed answer says beside the answer's words: its slips, and words left out."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.agent_phrases import agent_left_out
from trainer.core.answering.name_titles import (
    distinctive_place,
    document_named,
    first_given_name,
    generic_head_noun,
    is_personal_title,
    middle_name,
    name_suffix,
    settlement_named,
)
from trainer.core.answering.stress_words import all_there_is_word, exact_number_word
from trainer.core.answering.units import shown, unit_left_out
from trainer.core.answering.word_match import Kind, WordMatch
from trainer.core.answering.words import is_initial_letter, linking_verb


def described(
    want: Sequence[str],
    got: Sequence[str],
    pairs: dict[int, tuple[int, WordMatch]],
    extras: list[int],
    content: list[int],
    asked: Sequence[str] = (),
) -> tuple[bool, list[str]]:
    """What a typed answer that matches says beside the answer's words: whether it is a
    slip (a typo, another form of a word, a unit left out), and a note on each way it
    differs (typos, spellings, order, extra words, and which words it left out and
    why). `pairs` holds each answer word's typed match, by the answer word's place."""
    notes: list[str] = []
    slip = False
    for i, (j, result) in sorted(pairs.items()):
        if result.kind is Kind.TYPO:
            slip = True
            plural = "" if result.edits == 1 else "s"
            notes.append(f"typo in '{got[j]}' ({result.edits} edit{plural})")
        elif result.kind is Kind.FORM:
            slip = True
            notes.append(f"'{got[j]}' for '{want[i]}'")
        elif result.kind is Kind.REGIONAL:
            notes.append(f"'{got[j]}' is another spelling of '{want[i]}'")
        elif result.kind is Kind.VARIANT:
            # Right, but the suggested quality allows for the doubt a spelling leaves.
            slip = True
            notes.append(f"'{got[j]}' spells '{want[i]}'")
    order = [j for _, (j, _) in sorted(pairs.items())]
    if order != sorted(order):
        notes.append("word order ignored")
    if extras:
        notes.append(f"extra words ignored ({' '.join(got[j] for j in extras)})")
    left_out = [i for i in content if i not in pairs and not is_initial_letter(want[i])]
    titled = {i for i in left_out if is_personal_title(want, i)}
    titles = [want[i] for i in sorted(titled)]
    kinds = [
        want[i]
        for i in left_out
        if distinctive_place(want, i)
        or generic_head_noun(want, i)
        or settlement_named(want, i)
        # An agreement's kind the question names is told as given by it.
        or (document_named(want, i) and want[i] not in asked)
    ]
    # A title is told as one, never also as a name ("the MP" of "MP William Huskisson").
    named_left_out = [i for i in left_out if i not in titled]
    middle = [want[i] for i in named_left_out if middle_name(want, i, content)]
    first = [want[i] for i in named_left_out if first_given_name(want, i, content, got)]
    suffixes = [want[i] for i in left_out if name_suffix(want, i)]
    linking = [want[i] for i in left_out if linking_verb(want, i)]
    exact = [want[i] for i in left_out if exact_number_word(want, i)]
    whole = [want[i] for i in left_out if all_there_is_word(want, i)]
    units = [want[i] for i in left_out if unit_left_out(want, i, got)]
    agents = [want[i] for i in left_out if want[i] not in asked and agent_left_out(want, i, asked)]
    named = {*titles, *kinds, *middle, *first, *suffixes, *linking, *units, *exact, *whole, *agents}
    given = [w for i in left_out if (w := want[i]) not in named]
    if titles:
        notes.append(f"'{' '.join(titles)}' left out, a title")
    if middle:
        notes.append(f"'{' '.join(middle)}' left out, a middle name")
    if first:
        notes.append(f"'{' '.join(first)}' left out, a first given name")
    if suffixes:
        notes.append(f"'{' '.join(suffixes)}' left out, the end of the name")
    if kinds:
        notes.append(f"'{' '.join(kinds)}' left out: the name says what it is")
    if linking:
        notes.append(f"'{' '.join(linking)}' left out: the state says it")
    if exact:
        notes.append(f"'{' '.join(exact)}' left out: a number alone is exact")
    if whole:
        notes.append(f"'{whole[0]}' left out: the rest names all there is")
    if units:
        # Right, but a unit belongs with its number: the suggested quality says so.
        slip = True
        notes.append(f"the unit '{' '.join(map(shown, units))}' left out")
    if agents:
        notes.append(f"'{' '.join(agents)}' left out: by whom, which the question does not ask")
    if given:
        notes.append(f"'{' '.join(given)}' left out, given by the question")
    return slip, notes
