"""Two more TextRank/LexRank implementations to measure ``default`` against.

``summa`` (TextRank, Mihalcea & Tarau 2004, as packaged by summanlp) and the
``lexrank`` package (Erkan & Radev 2004, idf-modified cosine with a threshold).
They are not runtime dependencies: ``pip install 'newsbrief[eval]'`` brings them,
and without them these methods give a one-line error. Both are fed our sentences,
so every method sees the same segmentation; both return a full ranking.
"""

from __future__ import annotations

import math
from typing import Any

from briefing.errors import InputError
from briefing.lang.words import LANGUAGES, language_code
from briefing.models import Document, Pick


def _require(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(
            f"this method needs the {module.split('.')[0]!r} package: "
            "pip install 'newsbrief[eval]'"
        ) from None


def rank_with_summa(doc: Document) -> list[Pick]:
    """summa's TextRank scores for our sentences: PageRank over common-word overlap."""
    cleaner = _require("summa.preprocessing.textcleaner")
    summarizer = _require("summa.summarizer")
    language = LANGUAGES[language_code(doc.article.language)]
    cleaner.init_textcleanner(language, None)
    tokens = cleaner.filter_words(doc.sentence_texts())
    scores: dict[str, float] = {}
    nodes = sorted({t for t in tokens if t})
    if len(nodes) > 1:
        graph = summarizer._build_graph(nodes)
        summarizer._set_graph_edge_weights(graph)
        summarizer._remove_unreachable_nodes(graph)
        if graph.nodes():
            scores = summarizer._pagerank(graph)
    return ranking_by([float(scores.get(t, 0.0)) for t in tokens], "summa")


def rank_with_lexrank(doc: Document) -> list[Pick]:
    """The ``lexrank`` package's scores (idf from the article's own sentences)."""
    package = _require("lexrank")
    texts = doc.sentence_texts()
    if len(texts) < 2:
        return ranking_by([1.0] * len(texts), "lexrank")
    language = language_code(doc.article.language)
    stop = package.STOPWORDS.get(language, set())
    try:  # each sentence is a "document" for idf: the article is the corpus
        model = package.LexRank([[t] for t in texts], stopwords=stop)
        scores = [float(s) for s in model.rank_sentences(texts, threshold=0.1)]
    except (ValueError, ZeroDivisionError, FloatingPointError):
        scores = [0.0] * len(texts)
    return ranking_by(scores, "lexrank")


def ranking_by(scores: list[float], name: str) -> list[Pick]:
    """Best first; ties (and undefined scores) keep document order."""
    clean = [s if math.isfinite(s) else 0.0 for s in scores]
    order = sorted(range(len(clean)), key=lambda i: -clean[i])
    return [Pick(i, round(clean[i], 6), [f"{name} {clean[i]:.4g}"]) for i in order]
