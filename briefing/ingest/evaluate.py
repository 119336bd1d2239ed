"""``briefing evaluate-extraction``: body and title quality on real HTML pages.

Corpus layout (the Zyte/Scrapinghub article-extraction benchmark): ``html/<id>.html.gz``
and ``ground-truth.json`` mapping each id to ``{"articleBody": ..., "url": ...}``.

Body score: the benchmark's own metric. Both texts are cut into word 4-grams
(``\\w+`` tokens, case kept); true/false positives and false negatives are counted
over the multisets and normalised per page, so long pages weigh no more than short
ones; precision and recall are averaged over pages and F1 is taken of the averages.
Our body (``Article.paragraphs`` after every cleaning rule, title excluded) is scored
beside plain ``trafilatura.extract`` on the same pages.

Title furniture: a title has furniture when a part of it split off by a separator
(" | ", " - ", " – ", " — ", " :: ", " · ") is not in the page's ``<h1>``, or when it
holds the page's ``og:site_name`` that the ``<h1>`` lacks. Pages without an ``<h1>``
are judged by the site name alone.

Bottom lines and key points: each page is summarized (the default method, 5 sentences)
and its bottom line and key points are looked for, word for word (``\\w+`` tokens, lower
case), in the page's ``articleBody``; one that is not there is page furniture or
metadata that reached the brief ("Robert Burns, AP National Security Writer"). The
table says how many of those come from the body's first paragraph: mostly the page's
standfirst, the publisher's own summary under the headline, which ``articleBody``
leaves out; ``--show`` lists every one.

Pages are split into two halves by the first hex digit of their id (even: "a",
odd: "b"), so rules tuned on one half can be checked on the other.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click

from briefing.errors import InputError

DEFAULT_CORPUS = Path("..") / "shared" / "corpora" / "zyte-extraction-dev"
SHINGLE = 4
_TOKEN = re.compile(r"\w+")
_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•:]{1,2}|::)\s+")


@dataclass
class Counts:
    """Normalised true positive, false positive and false negative shares of one page."""

    tp: float
    fp: float
    fn: float


@dataclass
class Column:
    name: str
    pages: list[Counts] = field(default_factory=list)

    def scores(self) -> tuple[float, float, float]:
        return scores_of(self.pages)


@dataclass
class PageResult:
    page_id: str
    ours: Counts
    plain: Counts
    title: str
    h1: str
    furniture: bool
    error: str = ""
    bottom_line_foreign: bool = False
    points: int = 0
    points_foreign: int = 0
    points_foreign_lead: int = 0  # of those, from the body's first paragraph (a standfirst)
    foreign_points: list[str] = field(default_factory=list)


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i : i + n])


def shingle_counts(truth: str, prediction: str) -> Counts:
    true, pred = shingles(truth), shingles(prediction)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return Counts(0.0, 0.0, 0.0)
    return Counts(tp / total, fp / total, fn / total)


def precision_of(c: Counts) -> float:
    if c.fp == c.fn == 0:
        return 1.0
    return c.tp / (c.tp + c.fp) if c.tp + c.fp else 0.0


def recall_of(c: Counts) -> float:
    if c.fp == c.fn == 0:
        return 1.0
    return c.tp / (c.tp + c.fn) if c.tp + c.fn else 0.0


def scores_of(pages: list[Counts]) -> tuple[float, float, float]:
    """(precision, recall, F1): per-page means of P and R, F1 of the means."""
    ps = [precision_of(c) for c in pages if c.tp + c.fp > 0]
    rs = [recall_of(c) for c in pages if c.tp + c.fn > 0]
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def half_of(page_id: str) -> str:
    return "a" if int(page_id[0], 16) % 2 == 0 else "b"


def read_corpus(corpus: Path) -> tuple[dict[str, dict], Path]:
    truth_path = corpus / "ground-truth.json"
    html_dir = corpus / "html"
    if not truth_path.is_file() or not html_dir.is_dir():
        raise InputError(f"{corpus}: expected ground-truth.json and html/"
                         " (the Zyte benchmark layout)")
    try:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise InputError(f"{truth_path}: not valid JSON ({error})") from None
    if not isinstance(truth, dict):
        raise InputError(f"{truth_path}: expected an object of page id -> fields")
    return truth, html_dir


def read_page(html_dir: Path, page_id: str) -> str:
    path = html_dir / f"{page_id}.html.gz"
    if path.is_file():
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
            return handle.read()
    plain = html_dir / f"{page_id}.html"
    if plain.is_file():
        return plain.read_text(encoding="utf-8", errors="replace")
    raise InputError(f"{page_id}: no html file")


def page_headings(html: str) -> tuple[str, str]:
    """(first <h1> text, og:site_name) of a page, '' when absent."""
    from briefing.ingest.titles import parse

    tree = parse(html)
    if tree is None:
        return "", ""
    h1s = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    site = tree.xpath("//meta[@property='og:site_name']/@content")
    return next((h for h in h1s if h), ""), (site[0].strip() if site else "")


def norm(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower()))


def has_furniture(title: str, h1: str, site_name: str) -> bool:
    """See the module docstring: a separated part or the site name the <h1> lacks."""
    if not title:
        return False
    key_title, key_h1 = norm(title), norm(h1)
    site = norm(site_name)
    if site and site in key_title and site not in key_h1:
        return True
    if not key_h1:
        return False
    parts = [norm(p) for p in _SEPARATOR.split(title)]
    return len(parts) > 1 and any(p and p not in key_h1 for p in parts)


def plain_trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def ours(html: str, url: str) -> tuple[str, str, str, list[tuple[str, int]]]:
    """(body, title, bottom line, key points with their paragraph) of the page through our
    pipeline."""
    from briefing import ingest
    from briefing.brief import choose_bottom_line, unreadable_alone
    from briefing.lang.words import language_code
    from briefing.pipeline import summarize_doc
    from briefing.segment import segment
    from briefing.summarizers import SummaryOptions

    article = ingest.from_html(html, url=url, source=url)
    bottom, points = "", []
    try:
        doc = segment(article)
        texts = doc.sentence_texts()
        summary = summarize_doc(doc, SummaryOptions.of(sentences=5))
        never, after_previous = unreadable_alone(doc)
        index = choose_bottom_line(texts, summary, never, after_previous,
                                   language_code(article.language))
        bottom = "" if index is None else texts[index]
        points = [(texts[i], doc.sentences[i].paragraph) for i in summary.indexes]
    except InputError:  # a language we cannot summarize: the body is still scored
        pass
    return "\n".join(article.paragraphs), article.title, bottom, points


def in_truth(sentence: str, truth_key: str) -> bool:
    key = norm(sentence)
    return not key or f" {key} " in f" {truth_key} "


def evaluate_page(html_dir: Path, page_id: str, item: dict) -> PageResult:
    html = read_page(html_dir, page_id)
    truth = item.get("articleBody", "") or ""
    h1, site = page_headings(html)
    error = ""
    bottom, points = "", []
    try:
        body, title, bottom, points = ours(html, item.get("url", ""))
    except InputError as problem:
        body, title, error = "", "", str(problem)
    truth_key = norm(truth)
    foreign = [(text, paragraph) for text, paragraph in points if not in_truth(text, truth_key)]
    return PageResult(
        page_id=page_id,
        ours=shingle_counts(truth, body),
        plain=shingle_counts(truth, plain_trafilatura(html)),
        title=title,
        h1=h1,
        furniture=has_furniture(title, h1, site),
        error=error,
        bottom_line_foreign=bool(bottom) and not in_truth(bottom, truth_key),
        points=len(points),
        points_foreign=len(foreign),
        points_foreign_lead=sum(paragraph == 0 for _, paragraph in foreign),
        foreign_points=[text for text, _ in foreign],
    )


def summary_rows(results: list[PageResult]) -> list[dict]:
    rows = []
    for half in ("a", "b", "all"):
        chosen = [r for r in results if half == "all" or half_of(r.page_id) == half]
        if not chosen:
            continue
        ours_p, ours_r, ours_f = scores_of([r.ours for r in chosen])
        plain_p, plain_r, plain_f = scores_of([r.plain for r in chosen])
        furniture = sum(r.furniture for r in chosen)
        rows.append({
            "half": half, "pages": len(chosen),
            "ours": {"precision": ours_p, "recall": ours_r, "f1": ours_f},
            "trafilatura": {"precision": plain_p, "recall": plain_r, "f1": plain_f},
            "titles_with_furniture": furniture,
            "title_furniture_rate": furniture / len(chosen),
            "errors": sum(bool(r.error) for r in chosen),
            "bottom_lines_not_article_text": sum(r.bottom_line_foreign for r in chosen),
            "key_points": sum(r.points for r in chosen),
            "key_points_not_article_text": sum(r.points_foreign for r in chosen),
            "of_which_first_paragraph": sum(r.points_foreign_lead for r in chosen),
        })
    return rows


def print_table(rows: list[dict]) -> None:
    click.echo(f"{'half':<6}{'pages':>6}  {'ours P/R/F1':<22}{'trafilatura P/R/F1':<22}"
               f"{'title furniture':>16}{'errors':>8}{'bottom lines off':>18}"
               f"{'points off (1st para)':>23}")
    for row in rows:
        o, t = row["ours"], row["trafilatura"]
        click.echo(
            f"{row['half']:<6}{row['pages']:>6}  "
            f"{o['precision']:.3f}/{o['recall']:.3f}/{o['f1']:.3f}   "
            f"{t['precision']:.3f}/{t['recall']:.3f}/{t['f1']:.3f}   "
            f"{row['titles_with_furniture']:>6} ({100 * row['title_furniture_rate']:4.1f}%)"
            f"{row['errors']:>8}{row['bottom_lines_not_article_text']:>18}"
            f"{row['key_points_not_article_text']:>7}/{row['key_points']:<4}"
            f"({row['of_which_first_paragraph']})"
        )


@click.command("evaluate-extraction")
@click.option("--corpus", type=click.Path(path_type=Path), default=DEFAULT_CORPUS,
              show_default=True, help="folder with ground-truth.json and html/")
@click.option("--half", type=click.Choice(["a", "b", "all"]), default="all", show_default=True,
              help="score only one half of the pages (split by page id)")
@click.option("--show", type=int, default=0, help="list the N worst pages and furnished titles")
@click.option("--json", "as_json", is_flag=True, help="print the scores as JSON")
def evaluate_extraction_command(corpus: Path, half: str, show: int, as_json: bool) -> None:
    """Body F1 (the benchmark's shingle metric) and title furniture on HTML pages."""
    truth, html_dir = read_corpus(corpus)
    ids = sorted(i for i in truth if half == "all" or half_of(i) == half)
    if not ids:
        raise InputError(f"{corpus}: no pages to score")
    results = [evaluate_page(html_dir, i, truth[i]) for i in ids]
    rows = summary_rows(results)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    else:
        print_table(rows)
    if show:
        show_worst(results, show)


def show_worst(results: list[PageResult], count: int) -> None:
    def f1(c: Counts) -> float:
        p, r = precision_of(c), recall_of(c)
        return 2 * p * r / (p + r) if p + r else 0.0

    click.echo("worst pages (ours F1, trafilatura F1):")
    for r in sorted(results, key=lambda r: f1(r.ours) - f1(r.plain))[:count]:
        click.echo(f"  {r.page_id[:12]} {f1(r.ours):.3f} {f1(r.plain):.3f} {r.error}")
    click.echo("bottom lines and key points not in the article body:")
    for r in [r for r in results if r.bottom_line_foreign or r.points_foreign][:count]:
        click.echo(f"  {r.page_id[:12]} bottom line off: {r.bottom_line_foreign}, "
                   f"points off: {r.points_foreign}/{r.points}")
        for text in r.foreign_points:
            click.echo(f"      {text[:150]!r}")
    click.echo("titles with furniture (title || h1):")
    for r in [r for r in results if r.furniture][:count]:
        click.echo(f"  {r.page_id[:12]} {r.title!r} || {r.h1!r}")
