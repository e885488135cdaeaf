"""Instructor analytics: a class's exported review logs pooled and measured per card with SQL.

`analyze(paths, deck)` reads the logs (`logs`), loads them into an embedded SQLite
database (`pool`), runs the per-card measures as SQL (`measures`), raises the flags
(`flags`) and returns a `Report` (`report`), which `report_text`, `report_json`,
`report_csv` and `report_html` write out. docs/analytics.md defines every figure.
"""

from trainer.analytics.analysis import AnalysisError, analyze
from trainer.analytics.logs import LogError
from trainer.analytics.report import Item, Report

__all__ = ["AnalysisError", "Item", "LogError", "Report", "analyze"]
