"""What the settings and the registry know of FSRS without importing it: its name and retention."""

from __future__ import annotations

FSRS = "fsrs"
DEFAULT_RETENTION = 0.9
# The desired retention a learner may choose: below 0.7 intervals grow long enough to
# forget most cards; above 0.99 they barely grow at all.
MIN_RETENTION = 0.7
MAX_RETENTION = 0.99
