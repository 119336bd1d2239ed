"""Print every figure and date a brief would show, with its sentence, for a human to judge.

Usage::

    python benchmarks/figure_review.py [--shared ../shared/corpora] [--held-back]
        [--only cnndm|bbc|polnear] [--json] [--window 90]

A fixed sample of dev articles (the same every run): 30 CNN/DM articles (every eighth line of
``cnndm-frank-250/pairs.jsonl``), 20 BBC articles (the first four files of each of the five
folders of ``bbc-news-summary-even/articles``) and 10 PolNeAR articles (the first ten names
in ``polnear-train/gold.jsonl``, sorted). Each is briefed as the tool would brief pasted
text, and the figures and dates the screen view shows (``SCREEN_LIMITS``; held-back ones are
not shown) are printed as::

    F3 [s12] "about 60,000 people" | label: Belarus's army | unit person (count) | 0.92
        > the sentence the figure came from

Publication dates: PolNeAR names carry the day (``breitbart_2015-11-11_…``); CNN/DM lines
carry only the web-archive capture time in the URL, used as the publication day (a capture
is on or after publication, usually within days); BBC articles have none, so their relative
dates stay unresolved. ``--held-back`` also prints the figures the brief kept off the page.
Nothing is scored here: the judging is a reader's (see docs/FIGURES.md for the tally).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CNNDM_COUNT, CNNDM_STEP = 30, 8
BBC_PER_FOLDER = 4
POLNEAR_COUNT = 10
_ARCHIVE_STAMP = re.compile(r"/web/(\d{8})\d*")
_NAME_DAY = re.compile(r"_(\d{4}-\d{2}-\d{2})_")



def polnear_texts(shared: Path) -> dict[str, str]:
    """PolNeAR article texts by name (empty when the corpus is absent)."""
    gold = shared / "polnear-train" / "gold.jsonl"
    texts: dict[str, str] = {}
    if gold.is_file():
        for line in gold.read_text("utf-8").splitlines():
            item = json.loads(line)
            texts.setdefault(item["name"], item["text"])
    return texts

def sample(shared: Path) -> list[tuple[str, str, datetime | None]]:
    """(name, text, published) of the fixed sample."""
    found: list[tuple[str, str, datetime | None]] = []
    pairs = shared / "cnndm-frank-250" / "pairs.jsonl"
    if pairs.is_file():
        lines = pairs.read_text("utf-8").splitlines()
        for line in lines[::CNNDM_STEP][:CNNDM_COUNT]:
            item = json.loads(line)
            stamp = _ARCHIVE_STAMP.search(item.get("url", ""))
            day = datetime.strptime(stamp.group(1), "%Y%m%d") if stamp else None
            found.append((f"cnndm:{item['id'][:16]}", item["article"], day))
    articles = shared / "bbc-news-summary-even" / "articles"
    if articles.is_dir():
        for folder in sorted(p for p in articles.iterdir() if p.is_dir()):
            for file in sorted(folder.glob("*.txt"))[:BBC_PER_FOLDER]:
                text = file.read_text("utf-8", errors="replace")
                found.append((f"bbc:{folder.name}/{file.name}", text, None))
    texts = polnear_texts(shared)
    if texts:
        for name in sorted(texts)[:POLNEAR_COUNT]:
            match = _NAME_DAY.search(name)
            day = datetime.strptime(match.group(1), "%Y-%m-%d") if match else None
            found.append((f"polnear:{name[:40]}", texts[name], day))
    return found


def review(name: str, text: str, published: datetime | None, held_back: bool) -> dict:
    """The shown figures and dates of one article's brief, each with its sentence."""
    from dataclasses import replace

    from briefing import ingest
    from briefing.pipeline import brief_of
    from briefing.renderers.view import SCREEN_LIMITS, brief_view

    article = replace(ingest.from_text(text, source=name), published=published)
    brief = brief_of(article)
    view = brief_view(brief, SCREEN_LIMITS)
    sentences = brief.sentences
    by_text = {f.text: f for f in brief.facts.figures}
    figures = []
    for row in view["figures"]:
        figure = by_text.get(row["text"])
        figures.append({
            "text": row["text"], "label": row["label"], "sentence": row["sentence"],
            "unit": getattr(figure, "unit", ""), "kind": getattr(figure, "kind", ""),
            "confidence": getattr(figure, "confidence", None),
            "context": sentences[row["sentence"]] if row["sentence"] is not None else "",
        })
    dates = [
        {"text": row["text"], "value": row["value"], "sentence": row["sentence"],
         "context": sentences[row["sentence"]] if row["sentence"] is not None else ""}
        for row in view["dates"]
    ]
    held = [
        {"text": f.text, "label": f.label, "sentence": f.sentence,
         "reason": getattr(f, "held_reason", ""), "confidence": getattr(f, "confidence", None)}
        for f in brief.held_back.figures
    ] if held_back else []
    day = published.date().isoformat() if published else ""
    return {"name": name, "published": day, "figures": figures, "dates": dates, "held": held}


def around(context: str, text: str, window: int) -> str:
    """The words of ``context`` within ``window`` characters of ``text`` (0: all of it)."""
    at = context.find(text)
    if not window or at < 0 or len(context) <= 2 * window + len(text):
        return context
    start, end = max(0, at - window), min(len(context), at + len(text) + window)
    return ("…" if start else "") + context[start:end] + ("…" if end < len(context) else "")


def print_review(item: dict, window: int = 0) -> None:
    print(f"\n=== {item['name']}  published {item['published'] or '(unknown)'}")
    for number, f in enumerate(item["figures"], 1):
        confidence = "" if f["confidence"] is None else f" | {f['confidence']:.2f}"
        print(f"F{number} [s{f['sentence']}] \"{f['text']}\" | label: {f['label'] or '-'} | "
              f"unit {f['unit'] or '-'} ({f['kind'] or 'bare'}){confidence}")
        print(f"    > {around(f['context'], f['text'], window)}")
    for number, d in enumerate(item["dates"], 1):
        print(f"D{number} [s{d['sentence']}] \"{d['text']}\" = {d['value'] or '(unresolved)'}")
        print(f"    > {around(d['context'], d['text'], window)}")
    for h in item["held"]:
        print(f"  held [s{h['sentence']}] \"{h['text']}\" label {h['label'] or '-'}: "
              f"{h['reason']} {h['confidence']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--held-back", action="store_true")
    parser.add_argument("--only", choices=("cnndm", "bbc", "polnear"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--window", type=int, default=0,
                        help="print only this many characters either side of each item")
    args = parser.parse_args()
    items = [
        review(name, text, day, args.held_back)
        for name, text, day in sample(args.shared)
        if args.only is None or name.startswith(args.only)
    ]
    if args.json:
        print(json.dumps(items, indent=1, ensure_ascii=False))
        return
    for item in items:
        print_review(item, args.window)
    shown = sum(len(i["figures"]) for i in items)
    dates = sum(len(i["dates"]) for i in items)
    print(f"\n{len(items)} articles: {shown} figures and {dates} dates shown")


if __name__ == "__main__":
    main()
