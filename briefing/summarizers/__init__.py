"""Summarize stage: pick key sentences of a Document.

Every method produces a *ranking* (all sentences, best first, each a Pick with a
score and reasons); the length rule then takes a prefix of that ranking and the
picks are returned in document order. So ``--sentences``, ``--ratio`` and
``--words`` mean the same thing for every method.

Methods: ``default`` (our ranker, see ``ranker.py``), ``lead`` (first sentences)
and every sumy summarizer by name (see ``sumy_methods.py``).
"""

from __future__ import annotations

from briefing.errors import InputError
from briefing.models import Document, Pick, Summary
from briefing.summarizers.length import DEFAULT_SENTENCES, choose_prefix, target_count

SUMY_METHODS = (
    "luhn",
    "edmundson",
    "lsa",
    "text-rank",
    "lex-rank",
    "sum-basic",
    "kl",
    "reduction",
    "random",
)
METHODS = ("default", "lead", *SUMY_METHODS)

__all__ = ["DEFAULT_SENTENCES", "METHODS", "SUMY_METHODS", "rank", "summarize_document"]


def rank(doc: Document, method: str = "default", share: float | None = None) -> list[Pick]:
    """Every sentence of ``doc`` as a Pick, best first, by ``method``.

    ``share`` (the part of the article the summary keeps) tunes ``default``:
    short summaries lean on the lead, long ones on coverage.
    """
    if method not in METHODS:
        raise InputError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
    if not doc.sentences:
        return []
    if method == "default":
        from briefing.summarizers.ranker import rank_sentences

        return rank_sentences(doc, share=share)
    if method == "lead":
        return lead_ranking(len(doc.sentences))
    from briefing.summarizers.sumy_methods import rank_with_sumy

    return rank_with_sumy(doc, method)


def lead_ranking(count: int) -> list[Pick]:
    """Sentences in document order; the score falls with position."""
    return [Pick(i, round(1.0 / (i + 1), 4), [f"position {i + 1}"]) for i in range(count)]


def summary_share(
    lengths: list[int], sentences: int | None, ratio: float | None, words: int | None
) -> float | None:
    """The part of the article (0-1] a summary of this length keeps."""
    if not lengths:
        return None
    if words is not None:
        return min(1.0, words / max(1, sum(lengths)))
    return target_count(len(lengths), sentences, ratio) / len(lengths)


def summarize_document(
    doc: Document,
    method: str = "default",
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
) -> Summary:
    """Rank with ``method`` and keep the top of the ranking, in document order."""
    lengths = [len(s.text.split()) for s in doc.sentences]
    share = summary_share(lengths, sentences, ratio, words)
    ranking = rank(doc, method, share)
    chosen = choose_prefix(ranking, lengths, sentences=sentences, ratio=ratio, words=words)
    picks = sorted(chosen, key=lambda p: p.index)
    return Summary(method=method, picks=picks, ranking=ranking,
                   lead_sentence=lead_sentence(doc, method, share, ranking))


def lead_sentence(
    doc: Document, method: str, share: float | None, ranking: list[Pick]
) -> int | None:
    """The best one-sentence summary: the bottom line of a brief.

    ``default`` ranks differently for long summaries (coverage) than for short ones
    (lead); a single line is the shortest summary, so it is ranked as one.
    """
    if not ranking:
        return None
    if method == "default" and share is not None and len(doc.sentences) > 1:
        from briefing.summarizers.ranker import COVERAGE_SHARE

        if share >= COVERAGE_SHARE:
            return rank(doc, method, 1 / len(doc.sentences))[0].index
    return ranking[0].index
