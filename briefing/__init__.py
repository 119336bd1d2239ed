"""newsbrief: turn news articles into one-page briefs and daily digests.

Public API (everything else is internal)::

    summarize(text, method="default", sentences=None, ratio=None) -> list[str]
    extract_facts(text) -> Facts
    extract_figures(text) -> list[Figure]
    make_brief(source) -> Brief
    render(brief, fmt, paper="a4", template_dir=None) -> bytes
    InputError
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from briefing.__about__ import __version__
from briefing.errors import InputError

if TYPE_CHECKING:
    from briefing.models import Article, Brief, Facts, Figure

__all__ = [
    "InputError",
    "__version__",
    "extract_facts",
    "extract_figures",
    "make_brief",
    "render",
    "summarize",
]


def summarize(
    text: str,
    method: str = "default",
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
) -> list[str]:
    """Return the key sentences of ``text``, one string each, in document order."""
    from briefing import pipeline
    from briefing.summarizers import SummaryOptions

    options = SummaryOptions.of(method, sentences, ratio, words)
    doc = pipeline.text_document(text)
    summary = pipeline.summarize_doc(doc, options)
    return [doc.sentences[i].text for i in summary.indexes]


def extract_facts(text: str) -> Facts:
    """Figures, dates, people, places, organisations and quotes of ``text`` (an article or
    a phrase)."""
    from briefing import pipeline

    return pipeline.facts_of(pipeline.reading_document(text))


def extract_figures(text: str) -> list[Figure]:
    """Figures of ``text`` with what they measure; an article or a phrase ("$20", "75ml")."""
    from briefing import pipeline

    return pipeline.figures_of(pipeline.reading_document(text))


def make_brief(
    source: str | os.PathLike[str] | Article,
    method: str = "default",
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
) -> Brief:
    """Build a Brief from a path, URL, "-", raw article text or an Article."""
    from briefing import pipeline
    from briefing.summarizers import SummaryOptions

    return pipeline.brief_of(source, SummaryOptions.of(method, sentences, ratio, words))


def render(
    brief: Brief,
    fmt: str,
    *,
    paper: str = "a4",
    template_dir: str | os.PathLike[str] | None = None,
) -> bytes:
    """Render a Brief as "pdf", "html", "md", "json" or "email" (bytes).

    ``paper`` ("a4" or "letter") applies to the PDF; ``template_dir`` overrides the
    built-in templates. An unknown option is a TypeError, never silently ignored.
    """
    from briefing.renderers import render as render_brief

    return render_brief(brief, fmt, paper=paper, template_dir=template_dir)
