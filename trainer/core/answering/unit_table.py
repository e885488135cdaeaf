"""The units of measure grading knows: everyday units listed, SI ones made from prefixes × bases.

A science deck writes "7 nm", "100 µm", "34,000 kN" and "101 kPa"; a history deck "390
miles" and "50 million francs". Listing examples would always miss the next one, so
every SI unit is made from its prefixes and its base unit, in each spelling (metre and
meter, litre and liter, gram and gramme), singular and plural, and by its symbol. A
symbol that folding makes ambiguous ("MW" megawatt and "mW" milliwatt both fold to "mw";
"kN" kilonewton and "kn" knots) or that is also a word ("Pa", "um") is read only with its
case, right after a number (`CASED_SYMBOLS`, used by `units.units_apart`).
"""

from __future__ import annotations

# Each kind of measure: its units, each with the (folded) words that write it. The last
# word of each is a plain name (tests write a unit by it).
_LISTED: dict[str, dict[str, tuple[str, ...]]] = {
    "length": {
        "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
        "metre": ("metre", "metres", "meter", "meters"),
        "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
        "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
        "mile": ("mile", "miles", "mi"),
        "foot": ("ft", "foot", "feet"),
        "yard": ("yard", "yards", "yd", "yds"),
        "inch": ("inch", "inches"),
        # Astronomy's lengths, each one word however written ("astronomical units", "AU",
        # "light-years": see `unit_notation.units_apart`).
        "astronomicalunit": ("astronomicalunit", "astronomicalunits"),
        "lightyear": ("lightyear", "lightyears"),
        "parsec": ("parsec", "parsecs"),
    },
    "mass": {
        "kg": ("kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
        "gram": ("gram", "grams", "gramme", "grammes"),
        "tonne": ("tonne", "tonnes", "ton", "tons"),
        "ounce": ("ounce", "ounces", "oz"),
        "lb": ("lb", "lbs"),
    },
    "temperature": {
        "celsius": ("celsius", "centigrade", "degc"),
        # "degc" and "degfahr" are the words of the signs "°C" and "°F" (`unit_notation`): a
        # letter apart, one would pass for a slip of the other.
        "fahrenheit": ("fahrenheit", "degfahr"),
        "kelvin": ("kelvin", "kelvins"),
    },
    "time": {
        "second": ("second", "seconds", "sec", "secs"),
        "minute": ("minute", "minutes", "min", "mins"),
        "hour": ("hour", "hours", "hr", "hrs"),
        "day": ("day", "days"),
        "week": ("week", "weeks"),
        "month": ("month", "months"),
        "year": ("year", "years", "yr", "yrs"),
        "decade": ("decade", "decades"),
        "century": ("century", "centuries"),
    },
    "volume": {
        "litre": ("litre", "litres", "liter", "liters"),
        "ml": ("ml", "millilitre", "millilitres", "milliliter", "milliliters"),
        "gallon": ("gallon", "gallons"),
        "pint": ("pint", "pints"),
    },
    # "arcdeg" is the word of a degree sign alone after a number ("104.5°"): "degrees"
    # in words is as often a temperature's, and is read as an angle's only beside one.
    "angle": {
        "arcdegree": ("arcdeg", "arcdegree", "arcdegrees"),
        "radian": ("radian", "radians"),
    },
    "information": {
        "bit": ("bit", "bits"),
        "byte": ("byte", "bytes"),
        "kibibyte": ("kibibyte", "kibibytes", "kib"),
        "mebibyte": ("mebibyte", "mebibytes", "mib"),
        "gibibyte": ("gibibyte", "gibibytes", "gib"),
        "tebibyte": ("tebibyte", "tebibytes", "tib"),
    },
    # Pressure beyond the pascal: chemistry's atmospheres, medicine's millimetres of mercury.
    "pressure": {
        "atmosphere": ("atm", "atmosphere", "atmospheres"),
        "mmhg": ("mmhg", "torr"),
    },
    # A trace in air or water: "420 ppm" is 420 parts per million (each one word, see
    # `unit_notation.units_apart`). "ppt" is left out: a thousand or a trillion?
    "concentration": {
        "ppm": ("ppm", "partspermillion"),
        "ppb": ("ppb", "partsperbillion"),
    },
    "area": {
        "hectare": ("hectare", "hectares", "ha"),
        "acre": ("acre", "acres"),
    },
    "money": {
        "mark": ("mark", "marks", "reichsmark", "reichsmarks"),
        "franc": ("franc", "francs"),
        "dollar": ("dollar", "dollars", "usd"),
        "rouble": ("rouble", "roubles", "ruble", "rubles"),
        "euro": ("euro", "euros", "eur"),
        "shilling": ("shilling", "shillings"),
        "guinea": ("guinea", "guineas"),
        "lira": ("lira", "lire", "liras"),
        "yen": ("yen", "jpy"),
        "crown": ("crown", "crowns", "krone", "kronen"),
        # Written "£": "pounds" alone is no unit, as it may weigh (see `signs_read_alike`).
        "sterling": ("sterling", "gbp"),
    },
}

# SI prefixes: name, symbols (micro has two code points and an ASCII stand-in).
_PREFIXES: dict[str, tuple[str, ...]] = {
    "": ("",),
    "nano": ("n",),
    "micro": ("µ", "μ", "u"),
    "milli": ("m",),
    "centi": ("c",),
    "deci": ("d",),
    "hecto": ("h",),
    "kilo": ("k",),
    "mega": ("M",),
    "giga": ("G",),
    "tera": ("T",),
}
# Base units: kind, the spellings of the name (singular, plural), the symbol, and the
# prefixes in use with it (a "centinewton" nobody writes, and the more symbols are made
# the more of them are some other word). A one-letter symbol other than g and l is made
# only with a prefix: "N", "W", "J", "V", "A" alone are as often north, west, a king's
# numeral or a word (`units.signs_read_alike` reads them beside the same kind of unit).
_BASES: tuple[tuple[str, tuple[tuple[str, str], ...], str, str], ...] = (
    ("length", (("metre", "metres"), ("meter", "meters")), "m", "nano micro milli centi deci kilo"),
    ("mass", (("gram", "grams"), ("gramme", "grammes")), "g", " nano micro milli kilo"),
    ("volume", (("litre", "litres"), ("liter", "liters")), "l L", " micro milli centi deci hecto"),
    ("force", (("newton", "newtons"),), "N", " milli kilo mega"),
    ("pressure", (("pascal", "pascals"),), "Pa", " hecto kilo mega giga"),
    ("energy", (("joule", "joules"),), "J", " kilo mega giga"),
    ("energy", (("calorie", "calories"),), "cal", " kilo"),
    ("energy", (("electronvolt", "electronvolts"),), "eV", " kilo mega giga tera"),
    ("power", (("watt", "watts"),), "W", " milli kilo mega giga tera"),
    ("frequency", (("hertz", "hertz"),), "Hz", " kilo mega giga"),
    ("voltage", (("volt", "volts"),), "V", " micro milli kilo"),
    ("current", (("ampere", "amperes"), ("amp", "amps")), "A", " micro milli"),
    ("charge", (("coulomb", "coulombs"),), "C", " nano micro milli"),
    ("resistance", (("ohm", "ohms"),), "Ω", " kilo mega"),
    ("amount", (("mole", "moles"),), "mol", " nano micro milli"),
    ("time", (("second", "seconds"),), "s", "nano micro milli"),
    # "MB" a megabyte and "Mb" a megabit: folded alike, so read only as written.
    ("information", (("byte", "bytes"),), "B", " kilo mega giga tera"),
    ("information", (("bit", "bits"),), "b", " kilo mega giga tera"),
)
# Other names of SI units; "mcg" is medicine's microgram, written so that "µg" is never
# misread as "mg" on a prescription.
_ALSO_CALLED = {"micrometre": ("micron", "microns"), "microgram": ("mcg", "mcgs")}
# Folded symbols that are also words, or a stand-in a learner may mean otherwise: read
# only as written, after a number ("100 um" is micrometres; "um, 100" is a pause).
_ALSO_WORDS = frozenset({"pa", "um", "us", "ms", "ma", "ul", "ug", "ua", "uv"})
# The one-letter symbols read alone: no compass point, numeral or word.
_ALONE = frozenset({"g", "l", "L"})


def unit_names_and_symbols() -> dict[str, tuple[str, ...]]:
    """Each SI unit of the table by every spelling of its name, singular or plural, with
    its symbols as written: "newtons" → ("N",), "litre" → ("l", "L")."""
    return {
        name: tuple(symbol.split())
        for _, spellings, symbol, _ in _BASES
        for pair in spellings
        for name in pair
    }


def symbol_readings(written: str) -> frozenset[str]:
    """Each unit in use a symbol as written may be, by prefix and base name: "MeV" →
    {"megaelectronvolt"}, "meV" → {"millielectronvolt"}, "mev" and "PA" (a
    peta-ampere nobody uses) → none."""
    readings = set()
    for _, spellings, symbols, prefixes in _BASES:
        for prefix in (*prefixes.split(" "), *_ALSO_IN_USE.get(symbols, ())):
            for letter in _PREFIXES[prefix]:
                if written.startswith(letter) and written[len(letter) :] in symbols.split():
                    readings.add(prefix + spellings[0][0])
    return frozenset(readings)


# Prefixes in use that the table makes no unit of, since folded they would make a
# symbol it reads ambiguous ("mev" is the MeV a careless hand types).
_ALSO_IN_USE = {"eV": ("milli",)}


def _fold_symbol(symbol: str) -> str:
    # As `normalise.fold` folds a symbol: the micro sign is the Greek mu, case is lost.
    return symbol.replace("µ", "μ").casefold()


def _made() -> tuple[dict[str, dict[str, set[str]]], dict[str, str]]:
    """Each SI unit made by rule, by kind and British singular name: its folded words;
    and each symbol as written → that name."""
    made: dict[str, dict[str, set[str]]] = {}
    symbols: dict[str, str] = {}
    for kind, spellings, symbol, prefixes in _BASES:
        for prefix in prefixes.split(" "):
            name = prefix + spellings[0][0]
            words = {prefix + form for pair in spellings for form in pair}
            words.update(_ALSO_CALLED.get(name, ()))
            made.setdefault(kind, {})[name] = words
            for letter in _PREFIXES[prefix]:
                for written in (letter + alone for alone in symbol.split()):
                    if len(written) > 1 or written in _ALONE:
                        symbols[written] = name
    return made, symbols


def _table() -> tuple[dict[str, dict[str, tuple[str, ...]]], dict[str, str]]:
    """The listed units with the SI units merged in (a made unit that shares a spelling
    with a listed one is that unit: "kilometre" is "km"); and the symbols read only as
    written (`CASED_SYMBOLS`)."""
    made, symbols = _made()
    kinds = {kind: dict(units) for kind, units in _LISTED.items()}
    names: dict[str, tuple[str, str]] = {}  # made name → (kind, unit id)
    for kind, made_units in made.items():
        listed = kinds.setdefault(kind, {})
        for name, words in made_units.items():
            unit = next((u for u, spelt in listed.items() if words & set(spelt)), name)
            names[name] = (kind, unit)
            plain = sorted(words - set(listed.get(unit, ())), key=lambda w: (w.endswith("s"), w))
            listed[unit] = (*listed.get(unit, ()), *plain)
    # A symbol is read folded only where folding keeps it one unit and no other word.
    taken = {word for units in kinds.values() for spelt in units.values() for word in spelt}
    folded: dict[str, set[str]] = {}
    for symbol, name in symbols.items():
        folded.setdefault(_fold_symbol(symbol), set()).add(name)
    folded_units: dict[str, dict[str, tuple[str, ...]]] = {}
    for word, named in folded.items():
        if len(named) > 1 or word in taken or word in _ALSO_WORDS or word in _NOT_UNITS:
            continue
        kind, unit = names[next(iter(named))]
        folded_units.setdefault(kind, {})[unit] = (word, *folded_units.get(kind, {}).get(unit, ()))
    for kind, symbol_units in folded_units.items():
        for unit, symbol_words in symbol_units.items():
            kinds[kind][unit] = (*symbol_words, *kinds[kind][unit])
    readable = {word for spelt in (w for u in kinds.values() for w in u.values()) for word in spelt}
    cased = {
        s: n for s, n in symbols.items() if _fold_symbol(s) not in readable and s not in _NEVER
    }
    return kinds, cased | _CASED_ALSO


# Words grading reads as something else after a number: "kn" knots (a speed), "pm" and
# "am" parts of the day, "m" metres or millions (`units.py`).
_NOT_UNITS = frozenset({"kn", "pm", "am", "m", "min", "ms"})

# Symbols outside SI read only as written, right after a number: "500 cc" is 500 ml,
# "27 t" 27 tonnes, "30 AU" 30 astronomical units, "4.2 ly" 4.2 light-years.
_CASED_ALSO = {"cc": "millilitre", "t": "tonne", "ly": "lightyear"}
_CASED_ALSO |= {"AU": "astronomicalunit", "au": "astronomicalunit"}
# Computing's kilobyte, "16 KB" (SI writes "kB"): "Kb" and "kb" stay as they are read.
_CASED_ALSO |= {"KB": "kilobyte"}

# Symbols too often a word even as written after a number ("3 us").
_NEVER = frozenset({"us"})

KINDS, CASED_SYMBOLS = _table()
