"""The app's theme, remembered between runs (ctrl+t, or any theme the palette offers).

It is kept in a small file of its own, `theme.toml`, beside `settings.toml`, rather than
in `settings.toml` itself: that file is the learner's, with their comments and layout,
and a program rewriting it would sooner or later lose something. `theme.toml` holds one
line the app writes whole (to a temporary file renamed over it, so it is never half
written); a damaged or foreign one is ignored, and a theme this Textual does not know
falls back to the default.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path

from trainer import paths
from trainer.atomic_files import atomic_output
from trainer.regular_files import read_regular

THEME_FILE = "theme.toml"
# The file holds one line; a FIFO or a link to a device in its place is not read.
MAX_THEME_BYTES = 64 * 1024
HEADER = "# The app's theme, as last chosen (ctrl+t or the command palette). Written by trainer.\n"


def theme_path(environ: Mapping[str, str] = os.environ) -> Path:
    """Where the theme is remembered: beside the settings file (nothing is created)."""
    return paths.settings_path(environ).parent / THEME_FILE


def remembered_theme(environ: Mapping[str, str] = os.environ) -> str | None:
    """The theme last chosen, or None (none remembered, or the file is unreadable)."""
    try:
        data = tomllib.loads(read_regular(theme_path(environ), MAX_THEME_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    theme = data.get("theme")
    return theme if isinstance(theme, str) and theme else None


def remember_theme(theme: str, environ: Mapping[str, str] = os.environ) -> None:
    """Write the theme down; a folder that cannot be written is no reason to stop the app."""
    target = theme_path(environ)
    # A JSON string is a valid TOML basic string: quotes and backslashes escaped.
    text = f"{HEADER}theme = {json.dumps(theme, ensure_ascii=True)}\n"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(target) as file:
            file.write(text)
    except OSError:
        return
