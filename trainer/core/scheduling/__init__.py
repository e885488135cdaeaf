"""Scheduling: SM-2, learning days, the study queue, exam mode and suggested grades."""
