"""A deck's content hash: what tells, without compiling it, whether any of its files changed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def content_hash(files: list[tuple[str, bytes]]) -> str:
    """SHA-256 of every file's path, relative to the main file's folder, and bytes, in order."""
    digest = hashlib.sha256()
    base = os.path.dirname(files[0][0])
    for path, data in files:
        relative = Path(os.path.relpath(path, base or os.curdir)).as_posix()
        # A file name need not be UTF-8: its undecodable bytes come back as they were.
        digest.update(f"{relative}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
        digest.update(data)
    return digest.hexdigest()
