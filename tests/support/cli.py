"""Running `python -m trainer` in a subprocess, on a private collection, as a learner would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_trainer(
    home: Path,
    *args: str,
    now: str | None = None,
    stdin: bytes | str = b"",
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
    timeout: float = 120,
) -> subprocess.CompletedProcess[bytes]:
    """`python -m trainer ARGS` with TRAINER_HOME=`home` (and TRAINER_NOW=`now`), bytes out.

    The caller's TZ, TRAINER_NOW and PYTHONIOENCODING are dropped so that only `env` sets them.
    """
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in {"TZ", "TRAINER_NOW", "PYTHONIOENCODING"}
    }
    clean.update({"TRAINER_HOME": str(home), "PYTHONPATH": str(ROOT)})
    if now is not None:
        clean["TRAINER_NOW"] = now
    clean.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        input=stdin.encode("utf-8") if isinstance(stdin, str) else stdin,
        capture_output=True,
        env=clean,
        cwd=cwd,
        timeout=timeout,
    )


def run_trainer_text(
    home: Path, *args: str, now: str | None = None, stdin: str = "", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`run_trainer` with text in and out (UTF-8)."""
    done = run_trainer(home, *args, now=now, stdin=stdin, timeout=timeout)
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )
