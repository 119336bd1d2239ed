"""The signals ``default`` ranks by: one array per signal over a Document's sentences.

Every signal is scaled to about [0, 1] so that the learned weights (``weights.json``)
are comparable and ``--explain`` can show each one's share of a score:

* ``position``: the position prior, exp(-i / POSITION_SPAN). News puts the key facts first.
* ``forward``: directed centrality as in PacSum (Zheng & Lapata 2019): word overlap
  with *later* sentences only, what the article goes on to develop; TextRank's
  log-length normalisation per pair.
* ``centrality``: undirected, the sum of cosine similarities to every other sentence.
* ``graph``: TextRank (Mihalcea & Tarau 2004): PageRank over shared distinct words
  divided by log(len_i) + log(len_j); degree instead of PageRank above EXACT_LIMIT.
* ``title``: share of the title's content words the sentence contains.
* ``length``: words, saturating at LENGTH_SCALE.
* ``entities`` / ``figures``: share of tokens that are capitalised mid-sentence / hold digits.
* ``quote``: share of the sentence's characters inside quotation marks.
* ``fragment``, ``long``, ``run_on``: no sentence shape, very long, caption glued to text.
* ``dangling``: opens with a pronoun that needs the sentence before it ("He said ...");
  the ranking waives it once that sentence is chosen (model.py).

All are O(words) except the pairwise overlap of ``forward``, which is exact up to
EXACT_LIMIT sentences and an O(words) approximation above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from briefing.lang.en.lexicon import BACK_POINTING_OPENERS, RUN_ON_OPENERS
from briefing.lang.words import content_stems, language_code, tokenize_words
from briefing.models import Document

# The position prior falls by a factor e every POSITION_SPAN sentences (tuned on CNN/DM).
POSITION_SPAN = 1.5
# Sentence length (words) at which the length signal saturates; CNN/DM highlights and
# BBC summary sentences run to 25-40 words.
LENGTH_SCALE = 40
LONG_WORDS = 60
# Up to this many sentences the overlap is normalised pair by pair (a sparse
# matrix product); above it, an O(words) approximation keeps growth linear.
EXACT_LIMIT = 1500
# Below this many sentence x stem cells (an ordinary article) a dense matrix is faster
# than building a sparse one, whose set-up costs more than the product itself.
DENSE_CELLS = 250_000
# Up to this many sentences (every article of the dev corpora: at most 250) the pair
# statistics come from dense n x n arrays, TextRank is a true PageRank and MMR keeps
# the similarity matrix. Above it everything stays O(n) in memory: TextRank becomes
# the weighted degree and MMR computes similarity rows from sparse vectors as it needs
# them (dense arrays for 2,000 sentences took 8 s and ~300 MB on a loaded machine).
DENSE_PAIRS_LIMIT = 400

# Text between paired quotation marks (straight, curly, guillemets).
_DIGIT_WORD = re.compile(r"\S*\d\S*")
_QUOTED = re.compile(r"\"[^\"]+\"|“[^”]+”|«[^»]+»|„[^“”]+[“”]")

# PageRank's damping factor, as in TextRank; a few dozen iterations converge.
DAMPING = 0.85
PAGERANK_ITERATIONS = 40


SIGNALS = (
    "position", "forward", "centrality", "graph", "title", "length", "entities", "figures",
    "quote", "fragment", "long", "run_on", "dangling",
)


@dataclass
class Pairs:
    """What the sentence pairs give: three centralities and the similarity for MMR."""

    forward: np.ndarray
    centrality: np.ndarray
    graph: np.ndarray
    similarity: np.ndarray | None  # n x n cosines, 0 on the diagonal, max 1; None if long
    units: Any = None  # sparse unit rows when ``similarity`` is None


def pairwise(stems: list[list[str]]) -> Pairs:
    """Pair statistics: one dense pass for an ordinary article, sparse or O(words) above."""
    n = len(stems)
    rows, cols, counts, size = term_counts(stems)
    if n and size and n <= DENSE_PAIRS_LIMIT and n * size <= DENSE_CELLS:
        return dense_pairs(stems, rows, cols, counts, size)
    forward, backward = normalised_overlap(stems)
    units = unit_rows(stems)
    return Pairs(forward, unit_centrality(units), text_rank(stems, forward + backward),
                 None, units)


def dense_pairs(stems: list[list[str]], rows: np.ndarray, cols: np.ndarray,
                counts: np.ndarray, size: int) -> Pairs:
    """``pairwise`` with one dense term matrix (the same figures as the sparse code)."""
    n = len(stems)
    matrix = np.zeros((n, size))
    matrix[rows, cols] = counts
    gram = matrix @ matrix.T
    log_lengths = np.log(np.maximum(2, [len(s) for s in stems]))
    forward = np.triu(gram / (log_lengths[:, None] + log_lengths[None, :]), 1).sum(axis=1)
    norms = np.sqrt(np.diag(gram))
    outer = norms[:, None] * norms[None, :]
    cosine = np.divide(gram, outer, out=np.zeros_like(gram), where=outer > 0)
    np.fill_diagonal(cosine, 0.0)
    presence = (matrix > 0).astype(float)
    shared = presence @ presence.T
    return Pairs(forward, cosine.sum(axis=1), page_rank(shared, stems), scaled_matrix(cosine))


def scaled_matrix(similarity: np.ndarray) -> np.ndarray:
    peak = similarity.max() if similarity.size else 0.0
    return similarity / peak if peak > 0 else similarity


def sentence_signals(
    doc: Document, words: list[list[str]], stems: list[list[str]], pairs: Pairs
) -> dict[str, np.ndarray]:
    """Each signal as an array over the sentences, in SIGNALS order."""
    language = language_code(doc.article.language)
    texts = doc.sentence_texts()
    n = len(texts)
    return {
        "position": np.exp(-np.arange(n) / POSITION_SPAN),
        "forward": scaled(pairs.forward),
        "centrality": scaled(pairs.centrality),
        "graph": scaled(pairs.graph),
        "title": title_overlap(doc.article.title, stems, language),
        "length": np.minimum(1.0, np.array([len(w) for w in words], float) / LENGTH_SCALE),
        **word_shapes(words),
        "quote": np.array([quoted_share(t) for t in texts]),
        "long": np.array([len(w) > LONG_WORDS for w in words], dtype=float),
        "run_on": np.array([language == "en" and is_run_on(t) for t in texts], dtype=float),
        "dangling": np.array([language == "en" and opens_dangling(w) for w in words], dtype=float),
    }


def opens_dangling(words: list[str]) -> bool:
    """The first word (quotation marks aside) is a pronoun with its referent elsewhere."""
    if not words:
        return False
    return words[0].split("’")[0].split("'")[0].lower() in BACK_POINTING_OPENERS


def scaled(values: np.ndarray) -> np.ndarray:
    peak = values.max() if values.size else 0.0
    return values / peak if peak > 0 else values


def word_shapes(words: list[list[str]]) -> dict[str, np.ndarray]:
    """``entities``, ``figures`` and ``fragment`` from one pass over each sentence's words."""
    shapes = np.zeros((3, len(words)))
    for i, sentence in enumerate(words):
        if not sentence:
            shapes[2, i] = 1.0
            continue
        initials = "".join(w[0] for w in sentence)
        upper = sum(map(str.isupper, initials))
        lower = sum(map(str.islower, initials))
        digits = len(_DIGIT_WORD.findall(" ".join(sentence)))
        rest = len(sentence) - 1
        shapes[0, i] = (upper - sentence[0][0].isupper()) / rest if rest else 0.0
        shapes[1, i] = min(digits, len(sentence)) / len(sentence)
        # A fragment has no sentence shape: almost no lower-case words, or mostly
        # capitalised tokens (credit and dateline lines, headings).
        shapes[2, i] = lower < 3 or len(sentence) - lower > 0.6 * len(sentence)
    return {"entities": shapes[0], "figures": shapes[1], "fragment": shapes[2]}


def quoted_share(text: str) -> float:
    return sum(len(m) for m in _QUOTED.findall(text)) / len(text) if text else 0.0


def is_run_on(text: str) -> bool:
    """Two sentences glued without punctuation, e.g. a caption before the text.

    A sentence-opening word (``RUN_ON_OPENERS``) met mid-sentence, capitalised, right
    after a word with no punctuation and before a lower-case word ("...in Paris The
    striker said...") marks two sentences run together.
    """
    tokens = text.split()
    return any(
        word in RUN_ON_OPENERS and before[-1].isalnum() and after[0].islower()
        for before, word, after in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


def title_overlap(title: str, stems: list[list[str]], language: str) -> np.ndarray:
    title_stems = set(content_stems(tokenize_words(title), language))
    if not title_stems:
        return np.zeros(len(stems))
    return np.array([len(title_stems & set(s)) / len(title_stems) for s in stems])


# ---------------------------------------------------------------- term matrices


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
    return unit_centrality(unit_rows(stems))


def unit_centrality(units) -> np.ndarray:  # units: scipy.sparse.csr_matrix
    """cosine_centrality from the unit rows."""
    total = np.asarray(units.sum(axis=0)).ravel()
    return units @ total - np.asarray(units.multiply(units).sum(axis=1)).ravel()


def text_rank(stems: list[list[str]], degree: np.ndarray | None = None) -> np.ndarray:
    """PageRank over distinct shared stems / (log len_i + log len_j) (TextRank's graph).

    Above DENSE_PAIRS_LIMIT sentences: ``degree`` (the weighted degree), no n x n graph.
    """
    n = len(stems)
    if n < 2:
        return np.ones(n)
    if n > DENSE_PAIRS_LIMIT:
        if degree is None:
            forward, backward = normalised_overlap(stems)
            degree = forward + backward
        return degree
    distinct = [sorted(set(s)) for s in stems]
    rows, cols, _, size = term_counts(distinct)
    if not size:
        return np.ones(n)
    from scipy.sparse import csr_matrix

    presence = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, size))
    return page_rank((presence @ presence.T).toarray(), stems)


def page_rank(shared: np.ndarray, stems: list[list[str]]) -> np.ndarray:
    """TextRank scores from the n x n counts of distinct shared stems."""
    n = len(stems)
    if n < 2:
        return np.ones(n)
    shared = shared.copy()
    np.fill_diagonal(shared, 0.0)
    log_len = np.log(np.maximum(1, [len(s) for s in stems]))
    scale = log_len[:, None] + log_len[None, :]
    weight = np.divide(shared, scale, out=np.zeros_like(shared), where=scale > 0)
    out = weight.sum(axis=1)
    transition = np.divide(weight, out[:, None], out=np.zeros_like(weight), where=out[:, None] > 0)
    score = np.full(n, 1.0 / n)
    for _ in range(PAGERANK_ITERATIONS):
        score = (1 - DAMPING) / n + DAMPING * (transition.T @ score)
    return score


def normalised_overlap(stems: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Directed overlap sums (later, earlier) with each pair divided by log(len_i) + log(len_j).

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
        matrix = np.zeros((n, size))
        matrix[rows, cols] = counts
        weight = (matrix @ matrix.T) / (log_lengths[:, None] + log_lengths[None, :])
        return np.triu(weight, 1).sum(axis=1), np.tril(weight, -1).sum(axis=1)
    from scipy.sparse import csr_matrix

    matrix = csr_matrix((counts, (rows, cols)), shape=(n, size))
    pairs = (matrix @ matrix.T).tocoo()
    weight = pairs.data / (log_lengths[pairs.row] + log_lengths[pairs.col])
    later = pairs.col > pairs.row
    earlier = pairs.col < pairs.row
    forward = np.bincount(pairs.row[later], weights=weight[later], minlength=n)
    backward = np.bincount(pairs.row[earlier], weights=weight[earlier], minlength=n)
    return forward, backward


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
