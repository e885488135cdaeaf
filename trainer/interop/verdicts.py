"""A bank's feedback without its verdict ("Correct!", "No,"): what every learner may read.

A question bank's feedback is written to one learner, who chose one answer: "Yes, group
18." or "Wrong: it boils at 100 °C." A converted question's feedback becomes its
excerpt's text, which the learner reads after answering, right or wrong. So a verdict
opening the feedback is left out, and feedback that is nothing but a verdict
("Correct.", "Well done!") is none.
"""

from __future__ import annotations

import re

from trainer.interop.bank import Note

__all__ = ["is_only_verdict", "readable_by_all", "without_verdict"]

# Words that judge an answer, and the phrases they make. A phrase counts only where
# punctuation ends it ("No, it does." but never "No one knows"). Words that open
# content as often ("Nice, France", "Good King Wenceslas", "Correct answer: Argon")
# count only as the whole feedback.
_JUDGED = (
    r"(?:(?:that(?:'s|’s| is)|you(?:'re|’re| are)|quite|very|absolutely|exactly) )?"
    r"(?:correct|incorrect|right|wrong|yes|yep|yeah|no|nope|true|false|"
    r"excellent|perfect|exactly|indeed|bravo|congratulations|sorry|oops|"
    r"well done|good job|nice work|great job|not quite|not correct|not right|try again|"
    r"almost|not so)"
    r"(?: again)?"
)
_ALONE = (
    rf"(?:{_JUDGED}|(?:(?:very|quite) )?(?:good|great|nice|close)"
    r"|(?:the )?(?:right|correct|wrong) answer)"
)
_ENDS = r"\s*(?:[,.!:;]+|\s[–—-])\s*"
# A verdict, or "close, but", opening feedback ("Close, but it is 63.").
_OPENING = re.compile(
    rf"^\s*(?:(?:{_JUDGED}){_ENDS})+|^\s*(?:(?:very|quite) )?close{_ENDS}but\s+",
    re.IGNORECASE,
)
_ONLY = re.compile(rf"^\s*(?:{_ALONE}\s*[,.!:;–—-]*\s*)+$", re.IGNORECASE)
# "No." before a number is the number's: "No. 10 Downing Street", "No 5 Squadron".
_NUMBERED = re.compile(r"^\s*no\.?\s*\d", re.IGNORECASE)


def is_only_verdict(feedback: str) -> bool:
    """True when `feedback` says only whether the answer was right ("Correct!",
    "Well done.", "No, try again.")."""
    return bool(feedback.strip()) and _ONLY.match(feedback) is not None


def without_verdict(feedback: str) -> str:
    """`feedback` without the verdict it opens with ("Yes, group 18." → "Group 18."),
    or empty when it is nothing but one."""
    if is_only_verdict(feedback):
        return ""
    found = None if _NUMBERED.match(feedback) else _OPENING.match(feedback)
    if found is None:
        return feedback.strip()
    rest = feedback[found.end() :].strip()
    if rest[:4].lower() == "but ":
        return feedback.strip()  # "Right, but Oxygen is not.": the verdict is the subject
    if not rest:
        return ""
    capital = rest[0].upper()
    return (capital if len(capital) == 1 else rest[0]) + rest[1:]  # "ß" is no "SS"


def readable_by_all(text: str, where: str, notes: list[Note]) -> str:
    """A bank's feedback for an excerpt's text, as every learner may read it after answering: each
    paragraph without its verdict, and one that says only whether the answer was right
    left out, with a warning at `where`: GIFT's feedback, a CSV's feedback column
    (`BankItem.feedback`)."""
    paragraphs = [part for part in text.split("\n\n") if part.strip()]
    verdicts = [part.strip() for part in paragraphs if is_only_verdict(part)]
    if verdicts:
        notes.append(
            Note(
                where,
                "feedback that only says whether the answer is right is left out: "
                + ", ".join(repr(part[:40]) for part in verdicts[:3]),
            )
        )
    return "\n\n".join(kept for part in paragraphs if (kept := without_verdict(part)))
