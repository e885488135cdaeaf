"""Scheduling: the scheduler seam and SM-2, learning days, the queue, exam mode, suggestions."""
