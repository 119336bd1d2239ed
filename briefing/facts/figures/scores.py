"""Scores and sports figures: told from quantities so the fact box can leave them out.

"69 Woods" (a round by a named player), "two-under 142" (a total and its place against
par), "12 strokes ahead" (a lead), "par-four first hole" (a hole's par, not an amount).
"""

from __future__ import annotations

import re

from briefing.facts.figures.quantity import Quantity
from briefing.lang.en.figures import (
    GAME_CUES,
    LEAD_WORDS,
    PITCH_MARKS,
    PITCH_UNITS,
    RACE_DISTANCES_M,
    RACE_UNITS,
    RACE_WORDS,
    SCORE_NOUNS,
    SPORTS_CUES,
)

_WORD = re.compile(r"[A-Za-z][\w'-]*")
_TO_PAR_AFTER = re.compile(r"-(?:under|over)\b", re.I)  # "two-under", "3-over"
_TO_PAR_BEFORE = re.compile(r"\b\w+-(?:under|over)(?:-par)?\s+$", re.I)  # "two-under 142"
_PAR_BEFORE = re.compile(r"\bpar[\s-]$", re.I)  # "par-four", "par 5"
_LEAD_AFTER = re.compile(r"\s+(\w+)")


def mark_scores(text: str, found: list[Quantity]) -> None:
    """Set kind 'score' on sports figures, drop the pars of holes (in place)."""
    sporting: bool | None = None  # worked out only when a name follows a number
    for q in found:
        if _PAR_BEFORE.search(text, max(0, q.num_start - 4), q.num_start):
            q.dropped = True
        elif _TO_PAR_AFTER.match(text, q.num_end) or _TO_PAR_BEFORE.search(
            text, max(0, q.num_start - 20), q.num_start
        ):
            _as_score(q)
            q.change = "="  # "two-under 142": the total, not "under 142"
            q.start = q.num_start
        elif q.kind == "noun" and _names_only(q.unit) and (
            sporting := _sporting(text) if sporting is None else sporting
        ):
            q.unit = ""  # "69 Woods": a player's round, not a count of Woods
            q.end = q.num_end
            _as_score(q)
        elif (q.kind == "noun" or q.unit == "points") and _is_lead(text, q):
            _as_score(q)
        elif q.kind == "measure" and _names_a_race(text, q):
            _as_score(q)  # "the 1500m final": a race, not a length
        elif q.kind == "measure" and _names_a_pitch_mark(text, q):
            q.dropped = True  # "inside the six-yard box": a place on the pitch


_PEOPLE_OR_ACRONYM = re.compile(r"(?:ans|ese|ers|ites|[A-Z]{2,}s)$")  # Americans, TDs


def _sporting(text: str) -> bool:
    return bool(SPORTS_CUES & {w.lower() for w in _WORD.findall(text)})


def _names_only(unit: str) -> bool:
    """A name, not a counted noun: capitalised words, none a demonym or an acronym."""
    words = unit.split()
    return bool(words) and all(
        w[:1].isupper() and not w.isupper() and not _PEOPLE_OR_ACRONYM.search(w) for w in words
    )


def _is_lead(text: str, q: Quantity) -> bool:
    """'12 strokes ahead', 'two points behind', 'trailing the leaders by 19 points'."""
    if q.unit.split()[-1].lower() not in SCORE_NOUNS:
        return False
    after = _LEAD_AFTER.match(text, q.end)
    if after and after.group(1).lower() in LEAD_WORDS:
        return True
    if not _TRAILING_BY.search(text, max(0, q.num_start - 50), q.num_start):
        return False
    # "trailing Bayern by 19 points" in a league; not "leading Smith by seven points" in a poll
    return bool((SPORTS_CUES | GAME_CUES) & {w.lower() for w in _WORD.findall(text)})


def _names_a_race(text: str, q: Quantity) -> bool:
    """ "the 1500m final", "won the 400m in 46.45": a distance that names a race."""
    if q.unit.lower() not in RACE_UNITS:
        return False
    after = _LEAD_AFTER.match(text, q.end)
    if after and after.group(1).lower() in RACE_WORDS:
        return True
    if q.unit == "m" and q.value in RACE_DISTANCES_M:
        if after and after.group(1)[:1].isupper():
            return True  # "the 1500m AAAs": a championship's race
        if _THE_BEFORE.search(text, max(0, q.start - 6), q.start) and (
            not after or after.group(1).lower() in _NO_NOUN_AFTER
        ):
            return True  # "a personal best of 7:56.86 in the 3,000m."
    return bool(_WON_THE.search(text, max(0, q.start - 20), q.start)) and bool(
        _RACE_END.match(text, q.end)
    )


def _names_a_pitch_mark(text: str, q: Quantity) -> bool:
    """ "the six-yard box", "the 20-yard line": a hyphened distance before a pitch mark."""
    if q.unit.lower() not in PITCH_UNITS or "-" not in text[q.num_start : q.end]:
        return False
    after = _PITCH_MARK_AFTER.match(text, q.end)
    return bool(after) and after.group(1).lower() in PITCH_MARKS  # not "a 200-metre line of"


_PITCH_MARK_AFTER = re.compile(r"\s+(\w+)\b(?!\s+of\b)")


_THE_BEFORE = re.compile(r"\b(?:the|[Tt]he)\s+$")
# Words after a distance that show no noun follows it ("in the 3,000m in March", "the 400m
# and the 800m"): the distance is the race's name.
_NO_NOUN_AFTER = frozenset("in at on and or for with to by after before when where but".split())
_WON_THE = re.compile(r"\b(?:won|win|wins|winning|took|takes|clinched|retained)\s+the\s+$", re.I)
_RACE_END = re.compile(r"\s*(?:[,.;]|in\s+\d|$)")
_TRAILING_BY = re.compile(r"\b(?:trail|trails|trailing|lead|leads|leading)\b[^,.;]*\bby\s+$", re.I)


def _as_score(q: Quantity) -> None:
    q.kind = "score"
