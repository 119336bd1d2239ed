"""Unit tables: currencies, measurement units, and a normaliser for comparing units.

Extraction reads a unit right after a number (or a currency sign before it) and
reports a short canonical form: ISO codes for money ("USD", "GBP"), "%" for
percentages, the usual symbol for measures ("km", "kg", "mph", "°C"). The
evaluation compares units through :func:`unit_key`, which maps both our forms
and the many surface forms a gold annotation may use ("per cent", "US$",
"metres", "year-old") onto one key.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Currency signs and prefixes written before the amount. Longest first when compiled.
CURRENCY_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "$US": "USD", "US $": "USD", "USD": "USD",
    "A$": "AUD", "AU$": "AUD", "AU $": "AUD", "$A": "AUD", "AUD": "AUD",
    "C$": "CAD", "CA$": "CAD", "C $": "CAD", "CAD": "CAD",
    "HK$": "HKD", "HK $": "HKD", "HKD": "HKD", "NZ$": "NZD", "NZ $": "NZD", "NZD": "NZD",
    "S$": "SGD", "S $": "SGD", "SG$": "SGD", "SGD": "SGD", "NT$": "TWD", "TWD": "TWD",
    "R$": "BRL", "BRL": "BRL", "MX$": "MXN", "MXN": "MXN",
    "$": "USD", "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR", "¥": "JPY", "Y=": "JPY",
    "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "₹": "INR", "Rs.": "INR", "Rs": "INR",
    "INR": "INR", "RM": "MYR", "MYR": "MYR", "₩": "KRW", "KRW": "KRW", "₽": "RUB",
    "RUB": "RUB", "₴": "UAH", "UAH": "UAH", "₺": "TRY", "TRY": "TRY", "₦": "NGN",
    "NGN": "NGN", "₪": "ILS", "ILS": "ILS", "NIS": "ILS", "CHF": "CHF", "SEK": "SEK",
    "NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "ZAR": "ZAR", "AED": "AED", "SAR": "SAR",
    "THB": "THB", "IDR": "IDR", "PHP": "PHP", "EGP": "EGP", "KES": "KES", "PKR": "PKR",
}  # fmt: skip

# ISO codes (and a few signs) accepted after the amount: "110 JPY", "1,200€".
CURRENCY_SUFFIX_CODES = {
    code: iso for code, iso in CURRENCY_PREFIXES.items() if code.isalpha() and len(code) == 3
} | {"€": "EUR", "£": "GBP"}

# Currency names after the amount; a nationality in front refines the code.
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "sterling": "GBP", "pounds sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rouble": "RUB",
    "ruble": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "shekel": "ILS",
    "ringgit": "MYR", "rand": "ZAR", "lira": "TRY", "naira": "NGN", "rupiah": "IDR",
    "baht": "THB", "dirham": "AED", "riyal": "SAR", "zloty": "PLN", "zlotys": "PLN",
    "forint": "HUF", "kuna": "HRK", "franc": "CHF", "peso": "MXN", "krone": "DKK",
    "kroner": "NOK", "kronor": "SEK", "krona": "SEK", "crown": "CZK", "won": "KRW",
    "bitcoin": "BTC",
}  # fmt: skip

NATIONAL_CURRENCIES = {
    ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD",
    ("australian", "dollar"): "AUD", ("canadian", "dollar"): "CAD",
    ("new zealand", "dollar"): "NZD", ("hong kong", "dollar"): "HKD",
    ("singapore", "dollar"): "SGD", ("singaporean", "dollar"): "SGD",
    ("taiwan", "dollar"): "TWD", ("new taiwan", "dollar"): "TWD",
    ("danish", "crown"): "DKK", ("danish", "krone"): "DKK", ("swedish", "crown"): "SEK",
    ("swedish", "krona"): "SEK", ("swedish", "kronor"): "SEK", ("norwegian", "crown"): "NOK",
    ("norwegian", "krone"): "NOK", ("norwegian", "kroner"): "NOK", ("czech", "crown"): "CZK",
    ("swiss", "franc"): "CHF", ("mexican", "peso"): "MXN", ("argentine", "peso"): "ARS",
    ("philippine", "peso"): "PHP", ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP",
    ("indian", "rupee"): "INR", ("pakistani", "rupee"): "PKR", ("chinese", "yuan"): "CNY",
    ("japanese", "yen"): "JPY", ("turkish", "lira"): "TRY", ("south african", "rand"): "ZAR",
    ("british", "pound"): "GBP", ("egyptian", "pound"): "EGP", ("russian", "rouble"): "RUB",
    ("russian", "ruble"): "RUB", ("ukrainian", "hryvnia"): "UAH", ("israeli", "shekel"): "ILS",
    ("malaysian", "ringgit"): "MYR", ("brazilian", "real"): "BRL",
}  # fmt: skip

# Measurement units: canonical form -> surface forms. Words match in any case;
# symbols (no lower-case letters, or mixed case like "kWh") match exactly.
MEASURES: dict[str, list[str]] = {
    "km": ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"],
    "m": ["m", "metre", "metres", "meter", "meters"],
    "cm": ["cm", "centimetre", "centimetres", "centimeter", "centimeters"],
    "mm": ["mm", "millimetre", "millimetres", "millimeter", "millimeters"],
    "μm": ["μm", "µm", "micrometre", "micrometres", "micrometer", "micrometers", "microns"],
    "nm": ["nm", "nanometre", "nanometres", "nanometer", "nanometers"],
    "miles": ["mile", "miles", "mi"],
    "nautical miles": ["nautical mile", "nautical miles"],
    "yards": ["yard", "yards", "yd", "yds"],
    "ft": ["ft", "feet", "foot", "′"],
    "in": ["inch", "inches", "″"],
    "light years": ["light-year", "light-years", "light year", "light years"],
    "sq m": [
        "sq m",
        "sq. m",
        "sqm",
        "square metre",
        "square metres",
        "square meter",
        "square meters",
        "m2",
        "m²",
    ],
    "sq km": [
        "sq km",
        "km2",
        "km²",
        "square kilometre",
        "square kilometres",
        "square kilometer",
        "square kilometers",
    ],
    "sq ft": ["sq ft", "sq. ft.", "sq. ft", "sqft", "square feet", "square foot"],
    "sq miles": ["square mile", "square miles", "sq mi"],
    "hectares": ["hectare", "hectares"],
    "acres": ["acre", "acres"],
    "litres": ["litre", "litres", "liter", "liters"],
    "ml": ["ml", "mL", "millilitre", "millilitres", "milliliter", "milliliters"],
    "gallons": ["gallon", "gallons"],
    "barrels": ["barrel", "barrels", "bbl"],
    "barrels per day": ["bpd", "b/d"],  # oil output: "474,000 bpd" (was a count of "bpd")
    "cubic m": ["cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3", "m³"],
    "cubic ft": ["cubic feet", "cubic foot", "cu ft"],
    "kg": ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"],
    "mg": ["mg", "milligram", "milligrams"],
    "μg": ["μg", "µg", "microgram", "micrograms"],
    "g": ["g", "gram", "grams", "gramme", "grammes"],  # "a 500 g pack"
    "tonnes": ["tonne", "tonnes", "metric ton", "metric tons"],
    "tons": ["ton", "tons"],
    "Gt": ["gigatonne", "gigatonnes", "gigaton", "gigatons", "Gt"],
    "lb": ["lb", "lbs", "pound", "pounds"],
    "oz": ["ounce", "ounces", "oz"],
    "carats": ["carat", "carats"],
    "seconds": ["second", "seconds", "sec", "secs"],
    "minutes": ["minute", "minutes", "min", "mins"],
    "hours": ["hour", "hours", "hr", "hrs"],
    "days": ["day", "days"],
    "weeks": ["week", "weeks"],
    "months": ["month", "months"],
    "years": ["year", "years", "yr", "yrs"],
    "decades": ["decade", "decades"],
    "centuries": ["century", "centuries"],
    "mph": ["mph", "m.p.h.", "miles per hour", "miles an hour", "MPH"],
    "km/h": [
        "km/h",
        "kph",
        "km/hr",
        "kmh",
        "kilometres per hour",
        "kilometers per hour",
        "kilometres an hour",
        "kilometers an hour",
    ],
    "m/s": ["m/s", "metres per second", "meters per second"],
    "knots": ["knot", "knots", "kt", "kts"],
    "mpg": ["mpg", "miles per gallon"],
    "°C": [
        "°C",
        "ºC",
        "° C",
        "degC",
        "deg C",
        "degrees Celsius",
        "degree Celsius",
        "degrees celsius",
        "Celsius",
        "celsius",
        "degrees C",
        "degrees c",
        "deg c",
        "deg. c",
        "degrees centigrade",
        "C",
    ],
    "°F": [
        "°F",
        "ºF",
        "° F",
        "degF",
        "deg F",
        "degrees Fahrenheit",
        "degree Fahrenheit",
        "degrees fahrenheit",
        "Fahrenheit",
        "fahrenheit",
        "degrees F",
        "degrees f",
        "deg f",
        "deg. f",
        "F",
    ],
    "degrees": ["degree", "degrees", "°", "deg"],
    "W": ["W", "watt", "watts"],
    "kW": ["kW", "kilowatt", "kilowatts"],
    "MW": ["MW", "megawatt", "megawatts"],
    "GW": ["GW", "gigawatt", "gigawatts"],
    "kWh": ["kWh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours"],
    "MWh": ["MWh", "megawatt-hour", "megawatt-hours", "megawatt hours"],
    "GWh": ["GWh", "gigawatt-hour", "gigawatt-hours", "gigawatt hours"],
    "TWh": ["TWh", "terawatt-hour", "terawatt-hours", "terawatt hours"],
    "hp": ["hp", "HP", "horsepower", "bhp", "PS"],
    "V": ["V", "volt", "volts"],
    "kV": ["kV", "kilovolt", "kilovolts"],
    "A": ["amp", "amps", "ampere", "amperes"],
    "mAh": ["mAh"],
    "Nm": ["Nm", "newton metres", "newton meters"],
    "lb-ft": ["lb-ft", "lb ft", "pound-feet", "pound-foot", "foot-pounds"],
    "calories": ["calorie", "calories", "kcal"],
    "Hz": ["Hz", "HZ", "hertz"],
    "kHz": ["kHz", "kilohertz"],
    "MHz": ["MHz", "megahertz"],
    "GHz": ["GHz", "Ghz", "gigahertz"],
    "rpm": ["rpm", "RPM"],
    "KB": ["KB", "kilobyte", "kilobytes"],
    "MB": ["MB", "megabyte", "megabytes"],
    "GB": ["GB", "gigabyte", "gigabytes"],
    "TB": ["TB", "terabyte", "terabytes"],
    "Mbps": ["Mbps", "Mbit/s", "megabits per second"],
    "Gbps": ["Gbps", "Gbit/s", "gigabits per second"],
    "psi": ["psi"],
    "ksi": ["ksi"],
    "kPa": ["kPa"],
    "MPa": ["MPa", "megapascal", "megapascals"],
    "GPa": ["GPa", "gigapascal", "gigapascals"],
    "dB": ["dB", "decibel", "decibels"],
    "ppm": ["ppm", "parts per million"],
    "ppb": ["ppb", "parts per billion"],
    "points": ["point", "points", "pts"],
    "cents": ["cent", "cents"],
    "pence": ["pence", "penny"],
    "sen": ["sen"],
}

# Units that are only accepted glued to the number ("45g", "1.0l", "164p"): standing
# alone these letters are too often something else.
ATTACHED_ONLY = {
    "in": "in",
    "g": "g",
    "l": "litres",
    "L": "litres",
    "p": "pence",
    "m": "m",
    "t": "tonnes",
}

# Rate denominators: "$3,500 a month", "barrels per day", "$80 per sq m".
PER_UNITS = (
    "day", "week", "month", "year", "annum", "hour", "minute", "second", "share", "barrel",
    "gallon", "litre", "liter", "ounce", "gram", "kg", "kilogram", "tonne", "ton", "pound",
    "head", "person", "capita", "game", "night", "unit", "square foot", "sq ft", "sq m",
    "square metre", "square meter", "kwh", "mile", "km", "century", "decade", "gigabyte",
    "gb", "mmbtu", "page", "word", "dollar", "euro",
    # shop prices: "90p a loaf", "75p a pint", "£4 a ticket", "£2 a kilo"
    "pint", "loaf", "bottle", "ticket", "kilo", "pack", "packet", "cup", "meal", "pair",
)  # fmt: skip


def _surface_pattern(surface: str) -> str:
    body = re.escape(surface).replace(r"\ ", r"[\s-]?")  # "a 5,000-square-foot house"
    if len(surface) == 1:
        return body
    if any(ch.islower() for ch in surface) and surface == surface.lower():
        return f"(?i:{body})"
    return body


def measure_pattern() -> tuple[str, dict[str, str]]:
    """Regex alternation of every measure surface form, and surface -> canonical."""
    lookup: dict[str, str] = {}
    for canonical, surfaces in MEASURES.items():
        for surface in surfaces:
            lookup[surface] = canonical
    ordered = sorted(lookup, key=len, reverse=True)
    return "|".join(_surface_pattern(s) for s in ordered), lookup


def canonical_measure(surface: str, lookup: dict[str, str]) -> str:
    """Canonical unit for a matched surface, tolerant of case and inner spaces."""
    if surface in lookup:
        return lookup[surface]
    squeezed = re.sub(r"\s+", " ", surface)
    if "-" in squeezed and (spaced := squeezed.replace("-", " ")) in lookup:
        return lookup[spaced]  # "square-foot" written in a compound: "a 5,000-square-foot house"
    for key, canonical in lookup.items():
        if key.lower() == squeezed.lower() or key.replace(" ", "") == squeezed.replace(" ", ""):
            return canonical
    return squeezed


def currency_from_words(nation: str | None, word: str) -> str:
    """ISO code for '[nationality] currency-word', e.g. ('Australian', 'dollars') -> AUD."""
    singular = word.lower()
    for key in (singular, singular.rstrip("s"), singular[:-2] if singular.endswith("es") else ""):
        if nation and (nation.lower(), key) in NATIONAL_CURRENCIES:
            return NATIONAL_CURRENCIES[(nation.lower(), key)]
        if key in CURRENCY_WORDS:
            return CURRENCY_WORDS[key]
    return word


# ---------------------------------------------------------------------------
# Unit comparison (evaluation): many spellings -> one key.

_PERCENT = {"%", "percent", "per cent", "pc", "pct", "percentage", "percent-owned"}

_CURRENCY_ALIASES = {
    "$": "USD", "us$": "USD", "$ us": "USD", "us $": "USD", "usd": "USD", "dollar": "USD",
    "us dollar": "USD", "united states dollar": "USD", "u.s. dollar": "USD",
    "£": "GBP", "ps": "GBP", "gbp": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "€": "EUR", "eur": "EUR", "euro": "EUR",
    "y": "JPY", "¥": "JPY", "yen": "JPY", "jpy": "JPY", "japanese yen": "JPY",
    "yuan": "CNY", "chinese yuan": "CNY", "cny": "CNY", "rmb": "CNY", "renminbi": "CNY",
    "shekel": "ILS", "ils": "ILS", "nis": "ILS", "israeli shekel": "ILS",
    "rm": "MYR", "ringgit": "MYR", "malaysian ringgit": "MYR", "myr": "MYR",
    "a$": "AUD", "$a": "AUD", "au $": "AUD", "au$": "AUD", "aud": "AUD",
    "australian dollar": "AUD",
    "c$": "CAD", "cad": "CAD", "canadian dollar": "CAD",
    "hk$": "HKD", "hkd": "HKD", "hong kong dollar": "HKD",
    "nz $": "NZD", "nz$": "NZD", "nzd": "NZD", "new zealand dollar": "NZD",
    "s $": "SGD", "s$": "SGD", "sgd": "SGD", "singapore dollar": "SGD",
    "singaporean dollar": "SGD",
    "danish crown": "DKK", "danish krone": "DKK", "dkk": "DKK",
    "inr": "INR", "rupee": "INR", "indian rupee": "INR", "₹": "INR",
    "kn": "HRK", "kuna": "HRK", "croatian kuna": "HRK", "hrk": "HRK",
    "rand": "ZAR", "south african rand": "ZAR", "zar": "ZAR",
}  # fmt: skip

_MEASURE_ALIASES = {
    "metre": "m", "meter": "m", "kilometre": "km", "kilometer": "km", "mile": "mile",
    "mi": "mile", "foot": "ft", "feet": "ft", "ft-long": "ft", "inch": "in", "″": "in",
    "yard": "yd", "centimetre": "cm", "centimeter": "cm", "millimetre": "mm",
    "millimeter": "mm", "nanometre": "nm", "nanometer": "nm", "micrometre": "μm",
    "micrometer": "μm", "µm": "μm", "miles per hour": "mph", "mile per hour": "mph",
    "m.p.h.": "mph", "kilometre per hour": "km/h", "kilometer per hour": "km/h",
    "km/hr": "km/h", "kph": "km/h", "mile per gallon": "mpg", "part per million": "ppm",
    "part per billion": "ppb", "parts-per-billion": "ppb", "metre per second": "m/s",
    "meter per second": "m/s", "year-old": "year", "years old": "year",
    "year old": "year", "year of age": "year", "month-old": "month",
    "month of age": "month", "degree celsius": "°C", "celsius": "°C", "degc": "°C",
    "deg c": "°C", "degree c": "°C", "c": "°C", "degree fahrenheit": "°F",
    "fahrenheit": "°F", "degf": "°F", "f": "°F", "deg": "degree", "°": "degree",
    "horsepower": "hp", "bhp": "hp", "ps": "hp", "horse": "hp", "pound": "lb",
    "lbs": "lb", "pound-mass": "lb", "gigatonne": "gt", "gigaton": "gt", "tonne": "t",
    "metric ton": "t", "kilogram": "kg", "gram": "g", "milligram": "mg",
    "litre": "l", "liter": "l", "millilitre": "ml", "milliliter": "ml",
    "gigabyte": "gb", "megabyte": "mb", "terabyte": "tb", "kilowatt": "kw",
    "megawatt": "mw", "gigawatt": "gw", "watt": "w", "kilowatt hour": "kwh",
    "gigawatt hour": "gwh", "hertz": "hz", "kilohertz": "khz", "gigahertz": "ghz",
    "gigapascal": "gpa", "megapascal": "mpa", "decibel": "db", "second": "second",
    "sec": "second", "minute": "minute", "min": "minute", "hour": "hour", "hr": "hour",
    "yr": "year", "square metre": "sq m", "square meter": "sq m", "sqm": "sq m",
    "m2": "sq m", "square foot": "sq ft", "square feet": "sq ft", "sqft": "sq ft",
    "point": "point", "pts": "point", "cent": "cent", "p": "pence", "penny": "pence",
    "basis point": "basis point", "bps": "basis point", "bp": "basis point",
    "pound-foot": "lb-ft", "foot pound-force": "lb-ft", "newton metre": "nm",
    "revolutions per minute": "rpm", "knot": "knot", "kt": "knot", "times": "times",
    "count": "times", "fraction": "fraction", "l": "l", "°c": "°C", "ºc": "°C", "°f": "°F",
    "ºf": "°F", "cubic ft": "cubic foot", "cubic m": "cubic metre", "sq mile": "sq mi",
    "square mile": "sq mi", "sq km": "sq km", "km2": "sq km", "gt": "gt",
}  # fmt: skip

_STOP = {"the", "a", "an", "and", "-"}
_IRREGULAR = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
}


def singular(word: str) -> str:
    """A cheap English singular: 'batteries' -> 'battery', 'boxes' -> 'box'."""
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if len(low) > 4 and low.endswith(("ches", "shes", "sses", "xes", "zes")):
        return low[:-2]
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s")):
        return low[:-1]
    return low


def _canonical_key(canonical: str) -> str:
    low = canonical.lower()
    return _MEASURE_ALIASES.get(low, _MEASURE_ALIASES.get(singular(low), singular(low)))


# Every surface form of MEASURES (lower-cased, singular) -> the key of its canonical unit,
# so 'kilometers', 'km' and 'kilometre' compare equal without listing each pair.
_SURFACE_KEYS = {
    " ".join(singular(w) for w in surface.lower().split()): _canonical_key(canonical)
    for canonical, surfaces in MEASURES.items()
    for surface in surfaces
    if len(surface) > 1 or not surface.isalpha()
}


def _one_part(text: str) -> str:
    words = [singular(w) for w in text.split() if w]
    phrase = " ".join(words)
    for table in (_CURRENCY_ALIASES, _MEASURE_ALIASES, _SURFACE_KEYS):
        if phrase in table:
            return table[phrase]
    if phrase in _PERCENT or text in _PERCENT:
        return "%"
    kept = [w for w in words if w not in _STOP]
    return " ".join(kept)


@lru_cache(maxsize=4096)
def unit_key(unit: str | None) -> str:
    """Normalise a unit for comparison: case, plurals, symbols, 'a'/'per'/'/' rates.

    '' and '-' (no unit) -> ''; '%', 'per cent', 'pc' -> '%'; '$', 'US$', 'USD',
    'dollars' -> 'USD'; 'metres' -> 'm'; '$ a month' -> 'USD per month'.
    A CQE-style fraction unit ('% Germans') -> 'fraction'.
    """
    text = (unit or "").strip()
    if text in ("", "-"):
        return ""
    if text.startswith("% ") and len(text) > 2:
        return "fraction"
    low = re.sub(r"\s+", " ", text.lower())
    whole = _one_part(low)
    if whole in _KNOWN_KEYS:
        return whole
    low = re.sub(r"\s(?:a|an|each|every)[\s-](?=\w)", " per ", low)
    low = re.sub(r"\s?/\s?(?=[a-z])", " per ", low) if not re.search(r"km/h|m/s", low) else low
    low = low.replace(" a-year", " per year")
    parts = [p.strip() for p in low.split(" per ")]
    return " per ".join(_one_part(p) for p in parts if p or len(parts) == 1)


_KNOWN_KEYS = (
    set(_MEASURE_ALIASES.values()) | set(_CURRENCY_ALIASES.values()) | set(_SURFACE_KEYS.values())
)


def is_unit_word(word: str) -> bool:
    """'inch', 'km', '%', 'dollars': a unit of measure or a currency, not a counted noun."""
    return unit_key(word) in _KNOWN_KEYS


def unit_head(key: str) -> str:
    """The head noun of a normalised counted-noun unit: 'barrel of oil' -> 'barrel'."""
    base = key.split(" per ")[0]
    base = base.split(" of ")[0] if " of " in f" {base} " else base
    words = base.split()
    return words[-1] if words else ""


def canonical_noun(phrase: str) -> str:
    """A counted noun phrase's canonical unit: lower case, its head noun singular.

    '6 battalion-tactical groups' -> 'battalion-tactical group'; 'barrels of oil per day'
    -> 'barrel of oil per day'; acronyms keep their case ('3 NGOs' -> 'NGO').
    """
    parts = [part.strip() for part in phrase.split(" per ")]
    return " per ".join(_singular_head(part) for part in parts if part)


def _singular_head(part: str) -> str:
    base, of, rest = part.partition(" of ")
    words = base.split()
    if not words:
        return part
    head = words[-1]
    if re.fullmatch(r"[A-Z0-9]{2,}s", head):
        words[-1] = head[:-1]
        tidy = [w if w.isupper() else w.lower() for w in words[:-1]] + [words[-1]]
    else:
        tidy = [w if w.isupper() and len(w) > 1 else w.lower() for w in words[:-1]]
        tidy.append(singular(head))
    return " ".join(tidy) + (f" of {rest.lower()}" if of else "")
