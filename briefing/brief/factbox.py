"""Fact-box policy: which of an article's figures a brief shows, and in what order.

The facts stage finds every figure it can (``briefing.facts.figures``); the brief
stage owns this choice, so the rules that decide what a reader sees live beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import replace

from briefing.facts.units import singular
from briefing.models import Figure


def select_figures(
    figures: list[Figure],
    preferred_sentences: Collection[int],
    limit: int,
    actors: Collection[str] = (),
) -> list[Figure]:
    """The figures for the fact box, best first, at most ``limit``, each with its reason.

    A figure scores for being in the summary, for being about a main actor (``actors``;
    when absent, the proper names that recur in the figures' labels), for what it
    measures (money over shares over counts and measures over bare numbers) and for
    having a label. Summary figures come first in the order given (the summary's
    ranking); the others follow by score, ties in the order given. Scores of games, a
    bare "one", small unlabelled numbers and narrative counts ("the two men") are never
    shown; a value+unit is kept once. ``reason`` on each returned figure says why it is there.
    """
    if limit <= 0:
        return []
    candidates = [f for f in figures if _worth_showing(f)]
    names = {a.lower(): a for a in actors if a} or _recurring_label_names(candidates)
    scored = []
    for position, figure in enumerate(candidates):
        score, reasons = _score(figure, preferred_sentences, names)
        # Summary figures keep the order given (the summary's ranking); the rest go by score.
        in_summary = figure.sentence in preferred_sentences
        rank = (not in_summary, position if in_summary else -score)
        scored.append((rank, position, figure, reasons))
    scored.sort(key=lambda item: (item[0], item[1]))
    chosen: list[Figure] = []
    seen: set[tuple[float, float | None, str]] = set()
    for _, _, figure, reasons in scored:
        key = (round(figure.value, 6), figure.high, figure.unit.lower())
        if key in seen:
            continue
        seen.add(key)
        chosen.append(replace(figure, reason="; ".join(reasons)))
        if len(chosen) == limit:
            break
    return chosen


# Weights of what a figure measures (hand-set, checked on the seed and on results
# stories written for the tests): a reader of a brief wants the money first.
KIND_WEIGHTS = {"currency": 2.0, "percent": 1.5, "count": 1.0, "measure": 1.0, "age": 0.5}
SUMMARY_WEIGHT = 3.0  # stated in the summary: the story's own figure
ACTOR_WEIGHT = 2.0  # about a main actor
LABEL_WEIGHT = 0.5  # we can say what it measures


def _score(
    figure: Figure, preferred_sentences: Collection[int], names: dict[str, str]
) -> tuple[float, list[str]]:
    score, reasons = 0.0, []
    if figure.sentence in preferred_sentences:
        score += SUMMARY_WEIGHT
        reasons.append("in the summary")
    label = figure.label.lower()
    actor = next((name for name in sorted(names) if name in label), "")
    if actor:
        score += ACTOR_WEIGHT
        reasons.append(f"about {names[actor]}")
    kind = figure.kind or _kind_from_unit(figure.unit)
    weight = KIND_WEIGHTS.get(kind, 0.0)
    if weight:
        score += weight
        reasons.append({"currency": "money", "percent": "a share or change"}.get(kind, kind))
    if figure.label:
        score += LABEL_WEIGHT
        reasons.append("labelled")
    return score, reasons or ["in the article"]


def _kind_from_unit(unit: str) -> str:
    """For figures made without a kind: 'USD' money, '%' a percent, any other unit a count."""
    if re.fullmatch(r"[A-Z]{3}(?: per .+)?", unit):
        return "currency"
    if unit == "%":
        return "percent"
    return "count" if unit else ""


def _worth_showing(figure: Figure) -> bool:
    if figure.kind == "score":
        return False  # a round of golf or a lead in a game is not a fact about the story
    bare = figure.text.lower().strip()
    if bare in ("one", "a", "an") or (figure.value == 1 and bare.startswith("one ")):
        return False
    if not figure.unit and figure.high is None and abs(figure.value) < 100:
        return False  # a bare "7" (a tally, a count of nothing named) tells a reader nothing
    return not _incidental(figure)


# Small counts of these nouns are narrative ("the two men met"), not facts worth a box line.
_GENERIC_COUNT_NOUNS = frozenset(
    "man woman person leader side time other child son daughter brother sister "
    "friend party country nation day hour minute occasion thing way".split()
)  # canonical units: singular lemmas


def _incidental(figure: Figure) -> bool:
    return figure.value < 5 and singular(figure.unit) in _GENERIC_COUNT_NOUNS


def _recurring_label_names(figures: list[Figure]) -> dict[str, str]:
    """Proper names in two labels or more, lower case -> as written."""
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}
    for figure in figures:
        for name in re.findall(r"\b[A-Z][\w'’-]+", figure.label):
            bare = re.sub(r"['’]s$", "", name)
            counts[bare.lower()] += 1
            written.setdefault(bare.lower(), bare)
    return {name: written[name] for name, count in counts.items() if count >= 2}
