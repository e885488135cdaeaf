"""The notes a right typed answer gets: its slips and the words it left out, with why."""

from __future__ import annotations

from trainer.core.answering.alignment_notes import described
from trainer.core.answering.word_match import Kind, WordMatch
from trainer.core.answering.words import answer_words


def _notes(answer: str, typed: str, typos: tuple[int, ...] = ()) -> tuple[bool, list[str]]:
    want, got = answer_words(answer), answer_words(typed)
    pairs = {
        i: (got.index(word), WordMatch(Kind.TYPO if i in typos else Kind.SAME, 1))
        for i, word in enumerate(want)
        if word in got
    }
    content = list(range(len(want)))
    extras = [j for j, word in enumerate(got) if word not in want]
    return described(want, got, pairs, extras, content)


def test_words_left_out_are_named_with_why() -> None:
    slip, notes = _notes("Martin Luther King Jr.", "Martin Luther King")
    assert not slip
    assert notes == ["'jr' left out, the end of the name"]
    _, notes = _notes("Sir Isaac Newton", "Isaac Newton")
    assert notes == ["'sir' left out, a title"]


def test_a_typo_is_a_slip_and_extra_words_are_noted() -> None:
    slip, notes = _notes("Lipetsk", "the town Lipetsk", typos=(0,))
    assert slip
    assert notes == ["typo in 'lipetsk' (1 edit)", "extra words ignored (the town)"]
