"""The report as text for a terminal: a summary, a table sorted by flags, the flags' details."""

from __future__ import annotations

from trainer.analytics.flags import option_name
from trainer.analytics.report import Item, Report
from trainer.core.untrusted import printable

NONE = "–"
COLUMNS = ("facil", "discr", "lapse", "floor", "median", "lrn", "answers", "overr")


def number(value: float | None, digits: int = 2) -> str:
    """A figure as the reports show it: 0.83; – when undefined."""
    return NONE if value is None else f"{value:.{digits}f}"


def seconds(milliseconds: float | None) -> str:
    return NONE if milliseconds is None else f"{milliseconds / 1000:.1f}s"


def shown(text: str) -> str:
    """Untrusted text (card ids, options, typed answers, file names) made harmless, one line."""
    return printable(text, one_line=True)


def place(item: Item) -> str:
    """Where the card is: `file:line`, retired, or unknown without the deck."""
    if item.where is not None:
        return shown(item.where)
    return "retired" if item.retired else NONE


def summary_lines(report: Report) -> list[str]:
    """The class, the logs read, and the rule for flags, as the report opens."""
    files = len(report.files)
    lines = [
        f"Deck {shown(report.deck or NONE)}: {report.learners} learners, "
        f"{report.answers:,} counted answers, {len(report.items)} cards answered",
        f"Read {files} log {'file' if files == 1 else 'files'}: {report.rows:,} rows, "
        f"{report.duplicates:,} duplicates dropped",
        f"Flags need at least {report.min_learners} learners per card. "
        f"{len(report.flagged)} cards flagged.",
    ]
    if report.deck_file:
        lines.append(f"Deck file: {shown(report.deck_file)}")
    if report.note:
        lines.append(report.note.capitalize() + ".")
    if report.unanswered:
        lines.append(f"{len(report.unanswered)} cards of the deck were never answered.")
    return lines


def render_text(report: Report) -> str:
    lines = summary_lines(report)
    lines.append("")
    header = "  ".join(f"{name:>7}" for name in COLUMNS)
    lines.append(f"{header}  flags / where / card")
    for item in report.items:
        figures = (
            number(item.facility),
            number(item.discrimination),
            number(item.lapse_rate),
            number(item.ef_floor_share),
            seconds(item.median_response_ms),
            str(item.learners),
            str(item.answers),
            str(item.overrides),
        )
        flags = ",".join(flag.value for flag in item.flags) or ("withheld" if item.withheld else "")
        row = "  ".join(f"{figure:>7}" for figure in figures)
        lines.append(f"{row}  {flags + '  ' if flags else ''}{place(item)}  {shown(item.card)}")
    flagged = report.flagged
    if flagged:
        lines += ["", "Flagged cards:"]
        for item in flagged:
            lines += ["", *detail_lines(item)]
    return "\n".join(lines) + "\n"


def detail_lines(item: Item) -> list[str]:
    lines = [f"{shown(item.card)}  ({place(item)})"]
    if item.prompt:
        lines.append(f"  question: {shown(item.prompt)}")
    for flag, reason in zip(item.flags, item.reasons, strict=True):
        lines.append(f"  {flag.label}: {reason}")
    if item.options:
        lines.append("  options picked:")
        for option in item.options:
            text = f" {shown(option.text)}" if option.text is not None else ""
            key = " (key)" if option.key else ""
            rate = "" if option.rate is None else f" ({option.rate:.0%})"
            lines.append(f"    {option_name(option.option)}{text}{key}: {option.picks}{rate}")
    if item.wrong_answers:
        wrong = ", ".join(f'"{shown(answer)}" ×{count}' for answer, count in item.wrong_answers)
        lines.append(f"  common wrong answers: {wrong}")
    return lines
