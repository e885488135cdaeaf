"""Templates whose words do not agree with a fact's value: "does the lungs belong", "did he won".

A template is written once for many facts, and a value that is plural where the
template's verb is singular ("The {organ} belongs to…" for `lungs`), or a verb in its
plain form after a singular "Which organ", makes a sentence no teacher would print. The
card is still made; `trainer check` names the words that disagree, so that the author
rewords the template or the value. Only clear cases are named: a plural ending in a
lower-case noun (its singular a known word: `lungs`, `the ABO blood groups`) beside
"is", "was", "has", "does" or a verb in -s, a value opening with a verb whose -s form
is a known word, and a clause where a question's verb needs its subject ("In what year
was how to make urea … discovered?").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from trainer.core.authored import Fact
from trainer.core.generate.context import Diagnostics
from trainer.core.generate.noun_number import plural_noun, singular_verb
from trainer.core.generate.placeholders import FieldRef, Pattern
from trainer.core.generate.surnames import people_named
from trainer.core.generate.verb_forms import AUXILIARIES, is_past, is_plain_verb, verb_of
from trainer.core.records import record

_SINGULAR_BEFORE = re.compile(r"\b(?:does|is|was|has)(?: the)? $", re.IGNORECASE)
# Verbs that ask "What … {value} …?" where "Which" would name a noun.
_VERBS_OF_BEING = frozenset({"is", "are", "was", "were", "do", "does", "has", "have"})
# Words before a value that name it as a word: "the term substitutes refers to", "the
# word 'data' means".
_MENTIONED = re.compile(
    r"\b(?:term|word|words|phrase|expression|name|concept|label)\s*[\"'“‘]?$", re.IGNORECASE
)
# A question's verb before its subject: "In what year was {discovery} discovered?"
_VERB_BEFORE_SUBJECT = re.compile(
    r"\b(?:when|where|why|how|year|century|date|who|whom|what|which)\b.*?\b"
    r"(is|was|are|were|has|have|had|does|do|did)\s+$",
    re.IGNORECASE,
)
# Words that open a clause, not a noun phrase: "how to make urea", "that DNA is a helix".
_CLAUSE_OPENERS = frozenset({"how", "why", "whether", "that", "what", "where", "when", "who"})
_WHICH_NOUN = re.compile(r"^(?:which|what) ([a-z]+) $", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


def disagreement(pattern: Pattern, values: Mapping[str, str]) -> str | None:
    """The words of `pattern` rendered with `values` that do not agree in number, as
    they read ("does the lungs belong"); None when none is found."""
    # What the template's own words say around each field is read once per template
    # (`_agreement_slots`), not once per fact: 4,848 reads of four templates' words at
    # 10,000 cards become a few look-ups (`warn_of_disagreement` went from 70 ms to 52,
    # with `_is_plural_noun` kept too, timed with wrappers).
    for slot in _agreement_slots(pattern):
        value = values.get(slot.name, "")
        if _is_plural_noun(value):
            if slot.singular_before is not None:
                return f"{slot.singular_before}{value}{slot.spaced_after}".strip()
            if slot.verb_after:
                return f"{value} {slot.word_after}"
        if slot.which is not None and _plain_verb_after(slot.which_noun, value):
            plain = verb_of(value)
            return f"{slot.which}{value[: value.index(plain) + len(plain)]}"
    return None


@lru_cache(maxsize=1 << 12)
def _is_plural_noun(value: str) -> bool:
    """`plural_noun`, or people named together ("Edmund Hillary and Tenzing Norgay"),
    which a verb after them must agree with as plural; kept: a fact's values are read for
    each template that shows them (four in the bench's course)."""
    return plural_noun(value) or people_named(value) is not None


@record
class _AgreementSlot:
    """What a template's words around one field say, for `disagreement`."""

    name: str
    # The singular verb right before the field ("does the "), if any.
    singular_before: str | None
    # The first word after the field, and it with a space before it ("" when none).
    word_after: str
    spaced_after: str
    # Whether that word is a singular verb whose subject the field is.
    verb_after: bool
    # "Which organ " right before the field, and its noun, if so.
    which: str | None
    which_noun: str


@lru_cache(maxsize=1024)  # a template is read for every fact it asks about
def _agreement_slots(pattern: Pattern) -> tuple[_AgreementSlot, ...]:
    """The fields of `pattern` whose number its words may disagree with, in order; a
    field its words name as a word (`_MENTIONED`, quoted) is left out."""
    parts = pattern.parts
    slots = []
    for index, part in enumerate(parts):
        if isinstance(part, str):
            continue
        before = _literal(parts, index - 1)
        after = _literal(parts, index + 1)
        if _MENTIONED.search(before) or _quoted(before, after):
            continue
        verb = _SINGULAR_BEFORE.search(before)
        following = _first_word(after)
        which = _WHICH_NOUN.match(before)
        slots.append(
            _AgreementSlot(
                name=part.name,
                singular_before=None if verb is None else verb.group(),
                word_after=following,
                spaced_after=_first_word(after, spaced=True),
                verb_after=bool(following)
                and singular_verb(following)
                and not _asked_object(before, following),
                which=None if which is None else which.group(),
                which_noun="" if which is None else which.group(1),
            )
        )
    return tuple(slots)


# A value asked about as the object of a question, its verb's subject after the verb:
# "How many {keys} does a piano have?", "Which {moons} does Jupiter have?".
_ASKED_OBJECT = re.compile(r"\b(?:how many|how much|which|what)\s*$", re.IGNORECASE)


def _asked_object(before: str, verb: str) -> bool:
    return verb == "does" and _ASKED_OBJECT.search(before) is not None


_OPENING_QUOTES = ("'", '"', "‘", "“", "«")
_CLOSING_QUOTES = ("'", '"', "’", "”", "»")


def _quoted(before: str, after: str) -> bool:
    """Whether the template sets the field in quotation marks: a word quoted is a word
    mentioned ("'sommes' is the nous form"), singular whatever its ending."""
    return before.endswith(_OPENING_QUOTES) and after.startswith(_CLOSING_QUOTES)


def clause_for_a_noun(pattern: Pattern, values: Mapping[str, str]) -> str | None:
    """The words of `pattern` rendered with `values` where a question's verb is followed
    by a clause instead of its subject, as they read ("was how to make urea from
    ammonium cyanate discovered"); None when there is none. Only a value opening with a
    question word or "that", in small letters, right after the verb, is judged."""
    for name, verb, after in _subject_slots(pattern):
        value = values.get(name, "")
        if _first_word(value) in _CLAUSE_OPENERS and value[:1].islower():
            return f"{verb} {value}{after}"
    return None


@lru_cache(maxsize=1024)  # a template is read for every fact it asks about
def _subject_slots(pattern: Pattern) -> tuple[tuple[str, str, str], ...]:
    """Each field of `pattern` right after a question's verb, with that verb and the
    word after the field: where the question needs the field to be its subject."""
    parts = pattern.parts
    slots = []
    for index, part in enumerate(parts):
        if isinstance(part, str):
            continue
        if (verb := _VERB_BEFORE_SUBJECT.search(_literal(parts, index - 1))) is not None:
            slots.append(
                (part.name, verb.group(1), _first_word(_literal(parts, index + 1), spaced=True))
            )
    return tuple(slots)


def swap_breaks_agreement(
    pattern: Pattern, values: Mapping[str, str], swap: str, candidate: str
) -> bool:
    """Whether putting `candidate` for the value of `swap` in `pattern` makes a verb
    disagree in number where the true value agreed: a subject of another number before
    its verb ("The lungs pumps blood" for "The heart pumps blood"), or a verb of another
    form after its subject ("The liver filter the blood" for "The liver produces bile").
    A false statement that reads wrong gives itself away."""
    true = values.get(swap, "")
    parts = pattern.parts
    for index, part in enumerate(parts):
        if isinstance(part, str) or part.name != swap:
            continue
        if _quoted(_literal(parts, index - 1), _literal(parts, index + 1)):
            continue  # a quoted word is mentioned: "'avons' is the nous form"
        following = _rendered_word_after(parts, index, values)
        plural = _is_plural_noun(true)
        if _verb_number(following) is not None and plural != _is_plural_noun(candidate):
            return True
        if _opens_a_noun_phrase(_literal(parts, index - 1)):
            continue  # "in the {group}": "alkali metals" and "halogens" are no verbs there
        ours, theirs = _verb_number(verb_of(true)), _verb_number(verb_of(candidate))
        if ours is not None and theirs is not None and ours != theirs:
            return True
    return False


_SINGULAR_FORMS = frozenset({"is", "was", "has", "does"})
_PLURAL_FORMS = frozenset({"are", "were", "have", "do"})


def _verb_number(word: str) -> str | None:
    """'s' for a verb's -s form ("pumps", "is"), 'plain' for its plain form ("filter",
    "are"), None for a word that is neither, or not clearly a verb."""
    if word in _SINGULAR_FORMS:
        return "s"
    if word in _PLURAL_FORMS:
        return "plain"
    if not word or not word.islower() or not word.isalpha():
        return None
    if is_plain_verb(word):
        return "plain"
    stems = (word[:-1], word[:-2] if word.endswith("es") else "")
    if word.endswith("s") and any(stem and is_plain_verb(stem) for stem in stems):
        return "s"
    return None


def _rendered_word_after(
    parts: Sequence[str | FieldRef], index: int, values: Mapping[str, str]
) -> str:
    """The first word after the field at `index` as the sentence reads it: the next
    literal's, or the next field's value's when the two fields are set side by side."""
    after = parts[index + 1] if index + 1 < len(parts) else ""
    if isinstance(after, str):
        text = after
        if text.strip() == "" and index + 2 < len(parts):
            following = parts[index + 2]
            text = following if isinstance(following, str) else values.get(following.name, "")
    else:
        text = values.get(after.name, "")
    return _first_word(text)


def tense_slip(pattern: Pattern, values: Mapping[str, str]) -> str | None:
    """The words of `pattern` rendered with `values` whose verb is in the wrong form, as
    they read: a past tense after "did" ("did Georg Ohm published"), a plain verb after
    "Who" ("Who show that"); None when none is found. Only verbs in -ed whose stem is a
    known word, a few common irregular pasts, and plain verbs whose -s form is known
    are judged."""
    if not _may_slip(pattern.source):
        return None
    parts = pattern.parts
    for index, part in enumerate(parts):
        if isinstance(part, str):
            continue
        verb = verb_of(values.get(part.name, ""))
        past = bool(verb) and is_past(verb)
        if not past and not (verb and is_plain_verb(verb)):
            continue  # most values open with no verb: nothing before them is read
        said = "".join(p if isinstance(p, str) else values.get(p.name, "") for p in parts[:index])
        if past and (aux := _AUXILIARY.search(said)) is not None:
            return f"{said[aux.start() :]}{verb}".strip()
        if not past and (who := _WHO.search(said)) is not None:
            return f"{who.group().strip()} {verb}"
    return None


def name_before_plain_verb(pattern: Pattern, values: Mapping[str, str]) -> str | None:
    """The words of a statement or label that put a person's name straight before a
    plain verb, as they read ("William Harvey describe the circulation of the blood": a
    value written for "In what year did {who} …?" reused in a label); None if none."""
    parts = pattern.parts
    for index in range(1, len(parts)):
        part, before = parts[index], parts[index - 1]
        if isinstance(part, str) or not (
            isinstance(before, FieldRef) or (before.isspace() and index > 1)
        ):
            continue
        name_part = before if isinstance(before, FieldRef) else parts[index - 2]
        verb = verb_of(values.get(part.name, ""))
        name = values.get(name_part.name, "") if isinstance(name_part, FieldRef) else ""
        if verb and is_plain_verb(verb) and _one_name(name):
            return f"{name} {values[part.name]}"
    return None


def _one_name(value: str) -> bool:
    words = value.split()
    return bool(words) and all(word[:1].isupper() for word in words) and "and" not in words


@lru_cache(maxsize=1024)
def _may_slip(source: str) -> bool:
    """Whether a template's text has a word a verb's form must agree with: most have
    none, and are passed over for every fact at a glance."""
    return _AUXILIARY_WORD.search(source) is not None


_AUXILIARY_WORD = re.compile(r"\b(?:did|does|do|who)\b", re.IGNORECASE)
# "did" or "does" opening a question's clause, its subject after it: "In what year did ".
_AUXILIARY = re.compile(r"\b(?:did|does|do)\b(?!.*[,;])[^?.!]*$", re.IGNORECASE)
_WHO = re.compile(r"(?:^|[.?!]\s+)who $", re.IGNORECASE)
# Words after which a field's value is a noun phrase, whatever its first word could be
# (not "to" nor "that": "voted to {decision}", "It was {scene} that {episode}").
_NOUN_OPENERS = frozenset(
    {"the", "a", "an", "in", "of", "on", "at", "by", "for", "from", "with", "into", "onto"}
    | {"his", "her", "its", "their", "my", "our", "your"}
)


def _opens_a_noun_phrase(before: str) -> bool:
    """Whether the literal `before` a field ends in an article, a preposition or a
    possessive, so that the field holds a noun phrase there, never a verb."""
    words = before.split()
    return bool(words) and before[-1:].isspace() and words[-1].casefold() in _NOUN_OPENERS


def _literal(parts: Sequence[str | FieldRef], index: int) -> str:
    """The pattern's literal text at `index`, or "" (another field, or no part)."""
    part = parts[index] if 0 <= index < len(parts) else ""
    return part if isinstance(part, str) else ""


def _plain_verb_after(noun: str, value: str) -> bool:
    """A singular noun ("organ") followed by a value that opens with a verb in its plain
    form ("filter the blood"), whose -s form is a known word."""
    if noun.endswith("s") or noun.casefold() in AUXILIARIES or noun.casefold() in _VERBS_OF_BEING:
        return False  # "What did {study} investigate?": an auxiliary, no noun
    first = verb_of(value)  # after any adverb: "first won the Prix de Rome"
    if not first or len(value.split()) < 2:
        return False
    return is_plain_verb(first)


def _first_word(text: str, *, spaced: bool = False) -> str:
    found = _WORD.search(text)
    if found is None:
        return ""
    return (" " + found.group()) if spaced else found.group()


def warn_of_disagreement(
    report: Diagnostics, template_id: str, pattern: Pattern, fact: Fact
) -> None:
    """Warn, at `fact`, when template `template_id` (its `pattern`) reads words for it
    that do not agree in number (see `disagreement`)."""
    if (words := disagreement(pattern, fact.values)) is not None:
        report.warning(
            fact.location,
            f"template '{template_id}' for fact '{fact.id}' reads '{words}', whose words "
            "do not agree in number: reword the template or the fact's value",
        )
    elif (words := clause_for_a_noun(pattern, fact.values)) is not None:
        report.warning(
            fact.location,
            f"template '{template_id}' for fact '{fact.id}' reads '{words}', a clause "
            "where the question needs a noun: reword the fact's value as a noun phrase "
            "('the synthesis of urea'), or the template",
        )
    elif (words := tense_slip(pattern, fact.values)) is not None:
        report.warning(
            fact.location,
            f"template '{template_id}' for fact '{fact.id}' reads '{words}', whose verb "
            "is in the wrong form: reword the template or the fact's value",
        )
