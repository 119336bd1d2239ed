"""Does language detection refuse English? Detected languages on every English dev corpus.

Each article goes through the real ingest stage (``from_text`` for text corpora,
``from_html`` for the Zyte pages) and its detected language is checked against the
languages we can summarize. A *refusal* is an article whose language we cannot
summarize, which the user sees as "cannot summarize language ...". The BBC, CNN/DM,
PolNeAR and CoNLL corpora are all English, so every refusal there is a bug and every
non-English label is a mis-detection; the Zyte pages hold some other languages too,
so its refusals are listed for a reader to judge.

    python benchmarks/language_check.py [--shared ../shared] [--show 5]

Goal: 0 refusals and 0 non-English labels on the English corpora. Skips cleanly
when the shared corpora are absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing import ingest  # noqa: E402
from briefing.errors import InputError  # noqa: E402
from briefing.lang.words import LANGUAGES  # noqa: E402
from briefing.models import Article  # noqa: E402

Item = tuple[str, Callable[[], Article]]


@dataclass
class Tally:
    name: str
    english: bool
    articles: int = 0
    errors: int = 0
    refusals: int = 0
    non_english: int = 0
    seconds: float = 0.0
    languages: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)


def bbc(root: Path) -> Iterator[Item]:
    for path in sorted(root.glob("*/*.txt")):
        data = path.read_bytes()
        yield str(path.relative_to(root)), lambda d=data, n=str(path): ingest.from_bytes(
            d, kind="text", source=n)


def jsonl(path: Path, key: str, name_key: str) -> Iterator[Item]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            item = json.loads(line)
            text = item[key]
            yield str(item.get(name_key, number)), lambda t=text: ingest.from_text(t)


def conll(path: Path) -> Iterator[Item]:
    """Documents of a CoNLL file, one sentence per line (tokens joined by spaces)."""
    docs: list[list[str]] = []
    sentence: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            docs.append([])
        elif not line.strip():
            if sentence and docs:
                docs[-1].append(" ".join(sentence))
            sentence = []
        else:
            sentence.append(line.split()[0])
    for number, doc in enumerate(docs):
        text = "\n".join(doc)
        yield f"doc {number}", lambda t=text: ingest.from_text(t)


def zyte(root: Path) -> Iterator[Item]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id, item in sorted(truth.items()):
        path = root / "html" / f"{page_id}.html.gz"
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
            html = handle.read()
        url = item.get("url", "")
        yield page_id[:12], lambda h=html, u=url: ingest.from_html(h, url=u)


def check(name: str, english: bool, items: Iterator[Item], show: int) -> Tally:
    tally = Tally(name, english)
    for item_name, load in items:
        tally.articles += 1
        started = time.perf_counter()
        try:
            article = load()
        except InputError as error:
            tally.errors += 1
            if len(tally.examples) < show:
                tally.examples.append(f"{item_name}: error {error}")
            continue
        finally:
            tally.seconds += time.perf_counter() - started
        code = article.language
        tally.languages[code] += 1
        refused = code not in LANGUAGES
        tally.refusals += refused
        tally.non_english += code != "en"
        if (refused or (english and code != "en")) and len(tally.examples) < show:
            tally.examples.append(f"{item_name}: {code}: {article.text[:80]!r}")
    return tally


def print_table(tallies: list[Tally]) -> None:
    header = (f"{'corpus':<24}{'articles':>9}{'refusals':>10}{'non-en':>8}{'errors':>8}"
              f"{'ms/article':>12}  languages")
    print(header)
    print("-" * len(header))
    for t in tallies:
        per = 1000 * t.seconds / max(t.articles, 1)
        langs = ", ".join(f"{code} {count}" for code, count in t.languages.most_common())
        label = t.name + ("" if t.english else " (mixed)")
        print(f"{label:<24}{t.articles:>9}{t.refusals:>10}{t.non_english:>8}{t.errors:>8}"
              f"{per:>12.1f}  {langs}")
    for t in tallies:
        for example in t.examples:
            print(f"  {t.name}: {example}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", type=int, default=5, help="examples to print per corpus")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # the fallback warnings would flood the table
    corpora = args.shared / "corpora"
    sources = [
        ("bbc-news-summary-even", True, corpora / "bbc-news-summary-even" / "articles", bbc),
        ("cnndm-frank-250", True, corpora / "cnndm-frank-250" / "pairs.jsonl",
         lambda p: jsonl(p, "article", "id")),
        ("polnear-train", True, corpora / "polnear-train" / "gold.jsonl",
         lambda p: jsonl(p, "text", "name")),
        ("conll2003-dev", True, corpora / "conll2003-dev" / "eng.testa.iob2", conll),
        ("zyte-extraction-dev", False, corpora / "zyte-extraction-dev", zyte),
    ]
    tallies = [check(name, english, reader(path), args.show)
               for name, english, path, reader in sources if path.exists()]
    if not tallies:
        print(f"skipped: no corpora under {corpora}")
        return 0
    print_table(tallies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
