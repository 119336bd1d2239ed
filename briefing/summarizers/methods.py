"""The one table of summarization methods: name -> ranking, input limit, description.

The CLI help, ``briefing evaluate``, the size limits and the sumy class lookup all
read ``METHOD_TABLE``; adding a method is adding a row. Each ranking function takes
a Document and returns every sentence as a Pick, best first.

Limits are in sentences: the slow pure-Python methods (quadratic in sentences, KL
cubic, LSA an SVD of a words x sentences matrix) refuse longer input with an error
that suggests ``default``, so that none takes more than a few seconds. Measured with
``python benchmarks/bench_summarize.py --limits`` (generated news-like sentences,
about 20 words each) on a 2-core machine: see the README table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.errors import InputError
from briefing.models import Document, Pick
from briefing.summarizers.length import Length


@dataclass(frozen=True)
class Method:
    name: str
    rank: Callable[[Document, Length], list[Pick]]  # the length matters to ``default`` only
    description: str
    limit: int | None = None  # most sentences accepted; None: any length
    sumy_class: str = ""  # "module:Class" for sumy's summarizers
    extra: str = ""  # the pip extra it needs, if not a runtime dependency


def _default(doc: Document, length: Length) -> list[Pick]:
    from briefing.summarizers.ranker import rank_sentences

    return rank_sentences(doc, condensed=length.ratio is not None)


def _lead(doc: Document, length: Length) -> list[Pick]:
    return [Pick(i, round(1.0 / (i + 1), 4), [f"position {i + 1}"])
            for i in range(len(doc.sentences))]


def _sumy(name: str, class_path: str, description: str, limit: int | None = None) -> Method:
    """A row for one of sumy's summarizers; the adapter gets the class from the row, so
    it never needs to look the table up."""
    def rank(doc: Document, length: Length) -> list[Pick]:
        from briefing.summarizers.sumy_methods import rank_with_sumy

        return rank_with_sumy(doc, name, class_path)

    return Method(name, rank, description, limit, sumy_class=class_path)


def _summa(doc: Document, length: Length) -> list[Pick]:
    from briefing.summarizers.peers import rank_with_summa

    return rank_with_summa(doc)


def _lexrank(doc: Document, length: Length) -> list[Pick]:
    from briefing.summarizers.peers import rank_with_lexrank

    return rank_with_lexrank(doc)


_S = "sumy.summarizers."
METHOD_TABLE: tuple[Method, ...] = (
    Method("default", _default, "ours: learned weights over position, centrality, title, "
           "length and more; nested at every length"),
    Method("lead", _lead, "the first sentences (Lead-N)"),
    _sumy("luhn", _S + "luhn:LuhnSummarizer", "sumy Luhn: significant-word clusters"),
    _sumy("edmundson", _S + "edmundson:EdmundsonSummarizer",
          "sumy Edmundson: title, cue and position words"),
    _sumy("lsa", _S + "lsa:LsaSummarizer", "sumy LSA: singular value decomposition", limit=500),
    _sumy("text-rank", _S + "text_rank:TextRankSummarizer", "sumy TextRank", limit=1000),
    _sumy("lex-rank", _S + "lex_rank:LexRankSummarizer", "sumy LexRank", limit=1000),
    _sumy("sum-basic", _S + "sum_basic:SumBasicSummarizer", "sumy SumBasic: word probabilities",
          limit=3000),
    _sumy("kl", _S + "kl:KLSummarizer", "sumy KL-Sum: closest word distribution", limit=200),
    _sumy("reduction", _S + "reduction:ReductionSummarizer",
          "sumy Reduction: graph of shared words", limit=1000),
    _sumy("random", _S + "random:RandomSummarizer", "sumy Random, seeded by the text (a floor)"),
    Method("summa", _summa, "summa's TextRank (evaluation extra)", limit=1000, extra="eval"),
    Method("lexrank", _lexrank, "the lexrank package (evaluation extra)", limit=1000,
           extra="eval"),
)
METHODS: tuple[str, ...] = tuple(m.name for m in METHOD_TABLE)
_BY_NAME = {m.name: m for m in METHOD_TABLE}


def method_named(name: str) -> Method:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise InputError(f"unknown method {name!r}; choose from {', '.join(METHODS)}") from None


def help_text() -> str:
    """The --method help: every name, from the table."""
    return "Summarizer: " + ", ".join(METHODS) + " (see README)."


def check_limit(method: Method, n_sentences: int) -> None:
    if method.limit is not None and n_sentences > method.limit:
        raise InputError(
            f"method {method.name!r} is too slow for {n_sentences} sentences "
            f"(limit {method.limit}); use --method default"
        )


@dataclass(frozen=True)
class SummaryOptions:
    """What to summarize with: the method name and the length."""

    method: str = "default"
    length: Length = field(default_factory=Length)

    @classmethod
    def of(
        cls,
        method: str = "default",
        sentences: int | None = None,
        ratio: float | None = None,
        words: int | None = None,
    ) -> SummaryOptions:
        method_named(method)  # an unknown name fails here, once
        return cls(method, Length(sentences, ratio, words))
