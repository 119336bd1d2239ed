"""Filters: overlapping readings, years, identifiers ("Section 427") and ages in apposition."""

from __future__ import annotations

import re

from briefing.facts.figures.bracket_ages import is_bracket_age
from briefing.facts.figures.nouns import is_plural
from briefing.facts.figures.patterns import (
    AGE_APPOSITION_BEFORE,
    AGED_BEFORE,
    APPROX_BEFORE,
    AT_AGE_BEFORE,
    CLAUSE_END_AFTER,
    DATE_CUE_BEFORE,
    ERA_BEFORE,
    MORE_BEFORE,
    YEAR_LINK,
)
from briefing.facts.figures.quantity import Quantity, plain_integer, sentence_initial
from briefing.facts.figures.words import IDENTIFIER_WORDS, STOPWORDS, TIME_WORDS
from briefing.lang.en import numbers as nb
from briefing.lang.en.figures import YEAR_DETERMINERS, YEAR_MODIFIED_NOUNS
from briefing.lang.en.lexicon import MONTH_PATTERN as MONTHS
from briefing.lang.en.lexicon import WORK_NOUNS_BEFORE


def without_overlaps(found: list[Quantity]) -> list[Quantity]:
    ordered = sorted(found, key=lambda q: (q.num_start, -(q.num_end - q.num_start)))
    kept: list[Quantity] = []
    for q in ordered:
        if kept and kept[-1].kind in ("noun", "measure") and q.num_start < kept[-1].end:
            continue  # "two new 737 Max jets", "5 degrees below zero": part of the figure
        if kept and q.num_start < kept[-1].num_end:
            longer = (q.num_end - q.num_start) > (kept[-1].num_end - kept[-1].num_start)
            if longer:
                kept[-1] = q
            continue
        kept.append(q)
    return kept


def mark_years(text: str, found: list[Quantity]) -> None:
    for q in found:
        if _is_identifier(text, q):
            q.dropped = True
        elif _looks_like_year(text, q):
            q.year = True
        elif _is_age_apposition(text, q):
            q.unit, q.kind = "years", "age"
    _year_links(text, found)


def _looks_like_year(text: str, q: Quantity) -> bool:
    if not plain_integer(q) or len(q.raw) != 4 or q.kind not in ("", "noun"):
        return False
    value = int(q.raw)
    window = (max(0, q.num_start - 30), q.num_start)
    if ERA_BEFORE.search(text, *window):
        return True
    if DATE_CUE_BEFORE.search(text, *window) and 1500 <= value <= 2200:
        return True
    if not 1700 <= value <= 2100:
        return False
    if q.kind == "noun":
        if q.unit[:1].isupper():
            return True  # "the 2003 Iron Bowl", "2019 Rich List"
        first = q.unit.split()[0].lower()
        if first in YEAR_MODIFIED_NOUNS:
            return True  # "2005 sales", "the 2019 season"
        if _year_before_a_name(text, q):
            return True
        return not is_plural(q.unit.split()[-1].lower())
    return True


def _year_before_a_name(text: str, q: Quantity) -> bool:
    """'the 2016 presidential race', 'the 1997 intake and afterwards', 'her three 2002
    marriages': a determiner and a longer noun phrase, or a number right before, make a year
    (a lone plural after "the" stays a count: 'the 2000 workers')."""
    previous = _previous_word(text, q.num_start)
    if previous is None or not 1900 <= q.value <= 2100:
        return False
    low = previous[0].lower()
    if low in nb.SMALL_NUMBERS or low.isdigit():
        return True
    return low in YEAR_DETERMINERS and len(q.unit.split()) >= 2


def _year_links(text: str, found: list[Quantity]) -> None:
    """'between 1600 and 1900', 'A.D. 1000 and 1260': a number joined to a year is a year;
    'about 2000 - 2500 Calories': a bare 4-digit number joined to a measured one is not."""
    for q, nxt in zip(found, found[1:], strict=False):
        if not YEAR_LINK.match(text[q.end : nxt.start]):
            continue
        if q.year and not nxt.year and plain_integer(nxt) and 1000 <= nxt.value <= 2200:
            nxt.year = nxt.kind in ("", "noun")
        elif q.year and not q.unit and not nxt.year and nxt.unit and nxt.kind != "noun":
            if not DATE_CUE_BEFORE.search(text, max(0, q.num_start - 30), q.num_start):
                q.year = False


def _previous_word(text: str, start: int) -> tuple[str, int] | None:
    match = re.search(r"(\S+)[ \u00a0]+$", text[max(0, start - 40) : start])
    if not match:
        return None
    return match.group(1), start - len(match.group(0))


def _is_identifier(text: str, q: Quantity) -> bool:
    """'Section 427', 'S&P 500 utilities', 'Game 7', 'iPhone 11': a name, not a count."""
    if q.is_word or q.kind in ("currency", "percent", "age"):
        return False
    if q.kind == "measure" and q.unit not in ("points",):
        return False
    previous = _previous_word(text, q.start)
    if previous is None:
        return False
    word, word_start = previous
    low = word.lower()
    if low in IDENTIFIER_WORDS:
        return True
    if low in WORK_NOUNS_BEFORE and _TITLE_WORD_AFTER.match(text, q.num_end):
        return True  # "the film 50 First Dates": a title, not fifty dates
    if not any(ch.isupper() for ch in word) or not any(ch.isalpha() for ch in word):
        return False
    if word[-1] in ",;:.)":
        return False
    if low in STOPWORDS or low in TIME_WORDS or re.fullmatch(MONTHS, word):
        return False
    if sentence_initial(text, word_start) and word[1:].islower():
        return False
    return not APPROX_BEFORE.search(text, 0, q.start) and not MORE_BEFORE.search(text, 0, q.start)


_TITLE_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _is_age_apposition(text: str, q: Quantity) -> bool:
    """'Maddon, 66, has ...' and 'aged 18': an age in years."""
    if q.kind or not plain_integer(q) or not 0 < q.value < 125:
        return False
    if AGED_BEFORE.search(text, max(0, q.start - 40), q.start):  # its longest match: 30
        return True
    if text[q.start - 3 : q.start] == "at " and CLAUSE_END_AFTER.match(text, q.end):
        return bool(AT_AGE_BEFORE.search(text, max(0, q.start - 80), q.start))  # "died at 92."
    if text[q.start - 1 : q.start] == "(":
        return is_bracket_age(text, q.start, q.end)  # "Tom Ellery (34) was named captain"
    before = text[max(0, q.start - 30) : q.start]
    return bool(AGE_APPOSITION_BEFORE.search(before)) and text[q.end : q.end + 1] == ","
