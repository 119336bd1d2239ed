"""Stories written for this project as other outlets' versions of dev-corpus articles.

The dev corpora hold few rewrites of one event by two outlets (PolNeAR's 20), too few to
fit or check the digest's "one story across outlets" test. So each story of
``benchmarks/data/written_stories.jsonl`` was written for the project from one article of
``../shared/corpora`` (its ``source``), as either

- a ``rewrite``: the same event told by another outlet (styles: ``wire-edit``, a light edit
  of the wire copy; ``brief``, a news-in-brief; ``rewrite``, a full rewrite in other words
  keeping some quotes; ``angle``, led by a reaction, an impact or what happens next), which
  the digest must merge with its source; or
- an ``other-event``: a different event with the same actors (``follow-up``,
  ``same-actor``, ``same-place-topic``), which it must keep apart from the source and from
  the source's rewrite.

Corpus text stays out of the repository: a run of ``MIN_RUN`` or more words that a story
shares verbatim with its source (a kept quote, a lightly edited sentence) is stored as a
reference to the source's characters, ``⟦start:end⟧``, and filled in at run time from
``../shared``. A story whose source is absent is skipped.

    python benchmarks/written_stories.py --add FILE.jsonl   # encode new stories, append
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.evaluate import read_text  # noqa: E402  (UTF-8, else Latin-1, as BBC files are)

SHARED = ROOT.parent / "shared" / "corpora"
STORIES = ROOT / "benchmarks" / "data" / "written_stories.jsonl"
BBC = SHARED / "bbc-news-summary-even" / "articles"
CNNDM = SHARED / "cnndm-frank-250" / "pairs.jsonl"
MIN_RUN = 5  # shorter runs of shared words are common English, not the source's text
REFERENCE = re.compile(r"\u27e6(\d+):(\d+)\u27e7")
TOKEN = re.compile(r"\S+")


def source_texts(names: set[str]) -> dict[str, str]:
    """The texts of the named dev-corpus articles that are present."""
    texts = {}
    for name in names:
        if name.startswith("bbc/"):
            path = BBC / name.removeprefix("bbc/")
            if path.is_file():
                texts[name] = read_text(path)
    wanted = {int(name.removeprefix("cnndm/")) for name in names if name.startswith("cnndm/")}
    if wanted and CNNDM.is_file():
        for index, line in enumerate(CNNDM.open(encoding="utf-8")):
            if index in wanted:
                texts[f"cnndm/{index}"] = json.loads(line)["article"]
    return texts


def encode(text: str, source: str, token: re.Pattern = TOKEN) -> str:
    """``text`` with every run of MIN_RUN or more words found verbatim in ``source`` (on one
    line of it) replaced by a reference to the source's characters. ``token``: what a word
    is (by default anything between spaces, so "Texas," and "Texas." differ)."""
    source_tokens = [(m.group(), m.start(), m.end()) for m in token.finditer(source)]
    starts: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(source_tokens) - MIN_RUN + 1):
        gram = tuple(token for token, _, _ in source_tokens[i:i + MIN_RUN])
        starts.setdefault(gram, []).append(i)
    tokens = [(m.group(), m.start(), m.end()) for m in token.finditer(text)]
    pieces, done, i = [], 0, 0
    while i <= len(tokens) - MIN_RUN:
        gram = tuple(token for token, _, _ in tokens[i:i + MIN_RUN])
        best = (0, 0)
        for j in starts.get(gram, ()):
            length = run_length(tokens, i, source_tokens, j, source)
            best = max(best, (length, j))
        length, j = best
        begin, end = tokens[i][1], tokens[i + length - 1][2] if length else 0
        if length < MIN_RUN or text[begin:end] != source[source_tokens[j][1]:
                                                          source_tokens[j + length - 1][2]]:
            i += 1
            continue
        pieces += [text[done:begin],
                   f"\u27e6{source_tokens[j][1]}:{source_tokens[j + length - 1][2]}\u27e7"]
        done, i = end, i + length
    return "".join(pieces) + text[done:]


def run_length(tokens, i: int, source_tokens, j: int, source: str) -> int:
    """How many words from tokens[i] match source_tokens[j] on, on one line of the source."""
    length = 0
    while (i + length < len(tokens) and j + length < len(source_tokens)
           and tokens[i + length][0] == source_tokens[j + length][0]
           and (length == 0 or "\n" not in source[source_tokens[j + length - 1][2]:
                                                  source_tokens[j + length][1]])):
        length += 1
    return length


def decode(text: str, source: str) -> str:
    return REFERENCE.sub(lambda m: source[int(m.group(1)):int(m.group(2))], text)


def load() -> list[dict]:
    """The written stories whose source is present, with their text filled in."""
    if not STORIES.is_file():
        return []
    rows = [json.loads(line) for line in STORIES.open(encoding="utf-8") if line.strip()]
    sources = source_texts({row["source"] for row in rows})
    stories = []
    for row in rows:
        if row["source"] in sources:
            source = sources[row["source"]]
            stories.append({**row, "title": decode(row["title"], source),
                            "text": decode(row["text"], source)})
    return stories


def add(paths: list[Path]) -> int:
    rows = [json.loads(line) for path in paths for line in path.open(encoding="utf-8")
            if line.strip()]
    sources = source_texts({row["source"] for row in rows})
    missing = {row["source"] for row in rows} - set(sources)
    if missing:
        print(f"sources absent: {sorted(missing)}", file=sys.stderr)
        return 1
    known = ({(r["source"], r["kind"]) for r in map(json.loads, STORIES.open(encoding="utf-8"))}
             if STORIES.is_file() else set())
    added = 0
    with STORIES.open("a", encoding="utf-8") as out:
        for row in rows:
            if (row["source"], row["kind"]) in known:
                continue
            source = sources[row["source"]]
            encoded = {**row, "title": encode(row["title"], source),
                       "text": encode(row["text"], source)}
            assert decode(encoded["text"], source) == row["text"]
            out.write(json.dumps(encoded, ensure_ascii=False) + "\n")
            known.add((row["source"], row["kind"]))
            added += 1
    print(f"added {added} stories to {STORIES.relative_to(ROOT)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", nargs="+", type=Path, help="JSON lines of new stories")
    options = parser.parse_args()
    if options.add:
        return add(options.add)
    stories = load()
    print(f"{len(stories)} written stories with their source present")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
