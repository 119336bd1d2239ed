"""Fact-box policy: which of an article's figures a brief shows, and in what order.

The facts stage finds every figure it can (``briefing.facts.figures``); the brief
stage owns this choice, so the rules that decide what a reader sees live beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from briefing.models import Figure


def select_figures(
    figures: list[Figure],
    preferred_sentences: Collection[int],
    limit: int,
    actors: Collection[str] = (),
) -> list[Figure]:
    """The figures for the fact box: summary sentences first, then main actors, at most ``limit``.

    ``actors`` are names of the article's main people/places/organisations; when
    absent, the proper names that recur most in the figures' labels stand in.
    Trivial figures (a bare "one") are left out and a value+unit is kept once.
    """
    if limit <= 0:
        return []
    candidates = [f for f in figures if _worth_showing(f)]
    names = {a.lower() for a in actors if a} or _recurring_label_names(candidates)

    def about_actor(figure: Figure) -> bool:
        label = figure.label.lower()
        return any(name in label for name in names)

    ranked = sorted(
        enumerate(candidates),
        key=lambda item: (
            item[1].sentence not in preferred_sentences,
            not about_actor(item[1]),
            not item[1].label,
            item[0],
        ),
    )
    chosen: list[Figure] = []
    seen: set[tuple[float, float | None, str]] = set()
    for _, figure in ranked:
        key = (round(figure.value, 6), figure.high, figure.unit.lower())
        if key in seen:
            continue
        seen.add(key)
        chosen.append(figure)
        if len(chosen) == limit:
            break
    order = {id(f): i for i, f in enumerate(figures)}
    return sorted(chosen, key=lambda f: order[id(f)])


def _worth_showing(figure: Figure) -> bool:
    bare = figure.text.lower().strip()
    if bare in ("one", "a", "an") or (figure.value == 1 and bare.startswith("one ")):
        return False
    if not figure.unit and figure.high is None and abs(figure.value) < 100:
        return False  # a bare "7" (a tally, a count of nothing named) tells a reader nothing
    return not _incidental(figure)


# Small counts of these nouns are narrative ("the two men met"), not facts worth a box line.
_GENERIC_COUNT_NOUNS = frozenset(
    "men women people leaders sides times others children sons daughters brothers sisters "
    "friends parties countries nations days hours minutes occasions things ways".split()
)


def _incidental(figure: Figure) -> bool:
    return figure.value < 5 and figure.unit.lower() in _GENERIC_COUNT_NOUNS


def _recurring_label_names(figures: list[Figure]) -> set[str]:
    counts: Counter[str] = Counter()
    for figure in figures:
        for name in re.findall(r"\b[A-Z][\w'’-]+", figure.label):
            counts[re.sub(r"['’]s$", "", name).lower()] += 1
    return {name for name, count in counts.items() if count >= 2}
