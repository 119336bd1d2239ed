"""``briefing evaluate``: ROUGE of every summarizer on a reference corpus, side by side.

Two corpus layouts are read:

* a BBC-style folder: ``articles/<category>/NNN.txt`` (title on the first line)
  and ``summaries/<category>/NNN.txt`` (reference sentences glued together
  without a space after the full stop);
* a ``pairs.jsonl`` file (or a folder holding one) with ``article`` and
  ``reference`` fields; ``reference_lower_tokenized`` is preferred for its
  sentence breaks when present (" . " separates sentences).

Each article goes through the real pipeline (``ingest.from_text`` then
``segment.segment``) so the scores measure what users get. Scores are ROUGE-1,
ROUGE-2 and ROUGE-Lsum F1 (rouge-score, Porter stemming, one sentence per line
for Lsum), averaged over articles, times 100. ``oracle`` is the greedy
extractive oracle: sentences added one at a time while ROUGE-1 + ROUGE-2 F1
grows, up to the same number of sentences the methods get.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from briefing.errors import InputError
from briefing.summarizers.length import Length

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
ORACLE = "oracle"
LEAD = "lead"

# A reference sentence ends at . ! or ? (maybe followed by a closing quote) glued
# to the next capitalised sentence: "...prison.The court..." -> two sentences.
_GLUED_BOUNDARY = re.compile(
    r"(?<=[a-z0-9%)\]\"'’”][.!?])(?=[\"'‘“]?[A-Z])|(?<=[.!?][\"'’”])(?=[A-Z])"
)


@dataclass
class Item:
    """One article with its reference summary, split into sentences."""

    name: str
    body: str
    reference: list[str]
    title: str = ""


@dataclass
class MethodScores:
    """Per-method sums of F1 scores over the articles seen so far."""

    totals: dict[str, float] = field(default_factory=lambda: dict.fromkeys(ROUGE_TYPES, 0.0))
    count: int = 0
    fallbacks: int = 0
    rouge1: list[float] = field(default_factory=list)  # per article, for the bootstrap

    def add(self, scores: dict[str, float]) -> None:
        for key in ROUGE_TYPES:
            self.totals[key] += scores[key]
        self.count += 1
        self.rouge1.append(scores["rouge1"])

    def means(self) -> dict[str, float]:
        if not self.count:
            return dict.fromkeys(self.totals, 0.0)
        return {k: round(100 * v / self.count, 2) for k, v in self.totals.items()}


# ---------------------------------------------------------------- corpora


def load_corpus(path: str | Path, limit: int | None = None) -> list[Item]:
    """Items of a BBC-style folder or a pairs.jsonl corpus; InputError if neither."""
    root = Path(path)
    if not root.exists():
        raise InputError(f"{path}: no such corpus")
    if root.is_dir() and (root / "articles").is_dir() and (root / "summaries").is_dir():
        items = list(read_bbc_layout(root))
    elif root.is_dir() and (root / "pairs.jsonl").is_file():
        items = list(read_pairs(root / "pairs.jsonl"))
    elif root.is_file():
        items = list(read_pairs(root))
    else:
        raise InputError(f"{path}: not a corpus (expected articles/+summaries/ or pairs.jsonl)")
    if not items:
        raise InputError(f"{path}: the corpus has no articles")
    return items[:limit] if limit else items


def read_text(path: Path) -> str:
    """UTF-8, else Latin-1 (one BBC file is Latin-1)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_bbc_layout(root: Path) -> Iterator[Item]:
    for article_path in sorted((root / "articles").rglob("*.txt")):
        relative = article_path.relative_to(root / "articles")
        summary_path = root / "summaries" / relative
        if not summary_path.is_file():
            continue
        title, _, body = read_text(article_path).strip().partition("\n")
        reference = split_glued_sentences(read_text(summary_path))
        if body.strip() and reference:
            yield Item(str(relative), body.strip(), reference, title.strip())


def split_glued_sentences(text: str) -> list[str]:
    parts = []
    for line in text.splitlines():
        parts.extend(p.strip() for p in _GLUED_BOUNDARY.split(line))
    return [p for p in parts if p]


def read_pairs(path: Path) -> Iterator[Item]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                body = record["article"]
                reference = record.get("reference_lower_tokenized") or record["reference"]
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise InputError(
                    f"{path}:{number}: not an article/reference pair ({error})"
                ) from None
            sentences = split_reference(reference)
            if body.strip() and sentences:
                yield Item(str(record.get("id", number)), body, sentences, record.get("title", ""))


def split_reference(reference: str) -> list[str]:
    """Tokenized references separate sentences with " . " or line breaks."""
    parts = []
    for line in reference.splitlines():
        parts.extend(re.split(r"(?<= \.) +", line.strip()))
    return [p.strip() for p in parts if p.strip()]


# ---------------------------------------------------------------- scoring


class Scorer:
    """ROUGE F1 with rouge-score, plus the greedy oracle on the same tokens."""

    def __init__(self) -> None:
        from rouge_score import rouge_scorer

        self._rouge = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
        self._tokenize = self._rouge._tokenizer.tokenize

    def score(self, reference: list[str], summary: list[str]) -> dict[str, float]:
        result = self._rouge.score("\n".join(reference), "\n".join(summary))
        return {key: result[key].fmeasure for key in ROUGE_TYPES}

    def oracle(self, reference: list[str], candidates: list[str], count: int) -> list[int]:
        """Greedy: add the sentence that most raises R-1 + R-2 F1, while it rises.

        The result for ``count`` is a prefix of the result for any larger count.
        """
        ref_tokens = self._tokenize(" ".join(reference))
        ref_grams = (Counter(ref_tokens), Counter(zip(ref_tokens, ref_tokens[1:], strict=False)))
        tokens = [self._tokenize(c) for c in candidates]
        chosen: list[int] = []
        best = 0.0
        while len(chosen) < count:
            step = None
            for i in range(len(candidates)):
                if i in chosen:
                    continue
                value = _r1_plus_r2(ref_grams, [tokens[j] for j in sorted([*chosen, i])])
                if value > best:
                    best, step = value, i
            if step is None:
                break
            chosen.append(step)
        return chosen


def _r1_plus_r2(ref_grams: tuple[Counter, Counter], parts: list[list[str]]) -> float:
    unigrams: Counter = Counter()
    bigrams: Counter = Counter()
    for toks in parts:
        unigrams.update(toks)
        bigrams.update(zip(toks, toks[1:], strict=False))
    return _f1(ref_grams[0], unigrams) + _f1(ref_grams[1], bigrams)


def _f1(reference: Counter, candidate: Counter) -> float:
    overlap = sum((reference & candidate).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


# ---------------------------------------------------------------- running


def document_for(item: Item) -> Any:
    """The Document a user would get for this article (real ingest + segment).

    A titled item is read as its file is on disk, title line first: without it, a lede
    that is a paragraph of its own (BBC's) would be read as the article's headline.
    """
    from briefing import ingest, segment

    text = f"{item.title}\n\n{item.body}" if item.title else item.body
    article = ingest.from_text(text, source=item.name)
    if item.title and not article.title:
        article.title = item.title
    return segment.segment(article)


_SCORER: Scorer | None = None


def evaluate_item(job: tuple[Item, tuple[str, ...], tuple[Length, ...]]) -> dict:
    """Scores of every method (and the oracle) at every length on one item.

    Each method ranks the article once; every length takes a prefix of that ranking,
    exactly as ``summarize_document`` does. Runs in a worker.
    """
    from briefing.summarizers import rank

    global _SCORER
    if _SCORER is None:
        _SCORER = Scorer()
    item, methods, lengths = job
    doc = document_for(item)
    texts = doc.sentence_texts()
    if not texts:
        return {"name": item.name, "scores": {}, "fallbacks": []}
    sizes = [len(t.split()) for t in texts]
    rankings, fallbacks = {}, []
    for method in methods:
        try:
            rankings[method] = rank(doc, method, lengths[0])  # a sweep has one kind
        except InputError:  # a slow method over its size limit: score its lead instead
            fallbacks.append(method)
            rankings[method] = rank(doc, LEAD)
    counts = [len(length.take(rankings[methods[0]], sizes)) for length in lengths]
    oracle = _SCORER.oracle(item.reference, texts, max(counts))
    scores: dict[str, dict[str, dict[str, float]]] = {}
    for length, count in zip(lengths, counts, strict=True):
        row = scores.setdefault(length.describe(), {})
        for method in methods:
            picked = sorted(p.index for p in length.take(rankings[method], sizes))
            row[method] = _SCORER.score(item.reference, [texts[i] for i in picked])
        row[ORACLE] = _SCORER.score(item.reference, [texts[i] for i in sorted(oracle[:count])])
    nested = is_nested(doc, lengths) if "default" in methods else None
    return {"name": item.name, "scores": scores, "fallbacks": fallbacks, "nested": nested}


def is_nested(doc: Any, lengths: tuple[Length, ...]) -> bool:
    """Summarized separately at each length, is every ``default`` summary inside the
    next longer one, with the bottom line (top-ranked sentence) in all of them?"""
    from briefing.summarizers import SummaryOptions, summarize_document

    summaries = [summarize_document(doc, SummaryOptions("default", length)) for length in lengths]
    summaries.sort(key=lambda s: len(s.picks))
    chosen = [set(s.indexes) for s in summaries]
    tops = {s.top_sentence for s in summaries}
    return (all(a <= b for a, b in zip(chosen, chosen[1:], strict=False)) and len(tops) == 1
            and all(tops <= c for c in chosen))


Results = dict[str, dict[str, MethodScores]]  # length label -> method -> scores


@dataclass
class Nesting:
    """How many articles had nested ``default`` summaries across the lengths asked."""

    nested: int = 0
    checked: int = 0


def evaluate_corpus(
    items: list[Item],
    methods: tuple[str, ...],
    lengths: tuple[Length, ...],
    workers: int = 2,
    progress: bool = False,
    nesting: Nesting | None = None,
) -> Results:
    """Mean scores per length and method (and oracle) over ``items``; ``nesting`` counts."""
    jobs = [(item, methods, lengths) for item in items]
    results: Results = {
        length.describe(): {m: MethodScores() for m in (*methods, ORACLE)} for length in lengths
    }
    outcomes = _map(evaluate_item, jobs, workers)
    with click.progressbar(outcomes, length=len(jobs), label="articles", file=_progress_file(
        progress)) as bar:
        for outcome in bar:
            for label, by_method in outcome["scores"].items():
                for method, scores in by_method.items():
                    results[label][method].add(scores)
            for method in outcome["fallbacks"]:
                for label in results:
                    results[label][method].fallbacks += 1
            if nesting is not None and outcome.get("nested") is not None:
                nesting.checked += 1
                nesting.nested += bool(outcome["nested"])
    return results


def _progress_file(progress: bool) -> Any:
    """stderr when it is a terminal and progress is wanted; else a sink."""
    import io
    import sys

    if progress and sys.stderr.isatty():
        return sys.stderr
    return io.StringIO()


def _map(function: Any, jobs: list, workers: int) -> Iterator[dict]:
    if workers <= 1 or len(jobs) < 4:
        yield from map(function, jobs)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(function, jobs, chunksize=4)


# ---------------------------------------------------------------- comparing


def best_baseline(scores: dict[str, MethodScores], ours: str = "default") -> str | None:
    """The method other than ours (and the oracle) with the highest mean ROUGE-1."""
    others = {m: s.means()["rouge1"] for m, s in scores.items() if m not in (ours, ORACLE)}
    return max(others, key=others.get) if others else None


def paired_bootstrap(ours: list[float], theirs: list[float], resamples: int = 2000,
                     seed: int = 0) -> tuple[float, float, float]:
    """Mean difference (x100) and its 95% interval, resampling articles (paired)."""
    import numpy as np

    diff = 100 * (np.asarray(ours) - np.asarray(theirs))
    if not diff.size:
        return 0.0, 0.0, 0.0
    rng = np.random.default_rng(seed)
    means = diff[rng.integers(0, diff.size, (resamples, diff.size))].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(diff.mean()), float(low), float(high)


def comparisons(results: Results, ours: str = "default") -> list[dict[str, Any]]:
    """Per length: ours against the best other method, with a paired 95% interval."""
    rows = []
    for label, scores in results.items():
        rival = best_baseline(scores, ours)
        if ours not in scores or rival is None:
            continue
        delta, low, high = paired_bootstrap(scores[ours].rouge1, scores[rival].rouge1)
        rows.append({"length": label, "best other": rival, "delta_rouge1": round(delta, 2),
                     "ci95": [round(low, 2), round(high, 2)]})
    return rows


# ---------------------------------------------------------------- output


def as_markdown(results: Results, heading: str) -> str:
    lines = [heading, ""]
    for label, scores in results.items():
        lines += [f"### {label}", "", "| method | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |",
                  "| --- | ---: | ---: | ---: |"]
        for method, method_scores in scores.items():
            means = method_scores.means()
            note = (f" ({method_scores.fallbacks} over size limit: lead used)"
                    if method_scores.fallbacks else "")
            lines.append(f"| {method}{note} | {means['rouge1']:.2f} | {means['rouge2']:.2f} "
                         f"| {means['rougeLsum']:.2f} |")
        lines.append("")
    if len(results) > 1:
        lines += sweep_table(results)
    compared = comparisons(results)
    if compared:
        lines += ["default against the best other method (ROUGE-1, paired bootstrap 95%):", ""]
        lines += [f"- {row['length']}: {row['delta_rouge1']:+.2f} vs {row['best other']} "
                  f"[{row['ci95'][0]:+.2f}, {row['ci95'][1]:+.2f}]" for row in compared]
    return "\n".join(lines) + "\n"


def sweep_table(results: Results) -> list[str]:
    """ROUGE-1 of every method at every length, and the mean over the lengths."""
    labels = list(results)
    methods = list(next(iter(results.values())))
    lines = ["### ROUGE-1 by length", "",
             "| method | " + " | ".join(labels) + " | mean |",
             "| --- |" + " ---: |" * (len(labels) + 1)]
    for method in methods:
        values = [results[label][method].means()["rouge1"] for label in labels]
        cells = " | ".join(f"{v:.2f}" for v in values)
        lines.append(f"| {method} | {cells} | {sum(values) / len(values):.2f} |")
    return [*lines, ""]


def as_json(results: Results, meta: dict[str, Any]) -> str:
    def table(scores: dict[str, MethodScores]) -> dict:
        return {m: {**s.means(), "articles": s.count, "fallbacks": s.fallbacks}
                for m, s in scores.items()}

    body: dict[str, Any] = {**meta, "lengths": {k: table(v) for k, v in results.items()},
                            "compared": comparisons(results)}
    if len(results) == 1:
        body["scores"] = table(next(iter(results.values())))
    return json.dumps(body, indent=2)


# ---------------------------------------------------------------- options


def parse_methods(text: str | None) -> tuple[str, ...]:
    """Named methods, or every method whose packages are installed (ours first)."""
    from briefing.summarizers.methods import METHOD_TABLE, method_named

    if not text:
        return tuple(m.name for m in METHOD_TABLE if not m.extra or _installed(m.name))
    methods = tuple(m.strip() for m in text.split(",") if m.strip())
    if not methods:
        raise InputError("--methods names no method")
    for method in methods:
        method_named(method)
    return methods


def _installed(method: str) -> bool:
    import importlib.util

    module = {"summa": "summa", "lexrank": "lexrank"}.get(method, method)
    return importlib.util.find_spec(module) is not None


def parse_lengths(
    sentences: int | None, ratio: float | None, lengths: str | None, ratios: str | None
) -> tuple[Length, ...]:
    """The lengths to evaluate at: one, or a comma-separated sweep."""
    if sum(v is not None for v in (sentences, ratio, lengths, ratios)) > 1:
        raise InputError("give only one of --sentences, --ratio, --lengths or --ratios")
    try:
        if lengths is not None:
            return tuple(Length(sentences=int(v)) for v in lengths.split(",") if v.strip())
        if ratios is not None:
            return tuple(Length(ratio=float(v)) for v in ratios.split(",") if v.strip())
    except ValueError:
        raise InputError(f"not a list of numbers: {lengths or ratios!r}") from None
    return (Length(sentences=sentences, ratio=ratio),)


def select_part(items: list[Item], part: str) -> list[Item]:
    """All items, or every other one: even positions (0, 2, ...) or odd ones."""
    if part == "even":
        return items[0::2]
    if part == "odd":
        return items[1::2]
    return items


@click.command("evaluate")
@click.option("--corpus", required=True, help="A BBC-style folder, or pairs.jsonl (or its folder).")
@click.option("--methods", help="Comma-separated methods (default: all that are installed).")
@click.option("--sentences", "-n", type=click.IntRange(min=1), help="Sentences per summary.")
@click.option(
    "--ratio",
    type=click.FloatRange(min=0, max=1, min_open=True),
    help="Share of each article's sentences per summary.",
)
@click.option("--lengths", help="A sweep of sentence counts, e.g. 1,2,3,4,5.")
@click.option("--ratios", help="A sweep of ratios, e.g. 0.2,0.3,0.4,0.5.")
@click.option("--part", type=click.Choice(["all", "even", "odd"]), default="all",
              show_default=True, help="Every article, or every other one (dev halves).")
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), help="Only the first K articles.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True)
def evaluate_command(
    corpus: str,
    methods: str | None,
    sentences: int | None,
    ratio: float | None,
    lengths: str | None,
    ratios: str | None,
    part: str,
    fmt: str,
    limit: int | None,
    workers: int,
) -> None:
    """ROUGE-1/2/Lsum F1 of each summarizer (and the extractive oracle) on CORPUS.

    \b
    Examples:
      briefing evaluate --corpus ../shared/corpora/cnndm-frank-250/pairs.jsonl --sentences 3
      briefing evaluate --corpus ../shared/corpora/bbc-news-summary-even --ratio 0.4
      briefing evaluate --corpus ../shared/corpora/cnndm-frank-250/pairs.jsonl --lengths 1,2,3,4,5
      briefing evaluate --corpus ../shared/corpora/bbc-news-summary-even --ratios 0.2,0.3,0.4,0.5
    """
    chosen_lengths = parse_lengths(sentences, ratio, lengths, ratios)
    chosen = parse_methods(methods)
    items = select_part(load_corpus(corpus, limit), part)
    nesting = Nesting()
    results = evaluate_corpus(items, chosen, chosen_lengths, workers, True, nesting)
    described = ", ".join(length.describe() for length in chosen_lengths)
    where = "" if part == "all" else f" ({part} half)"
    if fmt == "json":
        meta = {"corpus": corpus, "part": part, "articles": len(items), "length": described,
                "nested": {"articles": nesting.nested, "of": nesting.checked}}
        click.echo(as_json(results, meta))
        return
    text = as_markdown(results, f"{Path(corpus).name}{where}: {len(items)} articles, {described}")
    if nesting.checked and len(chosen_lengths) > 1:
        text += (f"\nNested default summaries (each length summarized separately): "
                 f"{nesting.nested} of {nesting.checked} articles\n")
    click.echo(text)
