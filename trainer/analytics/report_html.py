"""The report as one self-contained HTML file: tables and inline SVG charts, nothing from outside.

No script, no stylesheet, font or image is loaded: the style is inline, the charts are
SVG drawn here, and a Content-Security-Policy forbids loading anything even so. Every
value (deck text, card ids, typed answers, file names) is HTML-escaped, and `://` in them
and `=` are written as entities, so the file holds no address of any kind.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from trainer.analytics.flags import option_name
from trainer.analytics.report import Item, Report
from trainer.analytics.report_text import NONE, number, place, seconds, summary_lines
from trainer.core.untrusted import printable

CHART_WIDTH = 520
CHART_HEIGHT = 300
_MARGIN = 40
_BAR_WIDTH = 160

STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: right; vertical-align: top; }
th { background: #f4f4f4; position: sticky; top: 0; }
td.text, th.text { text-align: left; }
tr.flagged td { background: #fff4e5; }
.flag { display: inline-block; background: #c0392b; color: #fff; border-radius: 3px;
  padding: 0 4px; margin: 1px; font-size: 12px; }
.muted { color: #777; }
.card { font-family: ui-monospace, monospace; font-size: 12px; }
svg text { font: 11px system-ui, sans-serif; fill: #444; }
.dot { fill: #2e86c1; opacity: 0.7; } .dot.flagged { fill: #c0392b; }
.bar { fill: #2e86c1; } .bar.key { fill: #27ae60; } .axis { stroke: #999; }
.limit { stroke: #c0392b; stroke-dasharray: 4 3; }
"""
POLICY = "default-src 'none'; style-src 'unsafe-inline'"


def esc(value: object) -> str:
    """Any value as HTML text: escaped, controls shown as escapes; `://` and `=` as entities,
    so that not even the text of an address or an attribute (`src=`) is in the file."""
    text = html.escape(printable(str(value)), quote=True)
    return text.replace("://", "&#58;//").replace("=", "&#61;")


def render_html(report: Report) -> str:
    title = f"Item analysis: {report.deck or NONE}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        "".join(f"<p>{esc(line)}</p>" for line in summary_lines(report)),
        "<h2>Facility and discrimination</h2>",
        scatter_chart(report.items),
        "<h2>Facility of the cards</h2>",
        facility_histogram(report.items),
        "<h2>Cards, flagged first</h2>",
        item_table(report.items),
    ]
    if report.unanswered:
        parts.append("<h2>Never answered</h2><ul>")
        parts += [f'<li class="card">{esc(card)}</li>' for card in report.unanswered]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def item_table(items: Iterable[Item]) -> str:
    heads = ["flags", "card", "learners", "answers", "facility", "discrimination", "lapse rate"]
    heads += ["at floor", "median time", "overruled", "options picked", "wrong answers"]
    text_heads = {"flags", "card", "options picked", "wrong answers"}
    row_html = [
        "<table><thead><tr>",
        "".join(f'<th class="{"text" if h in text_heads else ""}">{esc(h)}</th>' for h in heads),
        "</tr></thead><tbody>",
    ]
    for item in items:
        row_html.append(_item_row(item))
    row_html.append("</tbody></table>")
    return "".join(row_html)


def _item_row(item: Item) -> str:
    flags = "".join(
        f'<span class="flag" title="{esc(reason)}">{esc(flag.label)}</span>'
        for flag, reason in zip(item.flags, item.reasons, strict=True)
    )
    if item.withheld:
        flags = f'<span class="muted">{esc(item.withheld)}</span>'
    card = f'<div class="card">{esc(item.card)}</div><div class="muted">{esc(place(item))}</div>'
    if item.prompt:
        card += f"<div>{esc(item.prompt)}</div>"
    reasons = "".join(f'<div class="muted">{esc(reason)}</div>' for reason in item.reasons)
    cells = [
        f'<td class="text">{flags}{reasons}</td>',
        f'<td class="text">{card}</td>',
        f"<td>{item.learners}</td>",
        f"<td>{item.answers}</td>",
        f"<td>{esc(number(item.facility))}</td>",
        f"<td>{esc(number(item.discrimination))}</td>",
        f"<td>{esc(number(item.lapse_rate))}</td>",
        f"<td>{esc(number(item.ef_floor_share))}</td>",
        f"<td>{esc(seconds(item.median_response_ms))}</td>",
        f"<td>{item.overrides} ({item.override_rate:.0%})</td>",
        f'<td class="text">{option_bars(item)}</td>',
        f'<td class="text">{_wrong_answers(item)}</td>',
    ]
    css = ' class="flagged"' if item.flags else ""
    return f"<tr{css}>{''.join(cells)}</tr>"


def _wrong_answers(item: Item) -> str:
    return "<br>".join(f"{esc(answer)} ×{count}" for answer, count in item.wrong_answers)


def option_bars(item: Item) -> str:
    """A small horizontal bar per option: its share of picks, the key in green."""
    if not item.options:
        return ""
    row = 16
    height = row * len(item.options)
    width = _BAR_WIDTH + 90
    shapes = [f'<svg width="{width}" height="{height}" role="img" aria-label="options picked">']
    for index, option in enumerate(item.options):
        rate = option.rate or 0.0
        y = index * row
        label = option_name(option.option)
        css = "bar key" if option.key else "bar"
        tip = option.text if option.text is not None else f"option {label}"
        shapes.append(
            f'<g><title>{esc(tip)}</title><text x="0" y="{y + 12}">{esc(label)}</text>'
            f'<rect class="{css}" x="16" y="{y + 3}" width="{rate * _BAR_WIDTH:.1f}" height="10"/>'
            f'<text x="{_BAR_WIDTH + 22}" y="{y + 12}">{option.picks} ({rate:.0%})</text></g>'
        )
    shapes.append("</svg>")
    return "".join(shapes)


def scatter_chart(items: Iterable[Item]) -> str:
    """Facility (x, 0 to 1) against discrimination (y, −1 to 1), the flag limits dashed."""
    inner_w, inner_h = CHART_WIDTH - 2 * _MARGIN, CHART_HEIGHT - 2 * _MARGIN

    def x_at(facility: float) -> float:
        return _MARGIN + facility * inner_w

    def y_at(discrimination: float) -> float:
        return _MARGIN + (1 - (discrimination + 1) / 2) * inner_h

    shapes = [_svg_open("facility against discrimination")]
    shapes += _axes(x_at(0), x_at(1), y_at(-1), y_at(1))
    for limit in (0.3, 0.95):
        shapes.append(_line(x_at(limit), y_at(-1), x_at(limit), y_at(1), "limit"))
    shapes.append(_line(x_at(0), y_at(0), x_at(1), y_at(0), "limit"))
    for value in (0.0, 0.5, 1.0):
        shapes.append(f'<text x="{x_at(value) - 8:.1f}" y="{y_at(-1) + 16:.1f}">{value:g}</text>')
    for value in (-1.0, 0.0, 1.0):
        shapes.append(f'<text x="8" y="{y_at(value) + 4:.1f}">{value:g}</text>')
    shapes.append(_axis_labels("facility", "discrimination"))
    left_out = 0
    for item in items:
        if item.discrimination is None:
            left_out += 1
            continue
        css = "dot flagged" if item.flags else "dot"
        tip = f"{item.card}: facility {number(item.facility)}, "
        tip += f"discrimination {number(item.discrimination)}"
        shapes.append(
            f'<circle class="{css}" cx="{x_at(item.facility):.1f}" '
            f'cy="{y_at(item.discrimination):.1f}" r="3.5"><title>{esc(tip)}</title></circle>'
        )
    shapes.append("</svg>")
    note = f'<p class="muted">{left_out} cards without a discrimination are not shown.</p>'
    return "".join(shapes) + (note if left_out else "")


def facility_histogram(items: Iterable[Item]) -> str:
    """How many cards fall in each twentieth of facility."""
    bins = [0] * 20
    for item in items:
        bins[min(int(item.facility * 20), 19)] += 1
    inner_w, inner_h = CHART_WIDTH - 2 * _MARGIN, CHART_HEIGHT - 2 * _MARGIN
    tallest = max(bins) or 1
    width = inner_w / len(bins)
    base = _MARGIN + inner_h
    shapes = [_svg_open("cards by facility")]
    shapes += _axes(_MARGIN, _MARGIN + inner_w, base, _MARGIN)
    for index, count in enumerate(bins):
        height = count / tallest * inner_h
        low = index / 20
        shapes.append(
            f'<rect class="bar" x="{_MARGIN + index * width + 1:.1f}" y="{base - height:.1f}" '
            f'width="{width - 2:.1f}" height="{height:.1f}">'
            f"<title>{esc(f'{low:.2f}–{low + 0.05:.2f}')}: {count} cards</title></rect>"
        )
    for value in (0.0, 0.5, 1.0):
        shapes.append(
            f'<text x="{_MARGIN + value * inner_w - 8:.1f}" y="{base + 16:.1f}">{value:g}</text>'
        )
    shapes.append(f'<text x="8" y="{_MARGIN + 4}">{tallest}</text>')
    shapes.append(_axis_labels("facility", "cards"))
    shapes.append("</svg>")
    return "".join(shapes)


def _axis_labels(x_label: str, y_label: str) -> str:
    return (
        f'<text x="{CHART_WIDTH / 2 - 20:.0f}" y="{CHART_HEIGHT - 4}">{esc(x_label)}</text>'
        f'<text x="{_MARGIN + 6}" y="{_MARGIN - 12}">{esc(y_label)}</text>'
    )


def _svg_open(label: str) -> str:
    return (
        f'<svg width="{CHART_WIDTH}" height="{CHART_HEIGHT}" '
        f'viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" role="img" aria-label="{esc(label)}">'
    )


def _axes(left: float, right: float, bottom: float, top: float) -> list[str]:
    return [_line(left, bottom, right, bottom, "axis"), _line(left, bottom, left, top, "axis")]


def _line(x1: float, y1: float, x2: float, y2: float, css: str) -> str:
    return f'<line class="{css}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"/>'
