"""When the year of a date written without one is too unsure for the page.

A day ("March 20") or a bare month ("in July") in a story is read against its
publication date, by the tense of its clause (:mod:`briefing.facts.dates`). Some readings
are a coin toss: the page holds them back (the JSON keeps the guess with this reason)
rather than show a wrong year. A day that names an event ("the Sept. 11 attacks") has
its year from the noun after it.
"""

from __future__ import annotations

from datetime import date, timedelta

from briefing.lang.en.dates import NAMED_DAYS

UNSURE_YEAR = "held back: not sure of the year (the date is written without one)"
# How far from publication a yearless day may be read when nothing in its clause says
# past or future (tuned on every dated dev text, PolNeAR and zyte: of 39 such days read
# 90-183 days away, 28 were the wrong year, among them "as of March 20" read ahead a
# year and a tour's dates read back one; of the 52 read 31-90 days away, 11 were).
UNCUED_YEAR_DAYS = 90
HALF_YEAR = timedelta(days=183)
# A bare month ("in July") is read as the latest one up to publication; with no tense cue,
# one read this many months back or more is as often the coming one ("the convention in
# July", "win in November"): of the 70 such months read 5-12 months back in the dated dev
# texts, 56 were the wrong year; 4-5 months back, 10 of 20.
UNCUED_MONTHS_BACK = 6
BARE_MONTH_WORDS = frozenset("in early late mid".split())


def unsure_day(value: str | None, published: date | None, cue: str, settled: bool) -> str:
    """Why the year guessed for a yearless day (``value``, read with tense ``cue``) is too
    unsure to show, or "".

    A tense cue that takes the day more than half a year from publication has met a
    nearer reading it cannot rule out ("Patrick predicted a win in Texas, which votes on
    March 1", written on 20 February, read back to the March before); a day with no cue
    read more than UNCUED_YEAR_DAYS away could be either year. A weekday beside the day
    ("Saturday, May 18") or a noun naming it settles the year (``settled``)."""
    if value is None or published is None or len(value) != 10 or settled:
        return ""
    away = abs(date.fromisoformat(value) - published)
    if away > HALF_YEAR or (not cue and away.days > UNCUED_YEAR_DAYS):
        return UNSURE_YEAR
    return ""


def unsure_month(value: str | None, published: date | None, which: str, cue: str,
                 year_stated: bool) -> str:
    """Why a bare month's year ("in July" read as ``value``, "YYYY-MM") is too unsure to
    show, or "" (see UNCUED_MONTHS_BACK)."""
    if value is None or published is None or len(value) != 7 or year_stated or cue:
        return ""
    if which.lower() not in BARE_MONTH_WORDS:
        return ""  # "last July", "since March", "this June" say which one
    back = (published.year - int(value[:4])) * 12 + published.month - int(value[5:7])
    return UNSURE_YEAR if back >= UNCUED_MONTHS_BACK else ""


def named_day_year(month: int, day: int, next_word: str) -> int | None:
    """The year of a day that names an event, by the noun after it: "the Sept. 11
    attacks" are those of 2001, whatever the article's date."""
    named = NAMED_DAYS.get((month, day))
    if named is None or next_word.lower() not in named[1]:
        return None
    return named[0]
