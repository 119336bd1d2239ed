"""Segment stage: split an Article's paragraphs into indexed sentences.

(Skeleton implementation; the segmentation owner deepens this.)
"""

from __future__ import annotations

import punkt

from briefing.models import Article, Document, Sentence


def split_sentences(text: str, language: str = "en") -> list[str]:
    return [s.strip() for s in punkt.sent_tokenize(text) if s.strip()]


def segment(article: Article) -> Document:
    sentences: list[Sentence] = []
    offset = 0
    for p_index, paragraph in enumerate(article.paragraphs):
        cursor = 0
        for text in split_sentences(paragraph, article.language):
            start = paragraph.find(text, cursor)
            start = cursor if start < 0 else start
            cursor = start + len(text)
            sentences.append(
                Sentence(len(sentences), p_index, text, offset + start, offset + cursor)
            )
        offset += len(paragraph) + 2
    return Document(article=article, sentences=sentences)
