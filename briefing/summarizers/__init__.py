"""Summarize stage: pick key sentences of a Document.

Every method produces a *ranking* (all sentences, best first, each a Pick with a
score and reasons); the length then takes a prefix of that ranking and the picks
are returned in document order. So ``--sentences``, ``--ratio`` and ``--words``
mean the same thing for every method, and a longer summary always contains the
shorter ones. The methods are listed once, in ``methods.METHOD_TABLE``.
"""

from __future__ import annotations

from briefing.models import Document, Pick, Summary
from briefing.summarizers.length import DEFAULT_SENTENCES, Length
from briefing.summarizers.methods import (
    METHOD_TABLE,
    METHODS,
    SummaryOptions,
    check_limit,
    method_named,
)

__all__ = [
    "DEFAULT_SENTENCES",
    "METHODS",
    "METHOD_TABLE",
    "Length",
    "SummaryOptions",
    "rank",
    "summarize_document",
]


def rank(doc: Document, method: str = "default", length: Length | None = None) -> list[Pick]:
    """Every sentence of ``doc`` as a Pick, best first, by ``method``.

    ``length`` is the length the ranking is for: ``default`` weighs a ratio of the
    article (a condensed article) differently from N sentences (key points).
    """
    chosen = method_named(method)
    if not doc.sentences:
        return []
    check_limit(chosen, len(doc.sentences))
    return chosen.rank(doc, length or Length())


def summarize_document(doc: Document, options: SummaryOptions | None = None) -> Summary:
    """Rank with the options' method and keep the top of the ranking, in document order."""
    options = options or SummaryOptions()
    ranking = rank(doc, options.method, options.length)
    lengths = [len(s.text.split()) for s in doc.sentences]
    chosen = options.length.take(ranking, lengths)
    return Summary(method=options.method, picks=sorted(chosen, key=lambda p: p.index),
                   ranking=ranking)
