"""Labels of figures among the items of a list or after a total: "Properties including: 9
E 71st St, worth $55m, ..." (what the list lists), "6 groups, totalling several thousand
people" (the groups)."""

from __future__ import annotations

import re

from briefing.facts.figures.nouns import is_plural, looks_verbal
from briefing.facts.figures.phrases import LABEL_STOP, clean_label
from briefing.facts.figures.quantity import Quantity
from briefing.facts.figures.words import VERBS
from briefing.lang.en.figures import MOVE_VERBS

_TOTALLING = re.compile(
    r"((?:[\w'’-]+\s+){0,3}[\w'’-]+),\s+(?:totall?ing|numbering|comprising|involving)\s+"
    r"(?:about|around|some|nearly|almost|more\s+than|over|up\s+to)?\s*$",
    re.I,
)


_TOTALLING_CUES = ("otall", "otali", "number", "ompris", "nvolv")


_SUBJECT_PRONOUNS = frozenset("i you we they he she it".split())


def totalling(text: str, q: Quantity) -> str:
    """'sent 6 battalion-tactical groups, totaling several thousand people': the groups."""
    before = text[max(0, q.start - 80) : q.start]
    if not any(cue in before for cue in _TOTALLING_CUES):
        return ""  # a cheap test first: the pattern below is slow to fail
    match = _TOTALLING.search(before)
    if not match:
        return ""
    tail: list[str] = []
    for word in reversed(match.group(1).split()):
        low = word.lower()
        if word[0].isdigit() or low in LABEL_STOP or low in VERBS or looks_verbal(low):
            if low in _SUBJECT_PRONOUNS:
                return ""  # "for every 9 weeks you defer, totalling 5.8%": a verb, no noun
            break
        tail.insert(0, word)
    words = tail
    if not words or not words[-1][:1].islower():
        return ""
    return clean_label(words)


_LIST_OPENING = re.compile(
    r"([\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s*,?\s+(?:including|such\s+as|among\s+them)\s*:?\s", re.I
)


def list_head(text: str, q: Quantity) -> str:
    """'Properties including: 9 E 71st St, Manhattan, worth $55m, 49 Zorro Road, $17m': a
    figure among the items of a list (no verb between) belongs to what the list lists."""
    before = text[max(0, q.start - 300) : q.start]
    if "includ" not in before and " as " not in before and "among" not in before:
        return ""  # a cheap test first
    openings = list(_LIST_OPENING.finditer(before))
    if not openings:
        return ""
    items = before[openings[-1].end() :]
    if re.search(r"[;.!?]\s", items) or _NOT_A_LIST_ITEM.search(items):
        return ""
    for word in re.findall(r"[A-Za-z][\w'’-]*", items):
        low = word.lower()
        if word[0].islower() and (low in VERBS or low in MOVE_VERBS or looks_verbal(low)):
            return ""  # "costs including rent rose by 5%": a clause, not a list of items
    words = openings[-1].group(1).split()
    while words and (words[0].lower() in LABEL_STOP or looks_verbal(words[0].lower())):
        words = words[1:]
    if not words or words[-1].lower() in VERBS or not is_plural(words[-1].lower()):
        return ""  # the head of a list of several things is a plural noun
    return clean_label(words)


_NOT_A_LIST_ITEM = re.compile(r"\b(?:that|which|who|but|while)\b", re.I)
