"""The widget every chart is: lines of styled spans, drawn at the width it is given."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from trainer.tui.widgets.charts.scale import Row


class ChartWidget(Widget):
    """A chart whose picture is a pure function of its data and width (`chart_rows`).

    Styles come from the subclass's component classes, whose CSS uses theme variables,
    so each chart follows the light and dark themes.
    """

    DEFAULT_CSS = """
    ChartWidget {
        height: auto;
    }
    """

    def chart_rows(self, width: int) -> list[Row]:
        raise NotImplementedError

    def render(self) -> Text:
        rows = self.chart_rows(self.content_size.width)
        styles: dict[str, Style] = {}
        text = Text(no_wrap=True, overflow="crop", end="")
        for number, row in enumerate(rows):
            if number:
                text.append("\n")
            for part, component in row:
                if component and component not in styles:
                    styles[component] = self.get_component_rich_style(component)
                text.append(part, styles.get(component) if component else None)
        return text

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.chart_rows(width))

    def show_data(self) -> None:
        """Redraw after the data changed (its height may have changed too)."""
        self.refresh(layout=True)
