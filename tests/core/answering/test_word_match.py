"""One typed word against one expected word: same, variant, form, typo, or another word."""

from __future__ import annotations

import pytest

from trainer.core.answering.word_match import (
    Kind,
    Refusal,
    WordMatch,
    WordRefusal,
    match_word,
    word_allowance,
)

TOLERANCE = 0.15


def kind(expected: str, typed: str, *, modifier: bool = False) -> Kind | Refusal | None:
    result = match_word(expected, typed, TOLERANCE, modifier_forms=modifier)
    if isinstance(result, WordMatch):
        return result.kind
    if isinstance(result, WordRefusal):
        return result.reason
    return None


@pytest.mark.parametrize(
    ("expected", "typed", "expected_kind"),
    [
        ("lipetsk", "lipetsk", Kind.SAME),
        ("lipetsk", "lipetks", Kind.TYPO),  # a swap of neighbours is one edit
        ("hitler", "hilter", Kind.TYPO),
        ("economist", "ecomonist", Kind.TYPO),  # two letters one apart swapped
        ("rheinmetall", "rheinmetal", Kind.TYPO),  # a doubled letter
        ("kuibyshev", "kuybyshev", Kind.VARIANT),
        ("lipetsk", "lipeck", Kind.VARIANT),
        ("tolstoy", "tolstoi", Kind.VARIANT),
        ("greece", "greek", Refusal.OTHER_WORD),  # one spelling key, two real words
        ("russians", "russian", Kind.FORM),
        ("colonies", "colony", Kind.FORM),
        ("capitulated", "capitulate", Kind.FORM),
        ("chairman", "chairmen", Kind.FORM),
        # "the Democrats" for the Democratic Party: the party's members for its adjective.
        ("democratic", "democrats", Kind.FORM),
        ("autocrat", "autocratic", Kind.FORM),
        ("democratic", "democracy", Refusal.OTHER_WORD),
        # A parent as a child names them: "her dad" was wrong for "her father".
        ("father", "dad", Kind.FORM),
        ("mother", "mum", Kind.FORM),
        ("mothers", "moms", Kind.FORM),
        ("mitochondria", "mitochondrion", Kind.FORM),
        ("oil", "oli", Kind.TYPO),  # a swap in a short word that makes no word
        ("russian", "prussian", Refusal.OTHER_WORD),
        ("effect", "affect", Refusal.OTHER_WORD),
        ("oil", "soil", None),  # short words have no typo allowance
        ("natural", "unnatural", Refusal.NEGATED),
        ("conditionally", "unconditionally", Refusal.NEGATED),
        # "a-" negates an adjective ("amoral"), never a word such as "round".
        ("typical", "atypical", Refusal.NEGATED),
        ("symmetric", "asymmetric", Refusal.NEGATED),
        ("round", "around", Kind.REGIONAL),
        ("toward", "towards", Kind.REGIONAL),
        ("whilst", "while", Kind.REGIONAL),
        ("learned", "learnt", Kind.REGIONAL),
        ("shore", "ashore", Refusal.OTHER_WORD),
        ("wine", "vine", Refusal.OTHER_WORD),  # one spelling key, two common words
        ("later", "latter", Refusal.OTHER_WORD),
        ("hillary", "hilary", Kind.TYPO),  # two names a doubled letter apart: a slip
        ("monet", "monnet", Kind.TYPO),
        ("1926", "1927", None),
        ("kazan", "lipetsk", None),
    ],
)
def test_word_pairs(expected: str, typed: str, expected_kind: Kind | Refusal | None) -> None:
    assert kind(expected, typed) == expected_kind


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("vaccination", "vaccine"),
        ("circulation", "circulates"),
        ("agreement", "agreed"),
        ("division", "dividing"),
        ("invasion", "invade"),
        ("creation", "creating"),
        ("production", "producing"),
        ("settlement", "settled"),
        ("building", "build"),
        # A participle in -ing is the verb itself, however short the verb.
        ("wilts", "wilting"),
        ("heats", "heating"),
        # … with its "e" dropped, or its last letter doubled.
        ("moving", "move"),
        ("moving", "moves"),
        ("running", "run"),
    ],
)
def test_a_verb_and_the_nouns_made_of_it_are_forms_of_one_word(expected: str, typed: str) -> None:
    assert kind(expected, typed) is Kind.FORM
    assert kind(typed, expected) is Kind.FORM


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("companion", "companies"),  # 'compan' is no verb
        ("treaty", "treatment"),
        ("station", "states"),  # too short a stem to tell
        ("relation", "relative"),  # '-ive' makes another word
        ("operation", "operator"),
        ("effect", "effected"),  # tenses keep their own rule
        ("nation", "nature"),
        ("hats", "hating"),  # three letters are no verb to share
        ("wilts", "willing"),
    ],
)
def test_words_sharing_only_a_beginning_are_not_forms_of_one_word(
    expected: str, typed: str
) -> None:
    assert kind(expected, typed) is not Kind.FORM


def test_a_country_and_its_people_are_one_word_only_inside_a_longer_answer() -> None:
    assert kind("austria", "austrian") is Refusal.OTHER_WORD
    assert kind("german", "germany", modifier=True) is Kind.FORM
    assert kind("russia", "russian", modifier=True) is Kind.FORM


def test_a_real_word_near_a_rare_name_is_taken_for_a_slip() -> None:
    # "stinnes" is in no dictionary: a learner typing a word near it slipped.
    assert kind("stinnes", "stines") is Kind.TYPO


def test_word_allowance() -> None:
    assert [word_allowance(n, TOLERANCE) for n in (3, 4, 9, 10, 16, 17, 23, 24)] == [
        0,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
    ]
    assert word_allowance(20, 0.0) == 0
    assert word_allowance(4, 0.01) == 1


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("cs", "css"),  # doubled
        ("cs", "ks"),  # sounds alike
        ("cs", "x"),
        ("ga", "gaa"),
        ("lhr", "lrh"),  # a swap in a code
        ("ufa", "fua"),  # a swap in a rare name
    ],
)
def test_words_under_four_letters_have_no_slips_but_a_swap_in_a_common_word(
    expected: str, typed: str
) -> None:
    assert kind(expected, typed) is None
    assert kind("oil", "oli") is Kind.TYPO


@pytest.mark.parametrize(
    ("expected", "typed", "expected_kind"),
    [
        ("former", "formre", Kind.TYPO),  # a slip the -er/-re rule would take for British
        ("later", "latre", Kind.TYPO),
        ("number", "numbre", Kind.TYPO),
        ("center", "centre", Kind.REGIONAL),
        ("kilometers", "kilometres", Kind.REGIONAL),
        ("theater", "theatre", Kind.REGIONAL),
        ("centered", "centred", Kind.REGIONAL),
        ("fibre", "fiber", Kind.REGIONAL),
    ],
)
def test_only_real_british_re_spellings_are_spellings(
    expected: str, typed: str, expected_kind: Kind
) -> None:
    assert kind(expected, typed) is expected_kind


def test_a_surname_may_slip_into_a_common_word_but_not_into_another_name() -> None:
    def surname(expected: str, typed: str) -> WordMatch | WordRefusal | None:
        return match_word(expected, typed, TOLERANCE, surname=True)

    assert surname("holmes", "homes") == WordMatch(Kind.TYPO, 1)
    assert surname("pitt", "pit") == WordMatch(Kind.TYPO, 1)
    assert surname("monet", "manet") == WordRefusal(Refusal.OTHER_WORD)  # another painter
    assert surname("bell", "ball") == WordRefusal(Refusal.OTHER_WORD)  # a common word
    assert kind("holmes", "homes") is Refusal.OTHER_WORD  # not a surname


@pytest.mark.parametrize(
    ("expected", "typed"),
    [("william", "bill"), ("thomas", "tom"), ("edward", "ed"), ("al", "albert")],
)
def test_a_familiar_form_of_a_given_name_is_that_name(expected: str, typed: str) -> None:
    assert match_word(expected, typed, 0.25) == WordMatch(Kind.VARIANT)


def test_names_sharing_a_familiar_form_are_not_one_another() -> None:
    # "Al" shortens both, but Albert is not Alfred.
    assert not isinstance(match_word("alfred", "albert", 0.25), WordMatch)
