"""``briefing evaluate-figures``: quantity extraction scored the way the CQE paper does.

Corpus: NewsQuant (a JSON list of ``{"text": ..., "quantities": [...]}``; each
quantity has ``value`` -- a number or "low-high" --, ``unit``,
``normalized_unit``, ``change`` and ``referred_concepts``). Every sentence goes
through :func:`briefing.facts.figures.figures_in_sentence`; predictions and gold
quantities of one sentence are paired one-to-one, greedily in reading order.

Matching rules (see docs/FIGURES.md):

* value: equal within a relative tolerance of 1e-6 (absolute 1e-9); a gold range
  "a-b" matches a predicted range with the same endpoints (either order), or any
  prediction whose value -- or midpoint, for a predicted range -- equals the
  gold midpoint (a+b)/2;
* value+unit: value matches and :func:`briefing.facts.units.unit_key` of the
  predicted unit equals that of the gold ``unit`` or ``normalized_unit``, or,
  for counted nouns, their head nouns agree ("European countries" ~ "countries");
* value+unit-exact: as value+unit without the head-noun fallback;
* value+change: value matches and the change symbol is the same.
"""

from __future__ import annotations

import csv
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from briefing.errors import InputError
from briefing.facts.units import singular, unit_head, unit_key
from briefing.lang.en.lexicon import POSTMODIFIER_OPENERS
from briefing.models import Figure

DEFAULT_CORPUS = Path("..") / "shared" / "corpora" / "newsquant"
CORPUS_FILE = "NewsQuant.json"
SCORES_FILE = "published-scores.csv"
LEVELS = ("value", "value+unit", "value+unit-exact", "value+change")

_RANGE = re.compile(r"^\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*$")


@dataclass
class Gold:
    low: float
    high: float | None
    unit: str
    normalized_unit: str
    change: str
    concepts: tuple[str, ...] = ()  # referred_concepts, "-" (none) dropped


@dataclass
class Counts:
    true_positives: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    predicted: int = 0
    gold: int = 0
    # label score: value-matched figures whose gold names a referred concept
    labelled_gold: int = 0
    label_exact: int = 0
    label_head: int = 0
    label_last: int = 0  # head word by the first definition: last words agree
    label_empty: int = 0
    half: dict[str, Counts] = field(default_factory=dict)

    def scores(self, level: str) -> tuple[float, float, float]:
        tp = self.true_positives[level]
        precision = tp / self.predicted if self.predicted else 0.0
        recall = tp / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return 100 * precision, 100 * recall, 100 * f1

    def label_scores(self) -> dict[str, float]:
        """Shares (x100) of value-matched figures with a referred concept: label right, empty."""
        total = self.labelled_gold or 1
        return {
            "exact": 100 * self.label_exact / total,
            "head": 100 * self.label_head / total,
            "last word": 100 * self.label_last / total,
            "empty": 100 * self.label_empty / total,
            "figures": self.labelled_gold,
        }


def parse_gold_value(raw: Any) -> tuple[float, float | None]:
    """'60000.0' -> (60000, None); '10-12' -> (10, 12); '-5.0' -> (-5, None)."""
    if isinstance(raw, int | float):
        return float(raw), None
    text = str(raw).strip()
    try:
        return float(text), None
    except ValueError:
        pass
    match = _RANGE.match(text)
    if not match:
        raise InputError(f"cannot read gold value {raw!r}")
    return float(match.group(1)), float(match.group(2))


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def value_matches(figure: Figure, gold: Gold) -> bool:
    if gold.high is None:
        if figure.high is None:
            return close(figure.value, gold.low)
        return close((figure.value + figure.high) / 2, gold.low)
    midpoint = (gold.low + gold.high) / 2
    if figure.high is not None:
        same_ends = {round(figure.value, 9), round(figure.high, 9)}
        if close(min(same_ends), min(gold.low, gold.high)) and close(
            max(same_ends), max(gold.low, gold.high)
        ):
            return True
        return close((figure.value + figure.high) / 2, midpoint)
    return close(figure.value, midpoint)


def unit_matches(figure: Figure, gold: Gold, exact: bool = False) -> bool:
    ours = unit_key(figure.unit)
    for theirs in {unit_key(gold.unit), unit_key(gold.normalized_unit)}:
        if ours == theirs:
            return True
        if exact:
            continue
        head = unit_head(theirs)
        if ours and head and unit_head(ours) == head and not _is_symbolic(ours):
            return True
    return False


def _is_symbolic(key: str) -> bool:
    return key.isupper() or key == "%"


def match_sentence(
    figures: list[Figure], golds: list[Gold], pairs: list[tuple[Figure, Gold]] | None = None
) -> dict[str, int]:
    """True positives per level: each gold quantity pairs with one prediction at most.

    ``pairs``, when given, receives the value-level (figure, gold) pairs (label score).
    """
    hits = {}
    for level in LEVELS:
        free = list(range(len(figures)))
        count = 0
        for gold in golds:
            for position, index in enumerate(free):
                figure = figures[index]
                if not value_matches(figure, gold):
                    continue
                if level == "value+unit" and not unit_matches(figure, gold):
                    continue
                if level == "value+unit-exact" and not unit_matches(figure, gold, exact=True):
                    continue
                if level == "value+change" and figure.change != gold.change:
                    continue
                count += 1
                if level == "value" and pairs is not None:
                    pairs.append((figure, gold))
                del free[position]
                break
        hits[level] = count
    return hits


def load_newsquant(path: Path) -> list[tuple[str, list[Gold]]]:
    file = path / CORPUS_FILE if path.is_dir() else path
    if not file.is_file():
        raise InputError(f"{file}: no NewsQuant corpus here")
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{file}: not a JSON corpus ({error})") from None
    if not isinstance(data, list):
        raise InputError(f"{file}: expected a JSON list of sentences")
    items = []
    for entry in data:
        if not isinstance(entry, dict) or "text" not in entry:
            raise InputError(f"{file}: every item needs a 'text' field")
        golds = []
        for quantity in entry.get("quantities") or []:
            low, high = parse_gold_value(quantity.get("value"))
            golds.append(
                Gold(
                    low,
                    high,
                    str(quantity.get("unit", "")),
                    str(quantity.get("normalized_unit", "")),
                    str(quantity.get("change", "=")),
                    split_concepts(quantity.get("referred_concepts")),
                )
            )
        items.append((str(entry["text"]), golds))
    return items


def split_concepts(raw: Any) -> tuple[str, ...]:
    """'earnings, footballers' -> ('earnings', 'footballers'); '-' or '' -> ()."""
    parts = [p.strip() for p in str(raw or "").split(",")]
    return tuple(p for p in parts if p and p != "-")


def _label_words(text: str) -> list[str]:
    # a word's closing full stop is no part of it ("Dell Technologies Inc." ~ "Inc")
    words = re.findall(r"[\w&/.-]+", text.lower().replace("’", "'").replace("'s", ""))
    return [w.rstrip(".") or w for w in words]


# Words in the sentence between two words of a concept: the corpus drops function words
# from its concepts ("tax imported vehicles" for "tax on imported vehicles").
_MAX_DROPPED = 3


# A bracketed short form or restatement inside a concept: "European automakers (.SXAP)".
_BRACKETED = re.compile(r"\([^()]*\)")


def _concept_words(concept: str) -> list[str]:
    """A concept's words without a bracketed restatement and without trailing function
    words ("voltage across": a head is never a preposition)."""
    words = _label_words(_BRACKETED.sub(" ", concept))
    while len(words) > 1 and words[-1] in POSTMODIFIER_OPENERS:
        words = words[:-1]
    return words


# Words the corpus leaves out of its concepts ("mass sun" for "the mass of the sun"); our
# labels keep them, so the exact score compares the other words.
_DROPPED_IN_CONCEPTS = POSTMODIFIER_OPENERS | {"the", "a", "an"}


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _DROPPED_IN_CONCEPTS] or words


def label_heads(label: str) -> set[str]:
    """Head words of one of our labels, singular: its last word and, for "A of B" ("pace of
    price increases", "fine on CBS"), the word before the first preposition -- the same two
    readings ``concept_heads`` allows a concept."""
    ours = _label_words(label)
    if not ours:
        return set()
    heads = {singular(ours[-1])}
    for index, word in enumerate(ours[1:], 1):
        if word in POSTMODIFIER_OPENERS:
            heads.add(singular(ours[index - 1]))
            break
    return heads


def concept_heads(concept: str, sentence: str = "") -> set[str]:
    """Head words of a referred concept, singular: its last word and, when the concept is
    found in ``sentence`` with a preposition or relative word dropped after one of its
    words, that word ("tax imported vehicles" = "tax on imported vehicles": the head is
    "tax"; "China economy 2022" = "China's economy in 2022": "economy")."""
    theirs = _concept_words(concept)
    if not theirs:
        return set()
    heads = {singular(theirs[-1])}
    if len(theirs) < 2:
        return heads
    head = ""
    if sentence:
        tokens = [t.strip(".") for t in _label_words(sentence)]  # 'bicycles.' ends a sentence
        for start, token in enumerate(tokens):
            if token == theirs[0] and (head := _head_in_span(theirs, tokens, start)):
                break
    participle = _participle_at(theirs)
    if participle and (not head or participle <= theirs.index(head)):
        head = theirs[participle - 1]  # "men aged 18 34": the men, not "18" before "to"
    if head:
        heads.add(singular(head))
    if _initials_of(theirs[-1], theirs[:-1]):
        heads.add(singular(theirs[-2]))  # "West Texas Intermediate WTI": its short form
    return heads


def _initials_of(word: str, before: list[str]) -> bool:
    """'wti' after 'west texas intermediate': a short form the corpus wrote without the
    brackets ``_concept_words`` drops."""
    size = len(word)
    return 1 < size <= len(before) and "".join(w[0] for w in before[-size:]) == word


def _participle_at(words: list[str]) -> int:
    """Where a participle opens a postmodifier the corpus kept without its commas ("pixel
    pitch employed", "men aged 18 34", "jet fuel used annually UK": the head is the noun
    before it); 0 if none. Before a noun it is an adjective ("maximum sustained winds")."""
    for index, word in enumerate(words[1:-1] + words[-1:], 1):
        if not (word.endswith("ed") and not word.endswith("eed") and len(word) >= 4):
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if not following or following[0].isdigit() or following.endswith("ly"):
            return index
    return 0


def _head_in_span(words: list[str], tokens: list[str], start: int) -> str:
    """The concept word before the first dropped postmodifier opener, if the concept's
    words occur in order from ``start`` with at most _MAX_DROPPED words between."""
    position, head = start, ""
    for word, following in zip(words, words[1:], strict=False):
        window = tokens[position + 1 : position + 2 + _MAX_DROPPED]
        if following not in window:
            return ""
        step = window.index(following) + 1
        if not head and any(t in POSTMODIFIER_OPENERS for t in window[: step - 1]):
            head = word
        position += step
    return head


def label_matches(
    label: str, concepts: tuple[str, ...], sentence: str = ""
) -> tuple[bool, bool, bool]:
    """(exact, head word, last word): the label equals a concept; its last word agrees with
    a concept's head (``concept_heads``); its last word agrees with a concept's last word
    (the first definition of the head-word score, kept for comparison)."""
    ours = _label_words(label)
    if not ours:
        return False, False, False
    exact = head = last = False
    our_last, our_heads = singular(ours[-1]), label_heads(label)
    for concept in concepts:
        theirs = _label_words(concept)
        if not theirs:
            continue
        exact = exact or _content(ours) == _content(theirs)
        last = last or our_last == singular(theirs[-1])
        head = head or bool(our_heads & concept_heads(concept, sentence))
    return exact, exact or head, exact or last


def score_labels(counts: Counts, pairs: list[tuple[Figure, Gold]], sentence: str = "") -> None:
    for figure, gold in pairs:
        if not gold.concepts:
            continue
        counts.labelled_gold += 1
        if not figure.label:
            counts.label_empty += 1
            continue
        exact, head, last = label_matches(figure.label, gold.concepts, sentence)
        counts.label_exact += exact
        counts.label_head += head
        counts.label_last += last


def evaluate(items: list[tuple[str, list[Gold]]]) -> tuple[Counts, list[dict[str, Any]]]:
    # imported here, not at the top: compiling the figure rules would slow `briefing --help`
    from briefing.facts.figures import figures_in_sentence

    counts = Counts()
    counts.half = {"even": Counts(), "odd": Counts()}
    mistakes = []
    for index, (text, golds) in enumerate(items):
        figures = figures_in_sentence(text, index)
        pairs: list[tuple[Figure, Gold]] = []
        hits = match_sentence(figures, golds, pairs)
        for part in (counts, counts.half["odd" if index % 2 else "even"]):
            part.predicted += len(figures)
            part.gold += len(golds)
            for level in LEVELS:
                part.true_positives[level] += hits[level]
            score_labels(part, pairs, text)
        if hits["value+unit"] < max(len(figures), len(golds)):
            mistakes.append({"index": index, "text": text, "figures": figures, "golds": golds})
    return counts, mistakes


def read_published(path: Path) -> list[dict[str, str]]:
    folder = path if path.is_dir() else path.parent
    file = folder / SCORES_FILE
    if not file.is_file():
        return []
    with file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [r for r in rows if r.get("type") in ("value", "value+unit", "value+change")]


def format_table(counts: Counts, published: list[dict[str, str]], items: int) -> str:
    lines = [
        f"NewsQuant: {items} sentences, {counts.gold} gold quantities, "
        f"{counts.predicted} predicted",
        "",
        f"{'system':<22} {'level':<17} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for level in LEVELS:
        p, r, f = counts.scores(level)
        lines.append(f"{'newsbrief (ours)':<22} {level:<17} {p:6.1f} {r:6.1f} {f:6.1f}")
    labels = counts.label_scores()
    lines.append(
        f"{'newsbrief (ours)':<22} {'label':<17} exact {labels['exact']:.1f}, "
        f"head word {labels['head']:.1f} (last word {labels['last word']:.1f}), "
        f"empty {labels['empty']:.1f} "
        f"(of {labels['figures']} figures with a referred concept)"
    )
    for name, part in counts.half.items():
        scores = " ".join(f"{level} {part.scores(level)[2]:.1f}" for level in LEVELS)
        part_labels = part.label_scores()
        lines.append(
            f"  {name} sentence ids: F1 {scores}; label head {part_labels['head']:.1f} "
            f"(last word {part_labels['last word']:.1f})"
        )
    for row in published:
        lines.append(
            f"{row.get('model', '?'):<22} {row.get('type', '?'):<17} "
            f"{float(row['P']):6.1f} {float(row['R']):6.1f} {float(row['F1']):6.1f}"
        )
    return "\n".join(lines)


def format_mistakes(mistakes: list[dict[str, Any]], limit: int) -> str:
    lines = []
    for item in mistakes[:limit]:
        lines.append(f"[{item['index']}] {item['text']}")
        for gold in item["golds"]:
            value = gold.low if gold.high is None else f"{gold.low}-{gold.high}"
            lines.append(
                f"    gold {gold.change:>4} {value} | {gold.unit} | {gold.normalized_unit}"
            )
        for figure in item["figures"]:
            value = figure.value if figure.high is None else f"{figure.value}-{figure.high}"
            lines.append(
                f"    ours {figure.change:>4} {value} | {figure.unit} | "
                f"{figure.text!r} | label={figure.label!r}"
            )
    return "\n".join(lines)


@click.command("evaluate-figures")
@click.option(
    "--corpus",
    type=click.Path(exists=False, path_type=Path),
    default=DEFAULT_CORPUS,
    show_default=True,
    help="NewsQuant.json, or the folder holding it (and published-scores.csv).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--errors", type=click.IntRange(min=0), default=0, help="Also list N sentences with mistakes."
)
def evaluate_figures_command(corpus: Path, as_json: bool, errors: int) -> None:
    """Score figure extraction on NewsQuant: value and value+unit P/R/F1."""
    items = load_newsquant(corpus)
    counts, mistakes = evaluate(items)
    published = read_published(corpus)
    if as_json:
        payload = {
            "sentences": len(items),
            "gold": counts.gold,
            "predicted": counts.predicted,
            "scores": {
                level: dict(zip(("P", "R", "F1"), counts.scores(level), strict=True))
                for level in LEVELS
            },
            "labels": counts.label_scores(),
            "halves": {
                name: {
                    "scores": {level: part.scores(level)[2] for level in LEVELS},
                    "labels": part.label_scores(),
                }
                for name, part in counts.half.items()
            },
            "published": published,
        }
        click.echo(json.dumps(payload, indent=2))
    else:
        click.echo(format_table(counts, published, len(items)))
    if errors:
        click.echo("")
        click.echo(format_mistakes(mistakes, errors))
