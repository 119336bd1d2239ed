"""Summarize stage: pick key sentences of a Document.

(Skeleton implementation; the summarization owner deepens this.)
"""

from __future__ import annotations

from briefing.errors import InputError
from briefing.models import Document, Pick, Summary

METHODS = ("default", "lead")


def target_count(n_sentences: int, sentences: int | None, ratio: float | None) -> int:
    if sentences is not None:
        return max(0, min(n_sentences, sentences))
    if ratio is not None:
        return max(1, min(n_sentences, round(n_sentences * ratio)))
    return min(n_sentences, 5)


def summarize_document(
    doc: Document,
    method: str = "default",
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
) -> Summary:
    if method not in METHODS:
        raise InputError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
    count = target_count(len(doc.sentences), sentences, ratio)
    picks = [Pick(i, 1.0 / (i + 1), ["position"]) for i in range(count)]
    return Summary(method=method, picks=picks, ranking=list(picks))
