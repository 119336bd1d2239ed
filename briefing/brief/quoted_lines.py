"""Sentences that are someone's words without their speaker: inside a quotation the facts
stage found, which runs on before or after the sentence ("'Every time I play here I learn.
This is where I want to be. I just need to work harder.'" : the second and third sentences
hold no mark and no speaker, so alone on the page they read as the article's own claim).

The facts stage pairs marks over the whole quotation, across paragraphs and mixed styles,
where the brief's per-paragraph pairing (``lang.quotes.cuts_a_quotation``) loses a quote
opened with a single mark and never closed in pasted copy.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from briefing.brief.standalone import language_words
from briefing.lang.words import language_code, tokenize_words
from briefing.models import Document, Quote


def inside_a_quotation(doc: Document, quotes: Iterable[Quote]) -> set[int]:
    """Indexes of the sentences that hold part of a quotation but not all of it (the
    quotation opens before the sentence or runs on past it) and speak as a person ("I",
    "we", "you"). A sentence holding a whole quotation ("'It was tough,' said the
    champion.") keeps its speaker and is not here. A span over a lost mark in pasted copy
    runs through narrative, so a sentence in the third person is left to the other rules
    (of the 23 CNN/DM key points inside a span at 942cd91, 14 were in the third person and
    8 of those narrative or captions; the 9 in the first or second person were speech)."""
    persons = language_words(language_code(doc.article.language), "SPEAKER_PERSON_WORDS",
                             frozenset())
    spans = sorted((q.start, q.end) for q in quotes if 0 <= q.start < q.end)
    if not persons or not spans:
        return set()
    ends = [sentence.end for sentence in doc.sentences]
    found: set[int] = set()
    for start, end in spans:
        # the first sentence ending after the quotation opens, then on while they overlap
        for sentence in doc.sentences[bisect_right(ends, start):]:
            if sentence.start >= end:
                break
            if (start < sentence.start or end > sentence.end) and speaks_as_a_person(
                    sentence.text, persons):
                found.add(sentence.index)
    return found


def speaks_as_a_person(text: str, persons: frozenset[str]) -> bool:
    """Whether ``text`` holds a first- or second-person word ("I'm", "our", "you")."""
    return any(word.casefold().replace("’", "'") in persons for word in tokenize_words(text))
