"""The change word of a figure: up, down, about (~), more than (>), less than (<) or exact (=)."""

from __future__ import annotations

from briefing.facts.figures.patterns import (
    APPROX_AFTER,
    APPROX_BEFORE,
    DOWN_AFTER,
    DOWN_BEFORE,
    LESS_BEFORE,
    MORE_BEFORE,
    OR_RESTATE,
    PAREN_RESTATE,
    PHRASAL_UP,
    UP_AFTER,
    UP_BEFORE,
)
from briefing.facts.figures.quantity import Quantity


def inherit_change(text: str, previous: Quantity, q: Quantity) -> None:
    """'lost 190 points, or 0.6%' and '100 km (60 miles)': the restatement shares the change."""
    between = text[previous.end : q.start]
    restated = OR_RESTATE.match(between) or PAREN_RESTATE.match(between)
    if restated and q.change == "=" and previous.change != "=":
        q.change = previous.change


def read_change(text: str, q: Quantity) -> None:
    if q.vague:
        q.change = q.change or "~"
        return
    before = text[max(0, q.start - 60) : q.start]
    after = text[q.end : q.end + 20]
    if q.value < 0 and q.kind == "percent" and not q.change:
        q.change = "down"
    if q.change in ("up", "down"):
        return
    up_before = UP_BEFORE.search(before)
    if up_before and PHRASAL_UP.search(before[: up_before.end()].rstrip() + " "):
        up_before = None  # "gave up 517 yards": a phrasal verb, not a rise
    if up_before or (q.kind == "percent" and UP_AFTER.match(after)):
        q.change = "up"
    elif DOWN_BEFORE.search(before) or (q.kind == "percent" and DOWN_AFTER.match(after)):
        q.change = "down"
    elif q.change:
        return
    elif APPROX_BEFORE.search(before) or APPROX_AFTER.match(after):
        q.change = "~"
    elif MORE_BEFORE.search(before):
        q.change = ">"
    elif LESS_BEFORE.search(before):
        q.change = "<"
    else:
        q.change = "="
