"""Facts stage: figures, dates, people, places, organisations and quotes.

(Skeleton implementation; the facts owner deepens this.)
"""

from __future__ import annotations

from briefing.models import Document, Facts, Figure, Summary


def extract_figures(doc: Document) -> list[Figure]:
    return []


def extract(doc: Document, summary: Summary | None = None) -> Facts:
    return Facts(figures=extract_figures(doc))


def format_text(facts: Facts) -> str:
    """A plain-text fact box for the terminal."""
    lines = ["Figures:"]
    lines += [f"  {f.label or '?'}: {f.text}" for f in facts.figures]
    lines.append("Quotes:")
    lines += [f'  {q.speaker}: "{q.text}"' for q in facts.quotes]
    return "\n".join(lines)
