"""The sex a deck's own words give a name that says none: "Hera" is "the goddess of marriage".

A given name or a title says a person's sex ("Queen Victoria", "Olympe de Gouges": see
`name_sexes`); "Hera", "Atalanta" or "Ramesses" say none. The deck may say it in
words, and then options and swaps keep to it as they do for a given name's ("Which
Greek deity was the goddess of marriage?" offers goddesses; "Zeus was the goddess of
marriage" is false on its face). A name is given a sex by:

- the tags of a fact that holds one such name (`tags: [woman]`, `[king]`);
- the other fields of a fact that holds no other name (of any sex: "Challenger" is not
  "the first American woman in space" beside "Sally Ride"), read as said of that name
  (`sex_words.sex_described`): `role: the goddess of marriage`, `deed: would marry only
  a man who could outrun her`, `relation: mother of Achilles`; not "the wife of
  Odysseus" for Odysseus, who is after "of";
- a template's question about the fact, asking for the name ("Which Greek deity was
  {role}?", "Who was {king}'s wife?"), as the question's words ask (`sex_asked`);
- a template's statement whose subject is the name swapped ("{hero} {deed}." with
  "went down to bring back his wife Eurydice").

A word said of either sex ("hero", "actor") gives none, and a name given both sexes
keeps none. Only facts and templates count, not written questions: a step reading the
deck's facts is replayed while they and the templates are unchanged (see `steps`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from trainer.core.answering.normalise import fold
from trainer.core.authored import Fact, Template, TemplateKind
from trainer.core.generate.beings import ASKING_WORDS
from trainer.core.generate.name_styles import name_style
from trainer.core.generate.placeholders import FieldRef, Pattern, wording_pattern
from trainer.core.name_sexes import KnownSexes, Sex, sex_of
from trainer.core.sex_words import may_say_a_sex, sex_asked, sex_described


def deck_sexes(facts: Iterable[Fact], templates: Sequence[Template]) -> KnownSexes:
    """The sex the deck's words give each name that says none itself, by folded name."""
    said: defaultdict[str, set[Sex]] = defaultdict(set)
    patterns = [
        (template, pattern) for template in templates if (pattern := wording_pattern(template))
    ]
    # Only words that say a sex give one: a fact or a template without any is passed over
    # before its names are read (most facts of most decks).
    sexed = [(t, p) for t, p in patterns if may_say_a_sex(t.statement or t.prompt or "")]
    # Whether each distinct value may say a sex, read once: the bench's 6,060 values
    # are 1,897 texts (7 ms of 11 saved).
    says: dict[str, bool] = {}
    tag_sexes: dict[str, Sex | None] = {}
    for fact in facts:
        if fact.tags and (tagged := _tagged_sex(fact.tags, tag_sexes)) is not None:
            unsexed = {fold(value) for value in fact.values.values() if _unsexed_name(value)}
            if len(unsexed) == 1:
                said[unsexed.pop()].add(tagged)
        described = False
        for text in fact.values.values():
            saying = says.get(text)
            if saying is None:
                saying = says[text] = may_say_a_sex(text)
            if saying:
                described = True
                break
        if described:
            names = [name for name, value in fact.values.items() if _a_name(value)]
            if len(names) == 1 and _unsexed_name(value := fact.values[names[0]]):
                for other, text in fact.values.items():
                    if other != names[0]:
                        _add(said, value, sex_described(text))
        for template, pattern in patterns if described else sexed:
            if not set(pattern.fields) <= fact.values.keys():
                continue
            target = template.swap if template.kind is TemplateKind.TRUE_FALSE else template.answer
            if target and target in fact.values and _unsexed_name(fact.values[target]):
                _add(said, fact.values[target], _said_of(template, pattern, fact, target))
    return {name: sexes.pop() for name, sexes in said.items() if len(sexes) == 1}


def _tagged_sex(tags: Iterable[str], known: dict[str, Sex | None]) -> Sex | None:
    """The one sex a fact's tags say (`woman`, `man`, `queen`), or None; `known` keeps
    each tag's, read once."""
    sexes: set[Sex] = set()
    for tag in tags:
        if tag not in known:
            known[tag] = sex_described(tag)
        if (sex := known[tag]) is not None:
            sexes.add(sex)
    return sexes.pop() if len(sexes) == 1 else None


def _a_name(value: str) -> bool:
    """Whether `value` is written as a name ("Hera", "Sally Ride", "Queen Victoria")."""
    if value.islower() or not value[:1].isalpha():
        return False  # most values, at once: no name is all in small letters
    return name_style(value) is not None or sex_of(value) is not None


def _unsexed_name(value: str) -> bool:
    """Whether `value` is written as a person's name that says no sex itself."""
    return name_style(value) is not None and sex_of(value) is None


def _add(said: defaultdict[str, set[Sex]], value: str, sex: Sex | None) -> None:
    if sex is not None:
        said[fold(value)].add(sex)


def _said_of(template: Template, pattern: Pattern, fact: Fact, target: str) -> Sex | None:
    """The sex a template's words about `fact` give its `target`: the question's, when
    it opens by asking (after a phrase and a comma, if any: "In {book}, who …?") and
    does not name the target; the statement's, when the target is its subject."""
    if template.kind is not TemplateKind.TRUE_FALSE:
        if target in pattern.fields:
            return None
        text = pattern.render(fact.values)
        opening = text.split(",", 1)[-1] if "," in text.split("?", 1)[0] else text
        words = opening.split(maxsplit=1)
        if not words or fold(words[0]) not in ASKING_WORDS:
            return None
        return sex_asked(text, either=False)
    before = next(
        (
            pattern.parts[i - 1] if i else ""
            for i, part in enumerate(pattern.parts)
            if isinstance(part, FieldRef) and part.name == target
        ),
        None,
    )
    if not isinstance(before, str) or (before.strip() and not before.rstrip().endswith(",")):
        return None
    return sex_asked(pattern.render({**fact.values, target: ""}), either=False)
