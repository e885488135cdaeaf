"""A question asking to put a foreign word into English asks for one form of the English word.

"Translate into English: la voiture" asks for "the car": "the cars" translates "les
voitures", another form, not a slip of the plural as it would be in a history answer."""

from __future__ import annotations

import re

# An order to translate into English ("Translate into English: …", "Translate 'le chat'
# to English"), or the English word asked for ("What is the English for 'la voiture'?").
_INTO_ENGLISH = re.compile(
    r"(?:^|[.!?:]\s*)translate\b[^.?!]{0,80}\b(?:in|into|to)\s+english\b"
    r"|\benglish\s+(?:for|word|noun|verb|translation)\b",
    re.IGNORECASE,
)


def asks_for_english_translation(prompt: str) -> bool:
    """Whether `prompt` asks to translate a foreign word or phrase into English."""
    return _INTO_ENGLISH.search(prompt.strip()) is not None
