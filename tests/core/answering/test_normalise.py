"""Folding text for comparison: the ASCII fast path and the general one agree."""

from __future__ import annotations

import string

from hypothesis import example, given
from hypothesis import strategies as st

from trainer.core.answering import normalise
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.normalise import fold, fold_one_at_a_time, same_text
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

_ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=60)


@given(_ASCII)
@example(string.printable)
@example("".join(map(chr, range(128))))
@example("  Anti-tank   SCHOOL\t(1926)\x7f! ")
def test_ascii_text_folds_as_one_character_at_a_time(text: str) -> None:
    assert fold(text) == fold_one_at_a_time(text)


@given(st.text(max_size=60))
@example("Kúibyshev’s — “Council” ﬁne Straße İstanbul ǰ\u00a0x\u200bY")
@example("".join(map(chr, range(0x80, 0x400))))
def test_any_text_folds_as_one_character_at_a_time(text: str) -> None:
    assert fold(text) == fold_one_at_a_time(text)


@given(st.text(max_size=40))
def test_any_text_folds_to_lower_case_words_single_spaced(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert fold(folded) == folded


def test_fold_drops_accents_case_and_punctuation() -> None:
    assert fold("  Kúibyshev's  Council! ") == "kuibyshev s council"
    assert fold("Anti-Tank") == fold("anti tank") == "anti tank"
    assert fold("Tab\tand\nnewline") == "tab and newline"


def test_same_text_compares_folded_words() -> None:
    assert same_text("Lipetsk.", "lipetsk")
    assert not same_text("Lipetsk", "Kazan")


def test_the_table_of_folded_characters_stays_bounded() -> None:
    every_character = "".join(
        chr(code) for code in range(0x20, 0x30000) if not 0xD800 <= code < 0xE000
    )
    assert fold(every_character) == fold_one_at_a_time(every_character)
    assert len(normalise._FOLDED_CHARS) <= normalise._REMEMBERED_CHARS


def test_invisible_format_characters_inside_a_word_vanish() -> None:
    for invisible in ("\u200b", "\u00ad", "\u200d", "\u2060", "\ufeff", "\u202e"):
        assert fold(f"Ka{invisible}zan") == "kazan", repr(invisible)
    assert fold("Kazan\u200b Lipetsk") == "kazan lipetsk"


def test_letters_no_decomposition_takes_apart_fold_as_a_keyboard_writes_them() -> None:
    assert fold("la sœur") == fold("la soeur") == "la soeur"
    assert fold("Cæsar") == "caesar"
    assert fold("Łódź") == "lodz"
    assert fold("Søren Kierkegaard") == "soren kierkegaard"
    assert fold("Þingvellir") == "thingvellir"


def test_a_ligature_typed_out_is_the_answer() -> None:
    verdict = grade(Answer(AnswerType.TEXT, "le cœur"), "le coeur", policy=Policy())
    assert verdict.outcome is Outcome.EXACT
