"""Numbers written in digits, and the unit read after any number.

``digit_quantities`` finds "60,000", "$1.2bn", "-1.3%", "1/2"; ``read_unit`` reads
what follows a number: a percent sign, a currency, a measurement unit, an age, a
multiplier ("times"), a rate ("a month") or else the counted noun phrase.
"""

from __future__ import annotations

import re

from briefing.facts import units as un
from briefing.facts.figures.nouns import counted_noun
from briefing.facts.figures.patterns import (
    AGE,
    ATTACHED,
    BELOW_ZERO,
    COLON_TAIL,
    CURRENCY_CODE,
    CURRENCY_WORD,
    DECIMAL_COMMA_TAIL,
    FEET_BEFORE,
    FEET_MARK,
    FEET_MARK_BEFORE,
    FRACTION_TAIL,
    GLUED_TAIL,
    HYPHEN_WORD_BEFORE,
    INCH_MARK,
    MAGNITUDE,
    MEASURE,
    MEASURE_LOOKUP,
    MINUS_BEFORE,
    NUMBER,
    ORDINAL_TAIL,
    PER,
    PERCENT,
    PLURAL_TAIL,
    SLASH_TAIL,
    TEMPERATURE_CONTEXT,
    TEMPERATURE_TENS_BEFORE,
    TIMES,
    US_AFTER_DOLLAR,
)
from briefing.facts.figures.quantity import Quantity, in_masks
from briefing.facts.figures.words import LENGTH_CONTEXT
from briefing.lang.en import numbers as nb
from briefing.lang.en.figures import LENGTH_FOLLOWERS, NOT_A_RATE_AFTER, PRICE_WORDS


def digit_quantities(text: str, masks: list[tuple[int, int]]) -> list[Quantity]:
    found = []
    for match in NUMBER.finditer(text):
        q = _read_digit_match(text, match, masks)
        if q is not None:
            found.append(q)
    return found


def _read_digit_match(
    text: str, match: re.Match[str], masks: list[tuple[int, int]]
) -> Quantity | None:
    num_start, num_end = match.span("num")
    if in_masks(num_start, num_end, masks):
        return None
    raw = match.group("num")
    if inches := _inches_after_feet(text, match):
        return inches
    if len(raw) == 2 and text[num_start - 1 : num_start] in ("'", "’"):
        return None  # "Sep 4, '03", "the class of '90": a year
    value = nb.parse_digits(raw)
    if match.group("sign") in ("-", "−") or match.group("sign2"):
        value = -value
    if match.group("exp"):
        value *= 10 ** int(match.group("exp").replace("−", "-"))
    q = Quantity(num_start, match.end(), match.start(), match.end(), value, raw=raw)
    if match.group("sign") == "+":
        q.change = "up"
    if match.group("approx"):
        q.change = "~"
    if MINUS_BEFORE.search(text, 0, match.start()):
        q.value = -abs(q.value)
    pos = match.end()
    fraction = FRACTION_TAIL.match(text, pos)
    if fraction and not match.group("cur"):
        denominator = int(fraction.group(1))
        if "." in raw or "," in raw or not 0 < value < denominator or denominator > 1000:
            return None
        if _month_day(value, denominator) and not OF_AFTER_FRACTION.match(text, fraction.end()):
            return None  # "9/11", "4/20": a day's name, not a fraction (1/16, 3/32 stay)
        q.value = value / denominator
        pos = fraction.end()
    elif SLASH_TAIL.match(text, pos):
        return None  # "24/7", "$7/$9", "3/4-inch" dates and ratios: not a single figure
    if tail := PLURAL_TAIL.match(text, pos):
        # "a man in his 50s": a round number only, so "1990s" is never searched for it
        if raw in _DECADES_OF_LIFE and _DECADE_OF_LIFE.search(text, 0, num_start):
            q.unit, q.kind, q.high, q.change, q.end = "years", "age", value + 9, "~", tail.end()
            return q
        if tens := _temperature_tens(text, q, raw):
            q.end = tail.end()
            return tens
        return None  # "1990s", "Model 3s", "2022's"
    if ORDINAL_TAIL.match(text, pos):
        return None  # "22nd"
    if COLON_TAIL.match(text, pos) or DECIMAL_COMMA_TAIL.match(text, pos):
        return None  # "12:30"; "€1,5 Mio", "£135,00": a decimal comma or a slip, no sure value
    if not _read_prefix_context(text, q, match):
        return None
    currency = un.CURRENCY_PREFIXES.get(match.group("cur") or "", "")
    pos = _read_magnitude(text, q, pos, bool(currency))
    end = read_unit(text, q, pos, currency, attached=True)
    if end is None:
        return None
    if q.unit != "in" and _follows_feet(text, q):
        q.unit, q.kind, end = "in", "measure", pos  # "the 6-foot-2 striker": 2 inches
    q.end = end
    return q


def _inches_after_feet(text: str, match: re.Match[str]) -> Quantity | None:
    """The inches of "5'11\"": a number after a feet mark, closed by an inch mark."""
    start = match.start()
    if match.group("cur") or not FEET_MARK_BEFORE.search(text, max(0, start - 4), start):
        return None
    mark = INCH_MARK.match(text, match.end())
    if not mark:
        return None
    value = nb.parse_digits(match.group("num"))
    return Quantity(*match.span("num"), start, mark.end(), value, raw=match.group("num"),
                    unit="in", kind="measure")


def _follows_feet(text: str, q: Quantity) -> bool:
    """'6-foot-2', '6 feet 2': a whole number under 12 right after a height in feet."""
    return (q.value == int(q.value) and 0 <= q.value < 12 and not q.unit.startswith(("in", "%"))
            and q.kind in ("", "noun")
            and bool(FEET_BEFORE.search(text, max(0, q.num_start - 12), q.num_start)))


# How far into its tens "in the low/mid/high 80s" puts a temperature: 80-83, 84-86, 87-89.
_TENS_PARTS = {"low": (0, 3), "lower": (0, 3), "mid": (4, 6), "middle": (4, 6),
               "high": (7, 9), "upper": (7, 9)}


def _temperature_tens(text: str, q: Quantity, raw: str) -> Quantity | None:
    """'temperatures in the low 80s': 80-83 degrees, in a sentence about the weather."""
    if len(raw) != 2 or raw[1] != "0" or raw[0] == "0":
        return None
    part = TEMPERATURE_TENS_BEFORE.search(text, max(0, q.num_start - 24), q.num_start)
    if not part or not TEMPERATURE_CONTEXT.search(text):
        return None
    low, high = _TENS_PARTS[part.group("part").lower()]
    q.value, q.high = q.value + low, q.value + high
    q.unit, q.kind, q.change = "degrees", "measure", "~"
    return q


# Days of a month that are no usual denominator of a written fraction (those are 2-10, 12,
# 16, 32...): after a month number, "9/11" and "4/20" name a day, while "1/16 inch", "5/8"
# and "1/2" are fractions.
_FRACTION_DAY_DENOMINATORS = frozenset({11, *range(13, 32)}) - {16}
OF_AFTER_FRACTION = re.compile(r"\s+of\b|th\b")


def _month_day(numerator: float, denominator: int) -> bool:
    return 1 <= numerator <= 12 and denominator in _FRACTION_DAY_DENOMINATORS


def _read_prefix_context(text: str, q: Quantity, match: re.Match[str]) -> bool:
    """False for digits glued to a word by a hyphen that names a thing: 'F-35', 'TA-35'."""
    if text[match.start() - 1 : match.start()] not in ("-", "–"):
        return True  # no hyphen right before: the search below cannot end there (saves it)
    hyphen = HYPHEN_WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
    if hyphen and hyphen.end() == match.start():
        word = hyphen.group(1).lower()
        if word == "sub":
            q.change = "<"
        elif word not in ("minus", "plus", "then", "now", "over", "under", "top", "mid", "a", "to"):
            return word in ("foot", "feet", "ft") and bool(  # "6-foot-2": its inches
                FEET_BEFORE.search(text, max(0, match.start() - 12), match.start()))
    return True


def _read_magnitude(text: str, q: Quantity, pos: int, has_currency: bool) -> int:
    match = MAGNITUDE.match(text, pos)
    if not match:
        return pos
    if match.group("words"):
        word = match.group("words")
    elif match.group("short"):
        word = match.group("short")
    else:
        letter = match.group("letter")
        if not _letter_is_magnitude(text, letter, match.end(), has_currency) or (
            _metres_not_millions(text, q, letter, has_currency)
        ):
            return pos
        word = letter
    q.factor = nb.scale(1.0, word.strip(" -"))
    q.value = nb.tidy(q.value * q.factor)
    return match.end()


def _metres_not_millions(text: str, q: Quantity, letter: str, has_currency: bool) -> bool:
    """ "the 5,000m titles", "a 1,500m runway", "the 4x100m boys": a thousand or more of "m"
    with no currency is metres (5bn is written "5bn", not "5,000m"), and a relay's legs
    ("4x100m") are metres. Seen in an analyst's review of BBC athletics briefs, where the
    millions reading showed "5,000m titles" as five billion titles."""
    if has_currency or letter.lower() != "m" or CURRENCY_WORD.match(text, q.end + 1):
        return False  # "1,200m euros": millions of a currency named after
    return q.value >= 1000 or bool(_RELAY_LEGS.search(text, max(0, q.start - 3), q.start))


_RELAY_LEGS = re.compile(r"\d\s?[x×]\s?$")


def _letter_is_magnitude(text: str, letter: str, after: int, has_currency: bool) -> bool:
    """'$1.2m', '35m of', '12.3m tonnes' are millions; '37m (121ft)', '100m sprint' metres."""
    low = letter.lower()
    if low == "k":
        return True
    if has_currency:
        return True
    following = re.match(r"\s+([A-Za-z]+)", text[after : after + 30])
    if low == "b":
        return bool(following)
    if not following:
        return False
    word = following.group(1).lower()
    return word not in LENGTH_CONTEXT and word not in LENGTH_FOLLOWERS


def read_unit(text: str, q: Quantity, pos: int, currency: str, attached: bool) -> int | None:
    """Read the unit after the number; returns the end of the figure's span."""
    if currency:
        q.unit, q.kind = currency, "currency"
        us = US_AFTER_DOLLAR.match(text, pos)
        if us and currency == "USD":
            pos = us.end()
        # "$5 billion" already read; a second magnitude after a prefix is rare.
        return _read_rate(text, q, pos)
    if match := PERCENT.match(text, pos):
        pp = match.group("pp")
        if pp:
            q.unit = "percentage points" if pp.lower().startswith("percentage") else "basis points"
        else:
            q.unit = "%"
        q.kind = "percent"
        return match.end()
    if match := AGE.match(text, pos):
        q.unit, q.kind = (match.group("unit") or "year").lower() + "s", "age"
        return match.end()
    if attached and (match := FEET_MARK.match(text, pos)):
        q.unit, q.kind = "ft", "measure"  # "5'11\"": the feet, inches read next
        return match.start() + 1
    if match := CURRENCY_WORD.match(text, pos):
        code = _currency_word_code(text, match, q)
        if code:
            q.unit, q.kind = code, "currency"
            return _read_rate(text, q, match.end())
    if match := CURRENCY_CODE.match(text, pos):
        q.unit, q.kind = un.CURRENCY_SUFFIX_CODES[match.group("code")], "currency"
        return _read_rate(text, q, match.end())
    if match := TIMES.match(text, pos):
        q.unit, q.kind = "times", "times"
        return _read_rate(text, q, match.end())
    if match := MEASURE.match(text, pos):
        if _names_a_model(text, match):
            return None  # "30 F-35 fighters": the count of a model, read no further
        q.unit, q.kind = un.canonical_measure(match.group("unit"), MEASURE_LOOKUP), "measure"
        if q.unit == "lb" and q.factor >= 1e6:
            q.unit, q.kind = "GBP", "currency"
        if q.unit in ("degrees", "°C", "°F") and (below := BELOW_ZERO.match(text, match.end())):
            q.value = -abs(q.value)  # "5 degrees below zero"
            return below.end()
        return _read_rate(text, q, match.end())
    if attached and (match := ATTACHED.match(text, pos)):
        q.unit, q.kind = un.ATTACHED_ONLY[match.group("unit")], "measure"
        return _read_rate(text, q, match.end())
    if GLUED_TAIL.match(text, pos):
        return None  # "5G", "3D", "9AB8": a code, not a figure
    return read_noun(text, q, pos)


_MODEL_NUMBER = re.compile(r"[-–]\d")
_DECADES_OF_LIFE = frozenset("20 30 40 50 60 70 80 90".split())
_DECADE_OF_LIFE = re.compile(r"\bin\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)
# A price right before "N pounds" makes them money, not weight ("entry at 15 pounds")
_PRICE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(PRICE_WORDS))})\s+(?:(?:at|of|for|just|only|about|around)\s+)?$",
    re.I)


def _names_a_model(text: str, match: re.Match[str]) -> bool:
    """ "30 F-35 fighters", "two C-130 planes": a letter before "-35" names a model, it is no
    unit (degrees Fahrenheit, Celsius). The count before it is left out: its noun comes
    after the model's name, past where a unit is read."""
    return len(match.group("unit")) <= 2 and bool(_MODEL_NUMBER.match(text, match.end()))


def _currency_word_code(text: str, match: re.Match[str], q: Quantity) -> str:
    word = match.group("word").lower()
    if word.startswith("pound") and "sterling" not in word:
        if q.factor < 1e6 and not match.group("nation") and not _PRICE_BEFORE.search(
                text, max(0, q.num_start - 30), q.num_start):
            return ""  # "208 pounds": weight; read as a measure below
        return "GBP"  # "48 million pounds", "a pint costs 6 pounds", "fined 50 pounds"
    if word == "won" and q.factor < 1e6:
        return ""
    if word in ("real",) and not match.group("nation"):
        return ""
    return un.currency_from_words(match.group("nation"), word)


def _read_rate(text: str, q: Quantity, pos: int) -> int:
    rate, end = rate_at(text, pos)
    if end < 0:
        return pos  # "£125m a year earlier": compared with a year ago, not a yearly rate
    if q.unit in ("%", "percentage points", "basis points"):
        return pos  # "grew 5% a year": a growth rate is still a percentage
    if rate:
        q.unit = f"{q.unit} per {rate}".strip()
        return end
    _rate_after_what(text, q, pos)
    return pos


def rate_at(text: str, pos: int) -> tuple[str, int]:
    """The rate said right at ``pos`` and its end: ("year", end) for "a year", "per annum",
    "annually"; ("day", end) for "per day"; ("", pos) for none; ("", -1) for "a year
    earlier" (a time, compared with a year ago). One reading for both places a rate is read
    ("£5m per annum" and "5m tonnes of LPG per annum" were "per annum" and "per year")."""
    match = PER.match(text, pos)
    if match and _time_reference(text, match):
        return "", -1
    if match:
        per = match.group("per").lower()
        return _PER_WORDS.get(per, per), match.end()
    if yearly := YEARLY.match(text, pos):
        return "year", yearly.end()
    return "", pos


_PER_WORDS = {"annum": "year"}  # the Latin word of a yearly rate


# "annually", "a year" said with one word.
YEARLY = re.compile(r",?\s+(?:annually|yearly|per\s+annum)\b", re.I)
# What an amount is of, then its rate: "7.5 million tonnes of LPG annually", "$2bn of
# exports a year": "of" and one to three words, none a number.
OF_WORD = re.compile(r"\s+of(?=\s)")
NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'-]*)")


def _rate_after_what(text: str, q: Quantity, pos: int) -> None:
    """A rate said after what the amount is of: the figure's unit is the rate; its span and
    the "of" phrase (its label) are left as they are."""
    of = OF_WORD.match(text, pos)
    end = of.end() if of else -1
    for _ in range(3 if of else 0):
        word = NEXT_WORD.match(text, end)
        if not word or word.group(1).lower() in RATE_BREAKERS:
            return
        end = word.end()
        rate, _ = rate_at(text, end)
        if rate:
            q.unit = f"{q.unit} per {rate}".strip()
            return


# Words that end the noun phrase an amount is of: what follows is no rate of it
# ("$5m of which a year ...", "10 tonnes of it per day" is read, "of the" is not a noun).
RATE_BREAKERS = frozenset("which that who the a an and or but it its their his her".split())


def _time_reference(text: str, match: re.Match[str]) -> bool:
    following = re.match(r"\s+([a-z]+)", text[match.end() : match.end() + 16])
    opener = match.group(0).strip(" -").split()[0].lower()
    return opener in ("a", "an") and bool(following) and following.group(1) in NOT_A_RATE_AFTER


_LABEL_COLON_BEFORE = re.compile(r":\s*$")
_TABLE_HEADING = re.compile(r"\s+[A-Z][\w-]*(?:\s+[\w-]+){0,2}:")


def read_noun(text: str, q: Quantity, pos: int) -> int:
    """The counted noun phrase after a number: '6 battalion-tactical groups'."""
    if _LABEL_COLON_BEFORE.search(text, max(0, q.start - 3), q.start) and _TABLE_HEADING.match(
        text, pos
    ):
        return pos  # "Test matches: 133 Highest score: 190": a table; the next name is a heading
    phrase, end = counted_noun(text, pos, q.value)
    if phrase and text[pos : pos + 1] == "-":
        q.modifies = _noun_after(text, end)  # "a three-match ban", "a 50-family village"
    if phrase:
        q.unit, q.kind = phrase, "noun"
        return _read_rate(text, q, end)
    rate = PER.match(text, pos)
    if rate:
        q.unit, q.kind = f"per {rate.group('per').lower()}", "noun"
        return rate.end()
    return pos


def _noun_after(text: str, pos: int) -> str:
    from briefing.facts.figures.nouns import noun_run

    if not text[pos : pos + 1].isspace():
        return ""
    phrase, _ = noun_run(text, pos, singular_count=True)  # "a two-class jet seats 300"
    return modified_words(phrase)


def modified_words(phrase: str) -> str:
    """The lower-case words of the noun a compound modifies: 'unbeaten run' of 'unbeaten run
    Enrique', 'community' of 'community up-to-date information'."""
    words: list[str] = []
    for word in phrase.split():
        if not word[:1].islower() or (words and "-" in word):
            break
        words.append(word)
    return " ".join(words[:3])
