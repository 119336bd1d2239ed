"""Sentence-boundary repairs the Punkt model does not make on its own.

* ``I live in the U.S. How about you?``: a dotted upper-case abbreviation ends a
  sentence when a word that starts sentences follows (``SENTENCE_STARTERS``); it does
  not before a name or noun ("U.S. Senate", "P.M. Smith" is rare and left joined);
* ``I never meant that.... She left.``: four or more glued dots end a sentence;
* lists written on one line, ``1) first item 2) second item`` or ``a. one b. two``: each
  item is a sentence, and a marker (``1.``, ``• 9.``) never stands alone.

Spans are (start, end) offsets into one block of text, as in :mod:`briefing.segment`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "U.S.", "P.M.", "D.C." followed by a space and a capitalised word
_DOTTED_CAPS = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s+([A-Z][a-z]*)\b)")
_GLUED_DOTS = re.compile(r"\w\.{4,}(?=\s+[\"'“‘(]?[A-Z])")
# "1.)", "1)", "1.", "a.", "• 9.", "⁃10." at the start of a block or after white space
_LIST_MARKER = re.compile(
    r"(?:(?<=\s)|^)(?P<bullet>[•⁃▪‣◦]\s?)?(?P<value>\d{1,2}|[a-z])(?:\.\)|\)|\.)(?=\s+\S)"
)
_MARKER_ONLY = re.compile(r"^(?:[•⁃▪‣◦]\s?)?(?:\d{1,2}|[a-z])(?:\.\)|\)|\.)$")


def split_at(spans: list[tuple[int, int]], cuts: list[int], block: str) -> list[tuple[int, int]]:
    """Cut spans at the given offsets (white space at the cut is trimmed)."""
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        inside = sorted(c for c in cuts if start < c < end)
        for cut in inside:
            left = cut
            while left > start and block[left - 1].isspace():
                left -= 1
            out.append((start, left))
            start = cut
            while start < end and block[start].isspace():
                start += 1
        out.append((start, end))
    return [(s, e) for s, e in out if s < e]


def abbreviation_ends(block: str, starters: frozenset[str]) -> list[int]:
    """Offsets just after a dotted abbreviation that ends a sentence."""
    if not starters:
        return []
    return [m.end() for m in _DOTTED_CAPS.finditer(block) if m.group(1) in starters]


def glued_dots_ends(block: str) -> list[int]:
    return [m.end() for m in _GLUED_DOTS.finditer(block)]


def list_item_starts(block: str) -> list[int]:
    """Starts of the items when the block is a one-line list, else []."""
    first = _LIST_MARKER.match(block)
    if first is None:
        return []
    expected = next_value(first.group("value"))
    starts = [0]
    for marker in _LIST_MARKER.finditer(block, first.end()):
        if marker.group("value") == expected and bool(marker.group("bullet")) == bool(
            first.group("bullet")
        ):
            starts.append(marker.start())
            expected = next_value(expected)
    return starts if len(starts) > 1 else []


def next_value(value: str) -> str:
    return str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)


def list_spans(
    block: str, starts: list[int], spans_of: Callable[[str], list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """Sentences of a one-line list: each item split on its own, its marker kept with it."""
    out: list[tuple[int, int]] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(block)
        item = [(start + s, start + e) for s, e in spans_of(block[start:end])]
        out.extend(attach_markers(block, item))
    return out


def attach_markers(block: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A span that is only a list marker ("1.", "• 9.") joins the span after it."""
    out: list[tuple[int, int]] = []
    pending: int | None = None
    for start, end in spans:
        if pending is not None:
            start, pending = pending, None
        if _MARKER_ONLY.match(block[start:end]):
            pending = start
            continue
        out.append((start, end))
    if pending is not None:
        out.append((pending, spans[-1][1]))
    return out
