"""sumy's summarizers, fed our own sentences and returning our sentence indexes.

The sumy document is built from the Document's sentences (one sumy Paragraph per
article paragraph, the title as a heading), so every method sees exactly the
sentences our segmenter made. sumy sorts (sentence, order, rating) triples
before cutting them to the requested count, and accepts a callable as that
count: we pass one that keeps them all, which gives a full ranking with scores.

Pure-Python methods grow quadratically (cubically for KL) with the number of
sentences, so each has a sentence limit in the methods table (``methods.py``);
above it ``summarizers.rank`` refuses with an InputError that suggests ``default``.
"""

from __future__ import annotations

import math
import random
import warnings
import zlib
from collections import Counter
from typing import Any

import numpy

from briefing.lang.words import LANGUAGES, language_code, stemmer, stop_words, tokenize_words
from briefing.models import Document, Pick

# Generic words that mark weak or off-topic sentences (Edmundson's stigma words).
STIGMA_WORDS = (
    "advertisement", "click", "subscribe", "copyright", "photo", "picture", "video",
    "caption", "perhaps", "maybe", "hardly", "anyway", "meanwhile", "comment",
)
# Edmundson needs bonus words; without a title we use the most frequent content words.
FREQUENT_WORDS_AS_BONUS = 10


def rank_with_sumy(doc: Document, method: str, class_path: str) -> list[Pick]:
    """Every sentence ranked by the sumy summarizer ``method`` (its class at
    ``class_path``, "module:Class", as the methods table names it), best first.

    No size limit here: ``summarizers.rank`` applies the table's (benchmarks call this
    directly to time the methods past their limits).
    """
    n = len(doc.sentences)
    language = language_code(doc.article.language)
    sumy_doc = build_sumy_document(doc, language)
    summarizer = build_summarizer(method, class_path, doc, language)
    capture = _KeepAll()
    # NaN scores are handled below; LSA warns when sentences outnumber words.
    with numpy.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        summarizer(sumy_doc, capture)
    return ranking_from(capture.infos, n, method)


class _KeepAll:
    """A sumy "sentences count" that keeps every sentence and remembers the ratings."""

    def __init__(self) -> None:
        self.infos: list[Any] = []

    def __call__(self, infos: list[Any]) -> list[Any]:
        self.infos = list(infos)
        return self.infos


def ranking_from(infos: list[Any], n: int, method: str) -> list[Pick]:
    """Picks from sumy's sorted infos; lead order when the scores are undefined."""
    scores = [_as_float(info.rating) for info in infos]
    if len(infos) != n or not all(math.isfinite(s) for s in scores):
        return [
            Pick(i, 0.0, [f"{method} score undefined for this text: lead order"])
            for i in range(n)
        ]
    return [
        Pick(info.order, round(score, 6), [f"{method} {score:.4g}"])
        for info, score in zip(infos, scores, strict=True)
    ]


def _as_float(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def build_sumy_document(doc: Document, language: str) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = SumyTokenizer(language)
    by_paragraph: dict[int, list[Any]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(
            SumySentence(sentence.text, tokenizer)
        )
    groups = [by_paragraph[key] for key in sorted(by_paragraph)]
    title = doc.article.title.strip()
    if title:
        groups[0].insert(0, SumySentence(title, tokenizer, is_heading=True))
    return ObjectDocumentModel([Paragraph(group) for group in groups])


def build_summarizer(method: str, class_path: str, doc: Document, language: str) -> Any:
    stem = stemmer(language)
    stop = stop_words(language)
    if method == "random":
        return seeded_random_summarizer(doc)
    summarizer = sumy_class(class_path)(stem)
    if method == "edmundson":
        return edmundson(summarizer, doc, language, stop)
    summarizer.stop_words = stop
    return summarizer


def sumy_class(class_path: str) -> Any:
    """The sumy summarizer class at ``class_path`` ("module:Class")."""
    import importlib

    module, _, name = class_path.partition(":")
    return getattr(importlib.import_module(module), name)


def edmundson(summarizer: Any, doc: Document, language: str, stop: frozenset[str]) -> Any:
    """Edmundson with defaults: title (or frequent) words as bonus, stop words as null."""
    summarizer.null_words = stop or {"the", "a", "of"}
    summarizer.bonus_words = bonus_words(doc, language) or {"said"}
    summarizer.stigma_words = STIGMA_WORDS
    return summarizer


def bonus_words(doc: Document, language: str) -> set[str]:
    """Words (not stems: sumy stems them) of the title, else the most frequent ones."""
    stop = stop_words(language)

    def content_words(text: str) -> list[str]:
        return [w.lower() for w in tokenize_words(text) if w.lower() not in stop]

    title_words = content_words(doc.article.title)
    if title_words:
        return set(title_words)
    counts = Counter(word for s in doc.sentences for word in content_words(s.text))
    return {word for word, _ in counts.most_common(FREQUENT_WORDS_AS_BONUS)}


def seeded_random_summarizer(doc: Document) -> Any:
    """sumy's RandomSummarizer with a seed taken from the text: same text, same picks."""
    from sumy.summarizers.random import RandomSummarizer

    seed = zlib.crc32("\n".join(doc.sentence_texts()).encode("utf-8"))

    class SeededRandomSummarizer(RandomSummarizer):
        def _get_random_ratings(self, sentences: Any) -> dict[Any, int]:
            ratings = list(range(len(sentences)))
            random.Random(seed).shuffle(ratings)
            return dict(zip(sentences, ratings, strict=True))

    return SeededRandomSummarizer()


class SumyTokenizer:
    """What sumy's parsers and DOM need from a tokenizer, without NLTK data.

    sumy calls ``to_sentences(paragraph)`` (parsers) and ``to_words(sentence)``
    (``Sentence.words``); ``language`` is read by some callers. It stands in for
    sumy's ``Tokenizer``, which would need NLTK's downloadable punkt data.
    """

    def __init__(self, language: str = "en") -> None:
        self._code = language_code(language)
        self.language = LANGUAGES[self._code]

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from briefing.segment import split_sentences

        return tuple(split_sentences(paragraph, self._code))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokenize_words(sentence))
