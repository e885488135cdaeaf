"""Automatic cloze terms: a two-word technical term is blanked whole, and a term named after
a person (`islets of Langerhans`) never by one side alone."""

from __future__ import annotations

import pytest

from trainer.core.generate.cloze_candidates import find_candidates
from trainer.core.generate.cloze_kinds import CandidateKind


def _texts(text: str) -> list[str]:
    return [c.text for c in find_candidates(text)]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # The audit's case: never "the [...] oblongata".
        (
            "The cerebellum coordinates movement, while the medulla oblongata controls "
            "breathing and the heart rate.",
            "medulla oblongata",
        ),
        ("Dead cells form the stratum corneum, the outer layer of the skin.", "stratum corneum"),
        ("In the midbrain, the substantia nigra makes dopamine.", "substantia nigra"),
        # A first word ending in "s" that is no plural: "the [...] pericardium" asked
        # for "fibrous", half of the term.
        ("The heart sits within the fibrous pericardium, a tough sac.", "fibrous pericardium"),
        ("Before birth, the ductus arteriosus bypasses the lungs.", "ductus arteriosus"),
    ],
)
def test_a_rare_word_and_the_rare_word_after_it_are_one_term(text: str, term: str) -> None:
    found = find_candidates(text)
    assert term in [c.text for c in found]
    first, second = term.split()
    assert first not in [c.text for c in found] and second not in [c.text for c in found]
    (whole,) = [c for c in found if c.text == term]
    assert whole.kind is CandidateKind.TERM
    assert whole.blanked(text).count("[...]") == 1 and first not in whole.blanked(text)


def test_a_rare_verb_after_a_plural_is_not_part_of_its_term() -> None:
    # "resorb" is what the osteoclasts do: the term is the plural alone.
    assert "osteoclasts" in _texts("In bone, the osteoclasts resorb old tissue.")


def test_more_rare_words_than_a_term_has_make_none() -> None:
    assert _texts("It was the medulla oblongata stratum corneum of it.") == []


@pytest.mark.parametrize(
    "text",
    [
        # The audit's cases: neither "the islets of [...]" nor "the [...] of Langerhans".
        "Glucose is kept in check by the islets of Langerhans, which lie in the pancreas.",
        "Most water is reabsorbed in the loop of Henle.",
        "The arteries join in the circle of Willis at the base of the brain.",
        "Impulses pass down the bundle of His to the ventricles.",
        "Sound is turned into signals by the organ of Corti.",
        "Aqueous humour drains through the canal of Schlemm.",
    ],
)
def test_no_side_of_a_term_named_after_a_person_is_blanked_alone(text: str) -> None:
    found = _texts(text)
    assert not {"Langerhans", "Henle", "Willis", "His", "Corti", "Schlemm"} & set(found)
    assert not {"islets", "loop", "circle", "bundle", "organ", "canal"} & set(found)


def test_a_name_the_text_speaks_of_elsewhere_is_its_own() -> None:
    # Not only after "the loop of": the name of a person the text speaks of.
    text = "Most water is reabsorbed in the loop of Henle. Henle described it in 1862."
    assert "Henle" in _texts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place after `of` and a word for no part of the body.
        ("The reef lies off the coast of Queensland.", ["Queensland"]),
        ("The ship anchored at Callao, the seaport of Lima.", ["Callao", "Lima", "seaport"]),
        ("Crops came from the kolkhozes of Ukraine in 1932.", ["1932", "Ukraine", "kolkhozes"]),
        # A rare word before a common one is a term alone, as before.
        (
            "Sound reaches the cochlea after the tympanic membrane vibrates.",
            ["cochlea", "tympanic"],
        ),
        (
            "Insulin is secreted by the beta cells of the pancreas and lowers blood glucose by "
            "promoting its uptake into muscle and fat cells.",
            ["uptake"],
        ),
        (
            "Bile, made in the liver and stored in the gallbladder, emulsifies fats.",
            ["gallbladder"],
        ),
        ("Platelets, fragments of megakaryocytes, help the blood to clot.", ["megakaryocytes"]),
    ],
)
def test_ordinary_terms_and_names_are_blanked_as_before(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_a_word_after_that_is_no_term() -> None:
    # "that" opens a clause as often as it points: "[...] Charles X" asked for a verb.
    text = "Delacroix celebrated the July Revolution that overthrew Charles X in 1830."
    assert "overthrew" not in _texts(text)
    assert "tricolour" in _texts("Liberty carries the tricolour over the barricades.")


def test_an_adjective_before_the_word_it_describes_is_no_term() -> None:
    # "the [...] enzyme" for "ubiquitous": any word that describes an enzyme fills it.
    assert _texts("Most cells rely on the ubiquitous enzyme to make energy.") == []
    assert _texts("They met the formidable opponent at dawn.") == []


def test_a_superlative_is_kept_as_the_fact_it_states() -> None:
    text = "Antietam was the bloodiest single day in American history."
    assert "bloodiest" in _texts(text)
