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
separated: ``name  sentence  figure text  label  ok|wrong  [why]`` (kept outside the
repository: the figure texts are corpus text). The score is the share of shown figures
graded ok, and figures per brief, for each half; figures with no verdict are counted apart
and listed with ``--ungraded`` so a reader can grade them. ``--extra 1`` briefs a
second sample (every 37th BBC file from the 19th, every sixth CNN/DM line from the first),
``--extra 2`` a third (from the 10th file and the second line), both for tuning ("tune2",
"tune3"); ``--extra 3`` a fourth (from the 28th file and the third line), a second held-out
check ("check2"); ``--extra 4`` a fifth for tuning (from the 6th file and the fifth line);
``--extra 5`` a sixth for tuning ("tune5": from the 15th file and the sixth line, the last
CNN/DM lines no sample used) and ``--extra 6`` a seventh ("tune6": from the 33rd file, no
CNN/DM lines, but every 37th politics and entertainment file from the 15th and 20 PolNeAR
articles: every 40th sorted name from the 16th, past the first ten figure_review reads).
Nothing is printed when ``../shared`` is absent (a fresh machine has no corpora).
"""

from __future__ import annotations

import argparse
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
EXTRA_FIRSTS = {1: (18, 0), 2: (9, 1), 3: (27, 2), 4: (5, 4), 5: (14, 5), 6: (32, None)}
EXTRA_NAMES = {1: "tune2", 2: "tune3", 3: "check2", 4: "tune4", 5: "tune5", 6: "tune6"}
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

    brief = brief_of(ingest.from_text(text, source=name))
    view = brief_view(brief, SCREEN_LIMITS)
    by_text = {f.text: f for f in brief.facts.figures}
    rows = []
    for row in view["figures"]:
        figure = by_text.get(row["text"])
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
                        help="another sample (1, 2, 4, 5, 6: tune; 3: check)")
    args = parser.parse_args()
    items = sample(args.shared, args.extra)
    if not items:
        print(f"no corpora under {args.shared}: nothing to list")
        return
    grades = read_grades(args.grades)
    totals = {h: {"briefs": 0, "shown": 0, "ok": 0, "wrong": 0, "ungraded": 0, "empty": 0}
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
            verdict = grade if grade in ("ok", "wrong") else "ungraded"
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
        graded = t["ok"] + t["wrong"]
        precision = f"{100 * t['ok'] / graded:.1f}%" if graded else "-"
        print(f"{which}: {t['briefs']} briefs, {t['shown']} figures shown "
              f"({t['shown'] / t['briefs']:.2f} a brief); graded {graded}: ok {t['ok']}, "
              f"wrong {t['wrong']}, precision {precision}; ungraded {t['ungraded']}; "
              f"{t['empty']} briefs show no figure")


if __name__ == "__main__":
    main()
