"""Reporters' credit lines name no actors of the story.

"Dana Ford reported from Atlanta.", "CNN's Greg Botelho and Sonya Hamasaki contributed to
this report.": a wire story's last lines credit its reporters and say where they filed
from. A person or place every mention of which is inside such a line is held back (kept
in the JSON below the brief's thresholds).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from briefing.models import Entity, Person

# Below the brief's person and place thresholds (0.85).
CREDIT_CONFIDENCE = 0.5
# A credit line: from a sentence's start to "contributed to this report", "contributed
# reporting" or "reported from Y", then its full stop.
_CREDIT = re.compile(
    r"(?:^|(?<=[.!?\"”’')]\s)|(?<=\n))[^.!?\n]{0,200}?\b(?:contributed (?:to )?(?:this|the) "
    r"report|contributed reporting|reported from [A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){0,3})\.",
    re.MULTILINE,
)


class _Mention(Protocol):
    start: int
    name: str


def hold_back_credits(
    people: list[Person],
    places: list[Entity],
    mentions: list[_Mention],
    spans: list[tuple[int, int, str, str]],
    text: str,
) -> tuple[list[Person], list[Entity]]:
    """``people`` and ``places`` with those named only in credit lines held back."""
    if "report" not in text:
        return people, places
    lines = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    if not lines:
        return people, places

    def inside(start: int) -> bool:
        return any(a <= start < b for a, b in lines)

    credited = _only_inside([(m.name, m.start) for m in mentions], inside)
    placed = _only_inside([(n, s) for s, _e, kind, n in spans if kind == "place"], inside)
    return (
        [_held(p) if p.name in credited else p for p in people],
        [_held(p) if p.name in placed else p for p in places],
    )


def _only_inside(named: list[tuple[str, int]], inside: Callable[[int], bool]) -> set[str]:
    seen: dict[str, bool] = {}
    for name, start in named:
        seen[name] = seen.get(name, True) and inside(start)
    return {name for name, all_inside in seen.items() if all_inside}


def _held(item: Person | Entity) -> Person | Entity:
    return replace(item, confidence=min(item.confidence, CREDIT_CONFIDENCE))
