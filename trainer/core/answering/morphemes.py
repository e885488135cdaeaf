"""Words that differ by a part that makes another term: an opposite morpheme, a prefix, an ending.

A learner who types "hydrophilic" for "hydrophobic", "exocytosis" for "endocytosis" or
"outwards" for "inwards" has made no slip of the fingers: the word differs from the
answer exactly by a morpheme whose meaning is the reverse of the answer's, or by a
prefix that makes another term ("suborbital" for "orbital", "antiparallel" for
"parallel"). Such a word is another word, however few letters it changes, and a word
in the place of its opposite reverses the answer (see `missing_words`). So is a word
with another ending that names another substance ("sulphite" for "sulphate", "ferric"
for "ferrous", "ethene" for "ethane", "ammonium" for "ammonia"). The lists are of
morphemes, not words, so they reach the terms of any course ("hypotonic",
"heterozygous", "postsynaptic", "efferent", "propyne").
"""

from __future__ import annotations

from functools import lru_cache

# Morphemes of opposite (or contrasted) meaning, each pair once: two words that are one
# another with one of a pair put for the other are opposite terms. Prefixes of place and
# direction, of degree, of number, and the Greek roots of liking and fearing.
_OPPOSITE_MORPHEMES = (
    *(("in", "out"), ("in", "ex"), ("im", "ex"), ("in", "de"), ("inter", "intra")),
    *(("endo", "exo"), ("endo", "ecto"), ("end", "ex"), ("intro", "extro"), ("ab", "ad")),
    *(("ana", "cata"), ("hyper", "hypo"), ("super", "sub"), ("supra", "sub"), ("supra", "infra")),
    *(("super", "infer"), ("over", "under"), ("up", "down"), ("pre", "post"), ("ante", "post")),
    *(("ant", "post"), ("pro", "anti"), ("pro", "contra"), ("micro", "macro")),
    *(("homo", "hetero"), ("auto", "hetero"), ("iso", "aniso"), ("mono", "poly")),
    *(("uni", "multi"), ("max", "min"), ("con", "di"), ("phob", "phil"), ("philic", "phobic")),
    *(("ortho", "para"), ("ortho", "meta"), ("cis", "trans"), ("eu", "dys"), ("tachy", "brady")),
    *(("hyper", "iso"), ("hypo", "iso"), ("anode", "cathode"), ("cation", "anion")),
    *(
        ("haplo", "diplo"),
        ("hapl", "dipl"),
        ("mono", "di"),
        ("mon", "di"),
        ("di", "tri"),
        ("uni", "bi"),
    ),
    ("ful", "less"),
)
# Endings that make another compound or substance of the same root: "sulphate" and
# "sulphite", "ferrous" and "ferric", "chloride" and "chlorine", "lactase" (an enzyme)
# and "lactose" (its sugar).
_OTHER_ENDINGS = (
    *(("ate", "ite"), ("ous", "ic"), ("ide", "ate"), ("ide", "ite"), ("ide", "ine")),
    *(("ase", "ose"), ("itis", "osis"), ("ase", "ate")),
)
# Endings that name another substance only after a chemical root, since elsewhere they
# are forms of one word. An alkane, alkene and alkyne ("ethane", "ethene", "ethyne"; and
# in their derivatives, "ethanol", "ethenol") differ by a bond, after a stem that counts
# carbon atoms; "membrane" and "membrene" are a slip. An element's name or a cation in
# -ium and the substance in -ia ("magnesium", "magnesia"; "ammonium", "ammonia") are two
# substances, where "bacterium" and "bacteria" are a Latin singular and plural.
_BOND_INFIXES = ("an", "en", "yn")
# "alk" names the series itself: "alkane", "alkene", "alkyne".
_CARBON_STEMS = ("meth", "eth", "prop", "but", "pent", "hex", "hept", "oct", "non", "dec", "alk")
_CARBON_PREFIXES = ("", "cyclo", "poly", "iso")
_BOND_ENDINGS = frozenset(
    {"e", "es", "ol", "ols", "al", "als", "one", "ones", "oic", "oate", "oyl", "amine", "amide"}
)
_CATION_ENDING = "onium"  # ammonium, oxonium, phosphonium: a cation of a hydride
_LATIN_ONIUM = "gonium"  # archegonium, oogonium: a plant's organ, plural in -ia
# The elements named in -ium, which a substance in -ia may share a root with.
_IUM_NAMES = """
helium lithium beryllium sodium magnesium aluminium potassium calcium scandium
titanium vanadium chromium gallium germanium selenium rubidium strontium yttrium
zirconium niobium technetium ruthenium rhodium palladium cadmium indium tellurium
caesium cesium barium cerium praseodymium neodymium promethium samarium europium
gadolinium terbium dysprosium holmium erbium thulium ytterbium lutetium hafnium
rhenium osmium iridium thallium polonium francium radium actinium thorium protactinium
uranium neptunium plutonium americium curium berkelium californium einsteinium fermium
mendelevium nobelium lawrencium
"""
_IUM_ELEMENTS = frozenset(_IUM_NAMES.split())
# Prefixes that, added to a word, make another term: "suborbital" is not orbital, nor
# "antimatter" matter, "semiconductor" a conductor or "deactivate" activate.
TERM_PREFIXES = (
    *("sub", "super", "supra", "semi", "hemi", "demi", "pseudo", "quasi", "anti", "counter"),
    *("contra", "de", "dis", "non", "un", "mis", "mal", "hyper", "hypo", "ultra", "infra"),
    *("over", "under", "pre", "post", "para", "meta", "proto", "neo", "multi", "poly"),
    *("mono", "micro", "macro", "mega", "extra", "intra", "inter", "trans", "re", "co"),
)
# Those of them that negate or reverse the word they come before.
REVERSING_PREFIXES = frozenset(
    {"sub", "anti", "counter", "contra", "de", "dis", "non", "un", "mis", "mal", "pseudo"}
)
# Prefixes of chemistry's names, each of which makes another compound: "deoxyribose" is
# not ribose, "peroxide" no oxide, "isobutane" not butane, "dichloride" no chloride.
# Neither of degree nor of kind, so never near the mark.
COMPOUND_PREFIXES = frozenset(
    """deoxy dehydro hydro hydroxy per iso cyclo di tri tetra penta hexa mono amino nitro
    chloro bromo fluoro iodo methyl ethyl oxy thio keto nor""".split()  # noqa: SIM905
)
# The stem the two words share around the morphemes: long enough to be a word's root, so
# that "in" and "out" are not found in two short unrelated words.
_MIN_SHARED = 3
_MIN_PREFIXED_WORD = 4


def _pairs() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for first, second in _OPPOSITE_MORPHEMES:
        found.setdefault(first, set()).add(second)
        found.setdefault(second, set()).add(first)
    return {part: frozenset(others) for part, others in found.items()}


_OPPOSED = _pairs()
_ENDINGS = {a: frozenset(b for x, b in _OTHER_ENDINGS if x == a) for a, _ in _OTHER_ENDINGS}


@lru_cache(maxsize=1 << 12)
def opposite_morphemes(first: str, second: str) -> bool:
    """Whether one word is the other with a morpheme put for its opposite ("hydrophobic",
    "hydrophilic"; "inwards", "outwards"; "hypertonic", "hypotonic"; "inflated",
    "deflated"), the rest of both words the same and long enough to be a root."""
    if first == second or not (first.isalpha() and second.isalpha()):
        return False
    for start in range(len(first)):
        for part, others in _OPPOSED.items():
            if not first.startswith(part, start):
                continue
            before, after = first[:start], first[start + len(part) :]
            if len(before) + len(after) < _MIN_SHARED:
                continue
            if any(second == before + other + after for other in others):
                return True
    return False


@lru_cache(maxsize=1 << 12)
def other_ending(first: str, second: str) -> bool:
    """Whether the two words share a root and end in two endings that make different
    compounds or substances ("sulphate", "sulphite"; "lactase", "lactose"); or, after a
    chemical root, name another substance ("ethane", "ethene"; "ammonium", "ammonia").
    Their plurals too ("sulfates", "sulfites")."""
    plural = first.endswith("s") and second.endswith("s") and first != second
    if plural and other_ending(first[:-1], second[:-1]):
        return True
    for a, b in ((first, second), (second, first)):
        for ending, others in _ENDINGS.items():
            root = a[: -len(ending)]
            if (
                a.endswith(ending)
                and len(root) >= _MIN_SHARED
                and any(b == root + other for other in others)
            ):
                return True
    return _other_bond(first, second) or _element_and_substance(first, second)


def _other_bond(first: str, second: str) -> bool:
    """Whether the two words are a hydrocarbon, or a compound of one, with another bond:
    "ethane", "ethene", "ethyne"; "propanol", "propenol"; "cyclohexane", "cyclohexene"."""
    if len(first) != len(second) or first == second:
        return False
    for prefix in _CARBON_PREFIXES:
        for stem in _CARBON_STEMS:
            start = len(prefix) + len(stem)
            head, infix, rest = first[:start], first[start : start + 2], first[start + 2 :]
            if (
                head == prefix + stem
                and infix in _BOND_INFIXES
                and rest in _BOND_ENDINGS
                and second[:start] == head
                and second[start + 2 :] == rest
                and second[start : start + 2] in _BOND_INFIXES
            ):
                return True
    return False


def _element_and_substance(first: str, second: str) -> bool:
    """Whether one word names an element or a cation in -ium and the other the substance
    in -ia of the same root ("magnesium", "magnesia"; "ammonium", "ammonia")."""
    short, long = sorted((first, second), key=len)
    if not (long.endswith("ium") and short.endswith("ia")) or long[:-3] != short[:-2]:
        return False
    cation = long.endswith(_CATION_ENDING) and not long.endswith(_LATIN_ONIUM)
    return len(short) - 2 >= _MIN_SHARED and (cation or long in _IUM_ELEMENTS)


def prefixed_term(first: str, second: str) -> bool:
    """Whether one word is the other with a prefix that makes another term before it
    ("suborbital", "orbital"; "antiparallel", "parallel")."""
    short, long = sorted((first, second), key=len)
    if len(short) < _MIN_PREFIXED_WORD or not long.endswith(short):
        return False
    return long[: len(long) - len(short)] in TERM_PREFIXES


def compound_prefix(first: str, second: str) -> bool:
    """Whether one word is the other with a prefix that names another compound
    ("ribonucleic" and "deoxyribonucleic", "oxide" and "peroxide")."""
    short, long = sorted((first, second), key=len)
    if len(short) < _MIN_PREFIXED_WORD or not long.endswith(short):
        return False
    return long[: len(long) - len(short)] in COMPOUND_PREFIXES


def reversing_prefix(first: str, second: str) -> bool:
    """Whether one word is the other with a prefix that negates or reverses it, not one
    of degree or kind: "suborbital" is not orbital, "antimatter" is not matter, but
    "hyperinflation" is still inflation, only worse."""
    short, long = sorted((first, second), key=len)
    return prefixed_term(first, second) and long[: len(long) - len(short)] in REVERSING_PREFIXES


def another_term(first: str, second: str) -> bool:
    """Whether the two words are different terms by their parts: an opposite morpheme, a
    prefix added, or another ending of the same compound."""
    return (
        opposite_morphemes(first, second)
        or prefixed_term(first, second)
        or compound_prefix(first, second)
        or other_ending(first, second)
    )
