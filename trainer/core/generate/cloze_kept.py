"""Which automatic cloze candidates are kept: those the rest of the text does not give away."""

from __future__ import annotations

from collections.abc import Callable

from trainer.core.generate.cloze_eras import looked_for
from trainer.core.generate.cloze_giveaways import TextIndex, acronym_zones
from trainer.core.generate.cloze_kinds import Candidate, CandidateKind
from trainer.core.generate.cloze_notation import is_notation, notation_key, notation_spans


def without_giveaways(
    candidates: list[Candidate],
    admissible: Callable[[Candidate], bool],
    index: TextIndex,
    shown_with: str,
    limit: int | None,
) -> list[Candidate]:
    """The `admissible` candidates, in order, that the rest of the text (`index`) and
    `shown_with` beside it do not give away once they are blanked; at most `limit`.

    An acronym that the text defines is never kept, nor a name or a term inside the
    words that define one (`the German Communist party (KPD)`, `a kibibyte (KiB)`).
    Every test is made only of the candidates that could still be kept: with a limit,
    most are never looked at.
    """
    beside: TextIndex | None = None
    zones = acronym_zones(index.tokens, index.text)
    defined = {acronym for acronym, _ in zones}
    # Acronyms defined in one excerpt are few: each zone is tested in turn.
    defining = [span for _, span in zones]
    kept: list[Candidate] = []
    for candidate in candidates:
        if not admissible(candidate) or candidate.text in defined:
            continue
        if candidate.kind in _DEFINING_KINDS and any(
            start < b and a < end for a, b in candidate.spans for start, end in defining
        ):
            continue
        if is_notation(candidate.text):
            # Every spelling of the power in the text is among its spans: only the
            # title can show it elsewhere.
            if shown_with and _shows_power(shown_with, candidate.text):
                continue
        elif index.giveaway(hidden := looked_for(candidate), candidate.spans):
            continue
        elif shown_with:
            if beside is None:
                beside = TextIndex(shown_with)
            if beside.giveaway(hidden):
                continue
        kept.append(candidate)
        if len(kept) == limit:
            break
    return kept


# Kinds of candidate that words defining an acronym may be.
_DEFINING_KINDS = frozenset({CandidateKind.NAME, CandidateKind.TERM})


def _shows_power(text: str, power: str) -> bool:
    key = notation_key(power)
    return any(notation_key(text[a:b]) == key for a, b in notation_spans(text))
