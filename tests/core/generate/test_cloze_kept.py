"""Tests of which automatic cloze candidates are kept: none the text or its title gives away."""

from __future__ import annotations

import pytest

from trainer.core.generate.cloze_giveaways import TextIndex
from trainer.core.generate.cloze_kept import without_giveaways
from trainer.core.generate.cloze_kinds import Candidate, CandidateKind

NAME, NUMBER = CandidateKind.NAME, CandidateKind.NUMBER


def _at(text: str, kind: CandidateKind, value: str) -> Candidate:
    start = text.index(value)
    return Candidate(kind, value, ((start, start + len(value)),))


def _kept(
    text: str,
    candidates: list[Candidate],
    shown_with: str = "",
    limit: int | None = None,
    admitted: frozenset[str] | None = None,
) -> list[str]:
    kept = without_giveaways(
        candidates,
        lambda c: admitted is None or c.text in admitted,
        TextIndex(text),
        shown_with,
        limit,
    )
    return [c.text for c in kept]


def test_the_admissible_are_kept_in_order_up_to_the_limit() -> None:
    text = "Krupp sent Junkers to Kazan."
    found = [_at(text, NAME, name) for name in ("Krupp", "Junkers", "Kazan")]
    assert _kept(text, found) == ["Krupp", "Junkers", "Kazan"]
    assert _kept(text, found, limit=2) == ["Krupp", "Junkers"]
    assert _kept(text, found, admitted=frozenset({"Junkers", "Kazan"}), limit=1) == ["Junkers"]


def test_a_defined_acronym_and_the_words_defining_it_are_not_kept() -> None:
    text = "The German Communist party (KPD) met Krupp."
    found = [_at(text, NAME, name) for name in ("German Communist", "KPD", "Krupp")]
    assert _kept(text, found) == ["Krupp"]


def test_what_the_rest_of_the_text_or_the_title_shows_is_not_kept() -> None:
    text = "Russia signed at Rapallo; the Russians left."
    found = [_at(text, NAME, name) for name in ("Russia", "Rapallo")]
    assert _kept(text, found) == ["Rapallo"]
    assert _kept(text, found, shown_with="The Treaty of Rapallo") == []


def test_a_power_is_given_away_only_by_the_title() -> None:
    text = "A mole holds 6.022 × 10^23 particles."
    found = [_at(text, NUMBER, "6.022 × 10^23")]
    assert _kept(text, found) == ["6.022 × 10^23"]
    assert _kept(text, found, shown_with="Why 6.022 × 10^23?") == []


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A word made from the name gives it away, whatever the length of their stem.
        ("The Pontic kings ruled from Sinope; Mithridates made Pontus a power.", "Pontus"),
        ("Hades lived below, far from the Olympians, who dwelt on Olympus.", "Olympus"),
        ("The Cyprian copper mines made Cyprus rich under Rome.", "Cyprus"),
    ],
)
def test_a_word_made_from_the_name_gives_it_away(text: str, answer: str) -> None:
    assert _kept(text, [_at(text, NAME, answer)]) == []


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A common word that only starts as the name does gives nothing away.
        ("The rover found no marsh on the plains of Mars.", "Mars"),
        ("Each parish church in Paris rang its bells.", "Paris"),
    ],
)
def test_a_common_word_that_starts_as_the_name_gives_nothing_away(text: str, answer: str) -> None:
    assert _kept(text, [_at(text, NAME, answer)]) == [answer]
