"""How well do our sentences match real ones? A score on BBC reference summaries, plus speed.

BBC News Summary reference summaries are article sentences copied verbatim and glued
together without a space ("...stabilise.China's currency..."). We recover those
reference sentences independently of any segmenter: the summary is cut only at glue
points (a sentence-ending mark, maybe followed by closing quotes or brackets, directly
followed by a non-space character), choosing the fewest pieces such that every piece
occurs verbatim in the article body. Two sentences adjacent in the article are separated
there by a space, so a glued pair never matches as one piece; that is what makes the
fewest-pieces cut the reference cut.

Score = share of reference sentences that our segmenter returns as exactly one
sentence of the article body (title line excluded). Goal: >= 99%.
The Punkt baseline (the English model alone, no quote or abbreviation handling) is
scored on the same sentences for comparison.

    python benchmarks/segmentation_score.py [--shared ../shared] [--show 10] [--no-speed]

Speed: sentences per second at 400, 2,000 and 10,000 sentences (synthetic news-like
text built from varied sentence shapes). Skips the score cleanly if ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing import segment as segment_module  # noqa: E402
from briefing.models import Article  # noqa: E402
from briefing.segment import segment  # noqa: E402

BBC = Path("corpora/bbc-news-summary-even")
# A glue point: end mark(s), optional closing quotes/brackets, then no space.
# Why a reference sentence was missed, when it sits inside one of our sentences.
QUOTE_ATTRIBUTION = re.compile(r"[,?!][\"\u201d\u2019']+\s*,?\s+[^\W\d_]")
LOWER_AFTER_MARK = re.compile(r"[?!][\"\u201d\u2019']*\s+[a-z]")
STRAY_START = re.compile(r"^[\u201d\u00bb]|^\"(?:\s|$)")
STRAY_END = re.compile(r"[\u201c\u201e\u00ab]$")  # a spaced straight ' "' may close
GLUE = re.compile(r"[.!?\u2026]+([\"'\u201d\u2019)\]]*)(?=\S)")

Segmenter = Callable[[list[str]], list[str]]


@dataclass
class Score:
    name: str
    reference: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)
    causes: Counter = field(default_factory=Counter)

    @property
    def share(self) -> float:
        return 100.0 * self.matched / self.reference if self.reference else 0.0


def decode(data: bytes) -> str:
    """UTF-8, else Latin-1 (one BBC file in the full corpus is Latin-1)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def paragraphs_of(body: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]


def in_body(piece: str, padded: str) -> bool:
    """Whether piece occurs in the body between whitespace (not inside a word or number)."""
    return bool(piece) and any(
        f"{before}{piece}{after}" in padded for before in " \n" for after in " \n"
    )


def reference_sentences(summary: str, body: str) -> tuple[list[str], int]:
    """Cut a glued summary into reference sentences; return (sentences, unexplained pieces).

    Dynamic programming over glue points (a summary has a few dozen at most): the cut
    with the fewest pieces missing from the body, then the fewest pieces. A piece the
    body does not contain verbatim (an edited or mangled summary sentence) is not scored.
    """
    summary = summary.strip()
    padded = f"\n{body}\n"
    cuts = {0, len(summary)}
    for match in GLUE.finditer(summary):
        # A quote after the mark may close this sentence or open the next one.
        cuts.update(range(match.start(1), match.end() + 1))
    ordered = sorted(cuts)
    best: dict[int, tuple[tuple[int, int], int]] = {0: ((0, 0), -1)}  # cut -> (cost, previous)
    for j, end in enumerate(ordered[1:], start=1):
        for start in ordered[:j]:
            if start not in best:
                continue
            missing, pieces = best[start][0]
            piece = summary[start:end].strip()
            cost = (missing + (0 if in_body(piece, padded) else len(piece)), pieces + 1)
            if end not in best or cost < best[end][0]:
                best[end] = (cost, start)
    found, lost, end = [], 0, len(summary)
    while end > 0:
        start = best[end][1]
        piece = summary[start:end].strip()
        if in_body(piece, padded):
            found.append(piece)
        else:
            lost += 1
        end = start
    return found[::-1], lost


def miss_cause(sentence: str, ours: list[str]) -> str:
    """Why our segmenter did not return this reference sentence as one sentence."""
    holder = next((ours_one for ours_one in ours if sentence in ours_one), None)
    if holder is None:
        return "split inside the reference sentence"
    rest = holder.replace(sentence, "\x00", 1)
    if QUOTE_ATTRIBUTION.search(holder) and holder.count('"') + holder.count("\u201d") >= 2:
        return "quotation joined with its attribution (quote rule)"
    if LOWER_AFTER_MARK.search(rest.replace("\x00", sentence[-3:] + " ")):
        return "reference splits before a lower-case word (Wham! through)"
    return "other join"


def stray_quotes(sentences: list[str]) -> int:
    """Sentences that start with a closing quote or end with an opening one."""
    return sum(bool(STRAY_START.search(s) or STRAY_END.search(s)) for s in sentences)


def cnndm_articles(shared: Path) -> Iterator[list[str]]:
    path = shared / "corpora/cnndm-frank-250/pairs.jsonl"
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield paragraphs_of(json.loads(line)["article"])


def no_quote_joins(paragraphs: list[str]) -> list[str]:
    """Our segmenter with multi-sentence quotations left split (the BBC convention)."""
    saved = segment_module.MAX_QUOTE_SPANS
    segment_module.MAX_QUOTE_SPANS = 1
    try:
        return ours(paragraphs)
    finally:
        segment_module.MAX_QUOTE_SPANS = saved


def bbc_pairs(shared: Path) -> Iterator[tuple[str, list[str], str]]:
    """(name, body paragraphs, summary) for every article with a summary."""
    root = shared / BBC
    for path in sorted((root / "articles").glob("*/*.txt")):
        summary_path = root / "summaries" / path.parent.name / path.name
        if not summary_path.is_file():
            continue
        _, _, body = decode(path.read_bytes()).strip().partition("\n")
        yield f"{path.parent.name}/{path.name}", paragraphs_of(body), decode(
            summary_path.read_bytes()
        )


def ours(paragraphs: list[str]) -> list[str]:
    return [s.text for s in segment(Article(paragraphs=paragraphs)).sentences]


def punkt_baseline() -> Segmenter:
    import punkt

    tokenizer = punkt.PunktSentenceTokenizer(punkt.load_model("english"))
    return lambda paragraphs: [s for p in paragraphs for s in tokenizer.tokenize(p)]


def score_corpus(shared: Path, segmenters: dict[str, Segmenter]) -> tuple[list[Score], int, int]:
    scores = {name: Score(name) for name in segmenters}
    articles = unexplained = 0
    for name, paragraphs, summary in bbc_pairs(shared):
        reference, missing = reference_sentences(summary, "\n\n".join(paragraphs))
        articles += 1
        unexplained += missing
        for seg_name, segmenter in segmenters.items():
            sentences = segmenter(paragraphs)
            produced = set(sentences)
            score = scores[seg_name]
            for sentence in reference:
                score.reference += 1
                if sentence in produced:
                    score.matched += 1
                else:
                    score.misses.append(f"{name}: {sentence}")
                    score.causes[miss_cause(sentence, sentences)] += 1
    return list(scores.values()), articles, unexplained


SHAPES = [
    "The minister said on Tuesday that talks with the U.S. would resume in {n} days.",
    '"We are ready. If necessary, we will respond," Dr. Ivanova said at {n} p.m. on Friday.',
    "Shares rose 3.{n}% in New York, e.g. at firms such as J. P. Morgan and St. James Ltd.",
    "Is this the end? Nobody knows yet, according to No. {n} Downing Street.",
    "Output fell... then recovered by {n} units in Jan. and Feb. last year.",
    "He added: \u201cIt was a long season.\u201d",
]


def synthetic(sentences: int, seed: int = 7) -> list[str]:
    """Paragraphs of five sentences each, drawn from varied shapes."""
    rng = random.Random(seed)
    lines = [rng.choice(SHAPES).format(n=rng.randint(2, 99)) for _ in range(sentences)]
    return [" ".join(lines[i : i + 5]) for i in range(0, sentences, 5)]


def speed_table() -> list[str]:
    rows = [
        "| sentence shapes in | sentences out | seconds | sentences/s |",
        "|---:|---:|---:|---:|",
    ]
    for size in (400, 2_000, 10_000):
        paragraphs = synthetic(size)
        ours(paragraphs[:5])  # warm the tokenizer cache
        started = time.perf_counter()
        out = ours(paragraphs)
        seconds = time.perf_counter() - started
        rows.append(f"| {size:,} | {len(out):,} | {seconds:.3f} | {len(out) / seconds:,.0f} |")
    return rows


def print_stray_quotes(shared: Path, segmenters: dict[str, Segmenter]) -> None:
    corpora = {"BBC": [p for _, p, _ in bbc_pairs(shared)], "CNN/DM": list(cnndm_articles(shared))}
    print("\nSentences starting with a closing quote or ending with an opening one:\n")
    print("| segmenter | " + " | ".join(corpora) + " |")
    print("|---|" + "---:|" * len(corpora))
    for name, segmenter in segmenters.items():
        counts = []
        for articles in corpora.values():
            sentences = [s for paragraphs in articles for s in segmenter(paragraphs)]
            counts.append(f"{stray_quotes(sentences)} / {len(sentences)}")
        print(f"| {name} | " + " | ".join(counts) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", type=int, default=0, help="print N misses per segmenter")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)

    if (args.shared / BBC).is_dir():
        started = time.perf_counter()
        segmenters = {
            "briefing.segment": ours,
            "briefing.segment, multi-sentence quotes left split": no_quote_joins,
            "punkt english (baseline)": punkt_baseline(),
        }
        scores, articles, unexplained = score_corpus(args.shared, segmenters)
        seconds = time.perf_counter() - started
        print(f"BBC News Summary (even): {articles} articles, {unexplained} summary pieces "
              f"not found verbatim in their article (not scored), {seconds:.1f} s\n")
        print("| segmenter | reference sentences | exactly one sentence | share |")
        print("|---|---:|---:|---:|")
        for score in scores:
            print(f"| {score.name} | {score.reference} | {score.matched} | {score.share:.2f}% |")
        print("\nWhy reference sentences were missed:\n")
        for score in scores:
            for cause, count in score.causes.most_common():
                print(f"  {score.name}: {count:4d}  {cause}")
        for score in scores:
            for miss in score.misses[: args.show]:
                print(f"  miss [{score.name}] {miss}")
        print_stray_quotes(args.shared, segmenters)
    else:
        print(f"skipped score: {args.shared / BBC} is absent")

    if not args.no_speed:
        print("\nSpeed of briefing.segment.segment (synthetic text):\n")
        print("\n".join(speed_table()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
