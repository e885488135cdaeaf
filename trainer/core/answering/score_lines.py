"""A match's score typed with the teams' names is judged by who scored what.

"Brazil 7, Germany 1" has the digits of the answer "1-7" but says the reverse, when the
question ("Brazil v Germany") or the excerpt ("ended Brazil 1, Germany 7") pins the
first number to Brazil; "England 4, West Germany 2" and "England won 4-2" say "4-2"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.answering.normalise import fold
from trainer.core.answering.verdict import Outcome, Verdict

# An answer that is a score: two numbers joined by a dash ("4-2", "1–7"); not a colon,
# which writes a time or a ratio as well.
_SCORE = re.compile(r"\s*(\d{1,3})\s*[-–—]\s*(\d{1,3})\s*")
# A team's name: a run of capitalised words ("West Germany", "Real Madrid").
_NAME = r"[A-Z][\w'.]*(?: [A-Z][\w'.]*)*"
# Two teams in the order a question gives them: "Brazil v Germany", "Spain vs. Italy".
_VERSUS = re.compile(rf"({_NAME})\s+(?:v|vs|versus|against)\.?\s+({_NAME})")
# A result as an excerpt writes it: "England 4, West Germany 2"; "Brazil 1–7 Germany".
_RESULT = re.compile(rf"({_NAME}) (\d{{1,3}}),? ({_NAME}) (\d{{1,3}})\b")
_RESULT_BETWEEN = re.compile(rf"({_NAME}) (\d{{1,3}})\s*[-–—]\s*(\d{{1,3}}) ({_NAME})")
# Words saying the team named scored fewer goals: "Brazil lost 1-7".
_LOSING = frozenset({"lost", "lose", "loses", "losing", "beaten", "defeated"})
# Words after which the team named is the winner: "beat", "won", "to Germany".
_WINNING_BEFORE_LOSER = frozenset({"beat", "beats", "defeated", "thrashed", "over"})


def score_verdict(
    accepted: str, typed: str, expected: str, question: str, context: str
) -> Verdict | None:
    """Whether `typed`, a score with the teams' names, gives the score `accepted` to the
    teams the question or the excerpt (`context`) gives it to; None when `accepted` is
    no score, when neither says who scored what, or `typed` names no team or not the
    answer's two numbers (other rules judge it then)."""
    score = _SCORE.fullmatch(accepted)
    if score is None:
        return None
    numbers = (int(score.group(1)), int(score.group(2)))
    truth = _goals_by_team(numbers, question, context)
    if truth is None:
        return None
    said = _typed_goals(typed, truth)
    if said is None:
        return None
    wrong = [team for team, goals in said.items() if truth[team] != goals]
    if wrong:
        team = wrong[0]
        rule = (
            f"the score the other way round: {team.title()} scored {truth[team]}, not {said[team]}"
        )
        return Verdict(Outcome.WRONG, 0.0, accepted, expected, rule=rule)
    return Verdict(Outcome.EXACT, 1.0, accepted, expected, rule="the same score, team by team")


def _goals_by_team(numbers: tuple[int, int], question: str, context: str) -> dict[str, int] | None:
    """Each team's goals (by folded name): the question's teams in order, or a result in
    the excerpt with the answer's two numbers."""
    if (versus := _VERSUS.search(question)) is not None:
        first, second = fold(versus.group(1)), fold(versus.group(2))
        if first != second:
            return {first: numbers[0], second: numbers[1]}
    for found in _RESULT.finditer(context):
        first, second = fold(found.group(1)), fold(found.group(3))
        goals = (int(found.group(2)), int(found.group(4)))
        if sorted(goals) == sorted(numbers) and first != second:
            return {first: goals[0], second: goals[1]}
    for found in _RESULT_BETWEEN.finditer(context):
        first, second = fold(found.group(1)), fold(found.group(4))
        goals = (int(found.group(2)), int(found.group(3)))
        if sorted(goals) == sorted(numbers) and first != second:
            return {first: goals[0], second: goals[1]}
    return None


def _typed_goals(typed: str, truth: dict[str, int]) -> dict[str, int] | None:
    """The goals `typed` gives each team it names: the number after a team's name
    ("England 4, West Germany 2", "Brazil 1-7"), or for a winner named ("England won 4-2", "7-1 to
    Germany", "Germany beat Brazil 7-1") the higher number; None when it names no team
    or its numbers are not the answer's two."""
    tokens = re.findall(r"[^\W\d_]+|\d+", fold(typed))
    digits = [int(token) for token in tokens if token.isdecimal()]
    if len(digits) != len(truth) or sorted(digits) != sorted(truth.values()):
        return None
    found = {team: at for team in truth if (at := _position(tokens, team.split())) is not None}
    if not found:
        return None
    after = {team: tokens[at] for team, at in found.items() if at < len(tokens)}
    if len(after) == len(found) and all(goals.isdecimal() for goals in after.values()):
        return {team: int(goals) for team, goals in after.items()}  # "Brazil 1-7"
    high, low = max(digits), min(digits)
    first = min(found, key=found.__getitem__)
    if len(found) == len(truth):  # "Germany beat Brazil 7-1": the first named won
        if _WINNING_BEFORE_LOSER.isdisjoint(tokens):
            return None
        second = max(found, key=found.__getitem__)
        return {first: high, second: low}
    return {first: low if not _LOSING.isdisjoint(tokens) else high}


def _position(tokens: Sequence[str], name: Sequence[str]) -> int | None:
    """Where the token after the team's name is, if `tokens` name it."""
    for start in range(len(tokens) - len(name) + 1):
        if list(tokens[start : start + len(name)]) == list(name):
            return start + len(name)
    return None
