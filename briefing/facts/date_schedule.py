"""Dates of scheduled events, written without a year.

Beside the name of an event that is set in advance (a primary, an election, a party
convention, a vote), a yearless day is the one nearest publication whatever the tense of
its clause, and a bare month read half a year back or more is the coming one: "Sanders
vowed to stay in the race through the California primary on June 7" (written in April)
is the coming 7 June, not the last one, and "if he wins in November" (written in June)
the coming November. Only readings the tense rules held back or read back are changed.
"""

from __future__ import annotations

import re
from datetime import date

from briefing.facts.date_doubts import BARE_MONTH_WORDS, UNCUED_MONTHS_BACK, UNSURE_YEAR
from briefing.lang.en.dates import MONTH_EVENT_AFTER, MONTH_EVENT_WORDS, SCHEDULED_EVENT_NOUNS
from briefing.lang.en.figures import IRREGULAR_PASTS, PAST_CUES

# A scheduled day farther than this from publication stays held back: tuned on the dated
# dev texts (PolNeAR, zyte), where of 17 held days beside an event noun the one read 159
# days back ("by the time of the Nov. 8 election", written in April) was the wrong year and
# the 16 read 9-128 days away were right.
SCHEDULED_NEAR_DAYS = 150
# After a past cue, a reading ahead must be much nearer: a past event more than half a year
# back ("the hearing on March 21", written in November) would otherwise be read to the next
# March. The 11 past-cued held days beside an event noun that were the coming one lay 9-40
# days ahead (one, 128 days ahead, stays held).
PAST_CUED_NEAR_DAYS = 60
# Capitalised words between a day and its event ("the April 19 New York primary") or
# between the event and its month ("the convention in Philadelphia in July").
NAME_WORDS = 3
_NAME = rf"(?:[A-Z][\w.'’-]*\s+){{0,{NAME_WORDS}}}"
_EVENT_AFTER_DAY = re.compile(rf"\s+{_NAME}(\w+)")
_EVENT_BEFORE_DAY = re.compile(r"\b(\w+)\s+(?:on\s+)?$")
# "votes in mid-March" is matched from "mid": the "in" before it is skipped too
_WORD_BEFORE_MONTH = re.compile(rf"\b([\w-]+)\s+(?:in\s+{_NAME})?(?:in\s+)?$")
_WORDS = re.compile(r"[A-Za-z'’]+")
# Words after a month that name another year ("in June of that year", "in March, 2015").
_OTHER_YEAR = re.compile(r",?\s+(?:of\s+(?:that|the same|the following|the previous)\b|,?\s*\d)")
# A month's clause that says it happened ("the election in November was ...") is read back.
AFTER_WORDS = 5


def scheduled_reading(match: re.Match[str], value: str | None, doubt: str,
                      published: date | None, cue: str) -> tuple[str | None, str]:
    """The value and doubt of a yearless day or bare month (``match``), read towards a
    scheduled event beside it; ``value`` and ``doubt`` as they were when there is none."""
    if published is None or not value:
        return value, doubt
    if len(value) == 10 and doubt == UNSURE_YEAR and _beside_an_event(match):
        nearest = _nearest_day(int(value[5:7]), int(value[8:10]), published)
        limit = PAST_CUED_NEAR_DAYS if cue == "past" else SCHEDULED_NEAR_DAYS
        if nearest is not None and abs((nearest - published).days) <= limit:
            return nearest.isoformat(), ""
    if len(value) == 7 and _looks_to_an_event(match, cue):
        back = (published.year - int(value[:4])) * 12 + published.month - int(value[5:7])
        if back >= UNCUED_MONTHS_BACK:
            month = int(value[5:7])
            year = published.year if month > published.month else published.year + 1
            return f"{year}-{month:02d}", ""
    return value, doubt


def _beside_an_event(match: re.Match[str]) -> bool:
    """ "the June 7 primary", "the primary on June 7", "which votes Feb. 27"."""
    after = _EVENT_AFTER_DAY.match(match.string, match.end())
    if after and after.group(1).lower() in SCHEDULED_EVENT_NOUNS:
        return True
    before = _EVENT_BEFORE_DAY.search(match.string[max(0, match.start() - 40):match.start()])
    return bool(before) and before.group(1).lower() in SCHEDULED_EVENT_NOUNS


def _nearest_day(month: int, day: int, published: date) -> date | None:
    days = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    return min(days, key=lambda d: abs(d - published), default=None)


def _looks_to_an_event(match: re.Match[str], cue: str) -> bool:
    """ "wins in November", "the convention in Philadelphia in July", "in November's
    general election": a bare month with no tense cue or only "would" before it, an event
    word beside it, and no other year or past verb after it."""
    groups = match.groupdict()
    if cue not in ("", "undirected") or (groups.get("which") or "").lower() not in BARE_MONTH_WORDS:
        return False
    text, end = match.string, match.end()
    if _OTHER_YEAR.match(text, end) or _says_it_happened(text[end:]):
        return False
    if re.match(MONTH_EVENT_AFTER, text[end:], re.I):
        return True
    before = _WORD_BEFORE_MONTH.search(text[max(0, match.start() - 60):match.start()])
    return bool(before) and before.group(1).lower() in MONTH_EVENT_WORDS


def _says_it_happened(after: str) -> bool:
    """A past verb within the few words after the month, before the clause ends."""
    clause = re.split(r"[,;:.!?—–]", after, maxsplit=1)[0]
    for word in _WORDS.findall(clause)[:AFTER_WORDS]:
        low = word.lower()
        if low in PAST_CUES or low in IRREGULAR_PASTS or (len(low) > 4 and low.endswith("ed")):
            return True
    return False
