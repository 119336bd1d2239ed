"""``default``: our own sentence ranker for news. Deterministic, explainable, fast.

Score of a sentence = weighted sum of features, each printed as a reason:

* position: a lead prior, exp(-i / lead_span). News puts the key facts first.
* centrality: word overlap (stemmed content words) with the rest of the article,
  directed as in PacSum (Zheng & Lapata 2019): for short summaries only overlap
  with *later* sentences (what the article goes on to develop) counts; for long
  ones both directions count.
  Computed with per-word prefix sums over the sentences: O(words), no pairwise
  similarity matrix.
* title: share of the title's content words the sentence contains.
* penalties: fragments and credit/dateline lines (few lower-case words, mostly
  capitalised tokens), very long sentences, and (for long summaries) run-on
  captions, i.e. a caption glued to a sentence without a full stop; flags for
  very short sentences, questions, quotes and unresolved pronoun/connective
  openers exist with weight 0 because they did not help reliably on the dev
  corpora (gains on one half of CNN/DM, losses on the other).

The weights depend on how much of the article the summary keeps: below
COVERAGE_SHARE (35%) of the sentences it is a lead summary (LEAD_WEIGHTS),
above it a condensed article chosen by coverage (COVERAGE_WEIGHTS): centrality
is then the sum of cosine similarities, and the ranking is built by MMR.

Lead summaries walk the scores best first and defer a sentence whose word
trigrams mostly repeat ones already ranked above (soft trigram blocking); coverage
summaries subtract a small redundancy term (MMR). Either way the ranking itself is
redundancy-aware and every length rule takes a prefix of it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from briefing.lang.words import content_stems, language_code, tokenize_words
from briefing.models import Document, Pick

# Pronouns and connectives that need an earlier sentence to make sense (English).
DEPENDENT_OPENERS = frozenset(
    """he she it they them his her its their this that these those there however but
    and also meanwhile still yet so then thus therefore instead besides moreover
    furthermore nevertheless nonetheless otherwise later afterwards such""".split()
)
_QUOTE_OPEN = tuple("\"'“‘«")
# Words that open an English sentence. Met mid-sentence, capitalised, right after
# a word with no punctuation and before a lower-case word ("...in Paris The
# striker said..."), they mark two sentences run together: typically a photo
# caption pasted into the text without a full stop.
RUN_ON_OPENERS = frozenset("The A An He She They It His Her Their This These Those".split())


@dataclass(frozen=True)
class Weights:
    position: float = 3.0
    lead_span: float = 1.5  # the position prior falls by a factor e every lead_span sentences
    centrality: float = 0.5
    # Weight of overlap with earlier sentences (later ones: 1). 0 is PacSum's
    # forward-only centrality: a lead sentence earns its place by what the rest
    # of the article goes on to develop (on CNN/DM, 0 beat 0.5 on both halves).
    backward: float = 0.0
    title: float = 0.2
    fragment: float = 0.2
    short: float = 0.0
    long: float = 0.1
    dependent_start: float = 0.0
    question: float = 0.0
    quote_start: float = 0.0
    run_on: float = 0.0
    repeat_share: float = 0.3
    short_words: int = 8
    long_words: int = 60
    # Centrality as the sum of cosine similarities (undirected) instead of
    # TextRank's log-length-normalised overlap.
    cosine: bool = False
    # MMR: while ranking, subtract novelty x (highest similarity to a sentence
    # already ranked); 0 keeps the trigram deferral instead.
    novelty: float = 0.0


# Short summaries (a small share of the article): the lead carries the news; the
# other features only re-rank near it and demote weak lead sentences.
# Measured on CNN/DM: penalising pronoun/connective starts, quotes or run-on
# captions lowered ROUGE; short sentences and questions helped one half and
# hurt the other (weight 0 here; set them to use the flags).
LEAD_WEIGHTS = Weights()
# Long summaries (a large share): coverage of what the article keeps repeating
# decides; position and the penalties did not help on BBC, so they are off.
# Cosine centrality with a light MMR term beat TextRank-style overlap with
# trigram deferral on both halves of BBC (ratio 0.4).
COVERAGE_WEIGHTS = Weights(
    position=0.0,
    centrality=1.0,
    backward=1.0,
    title=0.0,
    fragment=0.0,
    long=0.0,
    run_on=1.0,  # glued captions are long and repeat the story: central, but not text
    repeat_share=1.0,
    cosine=True,
    novelty=0.1,
)
# A summary keeping at least this share of the sentences is a condensed article
# (coverage weights); a shorter one is a lead summary (lead weights).
COVERAGE_SHARE = 0.35


def weights_for_share(share: float | None) -> Weights:
    """Weights for a summary keeping ``share`` of the sentences (None: lead)."""
    if share is None or share < COVERAGE_SHARE:
        return LEAD_WEIGHTS
    return COVERAGE_WEIGHTS


def rank_sentences(
    doc: Document, weights: Weights | None = None, share: float | None = None
) -> list[Pick]:
    """Every sentence, best first, with its score and the reasons behind it.

    ``share`` is the part of the article the summary will keep; it picks the
    weights unless ``weights`` are given.
    """
    weights = weights or weights_for_share(share)
    with collector_paused():
        words = [tokenize_words(s.text) for s in doc.sentences]
        stems = content_stems_of(doc, words)
        features = sentence_features(doc, weights, words, stems)
        scores, reasons = combine(features, weights)
        if weights.novelty > 0 and len(words) <= EXACT_LIMIT:
            return rank_by_novelty(stems, scores, reasons, weights.novelty)
        order = defer_repeats(words, np.argsort(-scores, kind="stable"), weights.repeat_share)
        return [Pick(int(i), round(float(scores[i]), 4), reasons[i]) for i in order]


def content_stems_of(doc: Document, words: list[list[str]]) -> list[list[str]]:
    language = language_code(doc.article.language)
    return [content_stems(w, language) for w in words]


def rank_by_novelty(
    stems: list[list[str]], scores: np.ndarray, reasons: list[list[str]], novelty: float
) -> list[Pick]:
    """MMR: repeatedly take the sentence whose score minus ``novelty`` x its highest
    similarity to those already taken is best. Similarities are cosines scaled
    by the document's highest one; at most EXACT_LIMIT sentences (n x n floats).
    """
    similarity = cosine_similarities(stems)
    n = len(stems)
    redundancy = np.zeros(n)
    left = np.ones(n, dtype=bool)
    picks = []
    for _ in range(n):
        value = np.where(left, scores - novelty * redundancy, -np.inf)
        best = int(np.argmax(value))
        penalty = novelty * redundancy[best]
        why = [*reasons[best], f"redundancy {-penalty:+.2f}"] if penalty >= 0.005 else reasons[best]
        picks.append(Pick(best, round(float(value[best]), 4), why))
        left[best] = False
        np.maximum(redundancy, similarity[best], out=redundancy)
    return picks


def unit_rows(stems: list[list[str]]):  # -> scipy.sparse.csr_matrix
    """Sentence x stem counts, each non-empty row scaled to length 1."""
    from scipy.sparse import csr_matrix

    rows, cols, counts, size = term_counts(stems)
    matrix = csr_matrix((counts, (rows, cols)), shape=(len(stems), max(1, size)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    matrix.data /= np.repeat(np.where(norms > 0, norms, 1.0), np.diff(matrix.indptr))
    return matrix


def cosine_centrality(stems: list[list[str]]) -> np.ndarray:
    """Sum of each sentence's cosine similarity to every other sentence.

    With unit rows u_i that is u_i . (sum of all u_j) - u_i . u_i: exact, and
    O(words) with no pairwise product at any length.
    """
    if not stems:
        return np.zeros(0)
    units = unit_rows(stems)
    total = np.asarray(units.sum(axis=0)).ravel()
    return units @ total - np.asarray(units.multiply(units).sum(axis=1)).ravel()


def cosine_similarities(stems: list[list[str]]) -> np.ndarray:
    """Dense n x n cosines between sentences (0 on the diagonal), scaled to max 1."""
    units = unit_rows(stems)
    similarity = (units @ units.T).toarray()
    np.fill_diagonal(similarity, 0.0)
    peak = similarity.max() if similarity.size else 0.0
    return similarity / peak if peak > 0 else similarity


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


def sentence_features(
    doc: Document,
    weights: Weights = LEAD_WEIGHTS,
    words: list[list[str]] | None = None,
    stems: list[list[str]] | None = None,
) -> dict[str, np.ndarray]:
    """Each feature as an array over sentences (centrality and title in [0, 1])."""
    language = language_code(doc.article.language)
    texts = doc.sentence_texts()
    if words is None:
        words = [tokenize_words(t) for t in texts]
    if stems is None:
        stems = [content_stems(w, language) for w in words]
    n = len(texts)
    position = np.exp(-np.arange(n) / weights.lead_span)
    if weights.cosine:
        centrality = cosine_centrality(stems)
    else:
        forward, backward = normalised_overlap(stems)
        centrality = forward + weights.backward * backward
    peak = centrality.max() if n else 0.0
    return {
        "position": position,
        "centrality": centrality / peak if peak > 0 else centrality,
        "title": title_overlap(doc.article.title, stems, language),
        "fragment": np.array([is_fragment(w) for w in words], dtype=float),
        "short": np.array([len(w) < weights.short_words for w in words], dtype=float),
        "long": np.array([len(w) > weights.long_words for w in words], dtype=float),
        "dependent_start": np.array(
            [language == "en" and opens_dependent(w) for w in words], dtype=float
        ),
        "question": np.array([t.rstrip("\"'”’ ").endswith("?") for t in texts], dtype=float),
        "quote_start": np.array([t.startswith(_QUOTE_OPEN) for t in texts], dtype=float),
        "run_on": np.array([language == "en" and is_run_on(t) for t in texts], dtype=float),
    }


PENALTIES = ("fragment", "short", "long", "dependent_start", "question", "quote_start", "run_on")
REASON_NAMES = {
    "dependent_start": "pronoun/connective start",
    "quote_start": "opens with quote",
    "run_on": "run-on caption",
}


def combine(
    features: dict[str, np.ndarray], weights: Weights
) -> tuple[np.ndarray, list[list[str]]]:
    """Weighted sum of the features, and the non-zero terms as reasons."""
    terms = {
        "position": weights.position * features["position"],
        "centrality": weights.centrality * features["centrality"],
        "title": weights.title * features["title"],
    }
    for name in PENALTIES:
        terms[name] = -getattr(weights, name) * features[name]
    scores = sum(terms.values())
    n = len(features["position"])
    reasons = [
        [
            f"{REASON_NAMES.get(name, name)} {value[i]:+.2f}"
            for name, value in terms.items()
            if abs(value[i]) >= 0.005
        ]
        or ["no feature fired"]
        for i in range(n)
    ]
    return np.asarray(scores, dtype=float), reasons


# Up to this many sentences the overlap is normalised pair by pair (a sparse
# matrix product); above it, an O(words) approximation keeps growth linear.
EXACT_LIMIT = 1500


def normalised_overlap(stems: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Directed overlap sums with each pair divided by log(len_i) + log(len_j).

    That is TextRank's edge weight; it keeps long sentences from winning on
    length alone. Above EXACT_LIMIT sentences the mean log length stands in for
    log(len_j), so no pairwise product is formed.
    """
    n = len(stems)
    log_lengths = np.log(np.maximum(2, [len(s) for s in stems])) if n else np.zeros(0)
    if n > EXACT_LIMIT:
        forward, backward = directed_overlap(stems)
        scale = log_lengths + log_lengths.mean()
        return forward / scale, backward / scale
    rows, cols, counts, size = term_counts(stems)
    if not size:
        return np.zeros(n), np.zeros(n)
    if n * size <= DENSE_CELLS:
        return dense_overlap(rows, cols, counts, (n, size), log_lengths)
    from scipy.sparse import csr_matrix

    matrix = csr_matrix((counts, (rows, cols)), shape=(n, size))
    pairs = (matrix @ matrix.T).tocoo()
    weight = pairs.data / (log_lengths[pairs.row] + log_lengths[pairs.col])
    later = pairs.col > pairs.row
    earlier = pairs.col < pairs.row
    forward = np.bincount(pairs.row[later], weights=weight[later], minlength=n)
    backward = np.bincount(pairs.row[earlier], weights=weight[earlier], minlength=n)
    return forward, backward


def term_counts(stems: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """(sentence, stem id, count) triples of the non-zero term counts."""
    vocabulary: dict[str, int] = {}
    rows, cols, counts = [], [], []
    for i, sentence in enumerate(stems):
        tally: dict[int, int] = {}
        for stem in sentence:
            column = vocabulary.setdefault(stem, len(vocabulary))
            tally[column] = tally.get(column, 0) + 1
        rows.extend([i] * len(tally))
        cols.extend(tally)
        counts.extend(tally.values())
    return np.array(rows, int), np.array(cols, int), np.array(counts, float), len(vocabulary)


# Below this many sentence x stem cells (an ordinary article) a dense matrix is faster
# than building a sparse one, whose set-up costs more than the product itself.
DENSE_CELLS = 250_000


def dense_overlap(
    rows: np.ndarray, cols: np.ndarray, counts: np.ndarray, shape: tuple[int, int],
    log_lengths: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """normalised_overlap's pair sums with a dense term matrix (same figures)."""
    matrix = np.zeros(shape)
    matrix[rows, cols] = counts
    weight = (matrix @ matrix.T) / (log_lengths[:, None] + log_lengths[None, :])
    return np.triu(weight, 1).sum(axis=1), np.tril(weight, -1).sum(axis=1)


def directed_overlap(stems: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Per sentence: word overlap with later sentences and with earlier ones.

    overlap(i, j) = sum over shared stems w of tf_i[w] * tf_j[w] (as in TextRank).
    No idf: the words an article repeats most are its topic, not noise.
    The sums over j > i and j < i come from per-stem prefix sums over the
    sentences, in O(number of (sentence, stem) pairs).
    """
    n = len(stems)
    rows_a, cols_a, values, size = term_counts(stems)
    if not size:
        return np.zeros(n), np.zeros(n)
    # Entries sorted by (stem, sentence): the prefix sum within a stem's run is
    # that stem's weight summed over the earlier sentences.
    order = np.lexsort((rows_a, cols_a))
    rows_s, cols_s, vals_s = rows_a[order], cols_a[order], values[order]
    running = np.cumsum(vals_s)
    run_start = np.r_[0, np.flatnonzero(np.diff(cols_s)) + 1]
    base = np.repeat(running[run_start] - vals_s[run_start], np.diff(np.r_[run_start, len(cols_s)]))
    earlier = running - vals_s - base
    totals = np.bincount(cols_s, weights=vals_s, minlength=size)
    later = totals[cols_s] - earlier - vals_s
    backward = np.bincount(rows_s, weights=vals_s * earlier, minlength=n)
    forward = np.bincount(rows_s, weights=vals_s * later, minlength=n)
    return forward, backward


def title_overlap(title: str, stems: list[list[str]], language: str) -> np.ndarray:
    title_stems = set(content_stems(tokenize_words(title), language))
    if not title_stems:
        return np.zeros(len(stems))
    return np.array([len(title_stems & set(s)) / len(title_stems) for s in stems])


def is_fragment(words: list[str]) -> bool:
    """No sentence shape: almost no lower-case words, or mostly capitalised tokens."""
    if not words:
        return True
    lower = sum(w[0].islower() for w in words)
    return lower < 3 or len(words) - lower > 0.6 * len(words)


def is_run_on(text: str) -> bool:
    """Two sentences glued without punctuation, e.g. a caption before the text."""
    tokens = text.split()
    return any(
        word in RUN_ON_OPENERS and before[-1].isalnum() and after[0].islower()
        for before, word, after in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


def opens_dependent(words: list[str]) -> bool:
    return bool(words) and words[0].lower() in DEPENDENT_OPENERS


def defer_repeats(words: list[list[str]], order: np.ndarray, share: float) -> list[int]:
    """Rank order with near-repeats moved to the end.

    A sentence is a near-repeat when more than ``share`` of its word trigrams are
    in sentences already ranked above it (trigram blocking, softened so that two
    sentences on the same topic can both stay).
    """
    seen: set[tuple[str, ...]] = set()
    kept, deferred = [], []
    for index in order:
        lower = [w.lower() for w in words[index]]
        grams = set(zip(lower, lower[1:], lower[2:], strict=False))
        if grams and len(grams & seen) > share * len(grams):
            deferred.append(int(index))
            continue
        seen |= grams
        kept.append(int(index))
    return kept + deferred

