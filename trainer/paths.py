"""Where trainer keeps its files: the one module that knows data, config and cache locations.

By default the platform's conventional folders are used (via platformdirs). When the
environment variable ``TRAINER_HOME`` is set, everything lives under that one folder
instead, which is how tests, portable installs and "one collection per course" setups work.

Every function reads the environment through a parameter (``os.environ`` by default) so
callers and tests can pass their own mapping. Folders are created by the functions that
hand out a folder or a file that is about to be written, never at import.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from trainer.core.untrusted import printable

APP_NAME = "trainer"
HOME_VARIABLE = "TRAINER_HOME"
COLLECTION_FILE = "collection.sqlite"
SETTINGS_FILE = "settings.toml"
BACKUPS_FOLDER = "backups"
CACHE_FOLDER = "cache"

Environ = Mapping[str, str]


def trainer_home(environ: Environ = os.environ) -> Path | None:
    """The folder named by ``TRAINER_HOME``, absolute, or None when it is unset or empty."""
    value = environ.get(HOME_VARIABLE, "").strip()
    if not value:
        return None
    return Path(value).expanduser().absolute()


def _ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _data_folder(environ: Environ) -> Path:
    home = trainer_home(environ)
    if home is not None:
        return home
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _config_folder(environ: Environ) -> Path:
    home = trainer_home(environ)
    if home is not None:
        return home
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def _cache_folder(environ: Environ) -> Path:
    home = trainer_home(environ)
    if home is not None:
        return home / CACHE_FOLDER
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def cache_folder(environ: Environ = os.environ) -> Path:
    """Where the cache folder is, creating nothing (see ``cache_dir``)."""
    return _cache_folder(environ)


def data_dir(environ: Environ = os.environ) -> Path:
    """The folder holding the collection and its backups; created if missing."""
    return _ensure(_data_folder(environ))


def config_dir(environ: Environ = os.environ) -> Path:
    """The folder holding ``settings.toml``; created if missing."""
    return _ensure(_config_folder(environ))


def cache_dir(environ: Environ = os.environ) -> Path:
    """A folder for files that can be rebuilt at any time; created if missing."""
    return _ensure(_cache_folder(environ))


def backups_dir(environ: Environ = os.environ) -> Path:
    """The folder holding the rotating daily backups of the collection; created if missing."""
    return _ensure(_data_folder(environ) / BACKUPS_FOLDER)


def collection_path(environ: Environ = os.environ) -> Path:
    """The collection's SQLite file; its folder is created so the file can be opened."""
    return data_dir(environ) / COLLECTION_FILE


def collection_file(environ: Environ = os.environ) -> Path:
    """Where the collection's SQLite file is, creating nothing: it may not exist yet."""
    return _data_folder(environ) / COLLECTION_FILE


def settings_path(environ: Environ = os.environ) -> Path:
    """The settings file. Its folder is not created: a missing file just means defaults."""
    return _config_folder(environ) / SETTINGS_FILE


def display_path(path: Path) -> str:
    """A path as shown to the learner: the home folder is written ``~``, and any control
    character or newline in a name is escaped, so that the path stays on its line."""
    try:
        shown = str(Path("~") / path.relative_to(Path.home()))
    except (ValueError, RuntimeError):
        shown = str(path)
    return printable(shown, one_line=True)


def bundled_decks_dir() -> Path:
    """The folder of decks that ship with trainer.

    In a source checkout (and an editable install) that is ``decks/`` at the top of the
    repository; a wheel carries the same files as ``trainer/decks`` (see setup.py).
    """
    package = Path(__file__).resolve().parent
    for candidate in (package / "decks", package.parent / "decks"):
        if candidate.is_dir():
            return candidate
    return package / "decks"


def bundled_deck_files() -> list[Path]:
    """The bundled decks' main files (chapter files live in subfolders), by name."""
    return sorted(bundled_decks_dir().glob("*.yaml"))


def bundled_docs_dir() -> Path:
    """The folder of trainer's documentation (Markdown files, one per topic).

    ``docs/`` at the top of a source checkout; a wheel carries it as ``trainer/docs``
    (see setup.py), so that an installed trainer can show it (`trainer docs`).
    """
    package = Path(__file__).resolve().parent
    for candidate in (package / "docs", package.parent / "docs"):
        if candidate.is_dir():
            return candidate
    return package / "docs"
