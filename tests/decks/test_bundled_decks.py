"""The decks shipped in decks/: they compile cleanly and keep the promises made about them."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.core.answering.normalise import fold
from trainer.core.compile import compile_deck
from trainer.core.model import Card, CardKind, CompiledDeck

REPO = Path(__file__).parents[2]
DECKS = REPO / "decks"
DECK_FILES = sorted(DECKS.glob("*.yaml"))
HISTORY = DECKS / "germany-and-the-soviet-union.yaml"
TUTORIAL = DECKS / "tutorial.yaml"
BEAGLE = DECKS / "voyage-of-the-beagle.yaml"
SPEC = REPO / "docs" / "deck-format.md"

# The page references the notes give, written as the deck writes them.
NOTES_PAGES = {
    "3",
    "90–91",
    "128–129",
    "139–142, 192",
    "138–141",
    "169–170",
    "196",
    "200",
    "170",
    "201 & 211",
    "205",
    "221",
}
# Every year the notes mention; a year outside this set was added from elsewhere.
NOTES_YEARS = {"1923", "1926", "1927", "1928", "1929", "1931", "1932"}
# A four-digit year standing alone: not part of 50,000 or of a longer number.
YEAR = re.compile(r"(?<![\d.])(?<!\d,)1\d{3}(?!\d|,\d)")


@pytest.fixture(scope="module")
def history() -> CompiledDeck:
    return compile_deck(HISTORY)


@pytest.fixture(scope="module")
def tutorial() -> CompiledDeck:
    return compile_deck(TUTORIAL)


def card_texts(compiled: CompiledDeck) -> list[str]:
    """Everything a learner can read on the deck's cards."""
    texts: list[str] = []
    for card in compiled.cards:
        texts += [card.prompt, card.answer.text, card.hint, card.explanation]
        texts += [*card.answer.alternatives, *card.choices]
    return texts


def test_the_glob_finds_exactly_the_three_whole_decks() -> None:
    # Chapters live in subfolders (decks/tutorial/, decks/voyage-of-the-beagle/) so that
    # `decks/*.yaml` skips them.
    assert [path.name for path in DECK_FILES] == [HISTORY.name, TUTORIAL.name, BEAGLE.name]


@pytest.mark.parametrize("path", DECK_FILES, ids=lambda path: path.name)
def test_every_bundled_deck_compiles_without_errors_or_warnings(path: Path) -> None:
    compiled = compile_deck(path)  # raises DeckError on any error
    assert compiled.cards
    assert [str(warning) for warning in compiled.warnings] == []


@pytest.mark.parametrize("path", DECK_FILES, ids=lambda path: path.name)
def test_card_ids_are_unique_and_carry_the_deck_id(path: Path) -> None:
    compiled = compile_deck(path)
    counts = Counter(card.id for card in compiled.cards)
    assert [card_id for card_id, count in counts.items() if count > 1] == []
    assert all(card.id.startswith(f"{compiled.deck.id}:") for card in compiled.cards)


def test_trainer_check_accepts_every_bundled_deck(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", *(str(path) for path in DECK_FILES)])
    output = capsys.readouterr()
    assert status == 0, output.out + output.err
    assert "error" not in output.out + output.err


def test_history_deck_identity_and_source(history: CompiledDeck) -> None:
    deck = history.deck
    assert deck.id == "moore-germany-soviet"
    assert deck.source is not None
    assert (deck.source.title, deck.source.author, deck.source.publisher) == (
        "How Hitler Came To Power",
        "Sara Moore",
        "AuthorHouse",
    )


def test_history_deck_is_large_enough_and_uses_every_kind(history: CompiledDeck) -> None:
    counts = history.counts_by_kind()
    assert len(history.cards) >= 80
    assert {kind for kind, count in counts.items() if count > 0} == set(CardKind)


def test_history_preview_json_shows_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["preview", "--format", "json", str(HISTORY)])
    cards = json.loads(capsys.readouterr().out)
    assert status == 0
    assert {card["kind"] for card in cards} == {kind.value for kind in CardKind}


def test_history_card_ids_use_the_slots_the_spec_defines(history: CompiledDeck) -> None:
    # Progress is kept by card id, so these must not drift (docs/deck-format.md, Card identity).
    ids = {card.id for card in history.cards}
    expected = {
        "moore-germany-soviet:lipetsk-kazan:lipetsk-agreed",
        "moore-germany-soviet:lipetsk-kazan:c1",
        "moore-germany-soviet:lipetsk-kazan:lipetsk-school.school-where",
        "moore-germany-soviet:exports-1932:auto-1932",
        "moore-germany-soviet:military-cooperation:order",
    }
    assert expected - ids == set()


def test_history_deck_asks_what_was_agreed_at_lipetsk(history: CompiledDeck) -> None:
    question = "What was agreed at Lipetsk in 1926?"
    matches = [card for card in history.cards if card.prompt == question]
    assert len(matches) == 1
    answers = [matches[0].answer.text, *matches[0].answer.alternatives]
    assert any("aviation school" in fold(answer) for answer in answers)
    assert "military school" in fold(matches[0].answer.text)


def test_every_history_card_cites_a_page(history: CompiledDeck) -> None:
    uncited = [card.id for card in history.cards if not re.search(r"\bpp?\. \d", card.source)]
    assert uncited == []


def test_history_excerpts_cite_only_pages_the_notes_give(history: CompiledDeck) -> None:
    cited = {excerpt.id: excerpt.source.pages for excerpt in history.deck.excerpts}
    assert {pages for pages in cited.values() if pages not in NOTES_PAGES} == set()
    # Every page reference of the notes is covered by at least one excerpt.
    assert set(cited.values()) == NOTES_PAGES


def test_history_deck_mentions_no_year_the_notes_lack(history: CompiledDeck) -> None:
    texts = card_texts(history) + [excerpt.text for excerpt in history.deck.excerpts]
    years = {year for text in texts for year in YEAR.findall(text)}
    assert years - NOTES_YEARS == set()


def test_authored_history_questions_have_explicit_ids(history: CompiledDeck) -> None:
    positional = [
        f"{excerpt.id}:{question.slot}"
        for excerpt in history.deck.excerpts
        for question in excerpt.questions
        if re.fullmatch(r"q\d+", question.slot)
    ]
    assert positional == []


def test_tutorial_is_split_into_chapter_files(tutorial: CompiledDeck) -> None:
    deck = tutorial.deck
    assert deck.id == "tutorial"
    chapter_files = {Path(name).name for name in deck.files} - {TUTORIAL.name}
    assert chapter_files == {path.name for path in (DECKS / "tutorial").glob("*.yaml")}
    assert len(chapter_files) >= 2
    assert 15 <= len(tutorial.cards) <= 30
    assert sum(1 for count in tutorial.counts_by_kind().values() if count) >= 4


def spec_anchors() -> set[str]:
    """GitHub-style anchors of the headings of docs/deck-format.md."""
    anchors: set[str] = set()
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"#{1,6} (.+)", line)
        if heading:
            title = unicodedata.normalize("NFKC", heading.group(1)).strip().lower()
            anchors.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return anchors


def test_tutorial_excerpts_cite_existing_sections_of_the_spec(tutorial: CompiledDeck) -> None:
    anchors = spec_anchors()
    for excerpt in tutorial.deck.excerpts:
        page, _, anchor = excerpt.source.url.partition("#")
        assert page == "docs/deck-format.md", excerpt.id
        assert anchor in anchors, excerpt.id
        assert excerpt.source.chapter, excerpt.id


def test_tutorial_shows_cloze_syntax_without_making_deletions_of_it(
    tutorial: CompiledDeck,
) -> None:
    assert not [text for text in card_texts(tutorial) if "{{" in text or "::" in text]
    cloze_cards = [card for card in tutorial.cards if card.excerpt_id == "cloze-deletions"]
    assert [card.answer.text for card in cloze_cards] == ["number", "together"]


# Every card the history deck made before generated questions were reworked (issue 9),
# automatic cloze aside: their ids must stay, so that learners keep their progress.
HISTORY_IDS = {
    "comintern-congress:c1",
    "comintern-congress:c2",
    "comintern-congress:comintern-congress.event-year",
    "comintern-congress:comintern-congress.event-year-tf",
    "comintern-congress:denunciation-date",
    "comintern-congress:kpd",
    "economic-agreement:c1",
    "economic-agreement:death-knell",
    "economic-agreement:signed-month",
    "economic-agreement:union-name",
    "enemy-no-1:enemy",
    "enemy-no-1:whose-order",
    "enemy-no-1:workers",
    "hugenberg-memorandum:c1",
    "hugenberg-memorandum:c2",
    "hugenberg-memorandum:hugenberg.who-role",
    "hugenberg-memorandum:memo-date",
    "hugenberg-memorandum:memo-end",
    "junkers:commission",
    "junkers:junkers-liquidated.event-year",
    "junkers:junkers-liquidated.event-year-tf",
    "junkers:junkers-warplanes.firm-choice",
    "junkers:junkers-warplanes.firm-tf",
    "junkers:newspaper",
    "krupp-contract:contract-date",
    "krupp-contract:contract-firm",
    "krupp-lease:hard-currency",
    "krupp-lease:hectares",
    "krupp-lease:krupp-farmland.firm-choice",
    "krupp-lease:krupp-farmland.firm-tf",
    "krupp-lease:krupp-farmland.where-choice",
    "krupp-lease:lease-date",
    "krupp-lease:stinnes",
    "krupp-terms:capitulated",
    "krupp-terms:krupp-terms.firm-choice",
    "krupp-terms:krupp-terms.firm-tf",
    "krupp-terms:who-gave-in",
    "lenin-passage:berne-minister.where-choice",
    "lenin-passage:c1",
    "lenin-passage:intermediary",
    "lenin-passage:lenin.who-role",
    "lenin-passage:sanctioned",
    "lenin-passage:set-out-from",
    "lipetsk-kazan:c1",
    "lipetsk-kazan:c2",
    "lipetsk-kazan:c3",
    "lipetsk-kazan:complement",
    "lipetsk-kazan:gold-marks.event-year",
    "lipetsk-kazan:gold-marks.event-year-tf",
    "lipetsk-kazan:kazan-school.school-tf",
    "lipetsk-kazan:kazan-school.school-where",
    "lipetsk-kazan:lipetsk-agreed",
    "lipetsk-kazan:lipetsk-school.school-tf",
    "lipetsk-kazan:lipetsk-school.school-where",
    "lipetsk-kazan:schools-agreed.event-year",
    "lipetsk-kazan:schools-agreed.event-year-tf",
    "military-cooperation:order",
    "officer-training:courses",
    "rapallo-plan:lloyd-george.who-role",
    "rapallo-plan:outcome",
    "rapallo-plan:reparations",
    "rapallo-plan:war-debts",
    "rapallo-waiver:claims-waived",
    "rapallo-waiver:condition",
    "rheinmetall:kuibyshev-post",
    "rheinmetall:kuibyshev-report.event-year",
    "rheinmetall:kuibyshev-report.event-year-tf",
    "rheinmetall:kuibyshev.who-role",
    "rheinmetall:rheinmetall-weapons.firm-choice",
    "rheinmetall:rheinmetall-weapons.firm-tf",
    "rheinmetall:weapons",
    "schools-to-exports:order",
    "stalin-offer:c1",
    "stalin-offer:c2",
    "stalin-offer:offer",
    "stalin-offer:stalin.who-role",
    "summer-alliance:alliance-cause",
    "summer-alliance:c1",
    "summer-alliance:c2",
    "summer-alliance:dnvp.whose-party",
    "summer-alliance:nsdap.whose-party",
    "summer-alliance:stahlhelm",
    "tough-negotiations:oil",
    "tough-negotiations:soviet-economy",
    "tough-negotiations:strings",
}


def test_history_deck_keeps_every_card_id(history: CompiledDeck) -> None:
    ids = {card.id.split(":", 1)[1] for card in history.cards}
    assert HISTORY_IDS - ids == set()


def _history_card(history: CompiledDeck, slot: str) -> Card:
    (card,) = [card for card in history.cards if card.id.endswith(":" + slot)]
    return card


def test_history_true_false_cards_are_balanced(history: CompiledDeck) -> None:
    verdicts = [c.answer.text for c in history.cards if c.kind is CardKind.TRUE_FALSE]
    assert len(verdicts) >= 5
    assert 0.4 <= verdicts.count("True") / len(verdicts) <= 0.6


def test_history_options_are_plausible(history: CompiledDeck) -> None:
    gave_in = _history_card(history, "krupp-terms:who-gave-in")
    assert set(gave_in.choices) <= {"Stalin", "Lenin", "Valerian Kuibyshev"}
    for card in history.cards:
        # No option is named in its own question, and Berne is no site of Russian farmland.
        wrong = [c for i, c in enumerate(card.choices) if card.answer.key[:1] != (i,)]
        if card.kind is CardKind.CHOICE:
            assert not [c for c in wrong if fold(c) in fold(card.prompt)], card.id
        if "farmland" in card.prompt:
            assert "Berne" not in card.choices
        if "Bolshevik" in card.prompt:
            assert "Lloyd George" not in card.choices


def test_history_generated_cards_accept_names_the_deck_gives(history: CompiledDeck) -> None:
    assert "Kuibyshev" in _history_card(history, "kuibyshev.who-role").answer.alternatives
    assert "George" not in _history_card(history, "lloyd-george.who-role").answer.alternatives
    social_democrats = _history_card(history, "comintern-congress:c2").answer.alternatives
    assert "the German Social Democrats" in social_democrats
    farmland = _history_card(history, "krupp-farmland.where-choice").answer.alternatives
    assert "North Caucasus" in farmland
    assert "Bern" in _history_card(history, "berne-minister.where-choice").answer.alternatives


def test_history_prompts_and_labels_start_with_a_capital(history: CompiledDeck) -> None:
    for card in history.cards:
        assert card.prompt[:1].isupper(), card.id
        if card.kind is CardKind.CHRONOLOGY:
            assert all(choice[:1].isupper() for choice in card.choices), card.id
