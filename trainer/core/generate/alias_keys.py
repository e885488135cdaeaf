"""How the names of the deck's aliases are matched: folded, a short symbol by its case."""

from __future__ import annotations

import re

from trainer.core.generate.option_rules import core_words

# A symbol of one or two characters, a letter first: its case tells it from another ("c",
# the speed of light, is not "C", the coulomb; "Co", cobalt, is not "CO").
_CASED_SYMBOL = re.compile(r"[^\W\d_][^\W_]?")


def alias_key(text: str) -> str:
    """How aliases are matched: folded, without a leading article ('the Soviet Union'), as
    options are compared (`core_words`); a symbol of one or two characters as written, so
    that the alias `c` of "the speed of light" is no other name of the answer `C`."""
    written = text.strip()
    if _CASED_SYMBOL.fullmatch(written):
        return f"={written}"
    return core_words(text)
