"""Charts drawn with block characters: heatmap, day bars, retention area and stacked bar."""

from trainer.tui.widgets.charts.bars import DayBarChart, DaySeries
from trainer.tui.widgets.charts.heatmap import CalendarHeatmap
from trainer.tui.widgets.charts.retention import RetentionChart
from trainer.tui.widgets.charts.stacked import Part, StackedBar

__all__ = ["CalendarHeatmap", "DayBarChart", "DaySeries", "Part", "RetentionChart", "StackedBar"]
