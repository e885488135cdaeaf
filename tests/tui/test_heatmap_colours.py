"""The heatmap's shades stay distinct in a 256-colour terminal, in both themes (issue 16)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.color import ColorSystem

from tests.tui.conftest import SIZE, settle
from trainer.tui.app import TrainerApp
from trainer.tui.widgets.charts.heatmap import LEVELS, CalendarHeatmap

App = Callable[..., TrainerApp]


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_every_heatmap_level_is_its_own_256_colour(make_app: App, theme: str) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.theme = theme
        await pilot.press("g")
        await settle(app, pilot)
        heatmap = app.screen.query_one(CalendarHeatmap)
        colours = []
        for level in range(LEVELS + 1):
            style = heatmap.get_component_rich_style(f"heatmap--level-{level}")
            assert style.color is not None
            colours.append(style.color.downgrade(ColorSystem.EIGHT_BIT).number)
        assert len(set(colours)) == LEVELS + 1, colours
