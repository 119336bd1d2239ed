"""Hyphen compounds, ranks and composed amounts: numbers that are not the amount they seem.

"mother-of-six", "top-six finish", "the number two jersey", "two-year-olds", "five-star"
are descriptions, ranks or ratings, not amounts; "a 6,000-strong community" counts the
community's members; "half a trillion dollars" is one amount, not "half" and "a trillion".
"""

from __future__ import annotations

import re

from briefing.facts.figures.digits import modified_words
from briefing.facts.figures.nouns import is_plural, noun_run
from briefing.facts.figures.quantity import Quantity
from briefing.lang.en.figures import (
    KINSHIP_OF,
    MEMBERS_AFTER,
    NOT_AN_AMOUNT_AFTER,
    RANK_BEFORE,
    SERIES_BEFORE,
)

_KINSHIP = re.compile(KINSHIP_OF + r"$", re.I)
_RANK = re.compile(RANK_BEFORE + r"$", re.I)
_SERIES = re.compile(SERIES_BEFORE + r"$", re.I)
_NOT_AMOUNT = re.compile(NOT_AN_AMOUNT_AFTER, re.I)
_MEMBERS = re.compile(MEMBERS_AFTER + r"(?=\s+[a-z])")
_NONE_BEFORE = re.compile(r"\bno\s+$", re.I)  # "there are no two teams greater"
_FRACTION_NOUNS = {"half": 2, "third": 3, "quarter": 4}  # "one-half", "two-thirds" as nouns
_MAGNITUDE_LINK = re.compile(r"\s+(?:a|an)\s+$|\s+$")


def mark_compounds(text: str, found: list[Quantity]) -> None:
    """Drop the numbers that are not amounts; read "-strong" as a count of members."""
    for q in found:
        if q.dropped or q.year:
            continue
        before = text[max(0, q.num_start - 16) : q.num_start]
        after = text[q.num_end : q.num_end + 40]
        if _KINSHIP.search(before) or _NOT_AMOUNT.match(after) or _NONE_BEFORE.search(before):
            q.dropped = True
        elif _SERIES.search(before):
            q.dropped = True
        elif q.kind == "noun" and _fraction_noun(q) and after[:1] == "-":
            q.value /= _fraction_noun(q)  # "one-half the total", "two-thirds of the seats"
            q.unit, q.kind = "fraction", "fraction"
        elif _RANK.search(before) and not _plural_unit(q):
            q.dropped = True  # "top-six finish"; "the top 10 companies" stays a count
        elif members := _MEMBERS.match(text, q.num_end):
            q.unit, q.kind, q.end = "member", "noun", members.end()
            q.modifies = _group_noun(text, members.end())
    _join_fraction_of_magnitude(text, found)


_AND = re.compile(r"\s+and\s+")


def _group_noun(text: str, pos: int) -> str:
    """'a 6,000-strong community', 'a 40-strong music and theatre troupe' (two modifiers of
    one noun: the troupe, not "music"; session 7 review, BBC entertainment/090)."""
    first, end = noun_run(text, pos, singular_count=True)
    link = _AND.match(text, end) if first and " " not in first else None
    if link:
        second = modified_words(noun_run(text, link.end(), singular_count=True)[0])
        if len(second.split()) >= 2 and first[:1].islower():
            return f"{first} and {second}"
    return modified_words(first)


def _fraction_noun(q: Quantity) -> int:
    return _FRACTION_NOUNS.get(q.unit.lower().rstrip("s"), 0)


def _plural_unit(q: Quantity) -> bool:
    return q.kind == "noun" and is_plural(q.unit.split()[-1].lower())


def _join_fraction_of_magnitude(text: str, found: list[Quantity]) -> None:
    """'half a trillion dollars', 'a third of a million': the fraction scales the amount
    (and leaves the list, so no later pass reads it as a code glued to the amount)."""
    joined = []
    for q, nxt in zip(found, found[1:], strict=False):
        if q.dropped or nxt.dropped or q.kind != "fraction" or nxt.factor < 1e6:
            continue
        gap = text[q.end : nxt.start]
        if not _MAGNITUDE_LINK.fullmatch(gap) and not re.fullmatch(r"\s+of\s+", gap):
            continue
        nxt.value *= q.value
        if nxt.high is not None:
            nxt.high *= q.value
        nxt.start, nxt.num_start = q.start, q.num_start
        joined.append(q)
    found[:] = [q for q in found if all(q is not j for j in joined)]
