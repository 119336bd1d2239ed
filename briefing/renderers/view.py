"""What the brief templates see: a Brief laid out as plain strings, lists and dicts.

Nothing here computes facts or scores; it only formats what the Brief holds, in
the order the brief stage chose. Every point, figure, date and quote carries the
index of the sentence it came from (``sentence``) so templates can link to it.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from briefing.models import Brief
from briefing.text import one_line, safe_link

# HTML (not page-limited) still shows at most this many of each list.
SCREEN_LIMITS = {"figures": 12, "dates": 6, "people": 10, "places": 10,
                 "organizations": 10, "quotes": 6}
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def language_tag(language: str | None) -> str:
    tag = (language or "").strip()
    return tag if _LANGUAGE.match(tag) else "en"


def format_date(moment: datetime | None) -> str:
    return f"{moment.day} {moment:%B %Y}" if moment else ""


def format_made_at(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M ") + (moment.tzname() or "")


def brief_view(brief: Brief, limits: dict[str, int] | None = None) -> dict[str, Any]:
    """The template context for ``brief``: article metadata, points, fact box, voices."""
    article = brief.article
    bottom = one_line(brief.bottom_line)
    view: dict[str, Any] = {
        "title": one_line(article.title) or (bottom[:120] if bottom else "Untitled"),
        "publisher": one_line(article.publisher),
        "agency": one_line(article.agency),
        "date": format_date(article.published),
        "date_iso": article.published.isoformat() if article.published else "",
        "byline": one_line(article.byline),
        "link": safe_link(article.url),
        "language": language_tag(article.language),
        "author": one_line(article.byline) or one_line(article.publisher) or brief.generator,
        "bottom_line": bottom,
        "bottom_sentence": sentence_of(brief, brief.bottom_line),
        "points": [
            {"text": one_line(p.text), "sentence": p.sentence}
            for p in brief.points
            if one_line(p.text) != bottom
        ],
        "method": brief.method,
        "generator": brief.generator,
        "made_at": format_made_at(brief.made_at),
        "made_at_iso": brief.made_at.isoformat(timespec="seconds"),
        "trimmed": brief.trimmed,
    }
    shown = len(view["points"]) + (1 if bottom else 0)
    view["coverage"] = (f"{shown} key sentence{'s' if shown != 1 else ''} "
                        f"of {len(brief.sentences)}") if brief.sentences else ""
    view["hidden"] = 0
    for name, items in fact_box(brief).items():
        limit = (limits or {}).get(name)
        view[name] = items if limit is None else items[:limit]
        view["hidden"] += len(items) - len(view[name])
    view["has_facts"] = any(view[k] for k in ("figures", "dates", "people", "places",
                                              "organizations"))
    view["cited"] = cited_sentences(brief, view)
    return view


def sentence_of(brief: Brief, text: str) -> int | None:
    for point in brief.points:
        if point.text == text:
            return point.sentence
    try:
        return brief.sentences.index(text)
    except ValueError:
        return None


def fact_box(brief: Brief) -> dict[str, list[dict[str, Any]]]:
    """Fact lists as template rows, empty and repeated entries dropped, order kept."""
    facts = brief.facts
    figures = unique([
        {"text": one_line(f.text), "label": one_line(f.label), "sentence": f.sentence}
        for f in facts.figures
    ], key="text")
    dates = unique([
        {"text": one_line(d.text), "value": d.value or "", "sentence": d.sentence}
        for d in facts.dates
    ], key="text")
    people = unique([
        {"name": one_line(p.name), "role": one_line(p.role), "sentence": first(p.sentences)}
        for p in facts.people
    ], key="name")
    places = unique([{"name": one_line(e.name), "sentence": first(e.sentences)}
                     for e in facts.places], key="name")
    organizations = unique([{"name": one_line(e.name), "sentence": first(e.sentences)}
                            for e in facts.organizations], key="name")
    quotes = unique([
        {"text": quote_text(q.text), "speaker": one_line(q.speaker),
         "sentence": q.sentence}
        for q in facts.quotes
    ], key="text")
    return {"figures": figures, "dates": dates, "people": people, "places": places,
            "organizations": organizations, "quotes": quotes}


def quote_text(text: str) -> str:
    """The quoted words without their own quote marks or a dangling comma."""
    return one_line(text).strip("\"“”„'‘’ ").rstrip(",;: ")


def first(indexes: list[int]) -> int | None:
    return min(indexes) if indexes else None


def unique(items: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Drop empty and repeated entries (by ``key``, case-insensitive), keeping order."""
    seen: set[str] = set()
    kept = []
    for item in items:
        name = item[key].casefold()
        if name and name not in seen:
            seen.add(name)
            kept.append(item)
    return kept


def cited_sentences(brief: Brief, view: dict[str, Any]) -> list[dict[str, Any]]:
    """Every sentence the brief refers to, in document order, for the source list."""
    wanted: set[int] = set()
    if view["bottom_sentence"] is not None:
        wanted.add(view["bottom_sentence"])
    for name in ("points", "figures", "dates", "quotes"):
        wanted.update(item["sentence"] for item in view[name] if item["sentence"] is not None)
    return [
        {"index": i, "text": one_line(brief.sentences[i])}
        for i in sorted(wanted)
        if 0 <= i < len(brief.sentences)
    ]
