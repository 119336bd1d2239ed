"""The pipeline, stage by stage: ingest -> segment -> summarize -> facts -> brief.

Each function here is a thin composition of stage modules; the public API in
``briefing/__init__.py`` and the CLI both call these.
"""

from __future__ import annotations

import os
from dataclasses import replace

from briefing import facts as facts_stage
from briefing import ingest, segment
from briefing import summarizers as summarize_stage
from briefing.brief import build
from briefing.errors import InputError, TooShortError, UnsupportedLanguageError
from briefing.formats import input_kind
from briefing.ingest import sources
from briefing.models import Article, Brief, Document, Facts, Figure, Summary
from briefing.summarizers import SummaryOptions

# A str longer than this, or with a line break, is article text rather than a path or URL.
_MAX_PATH_LENGTH = 1024
# A one-line str of this many words that names no file is text too ("Sales rose 5% in May
# as ..."): a file name seldom has six spaces in it, and a missing one keeps its error.
_MIN_TEXT_WORDS = 6
# Bounded work: at most this many sentences of an article are analysed (summarized,
# searched for facts, kept in the brief); the rest is dropped before segmentation and
# the brief says so. 5,000 is five times the generated 15,000-word report in
# benchmarks/ (about 1,000 sentences) and far above any news article; it keeps 10 MB of
# short paragraphs under 500 MB (was 1.1 GB; docs/BENCHMARKS.md).
MAX_SENTENCES = 5_000


def to_article(source: str | os.PathLike[str] | Article) -> Article:
    """Accept an Article, a path, a URL, "-" (stdin) or raw article text."""
    if isinstance(source, Article):
        return source
    if isinstance(source, os.PathLike):
        return ingest.load(os.fspath(source))
    if not isinstance(source, str):
        raise InputError(f"expected text, a path or a URL, not {type(source).__name__}")
    if "\n" in source or len(source) > _MAX_PATH_LENGTH or _reads_as_text(source):
        return ingest.from_text(source, source="text")
    return ingest.load(source)


def _reads_as_text(source: str) -> bool:
    """A one-line sentence rather than a path or URL: several words and no such file."""
    if len(source.split()) < _MIN_TEXT_WORDS or ingest.is_url(source):
        return False
    try:
        return not os.path.exists(source)
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte
        return True


def text_document(text: str) -> Document:
    """Segment raw text (for summarize/extract_facts called with a string)."""
    if not isinstance(text, str):
        raise InputError(f"expected text, not {type(text).__name__}")
    return segment.segment(ingest.from_text(text, source="text"))


def reading_document(text: str) -> Document:
    """A Document of ``text`` for the API's fact readers (``extract_facts``,
    ``extract_figures``): an article is ingested as for a brief; a phrase too short to be
    one ("$20", "a boy aged 9") or text in a language without a sentence model is read as
    English paragraphs rather than refused, since numbers, units and names read the same.
    Empty, binary or oversized input is still refused."""
    try:
        return text_document(text)
    except (TooShortError, UnsupportedLanguageError):
        return _phrase_document(text, "text")


def _phrase_document(text: str, source: str) -> Document:
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n") if part.strip()]
    return segment.segment(Article(paragraphs=paragraphs, source=source, language="en"))


def facts_document(source: str) -> Document:
    """The Document ``briefing facts`` reads: INPUT ingested as for a brief, except that
    plain text on stdin or in a file that is too short to be an article ("$20") or in a
    language without a sentence model is read as a phrase, as ``extract_facts`` reads it.
    URLs, HTML and Markdown are ingested as for a brief; empty or binary input is refused."""
    if source != "-" and (ingest.is_url(source) or input_kind(source) not in ("", "text")):
        return document(source)
    data = sources.read_stdin() if source == "-" else sources.read_file(source)
    kind = "" if source == "-" else input_kind(source)
    try:
        return bounded_document(ingest.from_bytes(data, kind=kind, source=source))
    except (TooShortError, UnsupportedLanguageError):
        text = sources.decode(data, source)  # decoded and checked once already: not binary
        if ingest.looks_like_html(text):
            raise  # a page with no article in it is not a phrase
        return _phrase_document(text, source)


def document(source: str | os.PathLike[str] | Article) -> Document:
    return bounded_document(to_article(source))


def bounded_document(article: Article, limit: int | None = None) -> Document:
    """Segment at most ``limit`` sentences of ``article``, noting any cut in the Document.

    Every paragraph holds at least one sentence, so the first ``limit`` paragraphs hold
    the first ``limit`` sentences: the rest is never segmented or kept.
    """
    limit = MAX_SENTENCES if limit is None else limit
    total = len(article.paragraphs)
    if total > limit:
        article = replace(article, paragraphs=article.paragraphs[:limit])
    doc = segment.segment(article)
    if total <= limit and len(doc.sentences) <= limit:
        return doc
    kept = doc.sentences[:limit]
    last = kept[-1].paragraph + 1 if kept else 0
    article = replace(article, paragraphs=article.paragraphs[:last])
    note = (f"Only the first {limit:,} sentences were analysed; the article is longer "
            f"({total:,} paragraphs).")
    return Document(article=article, sentences=kept, notes=[*doc.notes, note])


def summarize_doc(doc: Document, options: SummaryOptions | None = None) -> Summary:
    return summarize_stage.summarize_document(doc, options)


def facts_of(doc: Document, summary: Summary | None = None) -> Facts:
    return facts_stage.extract(doc, summary)


def figures_of(doc: Document) -> list[Figure]:
    return facts_stage.extract_figures(doc)


def brief_of(
    source: str | os.PathLike[str] | Article, options: SummaryOptions | None = None
) -> Brief:
    doc = document(source)
    summary = summarize_doc(doc, options)
    return build(doc, summary, facts_of(doc, summary))


