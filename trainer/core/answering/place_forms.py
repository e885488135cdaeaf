"""Places and the words for their people that no shared stem relates: 'France' and 'French'.

Automatic cloze must not blank a word that the rest of the text gives away, and another
form of it does: "between [...] and the lands he controlled … as much as British ones"
asks nothing. Most such forms share a stem with the place (`Russia`, `Russian`; `Sweden`,
`Swedish`), which `cloze_words.related_words` sees. These do not, so they are listed.
"""

from __future__ import annotations

from functools import cache, lru_cache

# Each line: a place, then the words for its people, language or things, folded.
_FORMS = """
britain: british briton britons brit brits
great britain: british briton britons
england: english englishman englishmen englishwoman
france: french frenchman frenchmen frenchwoman
spain: spanish spaniard spaniards
holland: dutch dutchman dutchmen
netherlands: dutch dutchman dutchmen
denmark: danish dane danes
poland: polish pole poles
turkey: turkish turk turks
greece: greek greeks
switzerland: swiss
wales: welsh welshman welshmen
scotland: scottish scots scot scotsman scotsmen
ireland: irish irishman irishmen
finland: finnish finn finns
norway: norwegian norwegians
belgium: belgian belgians
rome: roman romans
venice: venetian venetians
moscow: muscovite muscovites
naples: neapolitan neapolitans
flanders: flemish fleming flemings
brittany: breton bretons
arabia: arab arabs arabic
philippines: filipino filipinos
lebanon: lebanese
cyprus: cypriot cypriots
troy: trojan trojans
gaul: gallic gauls
madagascar: malagasy
manchester: mancunian mancunians
glasgow: glaswegian glaswegians
liverpool: liverpudlian liverpudlians
"""


def _table() -> dict[str, frozenset[str]]:
    """Every listed word, with the words of its line but itself: a place gives away its
    people's word, that word the place, and the people's words each other."""
    table: dict[str, set[str]] = {}
    for line in _FORMS.strip().splitlines():
        place, _, forms = line.partition(":")
        words = {place.strip(), *forms.split()}
        for word in words:
            table.setdefault(word, set()).update(words - {word})
    return {word: frozenset(others) for word, others in table.items()}


_TABLE = _table()


@lru_cache(maxsize=1 << 12)
def place_forms(word: str) -> frozenset[str]:
    """The listed forms related to `word` (folded), for a place or its people's word:
    `france` → {`french`, `frenchman`, …}; empty for any other word."""
    return _TABLE.get(word, frozenset())


@cache
def people_words() -> frozenset[str]:
    """Every listed word for a place's people (not the places themselves)."""
    places = {line.partition(":")[0].strip() for line in _FORMS.strip().splitlines()}
    return frozenset(word for word in _TABLE if word not in places)
