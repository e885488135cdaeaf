"""The deck format as data: every object and key with its type, rules and description."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from trainer.core.deck.schema_json import schema_document
from trainer.core.deck.schema_types import (
    NONBLANK_PATTERN,
    KeySpec,
    Kind,
    KindRule,
    ObjectSpec,
    ValueSpec,
)
from trainer.core.model import MAX_ANSWER_LENGTH, MAX_PROMPT_LENGTH


def _object(
    name: str,
    noun: str,
    description: str,
    *keys: KeySpec,
    extra: ValueSpec | None = None,
    extra_description: str = "",
    exclusive: tuple[tuple[str, str], ...] = (),
    one_of: tuple[str, ...] = (),
    kind_rule: KindRule | None = None,
    misplaced: Mapping[str, str] | None = None,
) -> ObjectSpec:
    key_map = MappingProxyType({key.name: key for key in keys})
    return ObjectSpec(
        name,
        noun,
        description,
        key_map,
        extra,
        extra_description,
        exclusive,
        one_of,
        kind_rule,
        tuple(key.name for key in keys if key.required),
        MappingProxyType(dict(misplaced or {})),
    )


TEXT = ValueSpec(Kind.STRING, nonblank=True)
LINE = ValueSpec(Kind.STRING, nonblank=True, one_line=True)
STRING = ValueSpec(Kind.STRING)
SHORT_LINE = ValueSpec(Kind.STRING, one_line=True)
SLUG = ValueSpec(Kind.SLUG)
FIELD_NAME = ValueSpec(Kind.FIELD_NAME)
TAGS = ValueSpec(Kind.LIST, item=LINE)
CHOICES = ValueSpec(Kind.INTEGER, minimum=2, maximum=8)
ANSWER_TYPE = ValueSpec(Kind.ENUM, choices=("text", "year", "date", "number"))
TOLERANCE = ValueSpec(Kind.NUMBER, minimum=0)
# An answer, accepted answer, option or fact value: at most what a learner may type.
SCALAR = ValueSpec(Kind.STRING_OR_NUMBER, nonblank=True, max_length=MAX_ANSWER_LENGTH)
# A question, statement or label written by the author.
PROMPT = ValueSpec(Kind.STRING, nonblank=True, max_length=MAX_PROMPT_LENGTH)
HINT = ValueSpec(Kind.STRING, max_length=MAX_PROMPT_LENGTH)
SCALARS = ValueSpec(Kind.LIST, item=SCALAR)
PAGE = ValueSpec(Kind.STRING_OR_INTEGER, nonblank=True, minimum=1, one_line=True)


# Keys of an excerpt's `accept`, which name its cloze numbers.
CLOZE_KEY_PATTERN = r"^c[1-9][0-9]*$"


def _list_of(object_name: str) -> ValueSpec:
    return ValueSpec(Kind.LIST, item=ValueSpec(Kind.OBJECT, object=object_name))


def _tags(what: str) -> KeySpec:
    return KeySpec("tags", TAGS, f"Tags given to every card of the {what}.")


QUESTION = _object(
    "question",
    "question",
    "A question written by the author, with its answer.",
    KeySpec("q", PROMPT, "The question.", required=True),
    KeySpec("a", SCALAR, "The answer shown as correct.", required=True),
    KeySpec("accept", SCALARS, "Other answers accepted as correct."),
    KeySpec("type", ANSWER_TYPE, "How answers are compared."),
    KeySpec("tolerance", TOLERANCE, "For numbers and years: how far off an answer may be."),
    KeySpec("hint", HINT, "Shown on request before answering."),
    KeySpec("distractors", SCALARS, "Wrong options: makes the question multiple choice."),
    KeySpec(
        "draw",
        ValueSpec(Kind.UNION, variants=(FIELD_NAME, ValueSpec(Kind.OBJECT, object="draw_filter"))),
        "Draw wrong options from facts' values for this field (or {field, tags}):"
        " makes it multiple choice.",
    ),
    KeySpec("choices", CHOICES, "Options shown, overriding the deck default."),
    KeySpec("id", SLUG, "The question's identity in its excerpt; by default q1, q2 …"),
    _tags("question"),
)

DRAW_FILTER = _object(
    "draw_filter",
    "draw filter",
    "Which facts a question draws its wrong options from.",
    KeySpec("field", FIELD_NAME, "The field whose values are drawn.", required=True),
    KeySpec("tags", TAGS, "Draw only from facts that have every one of these tags."),
)

FACT = _object(
    "fact",
    "fact",
    "A structured fact: an id, optional tags, and fields whose values are strings or numbers.",
    KeySpec("id", SLUG, "The fact's identity; unique in the deck.", required=True),
    _tags("fact"),
    extra=ValueSpec(Kind.UNION, variants=(SCALAR, ValueSpec(Kind.OBJECT, object="fact_value"))),
    extra_description=(
        "A field of the fact, such as what, where, year or who: a value, or"
        " {value, accept} to accept other answers for it."
    ),
)

FACT_VALUE = _object(
    "fact_value",
    "fact value",
    "A fact field's value, with other answers accepted when it is a card's answer.",
    KeySpec("value", SCALAR, "The value, used wherever the field is.", required=True),
    KeySpec("accept", SCALARS, "Other answers accepted when this value is the answer."),
)

EXCERPT = _object(
    "excerpt",
    "excerpt",
    "A passage of course material with its citation and the questions asked about it.",
    KeySpec("id", SLUG, "The excerpt's identity; unique in the deck.", required=True),
    KeySpec("text", TEXT, "The passage, in the deck's own words; may hold cloze deletions.", True),
    KeySpec("title", SHORT_LINE, "A short heading shown above questions."),
    KeySpec("page", PAGE, "A page, for example 128."),
    KeySpec("pages", PAGE, "Pages, for example 128-129 or 139-142, 192."),
    KeySpec(
        "chapter",
        ValueSpec(Kind.STRING_OR_INTEGER, nonblank=True, one_line=True),
        "A chapter or section.",
    ),
    KeySpec("url", LINE, "A web address."),
    _tags("excerpt"),
    KeySpec("auto_cloze", ValueSpec(Kind.BOOLEAN), "Automatic cloze on or off for this excerpt."),
    KeySpec("facts", _list_of("fact"), "Structured facts that templates turn into questions."),
    KeySpec("questions", _list_of("question"), "Questions written by the author."),
    KeySpec(
        "accept",
        ValueSpec(
            Kind.MAP,
            item=SCALARS,
            key_pattern=CLOZE_KEY_PATTERN,
            key_noun="a cloze number such as c1",
        ),
        "Other answers accepted for the text's cloze deletions, by number: {c1: [Lipeck]}.",
    ),
    exclusive=(("page", "pages"),),
    one_of=("page", "pages", "chapter", "url"),
)

TEMPLATE = _object(
    "template",
    "template",
    "A pattern that asks about every fact having all the fields it uses.",
    KeySpec("id", SLUG, "The template's identity.", required=True),
    KeySpec(
        "kind",
        ValueSpec(Kind.ENUM, choices=("text", "choice", "true_false")),
        "What the template makes (default text).",
    ),
    KeySpec("prompt", PROMPT, "The question, with {field} placeholders."),
    KeySpec("answer", FIELD_NAME, "The field whose value is the answer."),
    KeySpec("statement", PROMPT, "A statement with {field} placeholders."),
    KeySpec("swap", FIELD_NAME, "The field replaced to make a false statement."),
    KeySpec("choices", CHOICES, "Options shown, for a choice template."),
    _tags("template"),
    kind_rule=KindRule(
        key="kind",
        default="text",
        needs=MappingProxyType(
            {
                "text": ("prompt", "answer"),
                "choice": ("prompt", "answer"),
                "true_false": ("statement", "swap"),
            }
        ),
        only_for=MappingProxyType(
            {
                "prompt": ("text", "choice"),
                "answer": ("text", "choice"),
                "choices": ("choice",),
                "statement": ("true_false",),
                "swap": ("true_false",),
            }
        ),
    ),
)

CHRONOLOGY = _object(
    "chronology",
    "chronology entry",
    "Facts the learner puts in order of date.",
    KeySpec("id", SLUG, "Identity; unique among excerpt and chronology ids.", required=True),
    KeySpec(
        "facts",
        ValueSpec(Kind.LIST, item=SLUG, min_items=3, max_items=5, unique=True),
        "The ids of 3 to 5 facts: the events.",
        required=True,
    ),
    KeySpec(
        "label", PROMPT, "How each event is named, with {field} placeholders (default {event})."
    ),
    KeySpec("date", FIELD_NAME, "The field that dates each fact (default date, else year)."),
    KeySpec("prompt", PROMPT, "The question (default: Put these events in order, earliest first.)"),
    _tags("chronology"),
)

FIELD = _object(
    "field",
    "field declaration",
    "How a fact field's values are compared when it is the answer.",
    KeySpec("type", ANSWER_TYPE, "text, year, date or number."),
    KeySpec("tolerance", TOLERANCE, "For numbers and years: how far off an answer may be."),
    KeySpec("label", STRING, "A name for the field used in messages."),
)

SOURCE = _object(
    "source",
    "source",
    "The book or course the deck is drawn from.",
    KeySpec("title", LINE, "The title of the book or course.", required=True),
    KeySpec("author", SHORT_LINE, "Its author."),
    KeySpec("edition", ValueSpec(Kind.STRING_OR_INTEGER), "The edition."),
    KeySpec("year", ValueSpec(Kind.STRING_OR_INTEGER), "The year of publication."),
    KeySpec("publisher", STRING, "The publisher."),
    KeySpec("url", STRING, "A web address."),
)

DEFAULTS = _object(
    "defaults",
    "defaults",
    "Defaults for the whole deck.",
    KeySpec("new_per_day", ValueSpec(Kind.INTEGER, minimum=0), "New cards introduced per day."),
    KeySpec("reviews_per_day", ValueSpec(Kind.INTEGER, minimum=0), "Most reviews asked per day."),
    KeySpec("choices", CHOICES, "Options shown in a multiple-choice question (default 4)."),
    KeySpec(
        "auto_cloze",
        ValueSpec(Kind.ENUM, choices=(True, False, "plain")),
        "Automatic cloze for every excerpt (true), none (false), or only plain ones (plain).",
    ),
    KeySpec(
        "auto_cloze_max",
        ValueSpec(Kind.INTEGER, minimum=1, maximum=20),
        "Most automatic cloze cards made from one excerpt (default 5).",
    ),
    KeySpec(
        "typo_tolerance",
        ValueSpec(Kind.NUMBER, minimum=0, maximum=1),
        "Share of an answer's characters that may be mistyped.",
    ),
    KeySpec(
        "bury_siblings",
        ValueSpec(Kind.BOOLEAN),
        "Once a card is answered, its excerpt's other cards wait for another day (default true).",
    ),
)

_SHARED_KEYS = (
    KeySpec("fields", ValueSpec(Kind.OBJECT_MAP, object="field"), "Types of fact fields."),
    KeySpec("templates", _list_of("template"), "Templates that turn facts into questions."),
    KeySpec("chronology", _list_of("chronology"), "Sets of facts to put in order of date."),
    KeySpec(
        "aliases",
        ValueSpec(Kind.MAP, item=SCALARS, key_pattern=NONBLANK_PATTERN, key_noun="a value"),
        "Other names of a value, accepted wherever it is an answer: {Soviet Union: [USSR]}.",
    ),
    KeySpec(
        "include",
        ValueSpec(Kind.LIST, item=TEXT),
        "Other files whose contents join this deck, relative to this file.",
    ),
    KeySpec("excerpts", _list_of("excerpt"), "The excerpts."),
)

DECK = _object(
    "deck",
    "deck",
    "A trainer deck: excerpts from course material and the questions made from them.",
    KeySpec("format", ValueSpec(Kind.ENUM, choices=(1,)), "Version of this format; only 1."),
    KeySpec("id", SLUG, "The deck's identity. Changing it makes every card new.", required=True),
    KeySpec("title", LINE, "Shown on the home screen.", required=True),
    KeySpec("description", STRING, "One paragraph about the deck."),
    KeySpec("author", STRING, "Who wrote the deck."),
    KeySpec("license", STRING, "For example CC-BY-4.0."),
    KeySpec("version", STRING, "The deck's own version, for example 1.2.0."),
    KeySpec("source", ValueSpec(Kind.OBJECT, object="source"), "The book or course."),
    _tags("deck"),
    KeySpec("defaults", ValueSpec(Kind.OBJECT, object="defaults"), "Defaults for the deck."),
    *_SHARED_KEYS,
)

INCLUDED_FILE = _object(
    "included_file",
    "included file",
    "A file named in a deck's include: excerpts, templates, fields, chronology, aliases and"
    " include.",
    *_SHARED_KEYS,
    misplaced={
        name: "deck metadata belongs in the main deck file"
        for name in DECK.keys
        if name not in {key.name for key in _SHARED_KEYS}
    },
)

OBJECTS: Mapping[str, ObjectSpec] = MappingProxyType(
    {
        spec.name: spec
        for spec in (
            DECK,
            INCLUDED_FILE,
            SOURCE,
            DEFAULTS,
            FIELD,
            TEMPLATE,
            CHRONOLOGY,
            EXCERPT,
            FACT,
            FACT_VALUE,
            QUESTION,
            DRAW_FILTER,
        )
    }
)


def deck_json_schema() -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of a main deck file, for editors and validators."""
    return schema_document(DECK, OBJECTS, "trainer deck")


def chapter_json_schema() -> dict[str, object]:
    """The JSON Schema of a file named in a deck's `include`."""
    return schema_document(INCLUDED_FILE, OBJECTS, "trainer deck: included file")
