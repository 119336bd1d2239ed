"""Brief stage: assemble the one object every renderer reads."""

from __future__ import annotations

from datetime import UTC, datetime

from briefing.__about__ import __version__
from briefing.models import Brief, Document, Facts, Point, Summary


def build(doc: Document, summary: Summary, facts: Facts) -> Brief:
    """Combine a Document, its Summary and its Facts into a Brief."""
    texts = doc.sentence_texts()
    points = [Point(texts[p.index], p.index, p.score) for p in summary.picks]
    best = max(summary.picks, key=lambda p: p.score) if summary.picks else None
    return Brief(
        article=doc.article,
        bottom_line=texts[best.index] if best else "",
        points=points,
        facts=facts,
        method=summary.method,
        made_at=datetime.now(UTC),
        generator=f"newsbrief {__version__}",
        sentences=texts,
    )
