"""How an Anki card template shows a note's fields: its references, filters and sections.

A template names fields as `{{Back}}`, through filters (`{{hint:Extra}}`,
`{{type:Back}}`, `{{kana:Reading}}`, `{{text:Back}}`) or as the condition of a section
(`{{#Extra}}…{{/Extra}}`, `{{^Extra}}…{{/Extra}}`). Anki's Japanese filters read a
field's furigana (`日本語[にほんご]`): `kanji:` shows the word, `kana:` its reading and
`furigana:` both, written here as a browser without ruby shows them: `日本語(にほんご)`.
"""

from __future__ import annotations

import re

from trainer.core.records import record

_REFERENCE = re.compile(r"\{\{([^{}]*)\}\}")
# Names a template may use that are no field of the note.
SPECIAL = frozenset({"FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag"})
# Anki's own pattern for a word and its reading: `日本語[にほんご]`, the space before it
# only separating it from the word before (`学校[がっこう]へ 行[い]く`).
# A base is tried only where its run starts (after a space, a tag's end or a bracket):
# tried inside a run too, a field of one long run with no reading would be read again from
# every character (quadratic; a package is untrusted).
_FURIGANA = re.compile(r" ?(?<![^ >\[\]])([^ >\[\]]+?)\[([^\[\]]+?)\]")


@record
class Reference:
    """A field a template shows, with the filters applied to it (`hint`, `type`, `kana`…)."""

    name: str
    filters: frozenset[str]

    @property
    def typed(self) -> bool:
        return "type" in self.filters

    @property
    def hint(self) -> bool:
        return "hint" in self.filters


def references(template: str) -> tuple[Reference, ...]:
    """Each field a template shows, in order, with its filters, once however often it
    shows it; sections are left out."""
    found: dict[Reference, None] = {}
    for match in _REFERENCE.finditer(template):
        inner = match.group(1).strip()
        if not inner or inner[0] in "#^/!":
            continue
        *used, name = (part.strip() for part in inner.split(":"))
        if name not in SPECIAL:
            found[Reference(name, frozenset(f.split()[0] for f in used if f.split()))] = None
    return tuple(found)


def section_fields(template: str) -> frozenset[str]:
    """The fields a template tests in its sections (`{{#Add Reverse}}`): used, not shown."""
    return frozenset(
        match.group(1)[1:].strip()
        for match in _REFERENCE.finditer(template)
        if match.group(1).strip()[:1] in ("#", "^")
    )


def rendered(value: str, reference: Reference) -> str:
    """A field's text as the reference shows it: its furigana read by a Japanese filter."""
    if "kana" in reference.filters:
        return _FURIGANA.sub(lambda m: m.group(2), value)
    if "kanji" in reference.filters:
        return _FURIGANA.sub(lambda m: m.group(1), value)
    if "furigana" in reference.filters:
        return _FURIGANA.sub(lambda m: f"{m.group(1)}({m.group(2)})", value)
    return value
