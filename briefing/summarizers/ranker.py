"""``default``: our own sentence ranker for news. Deterministic, explainable, fast.

The signals are in ``signals.py``, the learned model and its greedy, nested
ranking in ``model.py``, the weights in ``weights.json`` (fitted by
``benchmarks/train_ranker.py``). This module runs them and turns each step into
a Pick whose reasons give every signal's term and its share of the score, so
``briefing summarize --explain`` shows why a sentence was chosen.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

from briefing.models import Document, Pick
from briefing.summarizers import model
from briefing.summarizers.signals import SIGNALS

# Terms smaller than this are left out of the reasons.
SHOWN_TERM = 0.005


def rank_sentences(doc: Document, weights: dict | None = None, condensed: bool = False
                   ) -> list[Pick]:
    """Every sentence, best first, with its score and the reasons behind it.

    ``condensed``: the length was asked as a ratio of the article (see model.py).
    """
    if not doc.sentences:
        return []
    weights = weights or model.default_weights()
    with collector_paused():
        prepared = model.prepare(doc)
        greedy = model.greedy_steps(prepared, weights, condensed=condensed)
        steps = model.first_pick_steps(prepared, weights, greedy, condensed)
    n = len(steps)
    indexes = np.array([index for index, _, _ in steps])
    shares = np.minimum(np.arange(1, n + 1), model.GREEDY_LIMIT) / n
    terms = model.term_matrix(prepared, weights, indexes, shares, condensed).tolist()
    picks = [
        Pick(index, round(score, 4), reasons_for(row, penalty))
        for (index, score, penalty), row in zip(steps, terms, strict=True)
    ]
    if steps[0] != greedy[0]:
        picks[0].reasons.insert(0, MOVED_FIRST)
    return picks


# The reason shown when the first pick is a fuller opening sentence (model.with_first_pick).
MOVED_FIRST = "first: the fullest of the opening sentences"


def reasons_for(row: list[float], penalty: float) -> list[str]:
    """'position +1.84 (61%)', ...: each term and its share of the absolute total."""
    terms = dict(zip(SIGNALS, row, strict=True))
    if penalty >= SHOWN_TERM:
        terms["redundancy"] = -penalty
    shown = {name: value for name, value in terms.items() if abs(value) >= SHOWN_TERM}
    total = sum(abs(v) for v in shown.values())
    ordered = sorted(shown.items(), key=lambda item: -abs(item[1]))
    return [f"{name.replace('_', '-')} {value:+.2f} ({abs(value) / total:.0%})"
            for name, value in ordered] or ["no signal fired"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small lists.

    Its full passes rescan every live object, which made a 10,000-sentence
    document cost 14x a 2,000-sentence one instead of 5x. Nothing here makes
    reference cycles, so plain reference counting frees everything.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
