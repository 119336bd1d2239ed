"""The learned scoring model of ``default``: one nested ranking, built greedily.

A sentence's score when the k-th sentence of the summary is chosen is

    sum over signals j of  w_j(s, e) * signal_j   -   r(s) * redundancy

where s = k / n is the share of the article the summary keeps at that step, e is
the article's *pyramid evidence* (how much the article reads as inverted-pyramid
news, see ``pyramid_evidence``), and every weight is smooth in both:
w_j = base_j + share_j * s + log_share_j * ln(s) + share_squared_j * s^2 + per_step_j / k
+ pyramid_j * e (+ ratio_j when the length was asked as a ratio: a condensed article).
The ln(s) term lets a weight change fast between 5% and 20% of an article (a few key
points vs a condensed article) and slowly above; the s^2 term acts mostly past a third
of the article, where a condensed article needs coverage more than a lede. No
threshold anywhere. The position
weight is kept at 0 or above: being early never counts against a sentence.
Redundancy is the highest cosine similarity to a sentence already chosen (MMR,
Carbonell & Goldstein 1998).

Because step k only adds one sentence to the k - 1 already chosen, the summary of
N sentences is always inside the summary of N + 1 (nested), the bottom line is the
first sentence chosen, and the weights slide with the length instead of switching
mode at a threshold. The weights are fitted by ``benchmarks/train_ranker.py`` and
shipped in ``weights.json`` beside this module.

When the length is N sentences (or words), the first pick is then chosen again, as
a sentence judged alone: among the top-ranked sentence and the article's opening
sentences, the one a linear model predicts says most (``with_first_pick``) moves to
the front, and the rest keeps the greedy order. The ranking is still built once per
article, so nesting and the bottom line hold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from briefing.lang.words import (
    content_stems,
    language_code,
    similarity_stop_words,
    tokenize_words,
)
from briefing.models import Document
from briefing.summarizers import signals as sig

WEIGHTS_PATH = Path(__file__).with_name("weights.json")
# Redundancy is tracked for this many picks; later picks follow the static scores
# (a 10,000-sentence text ranked greedily in full would cost seconds).
GREEDY_LIMIT = 600


@dataclass
class Prepared:
    """Everything the ranking needs from one document, computed once."""

    signals: np.ndarray  # n x len(SIGNALS)
    evidence: float
    similarity: np.ndarray | None  # n x n cosines scaled to max 1, or None (long input)
    units: object  # sparse unit rows (for long input)
    names: tuple[str, ...] = sig.SIGNALS
    words: np.ndarray | None = None  # each sentence's word count


def prepare(doc: Document) -> Prepared:
    language = language_code(doc.article.language)
    words = [tokenize_words(s.text) for s in doc.sentences]
    stop = similarity_stop_words(language)  # content words such as 'said' count
    stems = [content_stems(w, language, stop) for w in words]
    if not words:
        return Prepared(np.zeros((0, len(sig.SIGNALS))), 1.0, None, None, words=np.zeros(0))
    pairs = sig.pairwise(stems)
    signals = sig.sentence_signals(doc, words, stems, pairs)
    matrix = np.column_stack([signals[name] for name in sig.SIGNALS])
    return Prepared(matrix, pyramid_evidence(signals), pairs.similarity, pairs.units,
                    words=np.array([len(w) for w in words], float))


def pyramid_evidence(signals: dict[str, np.ndarray]) -> float:
    """How strongly position predicts what matters, in [0, 1].

    In inverted-pyramid news the opening sentences are the article's centre: they
    share most words with the rest. In features, live blogs and transcripts the
    opening is a scene, a time stamp or a speaker, and the centre lies elsewhere.
    The evidence is the mean centrality of the first two sentences relative to the
    article's best.
    """
    centrality = signals["centrality"]
    if centrality.size < 3:
        return 1.0
    return float(np.clip(centrality[:2].mean(), 0.0, 1.0))


# ---------------------------------------------------------------- weights


@cache
def default_weights() -> dict:
    with WEIGHTS_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def load_weights() -> dict:
    return json.loads(json.dumps(default_weights()))  # a deep copy the caller may change


def save_weights(weights: dict) -> None:
    WEIGHTS_PATH.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")


def flat_keys(weights: dict) -> list[tuple[str, str]]:
    return [(group, term) for group in weights["terms"] for term in weights["terms"][group]]


def nudged(weights: dict, key: tuple[str, str], step: float) -> dict | None:
    trial = json.loads(json.dumps(weights))
    group, term = key
    trial["terms"][group][term] = round(trial["terms"][group][term] + step, 4)
    return trial


def weight_vectors(weights: dict, evidence: float, condensed: bool = False
                   ) -> tuple[np.ndarray, ...]:
    """Per signal: the weight's constant part (with the pyramid evidence and the ratio
    term), its factors of the share s, of ln(s), of 1 / k and of s^2."""
    terms = weights["terms"]
    base = np.array([terms[n]["base"] + terms[n]["pyramid"] * evidence
                     + terms[n].get("ratio", 0.0) * condensed for n in sig.SIGNALS])
    share = np.array([terms[n]["share"] for n in sig.SIGNALS])
    log_share = np.array([terms[n].get("log_share", 0.0) for n in sig.SIGNALS])
    per_step = np.array([terms[n].get("per_step", 0.0) for n in sig.SIGNALS])
    squared = np.array([terms[n].get("share_squared", 0.0) for n in sig.SIGNALS])
    return base, share, log_share, per_step, squared


def weights_at(vectors: tuple[np.ndarray, ...], shares: np.ndarray, steps: np.ndarray
               ) -> np.ndarray:
    """Signal weights at each (share, step number) (rows), position clipped at 0."""
    base, share, log_share, per_step, squared = vectors
    shares = np.asarray(shares, float)[:, None]
    inverse_steps = 1.0 / np.asarray(steps, float)[:, None]
    weights = (base[None, :] + shares * share[None, :] + np.log(shares) * log_share[None, :]
               + inverse_steps * per_step[None, :] + shares**2 * squared[None, :])
    weights[:, POSITION] = np.maximum(weights[:, POSITION], 0.0)
    return weights


POSITION = sig.SIGNALS.index("position")
DANGLING = sig.SIGNALS.index("dangling")


# ---------------------------------------------------------------- ranking


def rank_order(prepared: Prepared, weights: dict | None = None, top: int | None = None,
               condensed: bool = False) -> list[int]:
    """Sentence indexes, best first (see the module docstring); only ``top`` if given."""
    weights = weights or default_weights()
    steps = greedy_steps(prepared, weights, top, condensed)
    return [i for i, _, _ in first_pick_steps(prepared, weights, steps, condensed)][:top]


def first_pick_steps(prepared: Prepared, weights: dict, steps: list, condensed: bool) -> list:
    """The greedy steps with the first pick moved to the front (N sentences or words only:
    a ratio asks for a condensed article, where the greedy order stands)."""
    lead = weights.get("first_pick")
    if condensed or not lead or not steps:
        return steps
    return with_first_pick(prepared, weights, steps)


def greedy_steps(prepared: Prepared, weights: dict, top: int | None = None,
                 condensed: bool = False):
    """(index, score, redundancy penalty) for each step of the greedy ranking.

    ``top`` stops after that many steps (training needs no more than the longest summary).
    """
    n = len(prepared.signals)
    if not n:
        return []
    last = min(n, GREEDY_LIMIT, top or n)
    shares = np.arange(1, last + 1) / n
    # Scores of every sentence at every step's share: (steps x signals) @ (signals x n).
    vectors = weight_vectors(weights, prepared.evidence, condensed)
    step_weights = weights_at(vectors, shares, np.arange(1, last + 1))  # steps x signals
    red = weights["terms"]["redundancy"]
    red_weights = np.maximum(0.0, red["base"] + red["pyramid"] * prepared.evidence
                             + red.get("ratio", 0.0) * condensed
                             + red["share"] * shares + red.get("log_share", 0.0) * np.log(shares)
                             + red.get("share_squared", 0.0) * shares**2)
    redundancy = np.zeros(n)
    left = np.ones(n, dtype=bool)
    # A sentence that opens with a pronoun loses its penalty once the one before it is in.
    answered = np.zeros(n)
    dangling = prepared.signals[:, DANGLING]
    steps = []
    for k in range(last):
        penalty = red_weights[k] * redundancy
        waived = answered * dangling * step_weights[k, DANGLING]
        value = np.where(left, prepared.signals @ step_weights[k] - waived - penalty, -np.inf)
        best = int(np.argmax(value))
        steps.append((best, float(value[best]), float(penalty[best])))
        left[best] = False
        if best + 1 < n:
            answered[best + 1] = 1.0
        np.maximum(redundancy, similarity_row(prepared, best), out=redundancy)
    if n > GREEDY_LIMIT and top is None:
        rest = np.flatnonzero(left)
        final = (prepared.signals @ step_weights[-1])[rest]
        order = np.argsort(-final, kind="stable")
        steps.extend((int(rest[i]), float(final[i]), 0.0) for i in order)
    return steps


# ---------------------------------------------------------------- the first pick


# The first pick is chosen among the top-ranked sentence and the article's first
# FIRST_PICK_OPENING sentences (the opening of a news story holds its fullest sentences).
# 6 had the best cross-validated objective on the even half of CNN/DM FRANK (1.65;
# 3: 0.76, 4: 1.42, 5: 1.49, 7: 1.65, 8: 1.65, 10: 1.51).
FIRST_PICK_OPENING = 6
# A single sentence's informativeness grows with its length up to this many words.
FIRST_PICK_WORDS = 60
# Features: the signals, the word count (log and capped) and the position (at_1 ...).
FIRST_PICK_FEATURES = (*sig.SIGNALS, "log_words", "words",
                       *(f"at_{i}" for i in range(1, FIRST_PICK_OPENING)))


def first_pick_candidates(prepared: Prepared, top: int) -> list[int]:
    """The top-ranked sentence, then the opening sentences in article order; not one
    that opens with a pronoun (the bottom line must stand alone)."""
    dangling = prepared.signals[:, DANGLING]
    opening = range(min(len(prepared.signals), FIRST_PICK_OPENING))
    return [top, *(i for i in opening if i != top and not dangling[i])]


def first_pick_features(prepared: Prepared, indexes: list[int]) -> np.ndarray:
    """Rows of FIRST_PICK_FEATURES for the sentences ``indexes``."""
    words = prepared.words if prepared.words is not None else np.ones(len(prepared.signals))
    count = words[indexes]
    at = np.array(indexes)[:, None] == np.arange(1, FIRST_PICK_OPENING)[None, :]
    return np.column_stack([prepared.signals[indexes], np.log(np.maximum(count, 1.0)),
                            np.minimum(count, FIRST_PICK_WORDS) / sig.LENGTH_SCALE, at])


def first_pick_scores(prepared: Prepared, lead: dict, indexes: list[int]) -> np.ndarray:
    """Predicted ROUGE-1 of each candidate alone (the top-ranked one first), less the
    margin a move must gain: ``near`` from the first three sentences, ``far`` beyond."""
    coefficients = np.array([lead["terms"].get(name, 0.0) for name in FIRST_PICK_FEATURES])
    margins = np.array([0.0] + [lead["near"] if i < 3 else lead["far"] for i in indexes[1:]])
    return first_pick_features(prepared, indexes) @ coefficients - margins


def with_first_pick(prepared: Prepared, weights: dict, steps: list) -> list:
    """Move the most informative opening sentence to the front of the ranking.

    A one-sentence summary is judged alone: a longer, fuller sentence among the
    first few often says more than the top-ranked one. The rest of the greedy
    ranking keeps its order, so the summary of N sentences is still inside that of
    N + 1; a move from the first three sentences makes the 2- and 3-sentence
    summaries the article's opening when the ranking already was. The linear
    prediction and the margins are fitted by benchmarks/train_ranker.py.
    """
    n = len(prepared.signals)
    candidates = first_pick_candidates(prepared, steps[0][0])
    if len(candidates) < 2:
        return steps
    best = candidates[int(np.argmax(first_pick_scores(prepared, weights["first_pick"],
                                                      candidates)))]
    if best == steps[0][0]:
        return steps
    # Its score as a first pick: the first step's weights, nothing chosen before it.
    first_weights = weights_at(weight_vectors(weights, prepared.evidence), [1 / n], [1])[0]
    moved = (best, float(prepared.signals[best] @ first_weights), 0.0)
    return [moved, *(step for step in steps if step[0] != best)]


def similarity_row(prepared: Prepared, index: int) -> np.ndarray:
    if prepared.similarity is not None:
        return prepared.similarity[index]
    units = prepared.units  # CSR: the row's entries, as a dense vector, times the matrix
    start, end = units.indptr[index], units.indptr[index + 1]
    vector = np.zeros(units.shape[1])
    vector[units.indices[start:end]] = units.data[start:end]
    row = units @ vector
    row[index] = 0.0
    return row


def contributions(prepared: Prepared, weights: dict, index: int, share: float,
                  condensed: bool = False) -> dict[str, float]:
    """Each signal's term in a sentence's score at ``share``: what ``--explain`` prints."""
    terms = term_matrix(prepared, weights, np.array([index]), np.array([share]), condensed)[0]
    return dict(zip(sig.SIGNALS, terms.tolist(), strict=True))


def term_matrix(prepared: Prepared, weights: dict, indexes: np.ndarray, shares: np.ndarray,
                condensed: bool = False) -> np.ndarray:
    """Signal terms (rows: the sentences ``indexes``, each at its own share and step)."""
    vectors = weight_vectors(weights, prepared.evidence, condensed)
    steps = np.maximum(1, np.rint(np.asarray(shares) * len(prepared.signals)))
    return prepared.signals[indexes] * weights_at(vectors, shares, steps)
