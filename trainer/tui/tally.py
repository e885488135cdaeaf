"""A review session's answers as the review screen counts them, for its summary at the end."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from trainer.core.scheduling.state import Quality


@dataclass(slots=True)
class SessionTally:
    """The answers given in one review session, in order (an undo takes one back)."""

    started: datetime
    answers: list[tuple[str, Quality]] = field(default_factory=list)

    def record(self, card_id: str, quality: Quality) -> None:
        self.answers.append((card_id, quality))

    def forget(self, card_id: str) -> None:
        """Take back the latest answer to a card (it was undone)."""
        for index in range(len(self.answers) - 1, -1, -1):
            if self.answers[index][0] == card_id:
                del self.answers[index]
                return

    @property
    def reviewed(self) -> int:
        return len(self.answers)

    @property
    def passed(self) -> int:
        return sum(quality.passed for _, quality in self.answers)
