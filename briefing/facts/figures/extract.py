"""The passes put together: mask, find, read, filter and join, then one Figure per quantity."""

from __future__ import annotations

from briefing.facts.figures.change import inherit_change, read_change
from briefing.facts.figures.digits import digit_quantities
from briefing.facts.figures.labels import read_label
from briefing.facts.figures.number_words import word_quantities
from briefing.facts.figures.patterns import MASKS, MINUS_BEFORE, QUALIFIER_SPAN
from briefing.facts.figures.quantity import Quantity, in_masks
from briefing.facts.figures.ranges import join_ranges, share_units
from briefing.facts.figures.years import mark_years, without_overlaps
from briefing.lang.en import numbers as nb
from briefing.models import Document, Figure


def extract_figures(doc: Document) -> list[Figure]:
    """Every figure of every sentence of ``doc``, in reading order."""
    found: list[Figure] = []
    for sentence in doc.sentences:
        found.extend(figures_in_sentence(sentence.text, sentence.index))
    return found


def figures_in_sentence(text: str, sentence: int = 0) -> list[Figure]:
    """The figures in one sentence, left to right."""
    if not text:
        return []
    masks = [m.span() for pattern in MASKS for m in pattern.finditer(text)]
    found = digit_quantities(text, masks) + [
        q for q in word_quantities(text) if not in_masks(q.num_start, q.num_end, masks)
    ]
    found = without_overlaps(found)
    mark_years(text, found)
    found = join_ranges(text, found)
    share_units(text, found)
    kept = [q for q in found if not q.dropped and not q.year]
    previous = None
    for q in kept:
        read_change(text, q)
        if previous is not None:
            inherit_change(text, previous, q)
        previous = q
    return [_to_figure(text, q, sentence) for q in kept]


def _to_figure(text: str, q: Quantity, sentence: int) -> Figure:
    start = q.start
    minus = MINUS_BEFORE.search(text, max(0, start - 8), start)
    if minus:
        start = minus.start()
    qualifier = QUALIFIER_SPAN.search(text, max(0, start - 20), start)
    if qualifier and qualifier.end() == start:
        start = qualifier.start()
    span = text[start : q.end].strip().rstrip(",;:")
    return Figure(
        value=nb.tidy(q.value),
        unit=q.unit,
        change=q.change or "=",
        text=span,
        label=read_label(text, q),
        sentence=sentence,
        high=nb.tidy(q.high) if q.high is not None else None,
    )
