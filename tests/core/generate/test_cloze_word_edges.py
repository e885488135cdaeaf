"""Tests for automatic cloze at the edges of words: a blank never cuts a word, a unit's
letter is no initial, and an acronym is defined by the parts of compound words."""

from __future__ import annotations

from trainer.core.generate.cloze_candidates import find_candidates


def _texts(text: str) -> list[str]:
    return [c.text for c in find_candidates(text)]


def test_an_acronym_spelled_by_the_parts_of_compound_words_is_defined_by_them() -> None:
    # "triphosphate" gives the T and the P of ATP, as "deoxyribonucleic" the D and N of DNA.
    assert _texts("Adenosine triphosphate, or ATP, carries energy in Kazan.") == ["Kazan"]
    assert _texts("Its deoxyribonucleic acid, or DNA, was read in Kazan.") == ["Kazan"]
    # A single word never defines one by its inner letters, nor do words that miss one.
    assert "ATP" in _texts("The cell stores glucose, or ATP, in Kazan.")


def test_a_blank_never_cuts_a_word() -> None:
    # The digit joined to a hyphenated word is the word's own.
    assert "CRISPR-Cas9" in _texts("Doudna showed that the bacterial CRISPR-Cas9 system cuts.")
    for found in find_candidates("The Kazan-Lipetsk2 line and the Cas9x enzyme."):
        text = "The Kazan-Lipetsk2 line and the Cas9x enzyme."
        for start, end in found.spans:
            assert not text[start - 1 : start].isalnum() and not text[end : end + 1].isalnum()


def test_a_unit_letter_before_a_full_stop_is_no_initial() -> None:
    # "mmol/L." ends a sentence: no name "L. Wavelengths" runs over it.
    text = "Most countries use mmol/L. Wavelengths of light run from Kazan to Lipetsk."
    assert not any("Wavelengths" in found for found in _texts(text))
    # An initial after a space or an opening bracket still is one.
    assert "James D. Watson" in _texts("In 1953 (James D. Watson) saw it.")
    assert "D. Watson" in _texts("It was seen by (D. Watson) in Cambridge.")


def test_a_compound_is_given_away_by_its_last_part() -> None:
    # The title shown above the card says "port": "the [...] of Lima" would ask nothing.
    text = "In July 1835 the ship anchored at Callao, the seaport of Lima, in Peru."
    assert "seaport" in _texts(text)
    assert "seaport" not in [c.text for c in find_candidates(text, shown_with="A port")]
