"""A currency named by its ISO 4217 code or its sign: "CHF" for the Swiss franc, "¥" for the yen.

Asked the currency of Japan, "JPY" and "¥" name the yen as "yen" does, and the other
way round ("Swiss franc" for "CHF"). Only where the whole answer is the currency and
the whole typed answer its code, sign or name: an amount ("500 CHF") is judged as
amounts are. A sign several currencies share names each of them ("$" any dollar or
peso, "¥" the yen and the yuan, "kr" each Nordic crown), so it is right for any; a
code names one, so "USD" is no yen and "CNY" no yen either. A name several currencies
share ("the dollar", "the franc") means the one of the country the question names,
if it names one ("What is the currency of Canada?": "CAD", not "USD"); typed for a
code, a name must name that currency alone ("pounds" is no "GBP" unless the question
names Britain). Asked for the code or the sign, the name is no answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from trainer.core.answering.normalise import fold

# Each currency: its ISO code, its signs as written, the names of its unit (folded,
# singular), and the words of the countries that use it (folded: names and peoples'
# words, which also make its full name: "swiss franc", "us dollar").
_CURRENCIES: tuple[tuple[str, str, str, str], ...] = (
    ("USD", "$ US$", "dollar", "us|u s|usa|united states|america|american"),
    ("CAD", "$ C$ CA$", "dollar", "canada|canadian"),
    ("AUD", "$ A$ AU$", "dollar", "australia|australian"),
    ("NZD", "$ NZ$", "dollar", "new zealand"),
    ("HKD", "$ HK$", "dollar", "hong kong"),
    ("SGD", "$ S$", "dollar", "singapore|singaporean"),
    ("MXN", "$ Mex$", "peso", "mexico|mexican"),
    ("ARS", "$", "peso", "argentina|argentine|argentinian"),
    ("CLP", "$", "peso", "chile|chilean"),
    ("COP", "$", "peso", "colombia|colombian"),
    ("PHP", "₱", "peso", "philippines|philippine"),
    ("EUR", "€", "euro", "eurozone|european|european union"),
    ("GBP", "£", "pound|pound sterling|sterling", "united kingdom|uk|britain|british"),
    ("EGP", "£ E£", "pound", "egypt|egyptian"),
    ("JPY", "¥ 円", "yen", "japan|japanese"),
    ("CNY", "¥ 元 CN¥ RMB", "yuan|renminbi", "china|chinese"),
    ("CHF", "Fr Fr. SFr", "franc", "switzerland|swiss"),
    ("INR", "₹ Rs Rs.", "rupee", "india|indian"),
    ("PKR", "Rs Rs.", "rupee", "pakistan|pakistani"),
    ("RUB", "₽", "rouble|ruble", "russia|russian"),
    ("KRW", "₩", "won", "south korea|korea|korean|south korean"),
    ("BRL", "R$", "real", "brazil|brazilian"),
    ("ZAR", "R", "rand", "south africa|south african"),
    ("SEK", "kr", "krona", "sweden|swedish"),
    ("NOK", "kr", "krone", "norway|norwegian"),
    ("DKK", "kr", "krone", "denmark|danish"),
    ("ISK", "kr", "krona", "iceland|icelandic"),
    ("PLN", "zł", "zloty|złoty", "poland|polish"),
    ("CZK", "Kč", "koruna|crown", "czech republic|czechia|czech"),
    ("HUF", "Ft", "forint", "hungary|hungarian"),
    ("TRY", "₺", "lira", "turkey|turkiye|turkish"),
    ("ILS", "₪", "shekel|new shekel", "israel|israeli"),
    ("THB", "฿", "baht", "thailand|thai"),
    ("VND", "₫", "dong", "vietnam|vietnamese"),
    ("IDR", "Rp", "rupiah", "indonesia|indonesian"),
    ("MYR", "RM", "ringgit", "malaysia|malaysian"),
    ("NGN", "₦", "naira", "nigeria|nigerian"),
    ("UAH", "₴", "hryvnia", "ukraine|ukrainian"),
    ("SAR", "﷼", "riyal", "saudi arabia|saudi"),
    ("AED", "", "dirham", "united arab emirates|uae|emirati"),
    ("KES", "KSh", "shilling", "kenya|kenyan"),
    ("BDT", "৳", "taka", "bangladesh|bangladeshi"),
)
_ARTICLES = ("the ", "a ", "an ")


@cache
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, str]]:
    """Each written code or sign → its currencies' codes; each folded name (the unit's,
    or a country's word and the unit's) → codes; each code → its countries' words."""
    written: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}
    countries: dict[str, str] = {}
    for code, signs, units, places in _CURRENCIES:
        for mark in (code, *signs.split()):
            written.setdefault(mark, set()).add(code)
        for unit in units.split("|"):
            named.setdefault(unit, set()).add(code)
            for place in places.split("|"):
                named.setdefault(f"{place} {unit}", set()).add(code)
        countries[code] = places
    return (
        {mark: frozenset(codes) for mark, codes in written.items()},
        {name: frozenset(codes) for name, codes in named.items()},
        countries,
    )


def _written(text: str) -> frozenset[str]:
    """The currencies a code or sign, typed alone, writes: "CHF" and "chf" the Swiss
    franc, "$" every dollar and peso."""
    written = _tables()[0]
    mark = text.strip()
    return written.get(mark) or written.get(mark.upper() if len(mark) == 3 else mark, frozenset())


def _named(text: str, question: Iterable[str]) -> frozenset[str]:
    """The currencies a name, typed alone, names ("the Swiss franc", "yen", "francs"),
    narrowed to those of a country the question names when several share it."""
    name = fold(text)
    for article in _ARTICLES:
        name = name.removeprefix(article)
    named = _tables()[1]
    codes = named.get(name) or named.get(name.removesuffix("s"), frozenset())
    if len(codes) < 2:
        return codes
    asked = " " + " ".join(question) + " "
    countries = _tables()[2]
    local = {
        code for code in codes if any(f" {place} " in asked for place in countries[code].split("|"))
    }
    return frozenset(local) or codes


def currency_by_symbol(typed: str, accepted: str, question: Iterable[str]) -> str | None:
    """The rule, where `typed` writes by its code or sign the currency `accepted` names, or
    names the currency `accepted` writes by one; else None."""
    words = tuple(question)
    if (wanted := _named(accepted, words)) and _written(typed) & wanted:
        return "the currency by its code or sign"
    # A name typed for a code must name that currency alone: "pounds" with no country
    # named may be the Egyptian pound's (or a weight), no GBP.
    asks_for_the_mark = any(word in _ASKING_FOR_A_MARK for word in words)
    given, typed_named = _written(accepted), _named(typed, words)
    if given and not asks_for_the_mark and typed_named and typed_named <= given:
        return "the currency by its name"
    return None


# Words of a question that asks for a currency's code or sign, which its name is not.
_ASKING_FOR_A_MARK = frozenset({"code", "symbol", "sign", "abbreviation", "abbreviated", "iso"})


def is_currency_sign(typed: str) -> bool:
    """Whether `typed` is a currency's sign or code alone ("¥", "$"), which is no blank
    though it holds no letter or digit."""
    return bool(_written(typed))
