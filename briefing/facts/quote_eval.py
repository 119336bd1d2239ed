"""``briefing evaluate-quotes``: direct quotes and their speakers scored on a gold corpus.

Corpus: JSON lines, one article each, with ``text`` and ``quotes`` (``start``/``end``
offsets of the quoted words, ``parts`` for quotes continued over paragraphs,
``words``, and ``speaker`` with ``source`` (the annotated span), ``kind`` (name,
pronoun, nominal, none), ``names`` (the name at the head of the source) and
``chain`` (names the pronoun or noun refers to)) -- the shape of the PolNeAR
direct-quote file. A line may name a ``file`` (under ``--articles``) instead of carrying
its ``text``: the offsets are then into the raw file text, the article is read the way
``briefing brief`` reads it, and the offsets are moved onto the text the pipeline keeps
(the BBC files, whose first line is the headline). Definitions are in docs/QUOTES.md:

* a found quote matches a gold quote when their characters overlap by at least half
  of the shorter one (each gold quote matches once);
* the speaker is right when the last word of our speaker is the last word of a gold
  head name or chain name, or (nominal sources) the head noun of the gold source is
  one of our speaker's words; a pronoun source with an empty chain cannot be checked
  and is left out of speaker figures ("unverifiable");
* ``--shown`` figures give a speaker only to quotes at or above the brief's confidence
  threshold; the others count as abstentions (the brief does not show them).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from briefing.errors import InputError
from briefing.facts.org_evidence import spelled_out

if TYPE_CHECKING:
    from briefing.models import Document

DEFAULT_CORPUS = Path("..") / "shared" / "corpora" / "polnear-train" / "gold.jsonl"
DEFAULT_ARTICLES = Path("..") / "shared" / "corpora" / "bbc-news-summary-even" / "articles"
KINDS = ("name", "pronoun", "nominal", "organization", "none")
_WORD = re.compile(r"[\w'’.\-]+")
_SOURCE_HEAD_STOP = re.compile(r"\s(?:of|for|at|from|in|with|who|that|on)\s|,")


@dataclass
class GoldQuote:
    start: int
    end: int
    words: int
    kind: str
    source: str
    names: list[str]

    @property
    def verifiable(self) -> bool:
        return self.kind != "pronoun" or bool(self.names)


@dataclass
class Tally:
    gold: int = 0
    gold_long: int = 0
    found: int = 0
    found_long: int = 0
    matched: int = 0
    matched_long: int = 0  # gold quotes of 4+ words that were found
    attributed: int = 0  # found quotes given a speaker
    attributed_matched: int = 0
    verifiable: int = 0  # attributed, matched, gold speaker checkable
    right: int = 0
    right_long: int = 0
    abstained: int = 0  # matched, left unattributed
    gold_attributable: int = 0  # gold quotes with a checkable speaker
    gold_attributable_long: int = 0
    kinds: Counter = field(default_factory=Counter)  # (gold kind, outcome) -> count
    buckets: Counter = field(default_factory=Counter)  # (confidence tenth, right?) -> count
    rules: Counter = field(default_factory=Counter)  # (evidence rule, right?) -> count
    scored: Counter = field(default_factory=Counter)  # (confidence, right?) -> count

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, Counter):
                getattr(self, name).update(value)
            else:
                setattr(self, name, getattr(self, name) + value)


def _ratio(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


GoldArticle = tuple["Document", list[GoldQuote]]


def load_gold(path: Path, articles_dir: Path = DEFAULT_ARTICLES) -> list[GoldArticle]:
    """(segmented article, gold quotes) per corpus line; see the module docstring."""
    if not path.is_file():
        raise InputError(f"{path}: no quote corpus here")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text (a quote corpus is JSON lines)") from None
    articles = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            golds = [_gold_quote(q) for q in row.get("quotes", [])]
            if "text" in row:
                articles.append((_text_document(str(row["text"])), golds))
            else:
                articles.append(_file_article(articles_dir / str(row["file"]), golds))
        except InputError:
            raise
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise InputError(f"{path}:{number}: not a gold quote line ({error})") from None
    return articles


def _text_document(text: str) -> Document:
    from briefing.models import Article
    from briefing.segment import segment

    return segment(Article(paragraphs=text.split("\n\n"), source="corpus"))


def _file_article(path: Path, golds: list[GoldQuote]) -> GoldArticle:
    """The file as ``briefing brief`` reads it, gold offsets moved from the raw text onto it."""
    from briefing.pipeline import document

    if not path.is_file():
        raise InputError(f"{path}: article missing (give its folder with --articles)")
    raw = path.read_text(encoding="utf-8")
    doc = document(path)
    return doc, [_moved(gold, raw, doc.article.text) for gold in golds]


def _moved(gold: GoldQuote, raw: str, text: str) -> GoldQuote:
    """The gold quote's offsets in ``text``, a cleaned copy of ``raw``; -1 if it is lost."""
    shift = raw.find(text)
    if shift < 0:  # the reader changed the text: find the quote's own words
        words = raw[gold.start : gold.end]
        start = text.find(words[:60])
        shift = gold.start - start if start >= 0 else gold.start + 1
    return replace(gold, start=gold.start - shift, end=gold.end - shift)


def _gold_quote(raw: dict[str, Any]) -> GoldQuote:
    speaker = raw.get("speaker") or {}
    names = [n[0] for n in speaker.get("names") or []]
    names += [n[0] for n in speaker.get("chain") or [] if n[1] in ("PERSON", "ORGANIZATION")]
    kind = str(speaker.get("kind") or "none")
    return GoldQuote(
        int(raw["start"]),
        int(raw["end"]),
        int(raw.get("words") or len(str(raw.get("text", "")).split())),
        "none" if kind == "unknown" else kind,
        str(speaker.get("source") or ""),
        names,
    )


def _last_word(text: str) -> str:
    words = _WORD.findall(text.lower().replace("’", "'"))  # "D’Souza" is "D'Souza"
    return re.sub(r"['’]s?$", "", words[-1]) if words else ""


def speaker_right(
    ours: str, gold: GoldQuote, text: str = "", ours_literal: str = ""
) -> bool:
    """Does our speaker name the gold source (see the module docstring)? An acronym and
    the name ``text`` spells it out as are one body ("QCA", "Qualifications and
    Curriculum Authority").

    ``ours_literal`` is the article's own words we resolved ``ours`` from ("the report"
    -> "National Audit Office"): a nominal gold source that names nobody and has no
    chain ("the report") cannot say which body it means, so those words are checked.
    """
    if gold.kind == "none" or not ours:
        return False
    if ours_literal and gold.kind == "nominal" and not gold.names:
        if speaker_right(ours_literal, gold, text):
            return True
    ours_forms = {_last_word(ours)}
    names = [name for name in gold.names if name]
    if text:
        ours_forms.add(_last_word(spelled_out(ours, text)))
        names += [spelled_out(name, text) for name in names]
    ours_forms.discard("")
    if any(_last_word(name) in ours_forms for name in names if name):
        return True
    if _plain(ours) == _plain(gold.source):  # the literal source: "a senior Cruz adviser"
        return True
    if gold.kind == "nominal" or not gold.names:
        head = _last_word(_SOURCE_HEAD_STOP.split(gold.source, maxsplit=1)[0])
        return bool(head) and head in {_last_word(w) for w in ours.split()}
    return False


def rule_of(evidence: str) -> str:
    """ "cue-after:pronoun 'he' -> nearest person (voice)" -> "cue-after:pronoun/voice"."""
    rule = evidence.split(" ", 1)[0]
    how = re.search(r"\(((?:voice|subject|no-gender|nominal)(?:-rival|-g\dp?)?)\)", evidence)
    return f"{rule}/{how.group(1)}" if how else rule


def _plain(text: str) -> str:
    return " ".join(_WORD.findall(text.lower())).removeprefix("the ")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared * 2 >= min(a[1] - a[0], b[1] - b[0])


def _in_doubled_apostrophes(text: str, start: int) -> bool:
    """Whether the quoted words at ``start`` open after '' (or run on from a part that did)."""
    return text[max(0, start - 2) : start] == "''"


def score_article(
    doc: Document, golds: list[GoldQuote], threshold: float | None
) -> tuple[Tally, list[dict[str, Any]]]:
    """Tally one article; ``threshold`` None counts every quote found."""
    from briefing.facts.entities import find_entities
    from briefing.facts.quotes import extract_quotes

    quotes = extract_quotes(doc, find_entities(doc))
    text = doc.article.text
    if not any(_in_doubled_apostrophes(text, g.start) for g in golds):
        # Gold made without quotes in '' marks (PolNeAR's labels only double-marked quotes:
        # none of its 113 NYT articles written with '' has one) cannot score them.
        quotes = [q for q in quotes if not _in_doubled_apostrophes(text, q.start)]
    if threshold is not None:  # what a brief shows: a quote below the threshold has no speaker
        quotes = [q if q.confidence >= threshold else replace(q, speaker="") for q in quotes]
    tally, mistakes = Tally(), []
    tally.gold = len(golds)
    tally.gold_long = sum(g.words >= 4 for g in golds)
    attributable = [g for g in golds if g.kind != "none" and g.verifiable]
    tally.gold_attributable = len(attributable)
    tally.gold_attributable_long = sum(g.words >= 4 for g in attributable)
    free = list(range(len(golds)))
    for quote in quotes:
        long = len(quote.text.split()) >= 4
        tally.found += 1
        tally.found_long += long
        tally.attributed += bool(quote.speaker)
        hit = next((k for k in free if _overlap((quote.start, quote.end), _span(golds[k]))), None)
        if hit is None:
            if quote.speaker:
                mistakes.append({"kind": "not-a-quote", "quote": quote.text, "ours": quote.speaker})
            continue
        free.remove(hit)
        gold = golds[hit]
        tally.matched += 1
        tally.matched_long += gold.words >= 4
        if not quote.speaker:
            tally.abstained += 1
            tally.kinds[(gold.kind, "abstained")] += 1
            if gold.kind != "none" and gold.verifiable and gold.words >= 4:
                mistakes.append(_abstention(quote, gold, doc))
            continue
        tally.attributed_matched += 1
        if not gold.verifiable:
            tally.kinds[(gold.kind, "unverifiable")] += 1
            continue
        tally.verifiable += 1
        right = speaker_right(quote.speaker, gold, doc.article.text, quote.speaker_text)
        tally.right += right
        tally.right_long += right and gold.words >= 4
        tally.kinds[(gold.kind, "right" if right else "wrong")] += 1
        tally.buckets[(min(int(quote.confidence * 10), 9), right)] += 1
        tally.rules[(rule_of(quote.evidence), right)] += 1
        tally.scored[(quote.confidence, right)] += 1
        if not right:
            mistakes.append(
                {
                    "kind": "wrong-speaker",
                    "quote": quote.text[:80],
                    "ours": f"{quote.speaker} ({quote.evidence}, {quote.confidence:.2f})",
                    "gold": f"{gold.source} [{gold.kind}] {gold.names[:3]}",
                }
            )
    for k in free:
        tally.kinds[(golds[k].kind, "missed")] += 1
    return tally, mistakes


def _abstention(quote: Any, gold: GoldQuote, doc: Document) -> dict[str, Any]:
    """A gold quote of 4+ words with a speaker that we found but gave nobody: the why and
    the article (``--abstained``), for looking for speakers a reader sees at once."""
    return {
        "kind": "abstained",
        "quote": quote.text[:80],
        "why": quote.evidence,
        "gold": f"{gold.source} [{gold.kind}] {gold.names[:3]}",
        "article": doc.article.source if doc.article.source != "corpus" else doc.article.title,
        "start": quote.start,
    }


def _span(gold: GoldQuote) -> tuple[int, int]:
    return gold.start, gold.end


def evaluate(
    articles: list[GoldArticle], threshold: float | None
) -> tuple[Tally, list[dict[str, Any]]]:
    total, mistakes = Tally(), []
    for doc, golds in articles:
        tally, wrong = score_article(doc, golds, threshold)
        total.add(tally)
        mistakes += wrong
    return total, mistakes


def figures(t: Tally) -> dict[str, float]:
    """The headline figures of a tally (percentages)."""
    return {
        "detection P": _ratio(t.matched, t.found),
        "detection R": _ratio(t.matched, t.gold),
        "detection R 4+ words": _ratio(t.matched_long, t.gold_long),
        "speaker right (of attributed)": _ratio(t.right, t.verifiable),
        "quote+speaker P": _ratio(t.right, t.attributed - (t.attributed_matched - t.verifiable)),
        "quote+speaker R": _ratio(t.right, t.gold_attributable),
        "quote+speaker R 4+ words": _ratio(t.right_long, t.gold_attributable_long),
        "abstention rate": _ratio(t.abstained, t.matched),
    }


def format_report(parts: dict[str, Tally], threshold: float) -> str:
    names = list(parts)
    lines = [f"{'metric':<32}" + "".join(f"{n:>16}" for n in names)]
    table = {n: figures(t) for n, t in parts.items()}
    for metric in table[names[0]]:
        lines.append(f"{metric:<32}" + "".join(f"{table[n][metric]:16.1f}" for n in names))
    lines.append(
        f"{'gold quotes / found':<32}"
        + "".join(f"{f'{t.gold}/{t.found}':>16}" for t in parts.values())
    )
    lines += ["", f"speaker outcome by gold source kind ({names[0]}):"]
    first = parts[names[0]]
    outcomes = ("right", "wrong", "abstained", "unverifiable", "missed")
    lines.append(f"  {'kind':<10}" + "".join(f"{o:>14}" for o in outcomes))
    for kind in KINDS:
        lines.append(f"  {kind:<10}" + "".join(f"{first.kinds[(kind, o)]:14d}" for o in outcomes))
    lines += ["", f"calibration ({names[0]}, every attributed quote): confidence -> right"]
    for tenth in range(10):
        right, wrong = first.buckets[(tenth, True)], first.buckets[(tenth, False)]
        if right + wrong:
            lines.append(
                f"  {tenth / 10:.1f}-{(tenth + 1) / 10:.1f}: {_ratio(right, right + wrong):5.1f}%"
                f" of {right + wrong}"
            )
    lines += ["", f"threshold sweep ({names[0]}): shown quotes right / share of attributed shown"]
    total = sum(first.scored.values())
    for threshold_at in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        right = sum(n for (c, ok), n in first.scored.items() if c >= threshold_at and ok)
        shown = sum(n for (c, _), n in first.scored.items() if c >= threshold_at)
        lines.append(
            f"  >= {threshold_at:.2f}: {_ratio(right, shown):5.1f}% right, "
            f"{_ratio(shown, total):5.1f}% shown, "
            f"quote+speaker R {_ratio(right, first.gold_attributable):5.1f}"
        )
    lines += ["", f"speaker right by rule ({names[0]}):"]
    for rule in sorted({r for r, _ in first.rules}):
        right, wrong = first.rules[(rule, True)], first.rules[(rule, False)]
        lines.append(f"  {rule:<36} {_ratio(right, right + wrong):5.1f}% of {right + wrong}")
    lines.append(f"\nthreshold shown in briefs: {threshold:.2f}")
    return "\n".join(lines)


@click.command("evaluate-quotes")
@click.option(
    "--corpus",
    type=click.Path(exists=False, path_type=Path),
    default=DEFAULT_CORPUS,
    show_default=True,
    help="Gold quotes, JSON lines (PolNeAR direct-quote shape).",
)
@click.option(
    "--articles",
    "articles_dir",
    type=click.Path(exists=False, file_okay=False, path_type=Path),
    default=DEFAULT_ARTICLES,
    show_default=True,
    help="Folder of the article files a corpus names by 'file' (the BBC gold).",
)
@click.option(
    "--split",
    type=click.Choice(["all", "even", "odd"]),
    default="all",
    show_default=True,
    help="Articles to score by line number (even: the tuning half, odd: held out).",
)
@click.option("--shown", is_flag=True, help="Score only what a brief shows (the threshold).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", type=click.IntRange(min=0), default=0, help="List N mistakes too.")
@click.option(
    "--abstained",
    type=click.IntRange(min=0),
    default=0,
    help="List N gold quotes of 4+ words with a speaker that we found but gave nobody.",
)
def evaluate_quotes_command(
    corpus: Path, articles_dir: Path, split: str, shown: bool, as_json: bool, errors: int,
    abstained: int,
) -> None:
    """Score quote detection and speakers: P/R, speaker accuracy, abstention."""
    from briefing.brief import SHOW_AT

    articles = load_gold(corpus, articles_dir)
    halves = {
        "even": articles[0::2],
        "odd": articles[1::2],
    }
    chosen = halves if split == "all" else {split: halves[split]}
    threshold = SHOW_AT["quote"]
    parts: dict[str, Tally] = {}
    mistakes: list[dict[str, Any]] = []
    for name, subset in chosen.items():
        tally, wrong = evaluate(subset, threshold if shown else None)
        parts[name] = tally
        mistakes += wrong
    if len(parts) > 1:
        total = Tally()
        for tally in parts.values():
            total.add(tally)
        parts = {"all": total, **parts}
    if as_json:
        click.echo(json.dumps({n: figures(t) for n, t in parts.items()}, indent=2))
    else:
        label = "shown (at the brief's threshold)" if shown else "every quote found"
        click.echo(f"{corpus}: {len(articles)} articles; {label}")
        click.echo(format_report(parts, threshold))
    wrong = [item for item in mistakes if item["kind"] != "abstained"]
    gave_nobody = [item for item in mistakes if item["kind"] == "abstained"]
    for item in wrong[:errors] + gave_nobody[:abstained]:
        click.echo(json.dumps(item, ensure_ascii=False))
