"""Tests of the language a card's own words are in: true/false frames, dates and blanks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import grade
from trainer.core.answering.verdict import Outcome
from trainer.core.compile import compile_deck
from trainer.core.generate.card_language import card_frame
from trainer.core.generate.foreign_words import (
    language_of,
    marker_counts,
    remembered_marker_counts,
    text_language,
)
from trainer.core.model import Card, CardKind
from trainer.core.scheduling.policy import Policy

SPANISH_DECK = """\
id: independencia
title: La independencia
fields:
  fecha: {type: date}
templates:
  - id: cuando
    prompt: ¿En qué fecha tuvo lugar {suceso}?
    answer: fecha
  - id: vf
    kind: true_false
    statement: "Fue {quien} quien {accion}."
    swap: quien
excerpts:
  - id: cabildo
    page: 12
    auto_cloze: true
    text: >
      El 25 de mayo de 1810 el cabildo abierto de Buenos Aires destituyó al virrey y
      formó la Primera Junta, presidida por Cornelio Saavedra. En 1816 las Provincias
      Unidas declararon su independencia en Tucumán.
    facts:
      - id: mayo
        suceso: la Revolución de Mayo
        fecha: 1810-05-25
        quien: Cornelio Saavedra
        accion: presidió la Primera Junta
  - id: grito
    page: 14
    text: >
      El 16 de septiembre de 1810 el cura Miguel Hidalgo llamó a sus feligreses a la
      rebelión en el pueblo de Dolores, en México.
    facts:
      - id: dolores
        suceso: el Grito de Dolores
        fecha: 1810-09-16
        quien: Miguel Hidalgo
        accion: lanzó el Grito de Dolores
"""


@pytest.fixture(scope="module")
def spanish_cards(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Card]:
    path: Path = tmp_path_factory.mktemp("deck") / "independencia.yaml"
    path.write_text(SPANISH_DECK, encoding="utf-8")
    return {card.id: card for card in compile_deck(path).cards}


def test_a_spanish_decks_true_or_false_cards_are_framed_in_spanish(
    spanish_cards: dict[str, Card],
) -> None:
    statements = [c for c in spanish_cards.values() if c.kind is CardKind.TRUE_FALSE]
    assert len(statements) == 2
    for card in statements:
        assert card.prompt.startswith("Verdadero o falso: Fue ")
        assert card.choices == ("Verdadero", "Falso")
        assert card.answer.text == card.choices[card.answer.key[0]]
        # The learner answers in the deck's language, or in English.
        right = "v" if card.answer.text == "Verdadero" else "falso"
        verdict = grade(card.answer, right, choices=card.choices, policy=Policy())
        assert verdict.outcome is Outcome.EXACT


def test_a_spanish_decks_dates_are_shown_in_spanish_and_read_back(
    spanish_cards: dict[str, Card],
) -> None:
    card = spanish_cards["independencia:cabildo:mayo.cuando"]
    assert card.prompt == "¿En qué fecha tuvo lugar la Revolución de Mayo?"
    assert card.answer.text == "25 de mayo de 1810"
    for typed in ("25 de mayo de 1810", "25 mayo 1810", "25/5/1810", "May 25, 1810"):
        verdict = grade(card.answer, typed, policy=Policy(), question=card.prompt)
        assert verdict.outcome is Outcome.EXACT, typed
    assert spanish_cards["independencia:grito:dolores.cuando"].answer.text == (
        "16 de septiembre de 1810"
    )


def test_a_spanish_excerpts_blanks_say_what_they_stand_for_in_spanish(
    spanish_cards: dict[str, Card],
) -> None:
    blanks = [c.prompt for c in spanish_cards.values() if c.kind is CardKind.AUTO_CLOZE]
    assert any("[año]" in prompt for prompt in blanks)
    assert not any("[year]" in prompt or "[number]" in prompt for prompt in blanks)


ITALIAN_TEXT = (
    "Il 20 settembre 1870 le truppe italiane entrarono a Roma attraverso la breccia di "
    "Porta Pia, e la città divenne la capitale del Regno d'Italia nel 1871."
)
FRENCH_TEXT = (
    "Le 14 juillet 1789, le peuple de Paris prend la Bastille, qui est le symbole de "
    "l'absolutisme, et la révolution commence dans les rues."
)


@pytest.mark.parametrize(
    ("excerpt", "own", "language"),
    [
        (FRENCH_TEXT, "", "fr"),
        (FRENCH_TEXT, "C'est {qui} qui a {action}.", "fr"),
        # An English question on a French text keeps English words around it.
        (FRENCH_TEXT, "On what date did {event} take place?", "en"),
        ("Am 14. Juli 1789 stürmte das Volk die Bastille, und die Revolution begann.", "", "de"),
        ("Il 17 marzo 1861 fu proclamato il Regno d'Italia, e nel 1871 Roma.", "", "it"),
        # English quoting French names is English.
        (
            "The Déclaration des droits de l'homme et du citoyen was adopted by the "
            "Assembly in August 1789, and Le Moniteur printed it.",
            "",
            "en",
        ),
        ("Lipetsk, 1926.", "", "en"),
        # Words the word list holds ("in", "data"; "lieu", "en") are no English template.
        (ITALIAN_TEXT, "In che data avvenne {evento}?", "it"),
        (FRENCH_TEXT, "{evenement} a eu lieu en {annee}.", "fr"),
        (FRENCH_TEXT, "À quelle date a eu lieu {evenement} ?", "fr"),
        # English words around a French passage: English.
        (FRENCH_TEXT, "The French word '{word}' means {meaning}.", "en"),
        (FRENCH_TEXT, "What does the phrase '{phrase}' mean?", "en"),
    ],
)
def test_a_card_is_in_the_language_of_its_own_words_and_excerpt(
    excerpt: str, own: str, language: str
) -> None:
    assert card_frame(excerpt, own).language == language


def test_a_text_in_no_language_decks_are_written_in_is_english() -> None:
    assert text_language("") == "en"
    assert text_language("Gagarin Vostok Baikonur") == "en"
    # One small word of French is not enough.
    assert text_language("He said le mot juste.") == "en"


def test_small_words_two_languages_share_tell_neither_and_others_tell_each() -> None:
    # "en", "se" and "que" are French as much as Spanish.
    assert text_language("Il se dit que la ville est en fête, et le roi dans Paris.") == "fr"
    assert (
        text_language(
            "En julio de 1822 Bolívar y San Martín se reunieron en Guayaquil; poco después "
            "San Martín se retiró."
        )
        == "es"
    )
    assert text_language(ITALIAN_TEXT) == "it"


def test_a_month_in_small_letters_tells_its_language_as_a_small_word_does() -> None:
    # One French small word ("le") and a French month: a short French excerpt.
    excerpt = "La fête de la Fédération, le 14 juillet 1790. Grande fête."
    assert text_language(excerpt) == "fr"
    assert card_frame(excerpt, "{event} a eu lieu en {year}.").language == "fr"
    # Months two languages write alike ("marzo"), or English writes ("mars"), tell none.
    assert text_language("Le 3 marzo.") == "en"
    assert text_language("Dust le mars the surface.") == "en"
    # English keeps a French date it quotes.
    assert text_language("The storming of the Bastille, le 14 juillet, is the fête.") == "en"


_WORDS = ["the", "of", "la", "le", "der", "und", "el", "los", "il", "che", "d'une", "Paris", "x"]


@given(
    st.lists(st.sampled_from(_WORDS), max_size=12),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6),
)
def test_the_excerpt_counted_apart_frames_a_card_as_the_whole_text_does(
    excerpt: list[str], own: list[str]
) -> None:
    # The fast path counts an excerpt's small words once for all its cards (a GIFT
    # matching question of 4,000 pairs read its excerpt whole for each, 49 s); it must
    # frame each card as reading the own words and the excerpt together did.
    excerpt_text, own_text = " ".join(excerpt), " ".join(own)
    apart = remembered_marker_counts(excerpt_text) + marker_counts(own_text.casefold())
    assert language_of(apart) == text_language(f"{own_text.casefold()} {excerpt_text}")
