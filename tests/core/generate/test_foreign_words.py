"""Tests for trainer.core.generate.foreign_words: decks in French, German, Spanish, Italian."""

from __future__ import annotations

import pytest

from trainer.core.generate.cloze_candidates import find_candidates
from trainer.core.generate.cloze_kinds import CandidateKind
from trainer.core.generate.cloze_words import tokens
from trainer.core.generate.foreign_words import opening_articles, reads_as_english
from trainer.core.generate.placeholders import parse_pattern


def _texts(text: str) -> list[str]:
    return [c.text for c in find_candidates(text)]


# --- an English pattern's article; another language's verb ----------------------------


@pytest.mark.parametrize(
    ("pattern", "values", "reads"),
    [
        ("Qui a {action} ?", {"action": "assassiné Marat"}, "Qui a assassiné Marat ?"),
        ("C'est {qui} qui a {action}.", {"qui": "Corday", "action": "assassiné Marat"},
         "C'est Corday qui a assassiné Marat."),
        ("Quel roi a {action} ?", {"action": "ordonné la fuite"}, "Quel roi a ordonné la fuite ?"),
        ("{who} a {did}.", {"who": "Marat", "did": "écrit L'Ami du peuple"},
         "Marat a écrit L'Ami du peuple."),
    ],
)  # fmt: skip
def test_a_french_verb_a_before_a_field_is_kept(
    pattern: str, values: dict[str, str], reads: str
) -> None:
    assert parse_pattern(pattern).render(values) == reads


@pytest.mark.parametrize(
    ("pattern", "values", "reads"),
    [
        ("{rock} is a {kind} rock.", {"rock": "Basalt", "kind": "igneous"},
         "Basalt is an igneous rock."),
        ("Ibn Sina was a {job}.", {"job": "astronomer"}, "Ibn Sina was an astronomer."),
        ("A {kind} is found here.", {"kind": "owl"}, "An owl is found here."),
        ("a {kind}", {"kind": "apple"}, "an apple"),
    ],
)  # fmt: skip
def test_an_english_patterns_article_still_agrees(
    pattern: str, values: dict[str, str], reads: str
) -> None:
    assert parse_pattern(pattern).render(values) == reads


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Qui a  ?", False), ("Wer hat  geschrieben?", False), ("Who was a  ?", True),
        (" is a  rock.", True), ("", True), ("Quel roi a  ?", False),
    ],
)  # fmt: skip
def test_a_patterns_own_words_tell_its_language(text: str, english: bool) -> None:
    assert reads_as_english(text) is english


# --- automatic cloze on a French or German text ---------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Le 14 juillet 1789, le peuple de Paris prend la Bastille et la détruit.", "14"),
        ("Le 21 janvier 1793, le roi est guillotiné sur la place de la Révolution.", "21"),
        ("Le 9 thermidor an II, Robespierre est renversé par la Convention et arrêté.", "9"),
        ("Goethe kam am 7 November 1775 nach Weimar und blieb dort bis zu seinem Tod.", "7"),
        ("El 2 de mayo de 1808 el pueblo de Madrid se levantó contra los franceses.", "2"),
    ],
)
def test_a_day_before_a_month_of_another_language_is_never_blanked(text: str, day: str) -> None:
    found = _texts(text)
    assert day not in found
    assert not any(candidate.endswith(f" {day}") for candidate in found)


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("Le 5 mai 1789, les états généraux s'ouvrent à Versailles et le roi parle.", "Le", None),
        ("La Constitution de 1791 est votée par l'Assemblée et le roi la signe.", "La",
         "Constitution"),
        ("Das Stück gilt als Höhepunkt des Sturm und Drang, und Schiller schrieb es 1781.",
         "Das", "Stück"),
    ],
)  # fmt: skip
def test_an_article_opening_a_foreign_sentence_opens_no_name(
    text: str, dropped: str, kept: str | None
) -> None:
    found = _texts(text)
    assert not any(candidate.split()[0] == dropped for candidate in found)
    if kept is not None:
        assert kept in " ".join(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Los Angeles is the largest city of California, and Hollywood lies in it.",
         "Los Angeles"),
        ("La Paz is the seat of government of Bolivia, high in the Andes.", "La Paz"),
    ],
)  # fmt: skip
def test_an_article_that_opens_a_name_stays_in_it(text: str, name: str) -> None:
    assert name in _texts(text)


def test_only_sentence_openers_of_a_text_in_their_language_are_found() -> None:
    french = tokens("Le roi part. Les députés restent et le peuple attend dans la rue.")
    assert [french[i].text for i in sorted(opening_articles(french))] == ["Le", "Les"]
    english = tokens("Le Mans holds a race. Drivers come from far away to see it.")
    assert opening_articles(english) == frozenset()
    spanish = tokens("Las tropas del rey entraron en Madrid. El pueblo se levantó por la libertad.")
    assert [spanish[i].text for i in sorted(opening_articles(spanish))] == ["Las", "El"]


def test_an_article_the_text_capitalises_mid_sentence_opens_a_name_there() -> None:
    words = tokens(
        "La Fayette commande la Garde et les gardes. Le roi craint le marquis de La Fayette."
    )
    assert [words[i].text for i in sorted(opening_articles(words))] == ["Le"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("El 25 de mayo de 1810 el cabildo abierto de Buenos Aires destituyó al virrey.", "25"),
        ("Bolívar ganó la batalla de Carabobo el 24 de junio de 1821 y entró en Caracas.", "24"),
        ("Pedro Álvares Cabral chegou ao Brasil em 22 de abril de 1500 com a sua frota.", "22"),
        ("Dans la nuit du 20 au 21 juin 1791, le roi et sa famille quittent les Tuileries.", "20"),
        ("Les 17 et 18 octobre 1793, les Vendéens sont battus à Cholet par les Bleus.", "17"),
        ("The Normans landed between 28 and 29 September 1066 at Pevensey in Sussex.", "28"),
    ],
)
def test_a_day_written_before_de_and_its_month_or_as_a_span_is_never_blanked(
    text: str, day: str
) -> None:
    # "El [number] de mayo de 1810" asks for a day's number as if it were a quantity.
    found = _texts(text)
    assert day not in found
    assert not any(candidate.endswith(f" {day}") for candidate in found)


def test_a_number_beside_de_that_is_no_day_is_still_asked() -> None:
    assert "25" in _texts("El ejército perdió 25 de sus cañones en la retirada de Rancagua.")


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("En 1808 Napoleón obligó al rey a abdicar. En América se formaron juntas de gobierno.",
         "En", "América"),
        ("Tras Ayacucho, el virrey firmó la capitulación y los realistas se rindieron.", "Tras",
         "Ayacucho"),
        ("Con Sucre, el ejército llegó a la paz y al Alto Perú.", "Con", "Sucre"),
        ("Pendant la Terreur, le tribunal juge vite. Dans Paris, les sections sont en armes.",
         "Dans", "Paris"),
    ],
)  # fmt: skip
def test_a_small_word_opening_a_foreign_sentence_opens_no_name(
    text: str, dropped: str, kept: str
) -> None:
    # "[...] se formaron juntas" for `En América`: the preposition is no part of the name.
    found = _texts(text)
    assert not any(candidate.split()[0] == dropped for candidate in found)
    assert kept in found


def test_a_year_after_a_foreign_preposition_is_a_year_though_a_noun_follows() -> None:
    found = find_candidates(
        "Morelos dirigió la insurgencia y presentó en 1813 los Sentimientos de la Nación."
    )
    assert any(c.kind is CandidateKind.YEAR and c.text == "1813" for c in found)
