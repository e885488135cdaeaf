"""Time to the first question on screen, and answer latency in the app, headless.

`python -m bench.screen floor` runs a bare Textual app that shows one static line: the
floor no Textual app can start under. `python -m bench.screen trainer DECK` starts the
way `trainer review DECK` does (command line parsed, engine opened, session begun) and
shows the first question. Each prints, once the frame holding its line or question has
been rendered, the `time.monotonic()` of that moment (the clock is shared by every
process) and its peak memory, then exits. The parent takes the moment just before it
started the process, so the difference is process start to question on screen.

The question counts as on screen when `CardAsker.ask` has mounted it and the screen has
refreshed after that (`call_after_refresh`), the same hook the floor app uses.

Answer latency in the app (`app_session`, run by `bench.child`) is timed from the grade
key to the next question on screen; its floor (`floor_session`) is a bare Textual app
whose key replaces one static line by the next, timed the same way (pilot key press to
refreshed screen).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable
from typing import Any, ClassVar

SIZE = (80, 24)
GOOD = "4"


def _report(painted_at: float, extra: dict[str, Any] | None = None) -> None:
    from bench.child import peak_rss_kib

    result = {"painted_at": painted_at, "rss_kib": peak_rss_kib()}
    print(json.dumps(result | (extra or {})), flush=True)


def floor() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Floor(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("The first question would be here.")

        def on_mount(self) -> None:
            self.call_after_refresh(self.painted)

        def painted(self) -> None:
            _report(time.monotonic())
            self.exit()

    Floor().run(headless=True, size=SIZE)


def _on_question_shown(callback: Callable[[Any], None]) -> None:
    """Call `callback(asker)` after each question is mounted and the screen refreshed."""
    from trainer.tui.widgets.asking import CardAsker

    ask = CardAsker.ask

    async def ask_and_tell(self: CardAsker, asked: Any) -> None:
        await ask(self, asked)
        self.call_after_refresh(callback, self)

    CardAsker.ask = ask_and_tell  # type: ignore[method-assign]


def _review_app(deck: str) -> Any:
    """The app as `trainer review DECK` builds it, command line parsed."""
    from trainer.cli import build_parser
    from trainer.cli.study_commands import build_app
    from trainer.tui.start import StartAt

    argv = ["review", deck]
    args = build_parser(argv).parse_args(argv)
    return build_app(StartAt("review", args.deck))


def trainer_first_question(deck: str) -> None:
    app = _review_app(deck)

    def shown(asker: Any) -> None:
        painted_at = time.monotonic()
        prompt = asker.asked.card.prompt
        _report(painted_at, {"prompt": prompt[:60]})
        app.exit()

    _on_question_shown(shown)
    app.run(headless=True, size=SIZE)


def app_session(spec: dict[str, Any]) -> dict[str, Any]:
    """Answer latency in the app: from the grade key until the next question is on
    screen, the answer committed by the engine in between."""
    return asyncio.run(_app_session(spec["deck"], spec.get("answers", 20)))


async def _app_session(deck: str, answers: int) -> dict[str, Any]:
    from trainer.tui.widgets.asking import Phase

    app = _review_app(deck)
    shown_at: list[float] = []
    _on_question_shown(lambda _: shown_at.append(time.perf_counter()))
    latencies: list[float] = []
    async with app.run_test(headless=True, size=SIZE) as pilot:
        await _until(pilot, lambda: len(shown_at) == 1)
        for count in range(1, answers + 1):
            asker = app.screen.query_one("CardAsker")
            await pilot.press("ctrl+n")  # "I don't know": the answer is shown
            await _until(pilot, lambda asker=asker: asker.phase is Phase.FEEDBACK)
            start = time.perf_counter()
            await pilot.press(GOOD)
            await _until(pilot, lambda count=count: len(shown_at) > count)
            latencies.append(shown_at[count] - start)
    return {"latency": latencies}


def floor_session(spec: dict[str, Any]) -> dict[str, Any]:
    """The floor of answer latency in the app: a key press that replaces one static line
    by another, until the screen is refreshed."""
    return asyncio.run(_floor_session(spec.get("answers", 20)))


async def _floor_session(answers: int) -> dict[str, Any]:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    shown_at: list[float] = []

    class FloorSession(App[None]):
        BINDINGS: ClassVar = [(GOOD, "next", "Next")]

        def compose(self) -> ComposeResult:
            yield Static("Question 0", id="question")

        def on_mount(self) -> None:
            self.call_after_refresh(lambda: shown_at.append(time.perf_counter()))

        def action_next(self) -> None:
            self.query_one("#question", Static).update(f"Question {len(shown_at)}")
            self.call_after_refresh(lambda: shown_at.append(time.perf_counter()))

    app = FloorSession()
    latencies: list[float] = []
    async with app.run_test(headless=True, size=SIZE) as pilot:
        await _until(pilot, lambda: len(shown_at) == 1)
        for count in range(1, answers + 1):
            start = time.perf_counter()
            await pilot.press(GOOD)
            await _until(pilot, lambda count=count: len(shown_at) > count)
            latencies.append(shown_at[count] - start)
    return {"latency": latencies}


async def _until(pilot: Any, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        await pilot.pause(0.0005)


def main(argv: list[str]) -> int:
    if argv[:1] == ["floor"]:
        floor()
    elif argv[:1] == ["trainer"] and len(argv) == 2:
        trainer_first_question(argv[1])
    else:
        print("usage: python -m bench.screen floor | trainer DECK", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
