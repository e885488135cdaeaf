"""Automatic cloze candidates in a text: the units to blank, best first (rules: auto_cloze)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from trainer.core.answering.eras import is_era
from trainer.core.answering.per_units import is_unit_symbol
from trainer.core.answering.units import is_unit_word
from trainer.core.generate.cloze_camel import camel_giveaway
from trainer.core.generate.cloze_eras import EraYears, era_year_value
from trainer.core.generate.cloze_formulas import after_coefficient, is_formula_word
from trainer.core.generate.cloze_giveaways import Span, TextIndex
from trainer.core.generate.cloze_kept import without_giveaways
from trainer.core.generate.cloze_kinds import Candidate, CandidateKind
from trainer.core.generate.cloze_mentions import merge_surnames
from trainer.core.generate.cloze_name_splits import (
    article_opens_title,
    epithet_after,
    lettered_in_name,
    month_opens_name,
    opening_word_alone,
    runs_on_abroad,
    split_names,
    without_kind_word,
)
from trainer.core.generate.cloze_notation import (
    is_exponent,
    notation_key,
    notation_spans,
)
from trainer.core.generate.cloze_numbers import (
    has_currency,
    has_unit,
    is_day_number,
    number_piece,
    piece_start,
)
from trainer.core.generate.cloze_possessives import open_ended
from trainer.core.generate.cloze_spans import overlaps, tokens_outside
from trainer.core.generate.cloze_subject import names_the_subject
from trainer.core.generate.cloze_terms import TERM_LENGTH, eponym_name, term_run
from trainer.core.generate.cloze_titles import off_limits
from trainer.core.generate.cloze_unpinned import unpinned_name
from trainer.core.generate.cloze_words import PARTICLES, Token, tokens
from trainer.core.generate.foreign_words import opening_articles
from trainer.core.lexicon import could_be_name, is_common_word, is_known_word

_MASK = "\x00"
_SPACES = re.compile(r"\s+")


# The most words one blank hides: a longer run of capitalised words is a list, whose
# every word was searched for through the whole text (thousands of names took minutes).
MAX_CANDIDATE_WORDS = 12


def find_candidates(
    text: str,
    masked: tuple[tuple[int, int], ...] = (),
    shown_with: str = "",
    limit: int | None = None,
    subject: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """The candidates in `text`, best first; spans in `masked` are never looked into.

    `shown_with` is other text the learner sees beside it (the excerpt's title): a
    candidate it gives away is dropped too. So is a name or term made of the words of
    `subject`, the deck's own subject (see cloze_subject). With a `limit`, only the best
    that many.
    """
    scan = _mask(text, masked)
    words = tokens(scan)
    closed = off_limits(scan, words)
    powers = [span for span in notation_spans(scan) if not overlaps(span, closed)]
    usable = tokens_outside(words, closed + powers)
    found: dict[tuple[CandidateKind, str], list[tuple[int, int]]] = {}
    _add_powers(found, scan, powers)
    taken: set[int] = set()
    for kind, run in _pieces(words, usable, scan, EraYears(words, usable, text)):
        if len(run) > MAX_CANDIDATE_WORDS or any(id(t) in taken for t in run):
            continue
        taken.update(id(t) for t in run)
        start = piece_start(scan, kind, run[0])
        value = _SPACES.sub(" ", scan[start : run[-1].end])
        if kind is CandidateKind.YEAR and len(run) > 1:
            value = era_year_value(value)  # "399 B.C." is asked as "399 BC"
        found.setdefault((kind, value), []).append((start, run[-1].end))
    merge_surnames(found)
    candidates = [
        Candidate(kind, value, tuple(sorted(spans))) for (kind, value), spans in found.items()
    ]
    candidates.sort(key=lambda c: (c.kind, c.spans[0][0]))
    sentence_starts = {t.start for t in words if t.sentence_start}
    sentence_order = sorted(sentence_starts)
    positions = {t.start: i for i, t in enumerate(words)}

    def admissible(candidate: Candidate) -> bool:
        if any(_cuts_a_word(scan, span) for span in candidate.spans):
            return False
        if is_era(candidate.text):
            return False  # "consul in 107 [...]": an era says when, and names nothing
        if candidate.kind is CandidateKind.NUMBER and (
            _one_number_in_two_units(candidate, words, positions, sentence_order)
            or any(_an_operand(scan, span) for span in candidate.spans)
        ):
            return False
        if candidate.kind is CandidateKind.NAME and (
            not _counts_as_name(candidate.text, candidate.spans, sentence_starts)
            or _unit_after_amount(candidate, scan)
            or unpinned_name(candidate, words, positions)
            or any(_beside_deleted_name(text, scan, span) for span in candidate.spans)
            or camel_giveaway(candidate.text, candidate.spans, text)
            or eponym_name(candidate, words, positions)
        ):
            return False
        return not names_the_subject(candidate, subject)

    index = TextIndex(text, words if scan == text else None)
    return without_giveaways(candidates, admissible, index, shown_with, limit)


def _an_operand(text: str, span: Span) -> bool:
    """The number is worked on rather than stated: the first side of an equation ("2^10 =
    1024": 4^5 and 32^2 fill that blank as well; a value after "=" is worked out, and
    one), or an argument of a function ("gcd(48, 18)")."""
    start, end = span
    after = text[end:].lstrip(" ")[:1]
    before = text[:start].rstrip(" ")[-1:]
    if after in _EQUALS and before not in _EQUALS:
        return True
    return (before == "(" and after == ",") or (before == "," and after == ")")


_EQUALS = ("=", "≡")


def _one_number_in_two_units(
    candidate: Candidate, words: list[Token], positions: dict[int, int], sentence_starts: list[int]
) -> bool:
    """The number stands twice in one sentence (`sentence_starts`, in order), each time
    before a unit's symbol: "a 60 W lamp transfers 60 J every second". Blanked both
    times, such a sentence says how one unit is the other, and holds for any number:
    the question would have no one answer. (A number of two things counted, "50,000 men
    and 50,000 horses", is a fact to recall.)"""
    sentences = [bisect_right(sentence_starts, start) for start, _ in candidate.spans]
    if len(set(sentences)) == len(sentences):
        return False
    for start, _ in candidate.spans:
        after = positions.get(start, len(words)) + 1
        if after >= len(words) or not is_unit_symbol(words[after].text):
            return False
    return True


def _pieces(
    words: list[Token], usable: list[bool], scan: str, eras: EraYears
) -> Iterator[tuple[CandidateKind, list[Token]]]:
    """Names first (they claim their trailing numbers), then numbers, then terms. A
    number with its era is a year, with the era (see cloze_eras)."""
    days = {id(t) for i, t in enumerate(words) if t.number and is_day_number(words, i)}
    blocked: set[int] = set()
    for run in _name_runs(words, usable, days, blocked, eras):
        yield CandidateKind.NAME, run
    terms: list[list[Token]] = []
    for index, token in enumerate(words):
        if not usable[index]:
            continue
        if token.number:
            if id(token) in days or id(token) in blocked or is_exponent(token):
                continue
            if id(token) in eras.dated:
                if index in eras.years:
                    yield CandidateKind.YEAR, eras.years[index]
                continue
            piece = number_piece(words, index, usable, has_currency(scan, token))
            if piece is not None:
                yield piece
        # Cheap tests first: most words are capitalised, short or not after a determiner.
        elif len(token.text) >= TERM_LENGTH and (term := term_run(words, index, usable)):
            terms.append(term)
    for term in terms:
        yield CandidateKind.TERM, term


def _name_runs(
    words: list[Token], usable: list[bool], days: set[int], blocked: set[int], eras: EraYears
) -> list[list[Token]]:
    """Runs of capitalised words, with particles only between two of them and a whole
    number only at the end: months, weekdays, lower-case words and an era beside a
    number (`387 BC Plato`) always end a run, and a number with an era ends none.

    A name followed by a whole number with a unit is ambiguous: neither is blanked, and
    the number joins `blocked`.
    """
    runs: list[list[Token]] = []
    current: list[Token] = []
    particles: list[Token] = []
    named = {w.text for w in words if w.capitalised and not w.sentence_start}
    openers = opening_articles(words)  # "Le 5 mai", "Das Stück": no name's start
    for index, word in enumerate(words):
        if index in openers:
            runs.append(current)
            current, particles = [], []
            continue
        capital = word.capitalised or (not current and article_opens_title(words, index))
        if not current and not capital and usable[index]:
            continue  # a lower-case word or a number with no name before it: nothing to end
        joins = bool(current) and word.follows_closely and open_ended(current, words, index)
        lettered = joins and not particles and lettered_in_name(words, index, usable)
        if not usable[index] or id(word) in eras.eras:
            runs.append(current)
            current, particles = [], []
        elif not particles and word.is_calendar_word() and month_opens_name(words, index, usable):
            # (Not after "of the" inside a name: "the Bank of the April …" is read as before.)
            runs.append(current)  # `the October Manifesto`: the month opens a name
            current, particles = [word], []
        elif (capital and not word.is_calendar_word()) or lettered:
            if not joins:
                runs.append(current)
                current, particles = [], []
            current += [*particles, word]
            particles = []
        elif joins and not word.number and _is_particle(word, particles):
            particles.append(word)
        elif joins and not particles and epithet_after(current, words, index):
            particles.append(word)  # `Ivan the Terrible`
        elif joins and word.number and not particles and id(word) not in days:
            if (
                current[-1].is_function_word()
                or not _designation(word)
                or id(word) in eras.dated
                or opening_word_alone(current, named)
            ):
                runs.append(current)  # `cost Russia 34%`: a quantity, not part of the name
            elif has_unit(words, index, usable):
                blocked.add(id(word))  # `Germany 200 tanks` or `Apollo 11 astronauts`?
            else:
                runs.append([*current, word])
            current, particles = [], []
        else:
            # A possessive ends the name before a foreign word (`Dvořák's Rusalka`).
            if not (runs_on_abroad(word, particles) and (joins or bool(particles))):
                runs.append(current)
            current, particles = [], []
    runs.append(current)
    return [
        trimmed
        for run in runs
        if run
        for piece in split_names(run, words)
        if (trimmed := _trim(_no_opening_noun(piece, named)))
    ]


def _no_opening_noun(run: list[Token], named: set[str]) -> list[Token]:
    """A run that opens a sentence with a word of English joined to a name by a particle
    (`Members of the Chemical Society`, `Samurai of Satsuma and Chōshū`) starts at that
    name, unless the text capitalises the word mid-sentence too (`the Battle of the
    Somme`): at a sentence start, any word has a capital. A word that may be a name
    (`Shogun`, `Ayatollah`) keeps the run whole."""
    first = run[0]
    if (
        len(run) < 3
        or not first.sentence_start
        or run[1].capitalised
        or first.text in named
        or not (is_common_word(first.text) or _plain_word(first.text))
    ):
        return run
    return run[1:]


def _plain_word(word: str) -> bool:
    """A word of English that is no name (`Samurai`, `Emperor`; not `Shogun`)."""
    return is_known_word(word.casefold()) and not could_be_name(word)


def _designation(number: Token) -> bool:
    """A number that can end a name: no percent sign, no thousands (`Apollo 11`, `3.1`)."""
    return "%" not in number.text and "," not in number.text


def _is_particle(word: Token, before: list[Token]) -> bool:
    """`of`, `von`, `de` …, and `the` after one of them (`Declaration of the Rights of Man`)."""
    return word.text in PARTICLES or (
        word.text == "the" and bool(before) and before[-1].text == "of"
    )


def _trim(run: list[Token]) -> list[Token]:
    """Drop function words from either end, and particles left at the start by them; and
    a word for a nation or people before a name of its own (`without_kind_word`).

    A formula is a name by itself (`Ammonia NH3` gives `NH3`: a formula ends a run, see
    `_open_ended`), and none with its coefficient (`6CO2`, `2HCl`) is blanked at all.
    """
    if len(run) > 1 and is_formula_word(run[-1].text):
        run = run[-1:]
    if run and after_coefficient(run[0].text, run[0].gap_before):
        run = run[1:]
    start, end = 0, len(run)
    while start < end and (run[start].is_function_word() or not _opens(run[start])):
        start += 1
    while end > start and run[end - 1].is_function_word():
        end -= 1
    return without_kind_word(run[start:end])


def _opens(word: Token) -> bool:
    return word.capitalised or word.text == "A"  # `A Room of One's Own`: see _name_runs


# What a scale's unit named after a person follows: "100 degrees Celsius". (Not a number:
# "In 1687 Newton …" is the man.)
_AMOUNT_BEFORE = re.compile(r"\bdegrees?\s*$")


def _unit_after_amount(candidate: Candidate, scan: str) -> bool:
    """A unit named after a person, after "degree" ("half a degree [...]" asked for
    "Celsius"): a unit, never a name to recall. "Anders Celsius" is a name."""
    return is_unit_word(candidate.text.casefold()) and all(
        _AMOUNT_BEFORE.search(scan[max(0, start - 12) : start]) for start, _ in candidate.spans
    )


def _counts_as_name(name: str, spans: Sequence[Span], sentence_starts: set[int]) -> bool:
    """A name of one word: not a very common word, and not known only from the start of a
    sentence, where any word has a capital. A formula's capitals are its symbols'."""
    if " " in name or is_formula_word(name):
        return True
    if is_common_word(name):
        return False
    return any(start not in sentence_starts for start, _ in spans)


def _add_powers(
    found: dict[tuple[CandidateKind, str], list[tuple[int, int]]],
    scan: str,
    powers: list[Span],
) -> None:
    """Each number written as a power is one candidate number, whatever way it is written
    (`10^−9` and `10⁻⁹` are blanked together): see cloze_notation."""
    first_spelling: dict[str, str] = {}
    for start, end in powers:
        value = _SPACES.sub(" ", scan[start:end])
        value = first_spelling.setdefault(notation_key(value), value)
        found.setdefault((CandidateKind.NUMBER, value), []).append((start, end))


def _cuts_a_word(scan: str, span: tuple[int, int]) -> bool:
    """Whether a blank at `span` would leave a letter or digit of its word beside it:
    "the bacterial [...]9 system" asks for a piece of a word, which no reading of the
    text names alone."""
    start, end = span
    return (start > 0 and scan[start - 1].isalnum()) or (end < len(scan) and scan[end].isalnum())


def _beside_deleted_name(text: str, scan: str, span: tuple[int, int]) -> bool:
    """Whether the name at `span` is a piece of a longer one the author deleted: only
    spaces part it from a deletion whose adjoining word is capitalised. "Sergei" in "led
    by Sergei {{c1::Korolev}}" is a first name alone, and "Air Force" in "the
    {{c1::Soviet}} Air Force" half a name; "Germany" in "In {{c1::1926}} Germany" is
    whole."""
    start, end = span
    before = start
    while before > 0 and scan[before - 1] == " ":
        before -= 1
    if before < start and before > 0 and scan[before - 1] == _MASK:
        deleted = text[:before].split()
        if deleted and deleted[-1][:1].isupper():
            return True
    after = end
    while after < len(scan) and scan[after] == " ":
        after += 1
    if after > end and after < len(scan) and scan[after] == _MASK:
        deleted = text[after:].split()
        if deleted and deleted[0][:1].isupper():
            return True
    return False


def _mask(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = _MASK * (end - start)
    return "".join(chars)
