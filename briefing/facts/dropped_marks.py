"""A quoted passage whose closing mark was dropped, read as running on into the narrative.

BBC copy reopens each quoted paragraph without closing the one before, and its pasted text
lost the paragraph breaks, so '"Part one. "Part two," he said' is one quote. When the
closing mark of the first part was simply forgotten, the "part" runs on over the reporter's
own sentences up to the next quote:

    "I am fit enough. Smith joined the club in 2003. It impressed manager John Brown.
    "He is a hero," said Brown.

The sign read here: the person the cue after the quote names ("said Brown") is written out
in full ("John Brown") in an earlier part, after its first sentence. Speakers do not name
themselves so; the reporter introduces them. The quote is then cut in two: the parts
before, ending with the first sentence of that part (all we can trust of it), and the parts
after, which the cue belongs to. The first is attributed on its own (a cue before it, or
the voice it follows), never by the cue the second one owns.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.facts.quote_spans import Span

if TYPE_CHECKING:
    from briefing.facts.entities import EntityIndex

# The cue right after the closing mark: '," said Brown.', '," Brown said.', '," Brown told
# the BBC.' -- the surname must come within this many characters of the mark.
_CUE_REACH = 40
_TAIL_END = re.compile(r"[.!?;\"“”]")


def _cue_names(text: str, end: int) -> str:
    """The words of the cue after a quote closing at ``end``, up to its sentence end."""
    tail = text[end : end + 1 + _CUE_REACH]
    tail = tail[1:] if tail[:1] in "\"”" else tail
    stop = _TAIL_END.search(tail)
    return tail[: stop.start()] if stop else tail


def split_dropped_closings(spans: list[Span], text: str, index: EntityIndex,
                           ends: list[int]) -> list[Span]:
    """``spans`` with each quote that ran on over a dropped closing mark cut in two."""
    out: list[Span] = []
    for span in spans:
        out += _split(span, text, index, ends)
    return out


def _split(span: Span, text: str, index: EntityIndex, ends: list[int]) -> list[Span]:
    if not span.parts:
        return [span]
    cue = set(re.findall(r"[A-Z][\w'’\-]+", _cue_names(text, span.end)))
    if not cue:
        return [span]
    pieces = [*span.parts, (span.start, span.end)]
    for k, (start, end) in enumerate(pieces[:-1]):
        k_end = bisect.bisect_right(ends, start)
        first_end = ends[k_end] if k_end < len(ends) else end
        if first_end >= end:
            continue  # a one-sentence part: nothing of the narrative's shape
        if not any(first_end <= m.start < end and len(text[m.start : m.end].split()) > 1
                   and m.name.split()[-1] in cue for m in index.mentions):
            continue
        before = [*pieces[:k], (start, first_end)]
        after = pieces[k + 1 :]
        head = replace(span, parts=before[:-1], start=before[-1][0], end=before[-1][1],
                       open_end=False)
        tail = replace(span, parts=after[:-1], start=after[-1][0], end=after[-1][1],
                       from_start=False)
        return [head, *_split(tail, text, index, ends)]
    return [span]
