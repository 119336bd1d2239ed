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
from briefing.summarizers import METHODS

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
DEFAULT_METHODS = METHODS  # every method, ours first
ORACLE = "oracle"

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

    def add(self, scores: dict[str, float]) -> None:
        for key in ROUGE_TYPES:
            self.totals[key] += scores[key]
        self.count += 1

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
        """Greedy: add the sentence that most raises R-1 + R-2 F1, while it rises."""
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
        return sorted(chosen)


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
    """The Document a user would get for this article (real ingest + segment)."""
    from briefing import ingest, segment

    article = ingest.from_text(item.body, source=item.name)
    if item.title and not article.title:
        article.title = item.title
    return segment.segment(article)


_SCORER: Scorer | None = None


def evaluate_item(job: tuple[Item, tuple[str, ...], int | None, float | None]) -> dict:
    """Scores of every method (and the oracle) on one item; runs in a worker."""
    from briefing.summarizers import rank, summarize_document
    from briefing.summarizers.length import target_count

    global _SCORER
    if _SCORER is None:
        _SCORER = Scorer()
    item, methods, sentences, ratio = job
    doc = document_for(item)
    texts = doc.sentence_texts()
    if not texts:
        return {"name": item.name, "scores": {}, "fallbacks": []}
    count = target_count(len(texts), sentences, ratio)
    scores, fallbacks = {}, []
    for method in methods:
        try:
            summary = summarize_document(doc, method, sentences=count)
            picked = summary.indexes
        except InputError:  # a slow method over its size limit: score its lead instead
            fallbacks.append(method)
            picked = sorted(p.index for p in rank(doc, "lead")[:count])
        scores[method] = _SCORER.score(item.reference, [texts[i] for i in picked])
    oracle = _SCORER.oracle(item.reference, texts, count)
    scores[ORACLE] = _SCORER.score(item.reference, [texts[i] for i in oracle])
    return {"name": item.name, "scores": scores, "fallbacks": fallbacks}


def evaluate_corpus(
    items: list[Item],
    methods: tuple[str, ...],
    sentences: int | None = None,
    ratio: float | None = None,
    workers: int = 2,
) -> dict[str, MethodScores]:
    """Mean scores per method (and oracle) over ``items``."""
    jobs = [(item, methods, sentences, ratio) for item in items]
    results: dict[str, MethodScores] = {m: MethodScores() for m in (*methods, ORACLE)}
    for outcome in _map(evaluate_item, jobs, workers):
        for method, scores in outcome["scores"].items():
            results[method].add(scores)
        for method in outcome["fallbacks"]:
            results[method].fallbacks += 1
    return results


def _map(function: Any, jobs: list, workers: int) -> Iterator[dict]:
    if workers <= 1 or len(jobs) < 4:
        yield from map(function, jobs)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(function, jobs, chunksize=4)


def as_markdown(results: dict[str, MethodScores], heading: str) -> str:
    lines = [
        heading,
        "",
        "| method | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |",
        "| --- | ---: | ---: | ---: |",
    ]
    for method, scores in results.items():
        means = scores.means()
        note = f" ({scores.fallbacks} over size limit: lead used)" if scores.fallbacks else ""
        lines.append(
            f"| {method}{note} | {means['rouge1']:.2f} | {means['rouge2']:.2f} "
            f"| {means['rougeLsum']:.2f} |"
        )
    return "\n".join(lines) + "\n"


def as_json(results: dict[str, MethodScores], meta: dict[str, Any]) -> str:
    body = {
        **meta,
        "scores": {
            m: {**s.means(), "articles": s.count, "fallbacks": s.fallbacks}
            for m, s in results.items()
        },
    }
    return json.dumps(body, indent=2)


def parse_methods(text: str | None) -> tuple[str, ...]:
    from briefing.summarizers import METHODS

    if not text:
        return DEFAULT_METHODS
    methods = tuple(m.strip() for m in text.split(",") if m.strip())
    unknown = [m for m in methods if m not in METHODS]
    if unknown or not methods:
        raise InputError(f"unknown method {', '.join(unknown)!r}; choose from {', '.join(METHODS)}")
    return methods


@click.command("evaluate")
@click.option("--corpus", required=True, help="A BBC-style folder, or pairs.jsonl (or its folder).")
@click.option("--methods", help="Comma-separated methods (default: all).")
@click.option("--sentences", "-n", type=click.IntRange(min=1), help="Sentences per summary.")
@click.option(
    "--ratio",
    type=click.FloatRange(min=0, max=1, min_open=True),
    help="Share of each article's sentences per summary.",
)
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), help="Only the first K articles.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True)
def evaluate_command(
    corpus: str,
    methods: str | None,
    sentences: int | None,
    ratio: float | None,
    fmt: str,
    limit: int | None,
    workers: int,
) -> None:
    """ROUGE-1/2/Lsum F1 of each summarizer (and the extractive oracle) on CORPUS.

    \b
    Examples:
      briefing evaluate --corpus ../shared/corpora/cnndm-frank-250/pairs.jsonl --sentences 3
      briefing evaluate --corpus ../shared/corpora/bbc-news-summary-even --ratio 0.4
    """
    if sentences is not None and ratio is not None:
        raise InputError("give only one of --sentences or --ratio")
    chosen = parse_methods(methods)
    items = load_corpus(corpus, limit)
    results = evaluate_corpus(items, chosen, sentences, ratio, workers)
    length = f"{sentences} sentences" if sentences else f"ratio {ratio}" if ratio else "5 sentences"
    if fmt == "json":
        meta = {"corpus": corpus, "articles": len(items), "length": length}
        click.echo(as_json(results, meta))
    else:
        click.echo(as_markdown(results, f"{Path(corpus).name}: {len(items)} articles, {length}"))
