"""Every regular expression of the figure rules, compiled once at import.

Kept apart from the code that uses them: the number itself and what can follow it
(tails, magnitudes, percent, currency, units, rates), number words, the masks (spans
that hold digits but are not quantities) and the cue words before and after a figure
(change, qualifiers, ranges, years).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.facts import units as un
from briefing.facts.figures.tail_pattern import TailPattern
from briefing.facts.figures.words import NATIONS
from briefing.lang.en import numbers as nb
from briefing.lang.en.figures import (
    LIFE_EVENT_VERBS,
    PERSON_NOUNS,
    PICTURE_POSITIONS,
    PRICE_WORDS,
    SINGLE_CURRENCY_WORDS,
    TEMPERATURE_WORDS,
)
from briefing.lang.en.lexicon import MONTH_PATTERN as MONTHS

_DAY_JOINER = r"(?:\s?[-–]\s?|\s+(?:and|or|to|&)\s+)"

_PREFIX_ALT = "|".join(re.escape(p) for p in sorted(un.CURRENCY_PREFIXES, key=len, reverse=True))


_CORE = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,]|\.\d)"
    r"|\d+(?:\.\d+)?"
    r"|\.\d+"
)


# "1.99×10−30", "3 x 10^8": after a letter x the power needs its mark ("4x100m" is a relay).
NUMBER = re.compile(
    rf"""(?<![\w.,/⁄])
    (?P<approx>[~≈]\s?)?
    (?P<sign>[-−+](?=[\d.$£€¥₹]|[A-Z]{{2,3}}\d))?
    (?:(?P<cur>{_PREFIX_ALT})\s?)?
    (?P<sign2>[-−])?
    (?P<num>{_CORE})
    (?:\s?(?:×\s?10\s?(?:\^|\*\*)?|x\s?10\s?(?:\^|\*\*))\s?(?P<exp>[-−]?\d+))?""",
    re.X,
)


FRACTION_TAIL = re.compile(r"\s?[/⁄]\s?(\d+)(?![\d/])")


SLASH_TAIL = re.compile(r"[/⁄]")


ORDINAL_TAIL = re.compile(r"(?:st|nd|rd|th)\b", re.I)


PLURAL_TAIL = re.compile(r"['’′]?s\b")


COLON_TAIL = re.compile(r"[:.]\d{2}\b|:\d")


DECIMAL_COMMA_TAIL = re.compile(r",\d{1,2}(?![\d,])")


GLUED_TAIL = re.compile(r"[A-Za-z]+\d*[A-Za-z\d]*")


MAGNITUDE = re.compile(
    r"""(?P<words>(?:[\s-]?(?:hundred|thousand|million|billion|trillion|lakh|crore)\b)+)
    |\s?(?P<short>mn|mln|bn|tn|trn|mil)\b
    |(?P<letter>[mMbBkK])(?![A-Za-z0-9])""",
    re.X | re.I,
)


PERCENT = re.compile(
    r"""[\s-]?(?:(?P<pp>percentage\s+points?|basis\s+points?|bps\b|bp\b)
    |%|‰|per\s?cent\b|percent\b|pct\b|pc\b)""",
    re.X | re.I,
)


CURRENCY_WORD = re.compile(
    rf"""[\s-]?(?:(?P<nation>{NATIONS})\s+)?
    (?P<word>(?i:pounds\s+sterling|dollars?|euros?|sterling|pounds?|yen|yuan|renminbi|rupees?
    |roubles?|rubles?|hryvnias?|hryvnia|shekels?|ringgit|rand|lira|liras|naira|rupiah|baht
    |dirhams?|riyals?|zlotys?|zloty|forints?|kuna|francs?|pesos?|kroner|kronor|krona|krone
    |crowns?|won|bitcoins?|reais|real))\b""",
    re.X,
)


CURRENCY_CODE = re.compile(
    r"\s?(?P<code>"
    + "|".join(re.escape(c) for c in sorted(un.CURRENCY_SUFFIX_CODES, key=len, reverse=True))
    + r")(?![A-Za-z])"
)


US_AFTER_DOLLAR = re.compile(r"\s(?:US|U\.S\.)(?![A-Za-z])")


AGE = re.compile(
    r"[\s-]?(?P<unit>year|yr|month|week|day)s?[\s-]old\b|(?P<yo>yo|y\.o\.)(?![A-Za-z0-9])",
    re.I,
)  # "a 34-year-old", "a 34yo man"


# Feet and inches written with marks: "5'11\"", "5′ 4″" (the inches number follows).
FEET_MARK = re.compile(r"['’′]\s?(?=\d{1,2}(?:\.\d+)?\s?(?:[\"”″]|''))")
INCH_MARK = re.compile(r"\s?(?:[\"”″]|'')")
FEET_MARK_BEFORE = re.compile(r"\d['’′]\s?$")  # searched in the few characters before
# "6-foot-2", "6 feet 2": the number after a height in feet is its inches.
FEET_BEFORE = re.compile(r"\d[\s-]?(?:foot|feet|ft)[\s-]$", re.I)
# "5 degrees below zero": a temperature under freezing point.
BELOW_ZERO = re.compile(r"\s+below\s+(?:zero|freezing)\b", re.I)


TIMES = re.compile(
    r"(?:\s?(?:times)\b|-?fold\b|x(?=\s+(?:more|less|faster|higher|larger)\b))", re.I
)


_MEASURE_ALT, MEASURE_LOOKUP = un.measure_pattern()


MEASURE = re.compile(rf"[\s-]?(?P<unit>{_MEASURE_ALT})(?![A-Za-z0-9])")


ATTACHED = re.compile(r"(?P<unit>in|[glLpmt])(?![A-Za-z0-9])")


PER = re.compile(
    r"[\s-]?(?:(?:per|a|an|each|every)[\s-]|/\s?)(?P<per>"
    + "|".join(re.escape(p).replace(r"\ ", r"\s") for p in un.PER_UNITS)
    + r")s?\b",
    re.I,
)


HYPHEN_NOUN = re.compile(r"-([A-Za-z]{2,})\b(?!-)")


OF_THE = re.compile(
    r"\s+of\s+(?:(?:the|his|her|its|their|our|my|your|these|those|this|that|a|an)\s+)?"
    r"(?:(?:most|least|more|very|best|biggest)\s+)?"
)


NUMBER_WORDS = re.compile(
    rf"""\b(?:(?:a|an)\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?
    (?:{nb.NUMBER_WORD}|dozen|hundred|{nb.MAGNITUDE_WORD})
    (?:(?:\s+|-|\s+and\s+)(?:{nb.NUMBER_WORD}|dozen|hundred|{nb.MAGNITUDE_WORD}))*\b""",
    re.X | re.I,
)


_DIGIT_WORD = "zero|one|two|three|four|five|six|seven|eight|nine"
# "one point three per cent", "two point five million": a decimal in words
DECIMAL_WORDS = re.compile(
    rf"\b(?P<whole>{nb.NUMBER_WORD}|zero)\s+point\s+(?P<digits>(?:(?:{_DIGIT_WORD})\b\s*)+)",
    re.I,
)


FRACTION_WORDS = re.compile(
    rf"""\b(?P<num>a|an|one|{nb.NUMBER_WORD})[\s-]+
    (?P<den>{"|".join(nb.FRACTION_WORDS)})\b(?=\s+of\b)""",
    re.X | re.I,
)


HALF = re.compile(
    r"""\bhalf\b(?!-)(?=\s+(?:of\s+)?(?:the|a|an|its|their|his|her|our|my|your|all|them|those
    |these|this|that|which|what)\b)""",
    re.X | re.I,
)


NOT_HALF_BEFORE = re.compile(
    r"(?:the|this|that|first|second|a|one|and|by|in|of|every|each)\s+$", re.I
)


# "one in five", "almost two in three voters" ("n" is checked to be a number word when read:
# a bare word class here scans faster than the alternation of every number word)
ONE_IN = re.compile(
    rf"\b(?P<n>[A-Za-z]+|\d+)\s+(?:out\s+of|in)\s+(?P<d>{nb.NUMBER_WORD}|\d{{1,3}})\b(?!\s*[%,.]\d)"
    r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|races?)\b)",
    re.I,
)


VAGUE_PLURAL = re.compile(
    r"\b(?:(?P<pre>tens|hundreds)\s+of\s+)?(?P<v>dozens|hundreds|thousands|millions|billions"
    r"|trillions)\b(?=\s+(?:of|upon)\b)",
    re.I,
)


VAGUE_COUNT = re.compile(
    r"\b(?P<v>several|a\s+few|a\s+couple\s+of|a\s+couple)\s+"
    r"(?P<mag>hundred|thousand|million|billion|trillion|dozen)s?\b",
    re.I,
)


class Mask(NamedTuple):
    """A span that holds digits but is not a quantity, and what a sentence must hold for it to
    be scanned: one of ``words``, whole (``caseless_words``; every match holds one, whole),
    and one of ``chars``. Most sentences hold neither "ago", a month nor a street word, and
    the scan is most of a mask's cost (NewsQuant: ~50 ms of ~300 ms a pass for the twenty)."""

    pattern: re.Pattern[str]
    words: frozenset[str] = frozenset()
    chars: str = ""


def _mask(pattern: str, flags: int = 0, words: str = "", chars: str = "") -> Mask:
    return Mask(re.compile(pattern, flags), frozenset(words.lower().split("|")) - {""}, chars)


_AGO = "ago"
_MONTH_WORDS = MONTHS
_STREET_WORDS = (
    "Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl"
    "|Court|Ct|Square|Terrace|Crescent|Highway|Hwy|Parkway|Close"
)
_AVENUE_WORDS = "Ave|Avenue|Rue|Via|Calle|Boulevard|Blvd"
_CALL_WORDS = r"call|phone|tel\.?|telephone|hotline|fax|dial|text|whatsapp"

# Spans that hold digits but are not quantities.
MASKS = [
    _mask(r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?", chars="-"),  # ISO dates and time stamps
    _mask(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"),
    _mask(r"\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"),
    _mask(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\b", chars=":"),  # clock times, durations 01:22
    _mask(r"\b\d{4}\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|CST|CDT|hrs|hours\s+GMT)\b"),
    _mask(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", chars="/"),  # 12/03/2022
    # "two days ago" is a relative date (the dates extractor's), not a count of days
    _mask(
        r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"a\s+few|several|a\s+couple\s+of)\s+(?:second|minute|hour|day|week|month|year|"
        rf"decade|centur(?:y|ie))s?\s+{_AGO}\b",
        re.I,
        words=_AGO,
    ),
    # "June 24 and 25", "24 to 26 June": the second day is a date too, not a count
    _mask(
        rf"\b(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
        rf"(?:{_DAY_JOINER}\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{{4}})?\b",
        words=_MONTH_WORDS,
    ),
    _mask(
        rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?{_DAY_JOINER})?\d{{1,2}}(?:st|nd|rd|th)?\s+"
        rf"(?:of\s+)?(?:{_MONTH_WORDS})\b\.?(?:,?\s+\d{{4}})?",
        words=_MONTH_WORDS,
    ),
    _mask(r"(?<![\w])\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,}", chars="+"),  # +44 20
    _mask(r"\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,4}\b", chars="("),  # (020) 7946 0958
    _mask(r"\b\d{3}[-.]\d{3}[-.]\d{4}\b"),  # 555-123-4567
    _mask(r"\b0\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}\b"),  # 020 7946 0958
    _mask(
        rf"\b(?:{_CALL_WORDS})\b:?\s*"
        r"(?:on\s+|at\s+)?\+?\d[\d\s().-]{5,}\d",
        re.I,
        words=_CALL_WORDS.replace(r"\.?", ""),
    ),
    _mask(
        r"\b\d{1,5}(?:[-–]\d{1,5})?\s+(?:[A-Z0-9][\w.]*\s+){1,3}"
        rf"(?:{_STREET_WORDS})\b\.?",
        words=_STREET_WORDS,
    ),
    _mask(rf"\b\d{{1,5}}\s+(?:{_AVENUE_WORDS})\s+[A-Z]", words=_AVENUE_WORDS),
    _mask(
        r"\b\d{5}(?:-\d{4})?\s+(?:ZIP|zip)\b|\b(?:ZIP|zip)(?:\s+[Cc]ode)?\s+\d{5}", words="zip"
    ),
    _mask(  # "two days ago" is a date (the dates extractor reads it), not a figure
        rf"\b(?:\d+|{nb.NUMBER_WORD}|a|an)\s+(?:second|minute|hour|day|week|month|year"
        rf"|decade|centur(?:y|ie))s?\s+{_AGO}\b",
        re.I,
        words=_AGO,
    ),
    _mask(r"(?<![\w$£€])\(\d{1,3}\)(?!\s?(?:%|per))", chars="("),  # jersey numbers "(4)"
    # model and type names: "A350-900", "737-800" ("F-35", "MiG-29": a word before the
    # hyphen, which digits.py's prefix context already reads as a name)
    _mask(r"\b[A-Z][A-Za-z]{0,4}\d+[-–]\d+\b|\b\d{3}[-–]\d{3}\b(?![-–]\d)", chars="-–"),
]


# The change words and qualifiers read before a figure: each pattern must end the text it
# searches, a TailPattern (its last words are taken from the same lists).
_APPROX_WORDS = (
    r"about|around|approximately|approx\.|approx|roughly|nearly|almost"
    r"|some|close\s+to|circa|c\.|ca\.|an\s+estimated|estimated|just\s+about"
    r"|possibly|perhaps|in\s+the\s+region\s+of|in\s+the\s+order\s+of|of\s+the\s+order\s+of"
    r"|in\s+the\s+neighbou?rhood\s+of"
)
_MORE_WORDS = (
    r"more\s+than|over|at\s+least|above|upwards\s+of|in\s+excess\s+of"
    r"|exceeding|greater\s+than|higher\s+than|no\s+fewer\s+than|no\s+less\s+than"
    r"|well\s+over|just\s+over|north\s+of|beyond"
)
_LESS_WORDS = (
    r"fewer\s+than|less\s+than|under|up\s+to|below|no\s+more\s+than"
    r"|at\s+most|lower\s+than|just\s+under|not\s+more\s+than|maximum\s+of"
    r"|as\s+little\s+as|sub-"
)


def _words_or_symbols(words: str, symbols: str) -> TailPattern:
    """'(?:\\babout|\\baround|...|~|≈)\\s*$': a word (whole at its start) or a symbol, last."""
    last = [*words.split("|"), *symbols.split("|")]
    alternatives = [rf"\b{word}" for word in words.split("|")] + symbols.split("|")
    return TailPattern(rf"(?:{'|'.join(alternatives)})\s*$", last)


APPROX_BEFORE = _words_or_symbols(_APPROX_WORDS, "~|≈")
MORE_BEFORE = _words_or_symbols(_MORE_WORDS, ">|≥")
LESS_BEFORE = _words_or_symbols(_LESS_WORDS, "<|≤")


_QUALIFIER_LEADS = "by|of"
_QUALIFIER_WORDS = (
    r"about|around|nearly|almost|roughly|some|just|only|more\s+than"
    r"|over|under|another|a\s+further|an\s+estimated|approximately|less\s+than"
)
_QUALIFIERS = rf"(?:\s+(?:{_QUALIFIER_LEADS}))?(?:\s+(?:{_QUALIFIER_WORDS}))*"

_UP_WORDS = (
    r"rose|rise|rises|risen|rising|increased|increase|increases|increasing|grew|grow|grows"
    r"|growing|gained|gain|gains|gaining|jumped|jump|jumps|climbed|climb|climbs|surged|surge"
    r"|soared|advanced|advances|added|adds|up|boosted|lifted|rallied|improved|expanded"
    r"|rebounded|spiked|inched\s+up|edged\s+up|higher\s+by|a\s+rise\s+of|an\s+increase\s+of"
    r"|a\s+gain\s+of|a\s+jump\s+of"
)
_DOWN_WORDS = (
    r"fell|fall|falls|fallen|falling|dropped|drop|drops|dropping|declined|decline"
    r"|declines|decreased|decrease|decreases|lost|lose|loses|losing|shed|sheds|slid|slides"
    r"|slipped|slips|sank|sinks|plunged|plunges|plummeted|plummeting|tumbled|tumbles|down"
    r"|cut|cuts|reduced|eased|eases|dipped|dips|retreated|shrank|shrunk|contracted|slumped"
    r"|slumps|tanked|crashed|edged\s+down|narrowed|lower\s+by|a\s+fall\s+of|a\s+drop\s+of"
    r"|a\s+decline\s+of|a\s+decrease\s+of"
)


def _moved_by(words: str) -> TailPattern:
    """'rose', 'rose by', 'rose by about', 'a rise of nearly', last."""
    last = [*words.split("|"), *_QUALIFIER_LEADS.split("|"), *_QUALIFIER_WORDS.split("|")]
    return TailPattern(rf"\b(?:{words}){_QUALIFIERS}\s*$", last)


UP_BEFORE = _moved_by(_UP_WORDS)
DOWN_BEFORE = _moved_by(_DOWN_WORDS)


OR_RESTATE = re.compile(r"^,?\s+or\s+$", re.I)


PAREN_RESTATE = re.compile(r"^\s*\(\s*$")


PHRASAL_UP = re.compile(
    r"\b(?:gave|give|gives|giving|given|set|sets|ended|end|ends|wound|picked|pick|put|puts"
    r"|made|make|took|take|signed|sign|came|come|turned|summed|backed|built|mopped|racked"
    r"|rack|racks|snapped|snap|used|use|uses|using)\s+up\s*$",
    re.I,
)


UP_AFTER = re.compile(r"\s+(?:higher|up)\b", re.I)


DOWN_AFTER = re.compile(r"\s+(?:lower|down)\b(?!\s+(?:from|to)\b)", re.I)


APPROX_AFTER = re.compile(r"\s*(?:or\s+so\b|-?odd\b)", re.I)


_QUALIFIER_SPAN_WORDS = (
    r"about|around|approximately|roughly|nearly|almost|some|more\s+than|over"
    r"|at\s+least|fewer\s+than|less\s+than|up\s+to|under|just\s+over|just\s+under"
    r"|an\s+estimated|as\s+many\s+as|as\s+much\s+as|well\s+over|close\s+to"
)
QUALIFIER_SPAN = TailPattern(
    rf"(?:\b(?:{_QUALIFIER_SPAN_WORDS})\s+)$", _QUALIFIER_SPAN_WORDS.split("|")
)


MINUS_BEFORE = TailPattern(r"\bminus[\s-]?$", ["minus", "minus-"])  # searched before each number


HYPHEN_WORD_BEFORE = re.compile(r"([A-Za-z]+)[-–]$")


RANGE_DASH = re.compile(r"^\s?[-–—]\s?$")


RANGE_TO = re.compile(r"^\s?[-–—]?\s?(?:up\s+)?to\s?[-–—]?\s?$", re.I)


UNIT_SHARE = re.compile(r"^-?,?\s+(?:or|and)\s+$|^-,\s+$|^\s?(?:x|×|by)\s?$", re.I)


RANGE_AND = re.compile(r"^\s+and\s+$", re.I)


BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


FROM_BEFORE = re.compile(r"\bfrom\s+(?:up\s+to\s+)?$", re.I)


BY_BEFORE = re.compile(r"\bby\s+$", re.I)


DATE_CUE_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|during|before|after|from|of|circa|early|late|mid|year|between"
    r"|season|A\.?D\.?|B\.?C\.?|fiscal|FY|spring|summer|autumn|fall|winter)[\s-]*$",
    re.I,
)


# "Maddon, 66, has ...", "Her son, now 16, wants ...": an age set off by commas
# "Grant Allen (left), 38,": a caption's photo position may stand between name and age
PICTURE_POSITION = r"(?:\s\((?:" + "|".join(sorted(PICTURE_POSITIONS)) + r")\))?"
AGE_APPOSITION_BEFORE = re.compile(
    r"(?:[A-Z][\w'’.-]*|\b(?:" + "|".join(sorted(PERSON_NOUNS)) + r"))"
    + PICTURE_POSITION + r",\s(?:now\s)?$"
)


# "He retired at 58.", "She became a mother at 41,": an event of a life, then "at" an age that
# ends the clause (searched in the clause's last 80 characters).
AT_AGE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(LIFE_EVENT_VERBS)) + r")\b[^,.;:!?\"“”]{0,60}\bat\s+$", re.I)
CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")
# "temperatures in the low 80s": the tens of a temperature, with how high within them.
TEMPERATURE_TENS_BEFORE = re.compile(
    r"\bin\s+the\s+(?P<part>low|lower|mid|middle|high|upper)[\s-]+$", re.I)
TEMPERATURE_CONTEXT = re.compile(r"\b(?:" + "|".join(sorted(TEMPERATURE_WORDS)) + r")\b", re.I)
# "It sold for a dollar", "less than a dollar a day": one of a currency, its word standing
# alone (not "a dollar bill", "a pound coin"), after a price or "for"/"than".
SINGLE_CURRENCY = re.compile(
    r"\b(?P<a>a)(?=\s+(?:" + "|".join(sorted(SINGLE_CURRENCY_WORDS)) + r")\b"
    r"(?:\s*(?:[.,;:!?)]|$)|\s+(?:a|an|per|each|apiece|and|or|in|at|to|for|from|on|by)\b))",
    re.I,
)
SINGLE_CURRENCY_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(PRICE_WORDS | {"for", "than"})) + r")\s+"
    r"(?:(?:at|for|just|only|about|under|over)\s+)?$",
    re.I,
)

# "aged 18", "at the age of 58", "the voting age of 18", "she turned 50", "he turns 70"
AGED_BEFORE = re.compile(
    r"\b(?:aged|age\s+of|turn(?:s|ed|ing))\s+(?:between\s+|from\s+)?$", re.I)


ERA_BEFORE = re.compile(r"\b(?:A\.D\.|AD|B\.C\.|BC|BCE|circa)\s*$")


YEAR_LINK = re.compile(r"^\s?(?:[-–—]|and|to|or|until|till)\s?$|^\s+(?:and|to|or)\s+$", re.I)


# Idioms that say how much, whose noun is no label ("cost the club in the region of
# £12,000" was shown as "club in the region"; "in excess of £4m" as "excess").
AMOUNT_IDIOM_BEFORE = re.compile(
    r"\b(?:in\s+the\s+(?:region|order|neighbou?rhood)|of\s+the\s+order|to\s+the\s+tune"
    r"|in\s+excess|upwards|north|south)\s+of\s+\S*\s*$"
)
