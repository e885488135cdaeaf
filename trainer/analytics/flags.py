"""The flags an instructor acts on, raised from a card's measures by fixed thresholds."""

from __future__ import annotations

from enum import StrEnum

from trainer.analytics.measures import CardFigures
from trainer.core.records import record

DEFAULT_MIN_LEARNERS = 5


class Flag(StrEnum):
    """What a flagged card may need; the order is the order of urgency in reports."""

    HARD_OR_MISLEADING = "too_hard_or_misleading"
    OFTEN_OVERRULED = "often_overruled"
    NEEDS_REWORDING = "needs_rewording"
    UNPICKED_OPTION = "unpicked_option"
    TOO_EASY = "too_easy"

    @property
    def label(self) -> str:
        return FLAG_LABELS[self]


FLAG_LABELS = {
    Flag.HARD_OR_MISLEADING: "too hard or misleading",
    Flag.OFTEN_OVERRULED: "often overruled (check the accept list)",
    Flag.NEEDS_REWORDING: "needs rewording",
    Flag.UNPICKED_OPTION: "an option nobody picks",
    Flag.TOO_EASY: "too easy",
}


@record
class Thresholds:
    """Where each flag starts (issue 14); docs/analytics.md explains each."""

    min_learners: int = DEFAULT_MIN_LEARNERS
    too_easy_above: float = 0.95
    too_hard_below: float = 0.30
    discrimination_below: float = 0.0
    floor_share_from: float = 0.30
    override_rate_from: float = 0.10
    # One learner overruling often is that learner's habit, not the card's problem.
    overriders_from: int = 2


@record
class Flagging:
    """A card's flags, why each was raised, and why none could be (if so)."""

    flags: tuple[Flag, ...] = ()
    reasons: tuple[str, ...] = ()
    withheld: str | None = None


DEFAULT_THRESHOLDS = Thresholds()


def flag_card(figures: CardFigures, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Flagging:
    """The flags `figures` raise; none below `min_learners` learners, with the reason."""
    if figures.learners < thresholds.min_learners:
        return Flagging(withheld=withheld_reason(figures.learners, thresholds.min_learners))
    raised: dict[Flag, str] = {}
    facility = figures.facility
    if facility > thresholds.too_easy_above:
        raised[Flag.TOO_EASY] = f"facility {facility:.3f} > {thresholds.too_easy_above:g}"
    hard = []
    if facility < thresholds.too_hard_below:
        hard.append(f"facility {facility:.3f} < {thresholds.too_hard_below:g}")
    discrimination = figures.discrimination
    if discrimination is not None and discrimination < thresholds.discrimination_below:
        hard.append(f"discrimination {discrimination:.3f} < {thresholds.discrimination_below:g}")
    if hard:
        raised[Flag.HARD_OR_MISLEADING] = "; ".join(hard)
    floor_share = figures.ef_floor_share
    if floor_share is not None and floor_share >= thresholds.floor_share_from:
        raised[Flag.NEEDS_REWORDING] = (
            f"{floor_share:.0%} of learners at the scheduler's floor "
            f"(≥ {thresholds.floor_share_from:.0%})"
        )
    unpicked = [option for option, picks in figures.option_picks if picks == 0]
    if unpicked and figures.choice_answers > 0:
        names = ", ".join(option_name(option) for option in unpicked)
        raised[Flag.UNPICKED_OPTION] = (
            f"option {names} never picked in {figures.choice_answers} answers"
        )
    if (
        figures.override_rate >= thresholds.override_rate_from
        and figures.overriders >= thresholds.overriders_from
    ):
        raised[Flag.OFTEN_OVERRULED] = (
            f"{figures.override_rate:.0%} of answers overruled by {figures.overriders} "
            f"learners (≥ {thresholds.override_rate_from:.0%})"
        )
    ordered = [flag for flag in Flag if flag in raised]
    return Flagging(tuple(ordered), tuple(raised[flag] for flag in ordered))


def withheld_reason(learners: int, min_learners: int) -> str:
    """Why a card raises no flag: too few learners answered it."""
    return f"no flags: {_learners(learners)} answered, flags need at least {min_learners}"


def class_too_small(learners: int, min_learners: int) -> str:
    """Why the whole report raises no flag: the class is too small."""
    return (
        f"no flags: {_learners(learners)} in the class, flags need at least {min_learners} per card"
    )


def _learners(count: int) -> str:
    return f"{count} learner" if count == 1 else f"{count} learners"


def option_name(option: int) -> str:
    """An option as learners saw it: A, B, C … (0-based index in the log)."""
    return chr(ord("A") + option) if 0 <= option < 26 else str(option + 1)
