"""The learner's tunable settings as plain values the core reads; the shell loads them from TOML."""

from __future__ import annotations

from trainer.core.records import record


@record
class Policy:
    """Limits and thresholds for scheduling and grading.

    The shell builds one from the settings file, then applies a deck's defaults on top.
    """

    # The learning day starts at this local hour, so a late-night session counts
    # towards the day before.
    day_starts_at: int = 4
    new_per_day: int = 20
    reviews_per_day: int = 200
    # Share of an answer's characters that may be wrong and still count as a typo.
    typo_tolerance: float = 0.15
    # Suggested quality: a correct answer within quick_seconds earns 5, within
    # slow_seconds 4, and slower than that 3.
    quick_seconds: float = 10.0
    slow_seconds: float = 30.0
    # Both thresholds grow by one second per this many characters of prompt, because a
    # long prompt (a cloze excerpt) takes time to read before it can be answered.
    reading_chars_per_second: float = 25.0
    # A wrong answer at least this similar (0..1) to the right one is close: it earns 2,
    # not 1 (text, numbers, dates and orders each measure similarity in their own way).
    close_similarity: float = 0.6
    # Backups: the newest daily copies, and besides them the newest copy of each of this
    # many older ISO weeks, so that one bad week cannot erase every good copy.
    backups_keep: int = 7
    backups_weekly: int = 4
    # Exam mode: every card is seen at least once in this many days before an exam.
    exam_final_days: int = 3
    # The scheduler that keeps a deck's cards ("sm2" or "fsrs"; see the registry), and
    # the share of cards FSRS aims to have remembered when they come due.
    scheduler: str = "sm2"
    desired_retention: float = 0.9
