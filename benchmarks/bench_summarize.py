"""Speed of ``default`` summarization against sumy's LexRank, in one run.

Usage::

    python benchmarks/bench_summarize.py [--articles 100] [--lexrank-max 2000]
    python benchmarks/bench_summarize.py --limits   # each slow method at its size limit

Prints a table: time per article on the shared corpora (when ../shared is
present), then time per document of 400, 2,000 and 10,000 sentences made by
concatenating generated sentences. LexRank builds an n x n matrix in pure
Python; above --lexrank-max sentences it is skipped (10,000 would take minutes).
Both methods get the same segmented Document, so only ranking is timed.
``--limits`` times every method that has a size limit (methods.METHOD_TABLE) on a
generated document of exactly that many sentences: the README promises a few seconds.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from briefing.models import Article, Document, Sentence
from briefing.summarizers.length import Length
from briefing.summarizers.methods import method_named
from briefing.summarizers.ranker import rank_sentences

LEX_RANK = method_named("lex-rank")  # the table's row, run past its size limit

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
SUBJECTS = "The council The minister Officials The company Investors Police Residents".split(" ")
VERBS = "said approved rejected announced reported expected delayed questioned".split()
OBJECTS = (
    "the budget plan", "new rail fares", "the flood defences", "a trade agreement",
    "the hospital merger", "quarterly profits", "the election timetable", "water prices",
)


def synthetic_document(n_sentences: int, seed: int = 7) -> Document:
    """A long document of varied, generated news-like sentences."""
    rng = random.Random(seed)
    sentences, offset = [], 0
    for i in range(n_sentences):
        text = (
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} on day "
            f"{rng.randint(1, 300)}, after {rng.choice(OBJECTS)} was {rng.choice(VERBS)} "
            f"by {rng.randint(2, 900)} people in district {rng.randint(1, 40)}."
        )
        sentences.append(Sentence(i, i // 5, text, offset, offset + len(text)))
        offset += len(text) + 1
    article = Article(paragraphs=[s.text for s in sentences], title="Council budget plan")
    return Document(article=article, sentences=sentences)


def corpus_documents(limit: int) -> dict[str, list[Document]]:
    from briefing.evaluate import document_for, load_corpus

    found = {}
    for name in ("cnndm-frank-250/pairs.jsonl", "bbc-news-summary-even"):
        path = SHARED / name
        if path.exists():
            found[name.split("/")[0]] = [document_for(i) for i in load_corpus(path, limit)]
    return found


def seconds(function, docs: list[Document], repeats: int = 1) -> float:
    """Mean time per document, best of ``repeats`` passes."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for doc in docs:
            function(doc)
        best = min(best, (time.perf_counter() - start) / len(docs))
    return best


def default_rank(doc: Document) -> None:
    rank_sentences(doc)


def lexrank(doc: Document) -> None:
    LEX_RANK.rank(doc, Length())


def time_limits() -> None:
    """Seconds each size-limited method takes at its limit (one run each)."""
    from briefing.summarizers.length import Length
    from briefing.summarizers.methods import METHOD_TABLE

    print("| method | limit (sentences) | words | s at the limit |")
    print("| --- | ---: | ---: | ---: |")
    for method in METHOD_TABLE:
        if method.limit is None:
            continue
        doc = synthetic_document(method.limit)
        words = sum(len(s.text.split()) for s in doc.sentences)
        try:
            method.rank(synthetic_document(20), Length())  # imports outside the timing
        except Exception as error:  # an eval extra not installed
            print(f"| {method.name} | {method.limit:,} | {words:,} | skipped: {error} |")
            continue
        start = time.perf_counter()
        method.rank(doc, Length())
        print(f"| {method.name} | {method.limit:,} | {words:,} | "
              f"{time.perf_counter() - start:.1f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="articles per corpus")
    parser.add_argument("--lexrank-max", type=int, default=2000, help="skip LexRank above")
    parser.add_argument("--limits", action="store_true", help="time slow methods at their limit")
    args = parser.parse_args()
    if args.limits:
        time_limits()
        return

    rows = []
    for name, docs in corpus_documents(args.articles).items():
        mean_n = sum(len(d.sentences) for d in docs) / len(docs)
        rows.append((f"{name} ({len(docs)} art., ~{mean_n:.0f} sent.)", docs))
    for n in (400, 2000, 10000):
        rows.append((f"synthetic {n:,} sentences", [synthetic_document(n)]))

    default_rank(rows[0][1][0])  # warm caches (imports, stemmer) outside the timing
    print("| input | default s/doc | lex-rank s/doc | lex-rank / default |")
    print("| --- | ---: | ---: | ---: |")
    default_times = {}
    for label, docs in rows:
        ours = seconds(default_rank, docs, repeats=3)
        default_times[label] = ours
        if max(len(d.sentences) for d in docs) > args.lexrank_max:
            print(f"| {label} | {ours:.4f} | skipped (> {args.lexrank_max}) | - |")
            continue
        theirs = seconds(lexrank, docs)
        print(f"| {label} | {ours:.4f} | {theirs:.4f} | {theirs / ours:.1f}x |")
    times = default_times
    growth = times["synthetic 10,000 sentences"] / times["synthetic 2,000 sentences"]
    print(f"\ndefault growth 10,000 / 2,000 sentences: {growth:.1f}x (linear would be 5x)")


if __name__ == "__main__":
    main()
