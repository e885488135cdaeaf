"""What the author already asks of an excerpt, which automatic cloze does not ask again."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from trainer.core.answering.number_words import is_number_word, normalize_numbers
from trainer.core.answering.word_lists import (
    ARTICLES,
    FUNCTION_WORDS,
    PERSONAL_TITLES,
    PLACE_KINDS,
)
from trainer.core.authored import Deck, Excerpt
from trainer.core.deck.answer_types import is_era_year
from trainer.core.generate.amounts import amount_size
from trainer.core.generate.cloze_beside import written_beside
from trainer.core.generate.cloze_eras import era_year_value
from trainer.core.generate.cloze_kinds import Candidate, CandidateKind
from trainer.core.generate.cloze_words import related_words
from trainer.core.generate.field_display import MONTH_NAMES
from trainer.core.generate.option_rules import quick_fold
from trainer.core.generate.placeholders import PlaceholderError, parse_pattern
from trainer.core.lexicon import could_be_name

# A prompt and a sentence sharing this many telling words ask the same thing.
_SHARED_WORDS = 2
_TELLING_LENGTH = 4
# The kind of thing a prompt asks for: up to this many words after one of these.
_KIND_ASKERS = frozenset({"which", "what", "whose"})
_KIND_WORDS = 2
_SENTENCE_ENDS = (". ", "? ", "! ")
_YEAR_KIND = frozenset({"year"})


class _Prompt:
    """One prompt of the author's: its telling words; the words a sentence must hold to
    ask the same (its subject: a template's field values, a written question's names,
    numbers and symbols; None when it names nothing); the telling words naming the kind
    of thing it asks for ("lake" in "Which lake is …?"); and all its words, among which
    the unit of an amount it asks for ("seconds" in "How many seconds …?")."""

    __slots__ = ("kind", "subject", "telling", "values", "when", "words")

    def __init__(
        self,
        prompt: str,
        subject: frozenset[str] | None,
        values: tuple[frozenset[str], ...] = (),
    ) -> None:
        words = quick_fold(prompt).split()
        self.words = frozenset(words)
        self.telling = _telling_words_of(words)
        self.subject = subject
        # The words of each other value of the fact asked about: one said beside the
        # blank says which fact it is ("Germany invaded Poland on 1 September [year]").
        self.values = values
        self.kind = _telling_words_of(
            following
            for at, word in enumerate(words)
            if word in _KIND_ASKERS
            for following in words[at + 1 : at + 1 + _KIND_WORDS]
        )
        # "When …?" asks for a time, which a year's blank says it stands for.
        self.when = bool(words) and words[0] == "when"


class AskedAlready:
    """For each answer (see `answer_key`) of an excerpt's written questions, and each value
    of its facts that a template asks for, the prompts that ask it."""

    def __init__(self, deck: Deck, excerpt: Excerpt) -> None:
        # Shown above each card of the excerpt, the title is read with every sentence.
        self._title = _telling_words_of(quick_fold(excerpt.title).split())
        self._prompts: dict[str, list[_Prompt]] = {}
        for question in excerpt.questions:
            subject = _marked_words(question.prompt)
            for text in (question.answer, *question.accept):
                self._add(text, _Prompt(question.prompt, subject))
        for template in deck.templates:
            if not template.answer or not excerpt.facts:
                continue
            try:
                pattern = parse_pattern(template.prompt)
            except PlaceholderError:
                continue  # reported where the template is prepared
            needed = {template.answer, *pattern.fields}
            for fact in excerpt.facts:
                if needed <= fact.values.keys():
                    words = frozenset(
                        word
                        for name in pattern.fields
                        if name != template.answer
                        for word in quick_fold(str(fact.values[name])).split()
                    )
                    values = tuple(
                        telling
                        for name, value in fact.values.items()
                        if name not in needed
                        and (telling := _telling_words_of(quick_fold(str(value)).split()))
                    )
                    prompt = _Prompt(pattern.render(fact.values), words or None, values)
                    self._add(fact.values[template.answer], prompt)
        # Each word of an answer of several, with the answers and where in them it stands:
        # a candidate is looked up by its first word only.
        self._parts: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for key in self._prompts:
            whole = tuple(key.split())
            if len(whole) > 1:
                for at, word in enumerate(whole):
                    self._parts.setdefault(word, []).append((whole, at))

    def _add(self, answer: object, prompt: _Prompt) -> None:
        for key in readings(answer):
            self._prompts.setdefault(key, []).append(prompt)

    def __bool__(self) -> bool:
        return bool(self._prompts)

    def most_left_out(self) -> int:
        """How many candidates these answers may leave out at most: each answer, and each
        run of its words (`pineal` of `pineal gland`)."""
        return sum(len(words) * (len(words) + 1) // 2 for words in map(str.split, self._prompts))

    def asks_again(self, candidate: Candidate, text: str) -> bool:
        """Whether a blank for `candidate` asks what a prompt of the author's asks.

        Its answer is that prompt's, an article aside (`Caspian Sea`, `the Caspian Sea`)
        and a person's place too (`Zeno of Citium`, `Zeno`), or a whole-word part of it
        whose other words stand beside the blank ("made by the [...] gland" for `pineal`
        beside "Which gland makes melatonin?", answered `pineal gland`; "vitamin [...]"
        for `B1`, `vitamin B1`; "[...], Castor and Pollux" for one item of a list; see
        `written_beside`), or an amount whose number it is, the unit being in the prompt
        ("[number] after launch" for `73 seconds` beside "How many seconds …?", answered
        73). And the blank's sentence shares two telling words with that prompt ("On 27
        September [year] a ride began from Buenos Ayres …" beside "In what year was
        Darwin's ride from Buenos Ayres to Santa Fe?"; not "… agreed on Lipetsk with
        [...]" beside "Who paid?", both answered Germany), the kind the prompt asks for
        counting as one when the answer names it ("[...] in Siberia is the deepest" for
        `Lake Baikal` beside "Which lake is the deepest lake on Earth?"), and so does a
        word of the prompt the excerpt's title holds, shown above the card ("[...], once
        a slave, taught …" under "Stoics in Rome" beside "Which Stoic had been a
        slave?"); or the sentence holds all of the prompt's subject ("…
        began UNIX at Bell Labs in [year]" beside "In what year did UNIX appear?"), or,
        for a template's card, the telling words of another value of its fact ("Germany
        invaded Poland on 1 September [year]" beside "In what year did the war in Europe
        begin?", a fact whose `where` is Poland). Any of the blanks' sentences counts.
        """
        if not self._prompts:
            return False
        keys = {answer_key(candidate.text), *map(answer_key, _without_place(candidate.text))}
        # A year's blank says it asks for a year, as "In what year …?" does.
        shown = _YEAR_KIND if candidate.kind is CandidateKind.YEAR else frozenset()
        amount = candidate.kind is CandidateKind.QUANTITY
        for start, end in candidate.spans:
            for key in keys:
                for answer, rest in self._answers_at(key, text, start, end):
                    if any(
                        (rest <= prompt.kind or (amount and _all_named(rest, prompt.words)))
                        and _same_question(prompt, text, (start, end), answer, shown, self._title)
                        for prompt in self._prompts[answer]
                    ):
                        return True
        return False

    def _answers_at(
        self, key: str, text: str, start: int, end: int
    ) -> Iterator[tuple[str, frozenset[str]]]:
        """The answers asked that a blank of `key` at [start, end) stands for, each with
        the words of it the blank leaves to the prompt's kind: `key` itself, those that
        hold it as whole words with their others beside the blank, and those whose other
        words are the kind of thing the prompt asks for ("The Fourth forbids …, the [...]
        guarantees …" for `the Sixth Amendment`, asked "Which amendment …?"). And the
        other way about: an answer the blank holds with words that must be the kind asked
        for ("the deepest part of the [...]" for `Atlantic Ocean`, asked "In which ocean
        …?" and answered `Atlantic`)."""
        if key in self._prompts:
            yield key, frozenset()
        words = key.split()
        if not words:
            return
        size = len(words)
        for first in range(size):
            for last in range(first + 1, size + 1):
                part = " ".join(words[first:last])
                if last - first < size and part in self._prompts:
                    yield part, frozenset((*words[:first], *words[last:]))
        for whole, at in self._parts.get(words[0], ()):
            if list(whole[at : at + size]) != words or len(whole) == size:
                continue
            before, after = whole[:at], whole[at + size :]
            beside = written_beside(text, start, end, before, after)
            yield " ".join(whole), frozenset() if beside else frozenset((*before, *after))


def _same_question(
    prompt: _Prompt,
    text: str,
    blank: tuple[int, int],
    answer: str,
    shown: frozenset[str],
    title: frozenset[str],
) -> bool:
    """Whether the sentence around the blank at [start, end) asks what `prompt` asks;
    `shown` is the kind of thing the blank itself says it stands for ("[year]"), and
    `title` the telling words of the excerpt's title."""
    start, end = blank
    opening, closing = _sentence_around(text, start, end)
    words = frozenset(quick_fold(text[opening + 1 : start] + " " + text[end:closing]).split())
    if prompt.subject is not None and prompt.subject <= words:
        return True
    if any(value <= words for value in prompt.values):
        return True
    telling = _telling_words_of(words)
    # Another form of a word counts as the word: "converted" for "conversion".
    shared = sum(1 for word in prompt.telling if _in_some_form(word, telling))
    # The title says what every sentence is about: one word of the prompt it holds and
    # the sentence lacks counts ("[...], a former slave, taught …" under "Stoics in Rome"
    # beside "Which Stoic had been a slave?").
    # The blank says the kind asked for when the answer names it: `Lake Baikal`.
    asked_for = prompt.kind | _YEAR_KIND if prompt.when else prompt.kind
    named_kind = asked_for.intersection((*answer.split(), *shown)) - words
    titled = any(
        _in_some_form(word, title) and not _in_some_form(word, telling)
        for word in prompt.telling - named_kind
    )
    return shared + bool(named_kind) + titled >= _SHARED_WORDS


# Words a full stop follows without ending the sentence: "Marbury v. Madison", "St. Paul".
_ABBREVIATIONS = frozenset({"v", "vs", "st", "mr", "mrs", "ms", "dr", "c", "ca", "no", "jr", "sr"})


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around [start, end) opens (the index before it) and closes."""
    opening = -1
    for mark in (*_SENTENCE_ENDS, "\n"):
        at = start
        while (at := text.rfind(mark, 0, at)) != -1 and _abbreviation_before(text, at):
            pass
        opening = max(opening, at)
    closing = len(text)
    for mark in _SENTENCE_ENDS:
        at = end
        while (at := text.find(mark, at)) != -1 and _abbreviation_before(text, at):
            at += 1
        if at != -1:
            closing = min(closing, at)
    return opening, closing


def _abbreviation_before(text: str, at: int) -> bool:
    """Whether the full stop at `at` ends an abbreviation rather than a sentence."""
    if text[at] != ".":
        return False
    word = (text[:at].rsplit(maxsplit=1)[-1:] or [""])[0].lstrip("(")
    # A capital letter alone is a name's initial ("John B. Watson"), not a sentence's end.
    return word.casefold() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _all_named(words: frozenset[str], named: frozenset[str]) -> bool:
    """Whether each of `words` is one of `named` in some form ("second" of "seconds")."""
    return all(_in_some_form(word, named) for word in words)


def _in_some_form(word: str, words: frozenset[str]) -> bool:
    """Whether `word` is one of `words` or another form of one ("converted" of
    "conversion", "Stoic" of "Stoics")."""
    return word in words or any(related_words(word, other) for other in words)


def _telling_words_of(words: Iterable[str]) -> frozenset[str]:
    """The folded `words` that tell what a text is about: no function word, and of four
    letters or more."""
    return frozenset(
        word for word in words if len(word) >= _TELLING_LENGTH and word not in FUNCTION_WORDS
    )


def _marked_words(prompt: str) -> frozenset[str] | None:
    """The folded words of what a written prompt names past its first word: words with a
    capital or a digit ("UNIX", "K_5", "2^32"), those of one letter only when it names
    nothing longer ("UNIX and C" names UNIX); None when it names nothing."""
    marked = frozenset(
        word
        for token in prompt.split()[1:]
        if any(char.isupper() or char.isdigit() for char in token)
        for word in quick_fold(token).split()
    )
    longer = frozenset(word for word in marked if len(word) > 1)
    return longer or marked or None


def answer_key(answer: object) -> str:
    """An answer folded, without a leading article (`the Caspian Sea` is the answer
    `Caspian Sea`), personal titles before a name (`Chief Justice John Marshall` is `John
    Marshall`) or the initials of a name of three words or more (`Edsger W. Dijkstra`
    is `Edsger Dijkstra`), its numbers in digits and ordinals without their endings
    (`the fifteenth century` is `15 century`, as `the 15th century` is)."""
    words = quick_fold(str(answer)).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    while len(words) > 2 and words[0] in PERSONAL_TITLES:
        words = words[1:]  # "Chief Justice John Marshall" is the answer "John Marshall"
    if len(words) > 2:
        words = [word for word in words if len(word) > 1 or not word.isalpha()]
    if any(is_number_word(word) for word in words):
        words = normalize_numbers(words)
    return " ".join(_ORDINAL_DIGITS.sub(r"\1", word) for word in words)


_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
# A date's year: "1961-04-12", "12 April 1961"; and an amount's number: "about 4.24
# light-years", "5,500 °C".
_YEAR_OF_DATE = re.compile(r"^(\d{4})-\d\d(?:-\d\d)?$|\b(\d{4})$")
_NUMBER = re.compile(r"\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion)\b)?")


# A name and the place it is "of": "Parmenides of Elea", "Catherine of Aragon".
_NAME_OF_PLACE = re.compile(
    r"^((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*)\s+of\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$"
)


def _without_place(name: str) -> tuple[str, ...]:
    """A person's name without the place it is "of" (`Parmenides` of `Parmenides of
    Elea`): the same person. None for a thing of a place (`Gulf of Mexico`, `Battle of
    Hastings`), whose first word is no word of a person's name."""
    match = _NAME_OF_PLACE.match(" ".join(name.split()))
    if match is None:
        return ()
    last = match.group(1).split()[-1]
    kind = quick_fold(last)
    if not could_be_name(last) or {kind, f"{kind}s"} & PLACE_KINDS:
        return ()  # "Gulf of Mexico", "Isle of Man", "Straits of Magellan"
    return (match.group(1),)


def readings(answer: object) -> set[str]:
    """The keys a blank may stand for where `answer` is asked: the answer itself (see
    `answer_key`), a date's year ("On 12 April [year] …" asks what "When did Vostok 1
    fly?" asks, answered 12 April 1961) and an amount's number ("[number] light-years"
    for "about 4.24 light-years"), and a person's name without the place it is "of"
    (`Thales` for `Thales of Miletus`). A year with its era reads as automatic cloze writes
    one ("399 B.C.", "399 BCE" and "15 March 399 BC" as "399 BC"; "79 CE" as "AD 79")."""
    text = str(answer).strip()
    keys = {answer_key(text), *map(answer_key, _without_place(text))}
    year = " ".join(text.split()[-2:])  # "44 BC" of "15 March 44 BC"
    if (year == text or any(month in text for month in MONTH_NAMES)) and is_era_year(year):
        keys.add(answer_key(era_year_value(year)))
    date = _YEAR_OF_DATE.search(text)
    if date is not None and (date.group(1) or any(month in text for month in MONTH_NAMES)):
        keys.add(date.group(1) or date.group(2))
    elif amount_size(text) is not None and (number := _NUMBER.search(text)) is not None:
        keys.add(answer_key(number.group()))  # one amount, measured as options are
    return keys
