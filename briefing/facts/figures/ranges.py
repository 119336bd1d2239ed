"""Ranges ("10-12", "between 5 and 7", "from $10 to $15 billion"), scores ("2-1")
and a unit shared across a pair ("eight or nine euros")."""

from __future__ import annotations

from briefing.facts import units as un
from briefing.facts.figures.patterns import (
    BETWEEN_BEFORE,
    BY_BEFORE,
    DOWN_BEFORE,
    FROM_BEFORE,
    RANGE_AND,
    RANGE_DASH,
    RANGE_TO,
    UNIT_SHARE,
    UP_BEFORE,
)
from briefing.facts.figures.quantity import Quantity, plain_integer
from briefing.lang.en import numbers as nb


def join_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    result: list[Quantity] = []
    index = 0
    while index < len(found):
        q = found[index]
        nxt = found[index + 1] if index + 1 < len(found) else None
        if nxt is not None and (q.dropped or q.year) and _glued(text, q, nxt):
            nxt.dropped = True  # "ISO 3888-2", "2014-15": the tail of a code or season
        if nxt is not None and not q.dropped and not nxt.dropped:
            joined = _try_join(text, q, nxt)
            if joined == "score":
                q.dropped = nxt.dropped = True
            elif joined is not None:
                result.append(joined)
                index += 2
                continue
        result.append(q)
        index += 1
    return result


def _change_then_level(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start]
    return bool(BY_BEFORE.search(before) or UP_BEFORE.search(before) or DOWN_BEFORE.search(before))


def _compatible_units(first: str, second: str) -> bool:
    """Same unit, or the same unit with a rate on one side ('USD' and 'USD per year')."""
    a, b = un.unit_key(first), un.unit_key(second)
    return a == b or a.startswith(b + " per ") or b.startswith(a + " per ")


def share_units(text: str, found: list[Quantity]) -> None:
    """'eight or nine euros', '7- or 8-inch': a bare number borrows the unit that follows."""
    for q, nxt in reversed(list(zip(found, found[1:], strict=False))):
        if q.unit or q.dropped or q.year or nxt.dropped or not nxt.unit:
            continue
        if not UNIT_SHARE.match(text[q.end : nxt.start]):
            continue
        between = text[q.end : nxt.start]
        if nxt.kind == "noun" and " or " not in between and not between.startswith("-"):
            continue
        q.unit, q.kind = nxt.unit, nxt.kind
        if q.factor == 1.0 and nxt.factor > 1.0 and abs(q.value) < abs(nxt.value / nxt.factor):
            q.value, q.factor = nb.tidy(q.value * nxt.factor), nxt.factor


def _glued(text: str, a: Quantity, b: Quantity) -> bool:
    return b.start - a.end <= 1 and text[a.end : b.start] in ("-", "–", ".", "")


def _joiner(text: str, a: Quantity, b: Quantity) -> str:
    between = text[a.end : b.start]
    if RANGE_DASH.match(between):
        return "dash"
    if RANGE_TO.match(between):
        return "to"
    if RANGE_AND.match(between) and BETWEEN_BEFORE.search(text, 0, a.start):
        return "between"
    return ""


def _try_join(text: str, a: Quantity, b: Quantity) -> Quantity | str | None:
    joiner = _joiner(text, a, b)
    if not joiner or a.year or b.year or a.vague or b.vague:
        return None
    if a.kind == "fraction" or b.kind == "fraction":
        return None
    framed = FROM_BEFORE.search(text, 0, a.start) or joiner == "between" or a.kind == "age"
    if joiner == "dash" and not a.unit and not b.explicit and plain_integer(a):
        if plain_integer(b) and b.value <= a.value:
            return "score"  # "beat Charlton 2-1", "ended 2-2"
    if joiner == "dash" and not framed and " per " in a.unit and " per " not in b.unit:
        return None  # "£2,100 a year – £17,800 in total": a rate, then another figure
    if a.unit and b.unit and not _compatible_units(a.unit, b.unit):
        if not (a.kind == "noun" and b.explicit and joiner == "dash"):
            return None
    if a.unit and not b.unit and not framed:
        return None
    if joiner == "to" and not framed and a.unit and _change_then_level(text, a.start):
        return None  # "rose $2 to $1,200", "increased by $43.6bn to $419bn": two figures
    if joiner == "to" and b.value < a.value and not (framed or a.unit or b.unit):
        return None  # "voted 7 to 2": a tally, not a range ("from 7 to 2" stays one)
    if a.factor == 1.0 and b.factor > 1.0 and abs(a.value) < abs(b.value / b.factor):
        a.value = nb.tidy(a.value * b.factor)  # "$10 to $15 billion", "four to five thousand"
    low, high = sorted((a.value, b.value))
    start = a.start
    lead = FROM_BEFORE.search(text, 0, a.start) or BETWEEN_BEFORE.search(text, 0, a.start)
    if lead and framed:
        start = lead.start()
    unit = max((b.unit, a.unit), key=len) if a.kind != "noun" else b.unit or a.unit
    kind = b.kind if b.unit else a.kind
    joined = Quantity(a.num_start, b.num_end, start, max(b.end, a.end), low, raw=a.raw)
    joined.high, joined.unit, joined.kind, joined.factor = high, unit, kind, b.factor
    joined.change = a.change or b.change
    return joined
