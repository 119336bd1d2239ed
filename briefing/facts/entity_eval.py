"""``briefing evaluate-entities``: people, places and organisations scored on CoNLL-2003.

Corpus: the CoNLL-2003 column format (token, POS, chunk, IOB2 tag; documents separated
by ``-DOCSTART-``, sentences by blank lines). Each document is rebuilt as text (one
sentence a paragraph, punctuation attached to the word before it) and goes through
:func:`briefing.facts.entities.find_entities`; every person mention, place and
organisation mention it returns is a prediction (PER, LOC, ORG). MISC is not predicted
and not scored. Definitions (docs/ENTITIES.md):

* exact: same characters and type; lenient: the spans overlap and the type agrees;
  each gold mention matches at most one prediction;
* documents are "sports" when their first line names a sport or results table (CoNLL's
  Reuters sports desk: SOCCER -, CRICKET -, TENNIS -, ...), else "news";
* even-numbered documents are the tuning half, odd-numbered ones are held out.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click

from briefing.errors import InputError

DEFAULT_CORPUS = Path("..") / "shared" / "corpora" / "conll2003-dev" / "eng.testa.iob2"
TYPES = ("PER", "LOC", "ORG")
_KIND_TYPE = {"person": "PER", "place": "LOC", "organization": "ORG"}
_ATTACH_LEFT = re.compile(r"^(?:[.,;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$")
_SPORTS = re.compile(
    r"^(?:SOCCER|CRICKET|TENNIS|GOLF|RUGBY|BASEBALL|BASKETBALL|ATHLETICS|CYCLING|BOXING|"
    r"MOTOR|MOTORCYCLING|MOTORSPORT|FORMULA|HORSE|HORSERACING|NBA|NFL|NHL|ICE|HOCKEY|"
    r"SKIING|SWIMMING|SAILING|SQUASH|BADMINTON|TABLE|VOLLEYBALL|HANDBALL|ROWING|CHESS|"
    r"SNOOKER|DARTS|JUDO|WRESTLING|TRIATHLON|ALPINE|NORDIC|AMERICAN|AUSTRALIAN|GAELIC|"
    r"LACROSSE|POLO|EQUESTRIANISM|SPEEDWAY|BOBSLEIGH|FIGURE|ROLLER)\b"
)


@dataclass
class Doc:
    paragraphs: list[str]
    gold: list[tuple[int, int, str]]  # (start, end, type) into "\n\n".join(paragraphs)
    sports: bool


@dataclass
class Counts:
    gold: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    exact: Counter = field(default_factory=Counter)
    lenient: Counter = field(default_factory=Counter)

    def add(self, other: Counts) -> None:
        for name in ("gold", "predicted", "exact", "lenient"):
            getattr(self, name).update(getattr(other, name))


def load_conll(path: Path) -> list[Doc]:
    if not path.is_file():
        raise InputError(f"{path}: no CoNLL file here")
    docs: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            parts = line.split()
            if not parts:
                if sentence and docs:
                    docs[-1].append(sentence)
                sentence = []
                continue
            if parts[0] == "-DOCSTART-":
                docs.append([])
                continue
            if len(parts) < 2:
                raise InputError(f"{path}: not a CoNLL line: {line.strip()!r}")
            sentence.append((parts[0], parts[-1]))
    if sentence and docs:
        docs[-1].append(sentence)
    if not docs:
        raise InputError(f"{path}: no -DOCSTART- documents")
    return [_rebuild(sentences) for sentences in docs if sentences]


def _rebuild(sentences: list[list[tuple[str, str]]]) -> Doc:
    paragraphs, gold = [], []
    offset = 0
    for sentence in sentences:
        text, spans = _sentence_text(sentence)
        paragraphs.append(text)
        gold += [(offset + s, offset + e, t) for s, e, t in spans]
        offset += len(text) + 2
    first = " ".join(token for token, _ in sentences[0])
    return Doc(paragraphs, gold, bool(_SPORTS.match(first)))


def _sentence_text(sentence: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    text, spans = "", []
    current: list | None = None
    for token, tag in sentence:
        if text and not _ATTACH_LEFT.match(token) and not text.endswith(("(", "[", "$")):
            text += " "
        start = len(text)
        text += token
        kind = tag[2:] if len(tag) > 2 else ""
        opens = tag.startswith("I-") and (current is None or current[2] != kind)
        if tag.startswith("B-") or opens:
            current = [start, len(text), kind]
            spans.append(current)
        elif tag.startswith("I-") and current is not None:
            current[1] = len(text)
        else:
            current = None
    return text, [(s, e, t) for s, e, t in spans if t in TYPES]


def predictions(doc: Doc) -> list[tuple[int, int, str]]:
    from briefing.facts.entities import find_entities
    from briefing.models import Article
    from briefing.segment import segment

    document = segment(Article(paragraphs=doc.paragraphs, source="corpus"))
    index = find_entities(document)
    found = [(m.start, m.end, "PER") for m in index.mentions]
    found += [(s, e, _KIND_TYPE[kind]) for s, e, kind, _ in index.spans]
    return found


def score(doc: Doc, found: list[tuple[int, int, str]]) -> Counts:
    counts = Counts()
    for _, _, kind in doc.gold:
        counts.gold[kind] += 1
    for _, _, kind in found:
        counts.predicted[kind] += 1
    for level, match in (("exact", _same), ("lenient", _overlaps)):
        free = list(doc.gold)
        for span in found:
            hit = next((g for g in free if g[2] == span[2] and match(g, span)), None)
            if hit is not None:
                free.remove(hit)
                getattr(counts, level)[span[2]] += 1
    return counts


def _same(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] == b[0] and a[1] == b[1]


def _overlaps(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def prf(counts: Counts, level: str, kind: str | None = None) -> tuple[float, float, float]:
    kinds = [kind] if kind else list(TYPES)
    tp = sum(getattr(counts, level)[k] for k in kinds)
    predicted = sum(counts.predicted[k] for k in kinds)
    gold = sum(counts.gold[k] for k in kinds)
    p = 100 * tp / predicted if predicted else 0.0
    r = 100 * tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(docs: list[Doc]) -> dict[str, Counts]:
    """Counts per part: all, news, sports, and the two halves of each."""
    parts: dict[str, Counts] = {}
    for number, doc in enumerate(docs):
        counts = score(doc, predictions(doc))
        half = "even" if number % 2 == 0 else "odd"
        genre = "sports" if doc.sports else "news"
        for name in ("all", genre, f"{genre}/{half}", f"all/{half}"):
            parts.setdefault(name, Counts()).add(counts)
    return parts


def format_report(parts: dict[str, Counts], docs: int) -> str:
    lines = [f"CoNLL-2003: {docs} documents; P/R/F1, lenient (exact in brackets)"]
    order = [n for n in ("all", "all/even", "all/odd", "news", "news/even", "news/odd",
                         "sports", "sports/even", "sports/odd") if n in parts]  # fmt: skip
    lines.append(f"{'part':<12} {'type':<5} {'P':>6} {'R':>6} {'F1':>6}   {'exact F1':>8}  gold")
    for name in order:
        counts = parts[name]
        for kind in (*TYPES, None):
            p, r, f = prf(counts, "lenient", kind)
            exact = prf(counts, "exact", kind)[2]
            gold = sum(counts.gold[k] for k in ([kind] if kind else TYPES))
            lines.append(
                f"{name:<12} {kind or 'all':<5} {p:6.1f} {r:6.1f} {f:6.1f}   ({exact:6.1f})  {gold}"
            )
    return "\n".join(lines)


@click.command("evaluate-entities")
@click.option(
    "--corpus",
    type=click.Path(exists=False, path_type=Path),
    default=DEFAULT_CORPUS,
    show_default=True,
    help="CoNLL-2003 file (IOB2 tags in the last column).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_entities_command(corpus: Path, as_json: bool) -> None:
    """Score people, places and organisations: per-type P/R/F1, news and sports apart."""
    docs = load_conll(corpus)
    parts = evaluate(docs)
    if as_json:
        payload = {
            name: {
                kind or "all": dict(
                    zip(("P", "R", "F1"), prf(counts, "lenient", kind), strict=True),
                    exact_F1=prf(counts, "exact", kind)[2],
                )
                for kind in (*TYPES, None)
            }
            for name, counts in parts.items()
        }
        click.echo(json.dumps(payload, indent=2))
    else:
        click.echo(format_report(parts, len(docs)))
