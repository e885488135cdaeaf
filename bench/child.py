"""One measurement in a fresh process: `python -m bench.child SPEC`, SPEC being JSON.

The spec names a task (`ours.study`, `anki.import_new` …) and its inputs. The child runs
it and prints one JSON line: the task's figures and the process's peak resident memory.
Only the task's own side is imported, so that trainer's figures never carry Anki's
modules in memory, nor the other way round.
"""

from __future__ import annotations

import importlib
import json
import resource
import sys

MODULES = {"ours": "bench.ours", "anki": "bench.anki_side", "screen": "bench.screen"}


def peak_rss_kib() -> int:
    """The process's peak resident set size so far, in KiB.

    Linux's VmHWM belongs to the process's own memory since it started this program;
    `getrusage`'s ru_maxrss would not do, as it keeps the parent's peak across fork and exec.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str]) -> int:
    spec = json.loads(argv[0])
    side, _, name = spec["task"].partition(".")
    task = getattr(importlib.import_module(MODULES[side]), name)
    result = task(spec)
    result["rss_kib"] = peak_rss_kib()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
