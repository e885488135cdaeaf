"""Straightforward automatic-cloze code, as it was before it was made fast: the oracle that
the fast paths of cloze_words, cloze_giveaways, cloze_candidates and cloze_subject are
checked against (test_fast_cloze.py). Not imported by the application."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence

from trainer.core.answering.eras import is_era
from trainer.core.answering.per_units import is_unit_symbol
from trainer.core.generate import cloze_words as words_module
from trainer.core.generate.cloze_camel import camel_giveaway
from trainer.core.generate.cloze_candidates import (
    _an_operand,
    _beside_deleted_name,
    _counts_as_name,
    _cuts_a_word,
    _designation,
    _is_particle,
    _mask,
    _no_opening_noun,
    _trim,
    _unit_after_amount,
)
from trainer.core.generate.cloze_eras import EraYears, era_year_value, looked_for
from trainer.core.generate.cloze_giveaways import (
    _ACRONYM,
    _BRACKET_AFTER,
    _CLOSING_BRACKET,
    _INITIALS_SKIP,
    _STEM,
    TextIndex,
    _digits,
    _parts,
    _words_before,
    spelled_just_before,
)
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
)
from trainer.core.generate.cloze_notation import (
    is_exponent,
    is_notation,
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
from trainer.core.generate.cloze_spans import merged_spans
from trainer.core.generate.cloze_subject import _words as subject_words_of
from trainer.core.generate.cloze_terms import eponym_name, term_run
from trainer.core.generate.cloze_titles import off_limits
from trainer.core.generate.cloze_unpinned import unpinned_name
from trainer.core.generate.cloze_words import Token, related_words
from trainer.core.generate.foreign_words import opening_articles
from trainer.core.lexicon import is_common_word

Span = tuple[int, int]


def reference_tokens(text: str) -> list[Token]:
    """Every word and number of `text`, in order: two scans, sorted, one token at a time."""
    w = words_module
    found = [(m.start(), m.end(), False) for m in w._words().finditer(text)]
    found += [(m.start(), m.end(), True) for m in w._NUMERIC.finditer(text)]
    found.sort()
    result: list[Token] = []
    previous: Token | None = None
    previous_initial = False
    for start, end, number in found:
        raw = text[start:end]
        possessive = not number and raw.endswith(w._POSSESSIVES) and len(raw) > 2
        word = raw[:-2] if possessive else raw
        gap = text[previous.end if previous else 0 : start]
        if previous is not None and previous.possessive:
            gap = text[previous.end + 2 : start]
        if gap == " " and previous is not None:
            sentence_start, follows_closely = False, True
        else:
            dotted = previous is not None and w._is_abbreviation(previous, gap, previous_initial)
            sentence_start = previous is None or (not dotted and w._breaks_sentence(gap))
            follows_closely = previous is not None and (
                gap.isspace() or dotted or w.elided_particle(previous, gap)
            )
        letter = end - start == 1
        genuine = letter and w._is_initial(text, start, end, previous, gap)
        initial = genuine or (letter and w._is_numeral(previous, raw, gap))
        token = Token(
            text=word,
            start=start,
            end=start + len(word),
            number=number,
            capitalised=not number and (initial or w._capitalised(word)),
            possessive=possessive,
            sentence_start=sentence_start,
            follows_closely=follows_closely,
            gap_before=gap,
        )
        result.append(token)
        previous, previous_initial = token, genuine
    return result


class ReferenceTextIndex(TextIndex):
    """TextIndex with its lookups built the plain way, token by token."""

    def __init__(self, text: str, text_tokens: list[Token] | None = None) -> None:
        self.text = text
        self.tokens = reference_tokens(text) if text_tokens is None else text_tokens
        self._by_word = defaultdict(list)
        self._by_stem = defaultdict(list)
        self._by_end = defaultdict(list)
        self._numbers = defaultdict(list)
        for index, token in enumerate(self.tokens):
            folded = token.folded
            self._by_word[folded].append(index)
            if token.number:
                self._numbers[_digits(token.text)].append(index)
                continue
            for part in _parts(folded):
                if part.isdigit():
                    self._numbers[part].append(index)
                self._by_stem[part[:_STEM]].append((index, part))
                if len(part) > _STEM - 1:
                    # A three-letter word is looked up by its own letters: its compounds.
                    self._by_stem[part[: _STEM - 1]].append((index, part))
                # And every word by its last three: the compounds it ends.
                self._by_end[part[len(part) - 3 :]].append((index, part))


def reference_acronym_zones(text_tokens: Sequence[Token], text: str) -> list[tuple[str, Span]]:
    zones: list[tuple[str, Span]] = []
    acronyms: set[str] = set()
    for index, token in enumerate(text_tokens):
        if token.number or not _ACRONYM.fullmatch(token.text):
            continue
        acronyms.add(token.text)
        if token.gap_before.rstrip().endswith("(") and _CLOSING_BRACKET.match(text, token.end):
            if defining := _words_before(text_tokens, index):
                zones.append((token.text, (defining.start, token.start)))
        elif bracket := _BRACKET_AFTER.match(text, token.end):
            zones.append((token.text, bracket.span(1)))
        elif (start := spelled_just_before(text_tokens, index)) is not None:
            zones.append((token.text, (start, token.start)))
    return zones + list(_initials_spelling(text_tokens, acronyms))


def _initials_spelling(
    text_tokens: Sequence[Token], acronyms: set[str]
) -> Iterator[tuple[str, Span]]:
    spelled = {acronym.rstrip("s"): acronym for acronym in acronyms}
    longest = max((len(letters) for letters in spelled), default=0)
    for first, token in enumerate(text_tokens):
        if not token.capitalised or token.text in acronyms:
            continue
        initials = ""
        for current in text_tokens[first : first + 2 * longest]:
            if current.capitalised and current.text not in acronyms:
                initials += current.text[0]
                if len(initials) > 1 and initials in spelled:
                    yield spelled[initials], (token.start, current.end)
                if len(initials) == longest:
                    break
            elif current.text not in _INITIALS_SKIP:
                break


def reference_names_the_subject(candidate: Candidate, subject: frozenset[str]) -> bool:
    if candidate.kind not in (CandidateKind.NAME, CandidateKind.TERM) or not subject:
        return False
    found = subject_words_of(candidate.text)
    return bool(found) and all(_subject_word(word, subject) for word in found)


def _subject_word(word: str, subject: frozenset[str]) -> bool:
    if word in subject:
        return True
    return any(related_words(word, name) for name in subject if not is_common_word(name))


def reference_find_candidates(
    text: str,
    masked: tuple[tuple[int, int], ...] = (),
    shown_with: str = "",
    limit: int | None = None,
    subject: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """find_candidates with every filter applied to every candidate, in turn."""
    scan = _mask(text, masked)
    words = reference_tokens(scan)
    closed = off_limits(scan, words)
    powers = [
        (a, b) for a, b in notation_spans(scan) if not any(s < b and a < e for s, e in closed)
    ]
    usable = _outside(words, closed + powers)
    found: dict[tuple[CandidateKind, str], list[tuple[int, int]]] = {}
    spelling: dict[str, str] = {}
    for a, b in powers:
        value = spelling.setdefault(notation_key(scan[a:b]), re.sub(r"\s+", " ", scan[a:b]))
        found.setdefault((CandidateKind.NUMBER, value), []).append((a, b))
    taken: set[int] = set()
    for kind, run in _pieces(words, usable, scan, EraYears(words, usable, text)):
        if any(id(t) in taken for t in run):
            continue
        taken.update(id(t) for t in run)
        start = piece_start(scan, kind, run[0])
        value = re.sub(r"\s+", " ", scan[start : run[-1].end])
        if kind is CandidateKind.YEAR and len(run) > 1:
            value = era_year_value(value)
        found.setdefault((kind, value), []).append((start, run[-1].end))
    merge_surnames(found)
    sentence_starts = {t.start for t in words if t.sentence_start}
    candidates = [
        Candidate(kind, value, tuple(sorted(spans)))
        for (kind, value), spans in found.items()
        if kind is not CandidateKind.NAME or _counts_as_name(value, spans, sentence_starts)
    ]
    positions = {t.start: i for i, t in enumerate(words)}
    candidates = [
        c
        for c in candidates
        if c.kind is not CandidateKind.NAME or not unpinned_name(c, words, positions)
    ]
    candidates = [
        c
        for c in candidates
        if c.kind is not CandidateKind.NAME
        or not any(_beside_deleted_name(text, scan, span) for span in c.spans)
    ]
    candidates = [c for c in candidates if not any(_cuts_a_word(scan, s) for s in c.spans)]
    candidates = [c for c in candidates if not reference_names_the_subject(c, subject)]
    candidates = [c for c in candidates if not is_era(c.text)]  # "AD", "BC": no name
    candidates = [c for c in candidates if not _twice_before_units(c, words, sentence_starts)]
    candidates = [
        c
        for c in candidates
        if c.kind is not CandidateKind.NUMBER or not any(_an_operand(scan, s) for s in c.spans)
    ]
    candidates = [
        c
        for c in candidates
        if c.kind is not CandidateKind.NAME or not camel_giveaway(c.text, c.spans, text)
    ]
    candidates = [c for c in candidates if not eponym_name(c, words, positions)]
    candidates = [
        c for c in candidates if c.kind is not CandidateKind.NAME or not _unit_after_amount(c, scan)
    ]
    candidates.sort(key=lambda c: (c.kind, c.spans[0][0]))
    index = ReferenceTextIndex(text, words if scan == text else None)
    return _without_giveaways(candidates, index, shown_with, limit)


def _twice_before_units(
    candidate: Candidate, words: list[Token], sentence_starts: set[int]
) -> bool:
    """A number twice in one sentence, each time right before a unit's symbol."""
    if candidate.kind is not CandidateKind.NUMBER:
        return False
    sentences = [len([s for s in sentence_starts if s <= start]) for start, _ in candidate.spans]
    if len(set(sentences)) == len(sentences):
        return False
    for start, _ in candidate.spans:
        index = next(i for i, t in enumerate(words) if t.start == start)
        if index + 1 >= len(words) or not is_unit_symbol(words[index + 1].text):
            return False
    return True


def _pieces(
    words: list[Token], usable: list[bool], scan: str, eras: EraYears
) -> Iterator[tuple[CandidateKind, list[Token]]]:
    days = {id(t) for i, t in enumerate(words) if is_day_number(words, i)}
    blocked: set[int] = set()
    for run in _name_runs(words, usable, days, blocked, eras):
        yield CandidateKind.NAME, run
    for index, token in enumerate(words):
        if not usable[index] or not token.number or id(token) in days or id(token) in blocked:
            continue
        if is_exponent(token):
            continue
        if id(token) in eras.dated:
            if index in eras.years:
                yield CandidateKind.YEAR, eras.years[index]
            continue
        piece = number_piece(words, index, usable, has_currency(scan, token))
        if piece is not None:
            yield piece
    for index in range(len(words)):
        if usable[index] and (term := term_run(words, index, usable)):
            yield CandidateKind.TERM, term


def _name_runs(
    words: list[Token], usable: list[bool], days: set[int], blocked: set[int], eras: EraYears
) -> list[list[Token]]:
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
        joins = bool(current) and word.follows_closely and open_ended(current, words, index)
        # A capital hyphened to small letters inside a name: "the Chandra X-ray Observatory".
        lettered = joins and not particles and lettered_in_name(words, index, usable)
        if not usable[index] or id(word) in eras.eras:
            runs.append(current)
            current, particles = [], []
        elif not particles and word.is_calendar_word() and month_opens_name(words, index, usable):
            runs.append(current)
            current, particles = [word], []
        elif (capital and not word.is_calendar_word()) or lettered:
            if not joins:
                runs.append(current)
                current, particles = [], []
            current += [*particles, word]
            particles = []
        elif joins and (
            (not word.number and _is_particle(word, particles))
            or (not particles and epithet_after(current, words, index))
        ):
            particles.append(word)
        elif joins and word.number and not particles and id(word) not in days:
            if (
                current[-1].is_function_word()
                or not _designation(word)
                or id(word) in eras.dated
                or opening_word_alone(current, named)
            ):
                runs.append(current)
            elif has_unit(words, index, usable):
                blocked.add(id(word))
            else:
                runs.append([*current, word])
            current, particles = [], []
        else:
            if not (runs_on_abroad(word, particles) and (joins or bool(particles))):
                runs.append(current)
            current, particles = [], []
    runs.append(current)
    pieces = [piece for run in runs if run for piece in split_names(run, words)]
    return [trimmed for piece in pieces if (trimmed := _trim(_no_opening_noun(piece, named)))]


def _without_giveaways(
    candidates: list[Candidate], index: TextIndex, shown_with: str, limit: int | None
) -> list[Candidate]:
    beside = ReferenceTextIndex(shown_with) if shown_with else None
    zones = reference_acronym_zones(index.tokens, index.text)
    defined = {acronym for acronym, _ in zones}
    defining = merged_spans([span for _, span in zones])
    starts = [start for start, _ in defining]
    kept: list[Candidate] = []
    for candidate in candidates:
        if candidate.text in defined:
            continue
        if candidate.kind in (CandidateKind.NAME, CandidateKind.TERM) and any(
            (at := bisect_left(starts, b) - 1) >= 0 and defining[at][1] > a
            for a, b in candidate.spans
        ):
            continue
        if is_notation(candidate.text):
            key = notation_key(candidate.text)
            titled = [shown_with[a:b] for a, b in notation_spans(shown_with)]
            if any(notation_key(power) == key for power in titled):
                continue
            kept.append(candidate)
            if len(kept) == limit:
                break
            continue
        if index.giveaway(looked_for(candidate), candidate.spans):
            continue
        if beside is not None and beside.giveaway(looked_for(candidate)):
            continue
        kept.append(candidate)
        if len(kept) == limit:
            break
    return kept


def _outside(words: list[Token], spans: list[Span]) -> list[bool]:
    merged = merged_spans(spans)
    starts = [start for start, _ in merged]
    result = []
    for token in words:
        at = bisect_right(starts, token.start) - 1
        result.append(at < 0 or merged[at][1] <= token.start)
    return result
