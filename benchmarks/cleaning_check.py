"""Does cleaning eat real text? Count body sentences that do not survive ingestion.

For every article of the BBC News Summary (even) set and the CNN/DM FRANK 250 set,
the raw body is split into sentences with ``briefing.segment.split_sentences`` and
each sentence is looked for (whitespace-normalised) in the cleaned Article's text.
A BBC file's first line is its title, not body; the benchmark also checks that the
cleaner took that line as the title.

A sentence from which the cleaner cut a piece inside the line ("Scroll down for video")
counts as kept when what is left of it, with the recorded pieces taken out, is in the
text. Each such cut must match one of ``CLUTTER_PATTERNS`` (collected by reading the dev
data, independently of the cleaning rules), else it is reported as an *unexplained cut*,
which is possible text loss.

*Clutter kept*: matches of ``CLUTTER_PATTERNS`` still in the cleaned text.

    python benchmarks/cleaning_check.py [--shared ../shared] [--show 5]

Goal: 0 lost sentences, 0 unexplained cuts, 0 clutter kept. Skips cleanly when the
shared corpora are absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing import ingest  # noqa: E402
from briefing.errors import InputError  # noqa: E402
from briefing.ingest import sources  # noqa: E402
from briefing.segment import split_sentences  # noqa: E402

# Clutter seen in the BBC and CNN/DM dev sets and in the Zyte dev pages (read by hand):
# video pointers, picture pointers, CNN datelines, newsletter calls, reprint/ISSN lines,
# wire slugs and bylines, reading times, pop-up text glued into a name, closing
# contributor credits (CNN/DM), calls to follow the writer (Zyte pages), photo captions
# glued into the text (CNN/DM).
CLUTTER_PATTERNS = {
    "video pointer": re.compile(r"Scroll down for (?:video|more)", re.I),
    "picture pointer": re.compile(
        r"\((?:above|below|pictured(?: above| left| right| here)?|video above|left|right|"
        r"far left|far right|centre|center)\)", re.I),
    "agency dateline": re.compile(r"(?:^|\n)[\w ,.]{0,40}\((?:CNN|AP|Reuters|AFP)\)"),
    "newsletter call": re.compile(r"Sign up (?:for|to) [^.]{0,80}newsletter", re.I),
    "ISSN line": re.compile(r"\bISSN\b"),
    "reprints": re.compile(r"Order Reprints", re.I),
    "wire slug": re.compile(r"Writethru"),
    "wire byline": re.compile(r"\b(?:AP|Associated Press) (?:[A-Z][a-z]+ )*Writer\b", re.I),
    "reading time": re.compile(r"Tempo de leitura|\b\d+ min read\b|Reading time:", re.I),
    "glued pop-up": re.compile(r"\b([A-Z][a-z]+) [A-Z][a-z]+\1 [A-Z]"),
    "contributor credit": re.compile(r"contributed to this (?:report|story)", re.I),
    "follow call": re.compile(r"\bFollow (?:him|her|us) on (?:Twitter|Facebook)", re.I),
    # Daily Mail photo captions glued into the text: "Label: description" with no full stop
    "glued photo caption": re.compile(
        r"^[A-Z‘'][\w'’‘ -]{0,40}: [A-Z£$](?:[^.!?:]|\.(?=\S)|(?<=\b[A-Z])\.)*$"
    ),
}
CUT_RULES = {"video-pointer", "picture-pointer", "newsletter-call", "dateline-agency-mark",
             "dateline", "glued-pop-up-text", "contributor-credit", "social-follow-call",
             "glued-photo-caption"}


def clutter_in(text: str) -> list[str]:
    return [name for name, pattern in CLUTTER_PATTERNS.items() for _ in pattern.finditer(text)]


def explained(piece: str) -> bool:
    return any(pattern.search(piece) for pattern in CLUTTER_PATTERNS.values())


def without_pieces(sentence: str, pieces: list[str]) -> str:
    sentence = squash(sentence)
    for piece in map(squash, pieces):
        sentence = without_overlap(respaced(sentence.replace(piece, " ")), piece)
    return re.sub(r"(?<=\w) +(?=[.,;:!?](?:\s|$))", "", squash(sentence))


def respaced(text: str) -> str:
    """As the cleaner leaves a line after a cut: single spaces, none before punctuation."""
    return re.sub(r"(?<=\w) +(?=[.,;:!?](?:\s|$))", "", squash(text))


OVERLAP_MIN = 10  # characters: shorter overlaps of a sentence and a cut piece are chance


def without_overlap(sentence: str, piece: str) -> str:
    """The sentence without the part a cut piece covers when the splitter cut the piece in
    two ("... from artist L.M." | "Rendall in the 1960s ...")."""
    if sentence in piece:
        return ""
    for size in range(min(len(sentence), len(piece)), OVERLAP_MIN - 1, -1):
        if piece.endswith(sentence[:size]):
            return sentence[size:].strip()
        if piece.startswith(sentence[-size:]):
            return sentence[:-size].strip()
    return sentence


@dataclass
class Tally:
    name: str
    articles: int = 0
    sentences: int = 0
    lost: int = 0
    errors: int = 0
    titles_ok: int = 0
    titles_expected: int = 0
    removed_lines: int = 0
    clutter_kept: int = 0
    unexplained_cuts: int = 0
    seconds: float = 0.0
    languages: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)


def squash(text: str) -> str:
    """Whitespace-normalised text, so re-spacing by the cleaner is not counted as loss."""
    return " ".join(text.replace("\u00a0", " ").split())


def bbc_items(root: Path) -> Iterator[tuple[str, str, str, str]]:
    """(name, raw text, raw body, expected title) per BBC article file."""
    for path in sorted(root.glob("*/*.txt")):
        raw = sources.decode(path.read_bytes(), str(path))
        title, _, body = raw.strip().partition("\n")
        yield str(path.relative_to(root)), raw, body, title.strip()


def cnndm_items(path: Path) -> Iterator[tuple[str, str, str, str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            yield item["id"], item["article"], item["article"], ""


def check(name: str, items: Iterator[tuple[str, str, str, str]], show: int) -> Tally:
    tally = Tally(name)
    for item_name, raw, body, title in items:
        tally.articles += 1
        started = time.perf_counter()
        try:
            article = ingest.from_text(raw, source=item_name)
        except InputError as error:
            tally.errors += 1
            tally.examples.append(f"{item_name}: InputError {error}")
            continue
        finally:
            tally.seconds += time.perf_counter() - started
        kept = squash(article.text)
        tally.languages[article.language] += 1
        tally.removed_lines += sum(1 for r in article.removed if not r.rule.startswith("moved-to"))
        cuts = [r.text for r in article.removed if r.rule in CUT_RULES]
        for piece in cuts:
            if not explained(piece):
                tally.unexplained_cuts += 1
                tally.examples.append(f"{item_name}: unexplained cut {piece[:100]!r}")
        for name in clutter_in(article.text):
            tally.clutter_kept += 1
            if len(tally.examples) < 3 * show:
                tally.examples.append(f"{item_name}: clutter kept ({name})")
        if title:
            tally.titles_expected += 1
            tally.titles_ok += squash(article.title) == squash(title)
        for paragraph in body.split("\n"):
            for sentence in split_sentences(paragraph):
                tally.sentences += 1
                if squash(sentence) not in kept and without_pieces(sentence, cuts) not in kept:
                    tally.lost += 1
                    if len(tally.examples) < show:
                        tally.examples.append(f"{item_name}: {sentence[:100]}")
    return tally


def print_table(tallies: list[Tally]) -> None:
    header = (f"{'corpus':<24}{'articles':>9}{'sentences':>11}{'lost':>6}{'unexplained':>12}"
              f"{'clutter kept':>13}{'errors':>8}"
              f"{'titles ok':>11}{'lines removed':>15}{'ms/article':>12}  languages")
    print(header)
    print("-" * len(header))
    for t in tallies:
        titles = f"{t.titles_ok}/{t.titles_expected}" if t.titles_expected else "-"
        per = 1000 * t.seconds / max(t.articles, 1)
        langs = ", ".join(f"{code} {count}" for code, count in t.languages.most_common())
        print(f"{t.name:<24}{t.articles:>9}{t.sentences:>11}{t.lost:>6}{t.unexplained_cuts:>12}"
              f"{t.clutter_kept:>13}{t.errors:>8}"
              f"{titles:>11}{t.removed_lines:>15}{per:>12.1f}  {langs}")
    for t in tallies:
        for example in t.examples:
            print(f"  {t.name}: {example}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", type=int, default=5, help="lost sentences to print per corpus")
    args = parser.parse_args()
    corpora = args.shared / "corpora"
    bbc = corpora / "bbc-news-summary-even" / "articles"
    cnndm = corpora / "cnndm-frank-250" / "pairs.jsonl"
    tallies = []
    if bbc.is_dir():
        tallies.append(check("bbc-news-summary-even", bbc_items(bbc), args.show))
    if cnndm.is_file():
        tallies.append(check("cnndm-frank-250", cnndm_items(cnndm), args.show))
    if not tallies:
        print(f"skipped: no corpora under {corpora}")
        return 0
    print_table(tallies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
