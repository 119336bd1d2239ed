"""The measures of benchmarks/story_signals.py on made-up scores."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def module():
    sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("story_signals", BENCHMARKS / "story_signals.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


def test_auc_counts_same_pairs_above_different_ones_and_halves_ties() -> None:
    signals = module()
    assert signals.auc([(True, 0.9), (False, 0.1), (False, 0.2)]) == 1.0
    assert signals.auc([(True, 0.1), (False, 0.9)]) == 0.0
    assert signals.auc([(True, 0.5), (False, 0.5)]) == 0.5


def test_cost_of_recall_counts_the_different_pairs_ranked_above_the_needed_same_ones() -> None:
    signals = module()
    rows = [(False, 0.9), (True, 0.8), (False, 0.7), (False, 0.6), (True, 0.5)]
    assert signals.cost_of_recall(rows, 50) == (1, 1)
    assert signals.cost_of_recall(rows, 100) == (2, 3)


def test_the_fitted_score_ranks_a_separable_toy_set_in_order() -> None:
    signals = module()
    features = [[0.1, 1.0], [0.2, 0.0], [0.8, 1.0], [0.9, 0.0]]
    labels = [False, False, True, True]
    scores = signals.fit_logistic(features, labels)(features)
    assert max(scores[:2]) < min(scores[2:])
