"""Dates: absolute ("12 March 2022"), relative ("two days ago", "on Sunday"), "since 1994".

Each mention keeps its sentence index and, when it can be worked out, an ISO 8601
value: a day ("2022-10-10"), a month ("2022-10"), a year ("1994"), an ISO week
("2022-W41") or a decade ("199X"). Relative dates are resolved against
``Article.published``; without it their value is None.

Kinds: ``absolute`` (a calendar date or year stated outright), ``relative`` (anchored
to the publication date), ``since`` (a starting point: "since 1994", "since March"),
``period`` (a span: "in the 1990s", "from 2010 to 2015").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefing.facts.date_doubts import named_day_year, unsure_day, unsure_month
from briefing.facts.date_events import event_of, in_a_listing
from briefing.facts.date_schedule import scheduled_reading
from briefing.lang.en.dates import UNDIRECTED_FUTURE
from briefing.lang.en.figures import (
    FUTURE_CUES,
    IRREGULAR_PARTICIPLES,
    PAST_CUES,
    SCHEDULED_PRESENT,
    SPAN_BEFORE_WORDS,
)
from briefing.lang.en.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    MONTH_PREFIXES,
    MONTHS,
    TITLES_WITH_A_DAY,
    WEEKDAY_PATTERN,
    WEEKDAYS,
)
from briefing.models import DateMention, Document
from briefing.text import caseless_words

WEEKDAY_NAMES = [day.lower() for day in WEEKDAYS]
COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3,
    "several": 3, "a couple of": 2,
}  # fmt: skip

_MONTH = (
    "(?P<month>" + "|".join([*MONTHS, *(rf"{short}\.?" for short in MONTH_ABBREVIATIONS)]) + ")"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# A span of days keeps its first day: "4-6 March", "24 and 25 June", "June 24 to 26".
_DAY_JOIN = r"(?:\s?[-–]\s?|\s+(?:and|to|&)\s+)"
_FIRST_DAY = rf"(?:(?P<first>[0-3]?\d)(?:st|nd|rd|th)?{_DAY_JOIN})?"
_LAST_DAY = rf"(?:{_DAY_JOIN}(?P<last>[0-3]?\d)(?:st|nd|rd|th)?\b)?"
_WEEKDAY = rf"(?P<weekday>{WEEKDAY_PATTERN})"
_COUNT = (
    r"(?P<count>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a few|several|a couple of)"
)
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_SINCE = r"(?P<since>since|from|starting|beginning)\s+"
_PRE = rf"\b(?:{_SINCE})?(?:on\s+)?"  # "since 12 March 2022", "on March 12"
_PART = r"(?:(?:early|mid|late)[-\s])?"  # "early 2020", "mid-March"
_ANY_YEAR = r"(?:1[89]\d\d|20\d\d)"
_YEAR_WORDS = r"in|by|until|till|before|after|during|of|for|since|throughout"
_NOT_A_COUNT = r"(?![-–]\d|\s*%|,\d|\.\d)"  # "in 2019-20", "in 2019%" are not years
_DAY_WORDS = r"yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|last night"
# A weekday followed by its calendar date ("Monday, March 7, 2022") is read with that date.
_NOT_DATED = rf"(?!,?\s+(?:the\s+)?(?:\d|{'|'.join(MONTH_PREFIXES)}))"
_WHICH_DAY = r"(?P<which>on|last|next|this|since|by|until|from)"
_WHICH_MONTH = r"(?P<which>since|in|last|next|this|early|late|mid|by|until)"


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# Ordered: earlier patterns win where matches overlap.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", _rx(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b")),
    ("day-month-year", _rx(rf"{_PRE}{_FIRST_DAY}{_DAY}\s+{_MONTH}\s*,?\s+{_YEAR}\b")),
    ("month-day-year", _rx(rf"{_PRE}{_MONTH}\s+{_DAY}{_LAST_DAY},?\s+{_YEAR}\b")),
    ("month-day-short-year", _rx(rf"{_PRE}{_MONTH}\s+{_DAY},?\s+['’](?P<short>\d\d)\b")),
    ("month-day", _rx(rf"{_PRE}{_MONTH}\s+{_DAY}{_LAST_DAY}\b(?!\s*[-:%]|\d)")),
    ("day-month", _rx(rf"{_PRE}{_FIRST_DAY}{_DAY}\s+{_MONTH}\b")),
    ("month-year", _rx(rf"\b(?:{_SINCE})?(?:in\s+)?{_PART}{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    ("decade", _rx(rf"\b(?:in\s+|during\s+|since\s+)?the\s+{_PART}(?P<decade>1[89]\d0|20\d0)s\b")),
    (
        "year-range",
        _rx(
            rf"\b(?:from|between)\s+(?P<y1>{_ANY_YEAR})\s+(?:to|and|until)\s+(?P<y2>{_ANY_YEAR})\b"
        ),
    ),
    ("since-year", _rx(rf"\b(?:since|from|starting in)\s+{_PART}{_YEAR}\b(?!\s*(?:-|\d|%))")),
    ("in-year", _rx(rf"\b(?:{_YEAR_WORDS})\s+(?:{_PART}|the\s+year\s+){_YEAR}\b{_NOT_A_COUNT}")),
    ("mid-year", _rx(rf"\b(?:early|mid|late)-{_YEAR}\b")),
    ("ago", _rx(rf"\b{_COUNT}\s+{_UNIT}\s+ago\b", re.I)),
    (
        "in-count",
        # "in five years' time" is read whole (it was shown cut: "in five years'")
        _rx(rf"\b(?:in|within)\s+{_COUNT}\s+{_UNIT}(?:['’]?\s*(?P<time>time)\b|['’]?(?=\s*[,.;]|$))",
            re.I),
    ),
    (
        "this-unit",
        _rx(r"\b(?P<which>earlier|later)\s+(?:this|that)\s+(?P<unit>week|month|year)\b", re.I),
    ),
    ("since-relative", _rx(r"\bsince\s+(?P<which>last)\s+(?P<unit>week|month|year)\b", re.I)),
    (
        "last-next-unit",
        # "over the last year" is the past twelve months, not last calendar year
        _rx(
            r"(?<!\bthe\s)\b(?P<which>last|next|this|past|coming)\s+(?P<unit>week|month|year|weekend)\b",
            re.I,
        ),
    ),
    ("weekday", _rx(rf"\b{_WHICH_DAY}\s+{_WEEKDAY}\b{_NOT_DATED}", re.I)),
    ("weekday-start", _rx(rf"(?:^|(?<=[.!?]\s)){_WEEKDAY}(?:'s)?\b{_NOT_DATED}")),
    ("since-month", _rx(rf"\b{_WHICH_MONTH}[-\s]+{_MONTH}\b(?!\s+\d)")),
    ("day-word", _rx(rf"\b(?P<word>{_DAY_WORDS})\b", re.I)),
]

# The patterns above that need a digit (a day, a year or a decade written in digits).
_NEEDS_DIGIT = frozenset(
    "iso day-month-year month-day-year month-day-short-year month-day day-month month-year "
    "decade year-range since-year in-year mid-year".split()
)
_DIGIT = re.compile(r"\d")
# Every match of these patterns holds one of their words, whole (``caseless_words``).
_UNIT_WORDS = {unit + plural for unit in ("day", "week", "month", "year", "decade")
               for plural in ("", "s")}
_KEY_WORDS: dict[str, frozenset[str]] = {
    name: frozenset(word.lower() for word in words)
    for name, words in {
        "ago": ["ago"],
        "in-count": _UNIT_WORDS,
        "this-unit": ["earlier", "later"],
        "since-relative": ["since"],
        "last-next-unit": ["week", "month", "year", "weekend"],
        "weekday": WEEKDAYS,
        "weekday-start": WEEKDAYS,
        # a month's name, whole (0.2 ms an article of sentences with digits, bench_facts)
        **dict.fromkeys(
            "day-month-year month-day-year month-day-short-year month-day day-month month-year "
            "since-month".split(),
            [*MONTHS, *MONTH_ABBREVIATIONS],
        ),
        "day-word": "yesterday today tomorrow tonight morning afternoon evening night".split(),
        "decade": ["the"],
        "year-range": ["from", "between"],
        "since-year": ["since", "from", "starting"],
        "in-year": _YEAR_WORDS.split("|"),
        "mid-year": ["early", "mid", "late"],
    }.items()
}


@dataclass
class _Found:
    start: int
    end: int
    text: str
    kind: str
    value: str | None
    doubt: str = ""  # why the page should not show it, when the reading itself says


def extract_dates(doc: Document) -> list[DateMention]:
    """Every date mention in document order, one per span."""
    published = doc.article.published.date() if doc.article.published else None
    found: list[DateMention] = []
    anchor: tuple[int, str] | None = None  # (sentence, "YYYY-MM") of the last dated month
    for sentence in doc.sentences:
        items = find_in_text(sentence.text, published)
        day_items = [item for item in items if _is_a_day(item)]
        spans = [(item.start, item.end) for item in day_items]
        listed = {id(day_items[k]) for k in in_a_listing(sentence.text, spans)}
        for item in items:
            value = item.value
            if anchor and anchor[0] >= sentence.index - 1 and _is_bare_month(item):
                value = _month_in_narrative(item, anchor[1], published) or value
            reason = _doubt(item, value, published) or item.doubt
            if id(item) in listed:
                reason = "held back: one of a list of dates (a fixture list or timetable)"
            event = event_of(sentence.text, item.start, item.end)
            found.append(DateMention(item.text, item.kind, sentence.index, value, event, reason))
            if item.kind == "absolute" and value and _YEAR_MONTH.match(value):
                anchor = (sentence.index, value[:7])
    return found


_MONTH_WORD = re.compile(_MONTH)


def _is_a_day(item: _Found) -> bool:
    """A calendar day written out ("May 2", "12 March 2022"), resolved or not."""
    if item.value and len(item.value) != 10:
        return False
    return _DIGIT.search(item.text) is not None and _MONTH_WORD.search(item.text) is not None


def _doubt(item: _Found, value: str | None, published: date | None) -> str:
    """Why the page should not show a date ("" when it may)."""
    if item.kind == "today":
        return "held back: the day of writing, which the page's header gives"
    if item.kind == "relative" and value is None:
        if published is None:
            return "held back: no publication date to count from"
        return "held back: too vague, or not sure which day it means"
    return ""


_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
_BARE_MONTH = _rx(rf"^(?:in|by|until|early|late|mid)[-\s]+{_MONTH}$")


def _is_bare_month(item: _Found) -> bool:
    """ "in April", "by December": a month whose year the reader takes from the story."""
    return item.kind == "relative" and bool(item.value) and bool(_BARE_MONTH.match(item.text))


def _month_in_narrative(item: _Found, anchor: str, published: date | None) -> str | None:
    """A bare month right after a dated one in a story of an earlier year follows on
    from it: "seen in November 2016 ... by December, they worsened" is December 2016,
    not the December after publication. A story of the publication year is left to the
    tense rules."""
    year, month = int(anchor[:4]), int(anchor[5:7])
    if published is not None and year >= published.year:
        return None
    bare = int(str(item.value)[5:7])  # set: _is_bare_month checked it
    return f"{year if bare >= month else year + 1}-{bare:02d}"


_OF_BEFORE_YEAR = re.compile(r"^of\s+", re.I)
_TITLE_WITH_A_DAY = re.compile(r"\b(?:" + "|".join(map(re.escape, TITLES_WITH_A_DAY)) + r")\b")


def find_in_text(text: str, published: date | None = None) -> list[_Found]:
    # a paper or programme named with a day is no date: its span is taken up front
    taken: list[tuple[int, int]] = [m.span() for m in _TITLE_WITH_A_DAY.finditer(text)]
    results: list[_Found] = []
    has_digit = _DIGIT.search(text) is not None
    words = caseless_words(text)
    for name, pattern in PATTERNS:
        if not has_digit and name in _NEEDS_DIGIT:
            continue  # most sentences hold no digit: these patterns cannot match there
        if name in _KEY_WORDS and words.isdisjoint(_KEY_WORDS[name]):
            continue  # nor any of this pattern's key words
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            kind, value = _read(name, match, published)
            if kind is None:
                continue
            taken.append((match.start(), match.end()))
            shown = match.group().strip()
            if name == "in-year":  # "the summer of 1942" is shown "1942", not "of 1942"
                shown = _OF_BEFORE_YEAR.sub("", shown)
            doubt = (_unsure_year(match, value, published) if name in _NO_YEAR
                     else _unsure_month(match, value, published) if name == "since-month"
                     else "")
            if name in _NO_YEAR or name == "since-month":
                value, doubt = scheduled_reading(match, value, doubt, published, tense(match))
            results.append(_Found(match.start(), match.end(), shown, kind, value, doubt))
    results.sort(key=lambda r: r.start)
    return results


# ----------------------------------------------------------------- reading matches


def _read(name: str, match: re.Match[str], published: date | None) -> tuple[str | None, str | None]:
    reader = _READERS[name]
    return reader(match, published)


def _group(match: re.Match[str], key: str) -> str | None:
    return match.groupdict().get(key)


def _month_number(word: str) -> int:
    return MONTH_NUMBERS[word.lower().rstrip(".")]


def _since_kind(match: re.Match[str], default: str = "absolute") -> str:
    word = (_group(match, "since") or "").lower()
    return "since" if word.startswith("since") else default


_CUE_WORDS = re.compile(r"[A-Za-z'’]+")
# Words before a date that set its tense (tuned by hand on test sentences; 8 missed "is
# expected to miss his side's trip to face Mainz on Saturday", so 12).
CUE_WINDOW = 12


def tense(match: re.Match[str]) -> str:
    """'future', 'past', 'undirected' (a future seen from the past: "said he would go on
    Friday") or '' (unknown): the tense of the clause before a date.

    The nearest tense cue among the last few words wins, so "said it will meet in
    April" looks ahead and "will be told what was agreed in April" looks back.
    """
    words = [w.lower().replace("’", "'")  # "he’ll go" looks ahead as "he'll go" does
             for w in _CUE_WORDS.findall(match.string[max(0, match.start() - 100) :
                                                      match.start()])]
    for position in range(len(words) - 1, max(-1, len(words) - 1 - CUE_WINDOW), -1):
        low = words[position]
        if low in UNDIRECTED_FUTURE:
            return "undirected"
        if _is_future_cue(low):
            return "future"
        if low in PAST_CUES:
            return "past"
        if (len(low) > 4 and low.endswith("ed")) or low in IRREGULAR_PARTICIPLES:
            if not _is_passive(words, position):
                return "past"
            before = words[position - 2] if position >= 2 else ""
            if _is_future_cue(before):  # "will be allowed to play ... on Sunday"
                return "future"
    return ""


def _is_future_cue(word: str) -> bool:
    return word in FUTURE_CUES or word in SCHEDULED_PRESENT or word.endswith("'ll")


def _is_passive(words: list[str], position: int) -> bool:
    """ "be allowed", "been told": a participle whose tense is its auxiliary's."""
    return position > 0 and words[position - 1] in ("be", "been", "being")


def looks_ahead(match: re.Match[str]) -> bool:
    """Whether the clause before a date speaks of the future ("will review it in April")."""
    return tense(match) == "future"


def _safe_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _guess_year(month: int, day: int, published: date | None, when: str = "") -> int | None:
    """A date without a year: the next one in a future clause, the last one in a past
    clause, else the nearest to publication."""
    if published is None:
        return None
    year = published.year
    try:
        if when == "future":
            return year + 1 if date(year, month, day) < published else year
        if when == "past":
            return year - 1 if date(year, month, day) > published else year
        if date(year, month, day) - published > timedelta(days=183):
            year -= 1
        elif published - date(year, month, day) > timedelta(days=183):
            year += 1
    except ValueError:
        return None
    return year


# Days written without a year ("March 20", "20 March"), whose year is a guess.
_NO_YEAR = frozenset(("month-day", "day-month"))


def _unsure_year(match: re.Match[str], value: str | None, published: date | None) -> str:
    settled = bool(_WEEKDAY_BEFORE.search(match.string, max(0, match.start() - 12),
                                          match.start()))
    if value and len(value) == 10 and _named_day_year(match, int(value[5:7]), int(value[8:10])):
        settled = True
    return unsure_day(value, published, tense(match), settled)


def _unsure_month(match: re.Match[str], value: str | None, published: date | None) -> str:
    stated = bool(_YEAR_AFTER.match(match.string, match.end()))
    return unsure_month(value, published, match["which"], tense(match), stated)


def _iso(match: re.Match[str], _p: date | None) -> tuple[str | None, str | None]:
    value = _safe_day(int(match["year"]), int(match["mnum"]), int(match["dnum"]))
    return ("absolute", value) if value else (None, None)


def _first_day(match: re.Match[str]) -> int | None:
    """The day a date (or a span of days, "4-6 March") starts on; None for a span that
    runs backwards ("June 3-2" is a score)."""
    groups = match.groupdict()
    first, last = groups.get("first"), groups.get("last")
    day = int(match["day"])
    if first is not None:
        return int(first) if int(first) < day else None
    if last is not None and int(last) <= day:
        return None
    return day


def _full(match: re.Match[str], _p: date | None) -> tuple[str | None, str | None]:
    day = _first_day(match)
    if day is None:
        return None, None
    value = _safe_day(int(match["year"]), _month_number(match["month"]), day)
    return (_since_kind(match), value) if value else (None, None)


def _partial(match: re.Match[str], published: date | None) -> tuple[str | None, str | None]:
    month, day = _month_number(match["month"]), _first_day(match)
    if day is None or not 1 <= day <= 31:
        return None, None
    named_year = _named_day_year(match, month, day)
    if named_year:
        return _since_kind(match), _safe_day(named_year, month, day)
    year = _guess_year(month, day, published, tense(match))
    named = _WEEKDAY_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
    if year and named:
        year = _year_of_weekday(named.group(1), month, day, year)
    return _since_kind(match), _safe_day(year, month, day) if year else None


_WEEKDAY_BEFORE = re.compile(rf"\b({WEEKDAY_PATTERN}),?\s+(?:the\s+)?$", re.I)
_NEXT_WORD = re.compile(r"\s*(?:th\b)?\s*([A-Za-z]+)")


def _named_day_year(match: re.Match[str], month: int, day: int) -> int | None:
    after = _NEXT_WORD.match(match.string, match.end())
    return named_day_year(month, day, after.group(1) if after else "")


def _year_of_weekday(weekday: str, month: int, day: int, guess: int) -> int:
    """"Thursday 16th April": the year nearest the guess in which that day is a Thursday."""
    number = WEEKDAY_NAMES.index(weekday.lower())
    for year in (guess, guess + 1, guess - 1):
        try:
            if date(year, month, day).weekday() == number:
                return year
        except ValueError:
            continue
    return guess


def _short_year(match: re.Match[str], _p: date | None) -> tuple[str | None, str | None]:
    """"Feb 24, '90": a two-digit year, in the last century when it is after this one's."""
    short = int(match["short"])
    year = 2000 + short if short <= (_p.year % 100 if _p else 30) else 1900 + short
    value = _safe_day(year, _month_number(match["month"]), int(match["day"]))
    return (_since_kind(match), value) if value else (None, None)


def _month_year(match: re.Match[str], _p: date | None) -> tuple[str | None, str | None]:
    return _since_kind(match), f"{match['year']}-{_month_number(match['month']):02d}"


def _decade(match: re.Match[str], _p: date | None) -> tuple[str | None, str | None]:
    kind = "since" if match.group().lower().startswith("since") else "period"
    return kind, match["decade"][:3] + "X"


def _year_range(match: re.Match[str], _p: date | None) -> tuple[str | None, str | None]:
    if int(match["y2"]) < int(match["y1"]):
        return None, None
    return "period", f"{match['y1']}/{match['y2']}"


def _since_year(match: re.Match[str], _p: date | None) -> tuple[str | None, str | None]:
    return "since", match["year"]


def _in_year(match: re.Match[str], _p: date | None) -> tuple[str | None, str | None]:
    kind = "since" if match.group().lower().startswith("since") else "absolute"
    return kind, match["year"]


def _count_value(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else COUNTS[word]


def _shift(published: date, unit: str, amount: int) -> str:
    """The publication date moved by amount units, at the unit's precision."""
    unit = unit.lower()
    if unit == "day":
        return (published + timedelta(days=amount)).isoformat()
    if unit == "week":
        year, week, _ = (published + timedelta(weeks=amount)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        months = published.year * 12 + published.month - 1 + amount
        return f"{months // 12}-{months % 12 + 1:02d}"
    if unit == "decade":
        return f"{(published.year + 10 * amount) // 10 * 10}"[:3] + "X"
    return str(published.year + amount)


# "a few years ago", "within several months": no one day, month or year to resolve to
# ("Within a few years (2021)" was a made-up precision).
_VAGUE_COUNTS = frozenset(("a few", "several"))


def _is_vague(match: re.Match[str]) -> bool:
    return " ".join(match["count"].lower().split()) in _VAGUE_COUNTS


def _ago(match: re.Match[str], published: date | None) -> tuple[str | None, str | None]:
    if _is_vague(match):
        return "relative", None
    amount = _count_value(match["count"])
    return "relative", _shift(published, match["unit"], -amount) if published else None


def _in_count(match: re.Match[str], published: date | None) -> tuple[str | None, str | None]:
    if _names_a_span(match):
        return None, None
    if match["count"].lower() in ("a", "an", "one") and tense(match) != "future":
        return None, None  # "six marriages occurred in one year": a span, not a date ahead
    if _is_vague(match):
        return "relative", None
    amount = _count_value(match["count"])
    return "relative", _shift(published, match["unit"], amount) if published else None


_SENTENCE_END = re.compile(r"[.!?][\"'’”]?\s+|\n")


def _names_a_span(match: re.Match[str]) -> bool:
    """ "in seven days" as a length of time, not a day ahead: after an ordinal, a
    superlative or "time" ("the second time in seven days", "its best year in a decade"),
    right after a figure ("fell 12% in two days", "sent 100,000 e-mails in 30 days"), or
    in a past clause ("raised prices twice in two years"). "In five years' time" looks
    ahead whatever comes before it.
    """
    if match["time"]:
        return False
    before = match.string[max(0, match.start() - 60) : match.start()]
    words = [word.strip(".,;:()\"'‘’“”").lower() for word in _this_sentence(before).split()]
    if any(word in SPAN_BEFORE_WORDS for word in words[-3:]):
        return True
    if any(word[:1].isdigit() or word[:1] in "£$€" for word in words[-2:] if word):
        return True
    # the tense of the sentence before is no guide to one that opens with the phrase
    return bool(words) and tense(match) == "past"


def _this_sentence(before: str) -> str:
    """The part of the text before a phrase that lies in the phrase's own sentence."""
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end():] if ends else before


def _this_unit(match: re.Match[str], published: date | None) -> tuple[str | None, str | None]:
    return "relative", _shift(published, match["unit"], 0) if published else None


def _last_next_unit(match: re.Match[str], published: date | None) -> tuple[str | None, str | None]:
    which, unit = match["which"].lower(), match["unit"].lower()
    if unit == "weekend":
        if published is None:
            return "relative", None
        if which in ("last", "past"):
            return "relative", _weekday_date(published, 5, "last")
        if which == "this" and (published.weekday() >= 5 or tense(match) == "past"):
            # "cleared the streets this weekend": the weekend just gone (or under way)
            return "relative", _weekday_date(published, 5, "on")
        return "relative", _weekday_date(published, 5, "next")
    amount = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[which]
    return "relative", _shift(published, unit, amount) if published else None


def _weekday_date(published: date, weekday: int, which: str) -> str:
    """News convention: "on Sunday" is the latest Sunday up to publication; "next" looks ahead."""
    if which in ("next", "until", "by"):
        days = (weekday - published.weekday()) % 7 or 7
        return (published + timedelta(days=days)).isoformat()
    if which == "coming":
        return (published + timedelta(days=(weekday - published.weekday()) % 7)).isoformat()
    days = (published.weekday() - weekday) % 7
    if which == "last" and days == 0:
        days = 7
    return (published - timedelta(days=days)).isoformat()


_TITLE_BEFORE = re.compile(r"\bThe\s+[A-Z][a-z]+\s+$")  # "The Mail on Sunday": a title


def _weekday(match: re.Match[str], published: date | None) -> tuple[str | None, str | None]:
    if _TITLE_BEFORE.search(match.string, max(0, match.start() - 24), match.start()):
        return None, None
    which = (_group(match, "which") or "on").lower()
    if _group(match, "which") and not match["weekday"][0].isupper():
        return None, None
    number = WEEKDAY_NAMES.index(match["weekday"].lower())
    kind = "since" if which == "since" else "relative"
    if which in ("on", "from") and tense(match) == "undirected":
        return kind, None  # "said he would go on Friday": this Friday or the last one
    if which in ("on", "from") and looks_ahead(match):
        which = "coming"  # "will meet on Friday", "will be moved from Tuesday": the day ahead
    if published and which in ("by", "until") and published.weekday() == number:
        return kind, None  # "by Monday" written on a Monday: today or a week on
    return kind, _weekday_date(published, number, which) if published else None


def _since_month(match: re.Match[str], published: date | None) -> tuple[str | None, str | None]:
    which, word = match["which"].lower(), match["month"].rstrip(".")
    if len(word) <= 4 and word != "June" and word != "July":
        return None, None  # "in Jan" is rare, and "by May" may be the verb
    month = _month_number(word)
    kind = "since" if which == "since" else "relative"
    if published is None:
        return kind, None
    year = published.year
    stated = _YEAR_AFTER.match(match.string, match.end())
    if stated:  # "in June last year", "in March next year"
        return kind, f"{year + _YEAR_SHIFT[stated.group(1).lower()]}-{month:02d}"
    if which == "this":
        return kind, f"{year}-{month:02d}"
    ahead = which in ("next", "by", "until") or (
        which in ("in", "early", "late", "mid") and looks_ahead(match)
    )
    if ahead:
        if month <= published.month:
            year += 1  # "will review it in April" (said in November): the coming April
    elif which == "last":
        if month >= published.month:
            year -= 1  # "last April": the latest April before publication
    elif month > published.month:
        year -= 1  # a bare month in news is the latest one up to publication
    return kind, f"{year}-{month:02d}"


_YEAR_AFTER = re.compile(r",?\s+(last|next|this)\s+year\b", re.I)
_YEAR_SHIFT = {"last": -1, "next": 1, "this": 0}
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;]\s+)[\"'“‘(\[]*$")


def _names_a_title(match: re.Match[str]) -> bool:
    """A day word written with a capital inside a sentence names a programme or a paper
    ("Radio 4's Today programme", "USA Today"), not a day."""
    word = match["word"]
    if word.isupper():  # "USA TODAY", not a shouted "TODAY" on its own
        return bool(_CAPITALS_BEFORE.search(match.string, 0, match.start()))
    if not word[0].isupper():
        return False
    return _SENTENCE_OPENING.search(match.string, 0, match.start()) is None


_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}[ /]+$")
# The day of writing: the page's own date says it, and "today" often means "nowadays"
# ("as true today as it was", "over 100 today"): kind "today", kept off the page.
_WRITING_DAY = frozenset(("today", "tonight", "this morning", "this afternoon", "this evening"))


def _day_word(match: re.Match[str], published: date | None) -> tuple[str | None, str | None]:
    if _names_a_title(match):
        return None, None
    word = " ".join(match["word"].lower().split())
    kind = "today" if word in _WRITING_DAY else "relative"
    if published is None:
        return kind, None
    shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    return kind, (published + timedelta(days=shift)).isoformat()


def _since_relative(match: re.Match[str], published: date | None) -> tuple[str | None, str | None]:
    return "since", _shift(published, match["unit"], -1) if published else None


_READERS = {
    "iso": _iso,
    "day-month-year": _full,
    "month-day-year": _full,
    "month-day-short-year": _short_year,
    "month-day": _partial,
    "day-month": _partial,
    "month-year": _month_year,
    "decade": _decade,
    "year-range": _year_range,
    "since-year": _since_year,
    "in-year": _in_year,
    "mid-year": _in_year,
    "ago": _ago,
    "in-count": _in_count,
    "this-unit": _this_unit,
    "last-next-unit": _last_next_unit,
    "weekday": _weekday,
    "weekday-start": _weekday,
    "since-month": _since_month,
    "day-word": _day_word,
    "since-relative": _since_relative,
}
