"""List every figure a brief SHOWS, with its sentence, and score a reader's grades of them.

Usage::

    python benchmarks/shown_figures.py [--shared ../shared/corpora] [--grades FILE]
        [--half tune|check] [--ungraded] [--window 100] [--extra 1|2|3|4|5|6]

A fixed sample of 60 dev articles (the same every run): 20 BBC articles (every 37th file
of ``bbc-news-summary-even/articles/{sport,business,tech}``, 7 + 7 + 6) and 40 CNN/DM
articles (every sixth line of ``cnndm-frank-250/pairs.jsonl`` from the fourth, field
``article``). Each is briefed as ``briefing brief`` would brief it, and the figures the page
shows (``SCREEN_LIMITS``, held-back ones not) are printed as::

    [tune] bbc:sport/037.txt s12 | "53.45 seconds" | personal best | 0.80
        > the sentence the figure came from

The sample is split into a tune and a check half by a hash of the article's name (tune
rules on one, report both). ``--grades`` reads a reader's verdicts, one per line, tab
separated: ``name  sentence  figure text  label  ok|minor|wrong  [why]`` (kept outside the
repository: the figure texts are corpus text; ``minor``, a line that is vague but not
misleading, counts as not ok). The score is the share of shown figures graded ok, and
figures per brief, for each half; figures with no verdict are counted apart
and listed with ``--ungraded`` so a reader can grade them. ``--extra 1`` briefs a
second sample (every 37th BBC file from the 19th, every sixth CNN/DM line from the first),
``--extra 2`` a third (from the 10th file and the second line), both for tuning ("tune2",
"tune3"); ``--extra 3`` a fourth (from the 28th file and the third line), a second held-out
check ("check2"); ``--extra 4`` a fifth for tuning (from the 6th file and the fifth line);
``--extra 5`` a sixth for tuning ("tune5": from the 15th file and the sixth line, the last
CNN/DM lines no sample used) and ``--extra 6`` a seventh ("tune6": from the 33rd file, no
CNN/DM lines, but every 37th politics and entertainment file from the 15th and 20 PolNeAR
articles: every 40th sorted name from the 16th, past the first ten figure_review reads);
``--extra 7`` ("tune7") and ``8`` ("check3", held out) read fresh BBC, PolNeAR and web
pages; ``--extra 9`` ("tune8"), ``10`` ("tune9") and ``11`` ("tune10", no web page) the
same pools at other offsets.
Nothing is printed when ``../shared`` is absent (a fresh machine has no corpora).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from figure_review import around, polnear_texts  # noqa: E402  (the same helpers)

BBC_FOLDERS = {"sport": 7, "business": 7, "tech": 6}
BBC_STEP = 37
CNNDM_COUNT, CNNDM_STEP, CNNDM_FIRST = 40, 6, 3


# Further samples (``--extra 1|2|3``): other files and lines of the same corpora, as (first
# BBC file, first CNN/DM line); the main sample starts at (0, CNNDM_FIRST). 1 and 2 are for
# tuning only; 3 is a second held-out check, graded once after the rules were written; 4
# is for tuning again.
EXTRA_FIRSTS = {1: (18, 0), 2: (9, 1), 3: (27, 2), 4: (5, 4), 5: (14, 5), 6: (32, None),
                7: (None, None), 8: (None, None), 9: (None, None), 10: (None, None),
                11: (None, None)}
EXTRA_NAMES = {1: "tune2", 2: "tune3", 3: "check2", 4: "tune4", 5: "tune5", 6: "tune6",
               7: "tune7", 8: "check3", 9: "tune8", 10: "tune9", 11: "tune10"}
# --extra 6 has no CNN/DM lines left (the six offsets of the step are taken); it reads the
# two BBC folders no sample uses and some PolNeAR articles instead.
OTHER_BBC_FOLDERS = {"politics": 6, "entertainment": 6}
OTHER_BBC_FIRST = 14
POLNEAR_COUNT, POLNEAR_STEP, POLNEAR_FIRST = 20, 40, 15


def sample(shared: Path, extra: int = 0) -> list[tuple[str, str]]:
    """(name, text) of the fixed sample (``extra``: of that tune-only sample)."""
    found: list[tuple[str, str]] = []
    articles = shared / "bbc-news-summary-even" / "articles"
    first_bbc, first_cnndm = EXTRA_FIRSTS.get(extra, (0, CNNDM_FIRST))
    if extra in LATER_OFFSETS:
        return later_sample(shared, extra)
    if first_bbc is None:
        return fresh_sample(shared, extra)
    first = first_bbc
    for folder, count in BBC_FOLDERS.items():
        files = sorted((articles / folder).glob("*.txt")) if articles.is_dir() else []
        for file in files[first::BBC_STEP][:count]:
            found.append((f"bbc:{folder}/{file.name}", file.read_text("utf-8", "replace")))
    if first_cnndm is None:
        return found + _other_sources(shared)
    pairs = shared / "cnndm-frank-250" / "pairs.jsonl"
    if pairs.is_file():
        lines = pairs.read_text("utf-8").splitlines()
        for line in lines[first_cnndm::CNNDM_STEP][:CNNDM_COUNT]:
            item = json.loads(line)
            found.append((f"cnndm:{item['id'][:16]}", item["article"]))
    return found


def _other_sources(shared: Path) -> list[tuple[str, str]]:
    """The politics and entertainment BBC files and the PolNeAR articles of --extra 6."""
    found: list[tuple[str, str]] = []
    articles = shared / "bbc-news-summary-even" / "articles"
    for folder, count in OTHER_BBC_FOLDERS.items():
        files = sorted((articles / folder).glob("*.txt")) if articles.is_dir() else []
        for file in files[OTHER_BBC_FIRST::BBC_STEP][:count]:
            found.append((f"bbc:{folder}/{file.name}", file.read_text("utf-8", "replace")))
    texts = polnear_texts(shared)
    if texts:
        for name in sorted(texts)[POLNEAR_FIRST::POLNEAR_STEP][:POLNEAR_COUNT]:
            found.append((f"polnear:{name[:40]}", texts[name]))
    return found


# --extra 7 ("tune7") and 8 ("check3", held out): articles no earlier sample used. BBC files
# named 300 and up that no BBC offset above (nor figure_review's first four a folder, nor an
# analyst's review list) took, every FRESH_BBC_STEP-th of them; PolNeAR articles past tune6's
# and figure_review's, every FRESH_POLNEAR_STEP-th sorted name from the 7th; every third
# zyte-extraction-dev page in English. By its name's MD5 first byte % 5 an article goes to
# check3 (0), to no sample yet (1: kept fresh for a later read) or to tune7 (2-4).
FRESH_BBC_FROM, FRESH_BBC_STEP = 300, 4
FRESH_POLNEAR_FIRST, FRESH_POLNEAR_STEP, FRESH_POLNEAR_COUNT = 6, 23, 25
FRESH_ZYTE_STEP = 3
REVIEWED = {"politics/330", "entertainment/300", "business/330", "sport/250", "tech/170",
            "politics/370", "entertainment/340", "business/370", "sport/290", "tech/230",
            "business/420", "sport/422"}
REVIEWED_PAGES = ("8267acacb9", "8b19453030", "ea25dd7edf")  # zyte pages a review read


def used_bbc(articles: Path) -> set[str]:
    """'folder/file' of every BBC article an earlier sample or review read."""
    used = set(REVIEWED)
    firsts = [0] + [f for f, _ in EXTRA_FIRSTS.values() if f is not None]
    for folder in (*BBC_FOLDERS, *OTHER_BBC_FOLDERS):
        files = sorted((articles / folder).glob("*.txt"))
        used.update(f"{folder}/{f.stem}" for f in files[:4])  # figure_review
        counts = BBC_FOLDERS if folder in BBC_FOLDERS else OTHER_BBC_FOLDERS
        starts = firsts if folder in BBC_FOLDERS else [OTHER_BBC_FIRST]
        for first in starts:
            used.update(f"{folder}/{f.stem}" for f in files[first::BBC_STEP][:counts[folder]])
    return used


def fresh_pool(shared: Path, bbc_first: int, polnear_first: int,
               zyte_first: int | None) -> list[tuple[str, str]]:
    """The articles no earlier sample took, from the given offsets of the BBC, PolNeAR and
    web-page pools (see FRESH_*); no web page when ``zyte_first`` is None."""
    from briefing import ingest

    found: list[tuple[str, str]] = []
    articles = shared / "bbc-news-summary-even" / "articles"
    if articles.is_dir():
        used = used_bbc(articles)
        for folder in (*BBC_FOLDERS, *OTHER_BBC_FOLDERS):
            files = [f for f in sorted((articles / folder).glob("*.txt"))
                     if int(f.stem) >= FRESH_BBC_FROM and f"{folder}/{f.stem}" not in used]
            for file in files[bbc_first::FRESH_BBC_STEP]:
                found.append((f"bbc:{folder}/{file.name}", file.read_text("utf-8", "replace")))
    texts = polnear_texts(shared)
    if texts:
        names = sorted(texts)
        taken = set(names[:10]) | set(names[POLNEAR_FIRST::POLNEAR_STEP][:POLNEAR_COUNT])
        left = [n for n in names if n not in taken and not n.startswith(
            ("usa-today_2016-07-25_some-democrats", "usa-today_2016-06-27_orlando"))]
        for name in left[polnear_first::FRESH_POLNEAR_STEP][:FRESH_POLNEAR_COUNT]:
            found.append((f"polnear:{name[:40]}", texts[name]))
    pages = shared / "zyte-extraction-dev" / "html"
    if pages.is_dir() and zyte_first is not None:
        files = [f for f in sorted(pages.glob("*.html.gz"))
                 if not f.name.startswith(REVIEWED_PAGES)]
        for file in files[zyte_first::FRESH_ZYTE_STEP]:
            # the page as the tool ingests it (its title and clutter rules), not its text
            page = ingest.from_html(gzip.decompress(file.read_bytes()), source=file.name)
            if page.language == "en":  # the tool briefs English only
                found.append((f"zyte:{file.name[:10]}", page))  # type: ignore[arg-type]
    return found


def fresh_sample(shared: Path, extra: int) -> list[tuple[str, str]]:
    """The fresh articles of --extra 7 or 8 (see FRESH_*), split by MD5."""
    want = "check3" if extra == 8 else "tune7"
    found = fresh_pool(shared, 0, FRESH_POLNEAR_FIRST, 0)
    return [(n, t) for n, t in found if fresh_half(n) == want]


# --extra 9 ("tune8") and 10 ("tune9"), both for tuning: the fresh pools above at offsets no
# sample took -- (BBC offset in the fresh list, PolNeAR offset, zyte offset) -- all of each
# (no MD5 split), and the last CNN/DM lines, past the six step-6 offsets' 40 lines each.
LATER_OFFSETS = {9: (2, 17, 1), 10: (3, 12, 2), 11: (1, 1, None)}  # (11: no web page left)
LATER_CNNDM_FROM = CNNDM_COUNT * CNNDM_STEP


def later_sample(shared: Path, extra: int) -> list[tuple[str, str]]:
    """The articles of --extra 9 or 10 (see LATER_OFFSETS)."""
    found = fresh_pool(shared, *LATER_OFFSETS[extra])
    pairs = shared / "cnndm-frank-250" / "pairs.jsonl"
    if extra == 9 and pairs.is_file():
        for line in pairs.read_text("utf-8").splitlines()[LATER_CNNDM_FROM:]:
            item = json.loads(line)
            found.append((f"cnndm:{item['id'][:16]}", item["article"]))
    return found


def fresh_half(name: str) -> str:
    fifth = hashlib.md5(name.encode()).digest()[0] % 5
    return "check3" if fifth == 0 else "spare" if fifth == 1 else "tune7"


def half(name: str, extra: int = 0) -> str:
    """'tune' or 'check', by the first byte of the name's MD5 (stable across runs); every
    article of an extra sample has that sample's name (EXTRA_NAMES)."""
    if extra:
        return EXTRA_NAMES[extra]
    return "tune" if hashlib.md5(name.encode()).digest()[0] % 2 == 0 else "check"


def shown_figures(name: str, text: str) -> list[dict]:
    """The figures the page of this article's brief shows, each with its sentence."""
    from briefing import ingest
    from briefing.pipeline import brief_of
    from briefing.renderers.view import SCREEN_LIMITS, brief_view

    article = ingest.from_text(text, source=name) if isinstance(text, str) else text
    brief = brief_of(article)
    view = brief_view(brief, SCREEN_LIMITS)
    by_text = {f.text: f for f in brief.facts.figures}
    rows = []
    for row in view["figures"]:
        # a bracket restatement joins its figure's line: "$9.4bn (£5bn)" is the $9.4bn's
        figure = by_text.get(row["text"]) or by_text.get(row["text"].split(" (")[0])
        index = row["sentence"]
        rows.append({
            "name": name, "sentence": index, "text": row["text"], "label": row["label"],
            "confidence": getattr(figure, "label_confidence", None),
            "kind": getattr(figure, "kind", ""),
            "context": brief.sentences[index] if index is not None else "",
        })
    return rows


def key(row: dict) -> tuple[str, str, str, str]:
    return (row["name"], str(row["sentence"]), row["text"], row["label"])


def read_grades(path: Path | None) -> dict[tuple[str, str, str, str], str]:
    grades: dict[tuple[str, str, str, str], str] = {}
    if path is None or not path.is_file():
        return grades
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 5 and not line.startswith("#"):
            grades[tuple(parts[:4])] = parts[4].strip()  # type: ignore[index]
    return grades


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--grades", type=Path)
    parser.add_argument("--half", choices=("tune", "check"))
    parser.add_argument("--ungraded", action="store_true",
                        help="list only the shown figures with no verdict, as grade lines")
    parser.add_argument("--window", type=int, default=100)
    parser.add_argument("--extra", type=int, choices=[0, *sorted(EXTRA_FIRSTS)], default=0,
                        help="another sample (1, 2, 4-7, 9-11: tune; 3, 8: check)")
    args = parser.parse_args()
    items = sample(args.shared, args.extra)
    if not items:
        print(f"no corpora under {args.shared}: nothing to list")
        return
    grades = read_grades(args.grades)
    totals = {h: {"briefs": 0, "shown": 0, "ok": 0, "minor": 0, "wrong": 0, "ungraded": 0,
                  "empty": 0}
              for h in ("tune", "check", *EXTRA_NAMES.values())}
    for name, text in items:
        which = half(name, args.extra)
        if args.half and which != args.half:
            continue
        totals[which]["briefs"] += 1
        rows = shown_figures(name, text)
        totals[which]["empty"] += not rows
        for row in rows:
            totals[which]["shown"] += 1
            grade = grades.get(key(row), "")
            verdict = grade if grade in ("ok", "minor", "wrong") else "ungraded"
            totals[which][verdict] += 1
            if args.ungraded and verdict != "ungraded":
                continue
            confidence = "" if row["confidence"] is None else f"{row['confidence']:.2f}"
            if args.ungraded:
                print("\t".join(key(row)) + "\t?")
            else:
                print(f"[{which}] {row['name']} s{row['sentence']} | \"{row['text']}\" | "
                      f"{row['label'] or '-'} | {row['kind'] or 'bare'} {confidence} | "
                      f"{grade or '?'}")
            print(f"    > {around(row['context'], row['text'], args.window)}")
    for which, t in totals.items():
        if not t["briefs"]:
            continue
        graded = t["ok"] + t["minor"] + t["wrong"]
        precision = f"{100 * t['ok'] / graded:.1f}%" if graded else "-"
        print(f"{which}: {t['briefs']} briefs, {t['shown']} figures shown "
              f"({t['shown'] / t['briefs']:.2f} a brief); graded {graded}: ok {t['ok']}, "
              f"minor {t['minor']}, wrong {t['wrong']}, precision {precision}; "
              f"ungraded {t['ungraded']}; "
              f"{t['empty']} briefs show no figure")


if __name__ == "__main__":
    main()
