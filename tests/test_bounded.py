"""Bounded work: only the first MAX_SENTENCES sentences are analysed, and the brief says so."""

from __future__ import annotations

import json

from briefing import pipeline
from briefing.brief import build
from briefing.models import Article
from briefing.renderers import render


def many_paragraphs(count: int) -> Article:
    return Article(paragraphs=[f"Short note number {i} about the harbour." for i in range(count)],
                   title="A very long file")


def test_a_long_article_is_cut_to_the_limit_with_a_notice():
    doc = pipeline.bounded_document(many_paragraphs(300), limit=50)
    assert len(doc.sentences) == 50
    assert len(doc.article.paragraphs) == 50  # memory follows what is kept
    assert doc.notes and "first 50 sentences" in doc.notes[0] and "300 paragraphs" in doc.notes[0]


def test_paragraphs_with_several_sentences_are_cut_by_sentence():
    article = Article(paragraphs=["One here. Two here. Three here."] * 10, title="Three each")
    doc = pipeline.bounded_document(article, limit=7)
    assert len(doc.sentences) == 7 and doc.sentences[-1].paragraph == 2
    assert len(doc.article.paragraphs) == 3


def test_short_articles_are_untouched():
    doc = pipeline.bounded_document(many_paragraphs(20), limit=50)
    assert len(doc.sentences) == 20 and doc.notes == []


def test_the_notice_reaches_every_format(monkeypatch):
    monkeypatch.setattr(pipeline, "MAX_SENTENCES", 40)
    doc = pipeline.document(many_paragraphs(120))
    summary = pipeline.summarize_doc(doc)
    brief = build(doc, summary, pipeline.facts_of(doc, summary))
    assert json.loads(render(brief, "json"))["notes"] == doc.notes
    assert "Only the first 40 sentences were analysed" in render(brief, "md").decode()
    assert "Only the first 40 sentences were analysed" in render(brief, "html").decode()
