"""What the brief templates see: a Brief laid out as plain strings, lists and dicts.

Nothing here computes facts or scores; it only formats what the Brief holds, in
the order the brief stage chose. Every point, figure, date and quote carries the
index of the sentence it came from (``sentence``) so templates can link to it, and
a ``fit`` key the PDF fitter uses to measure each item's height.

Two display rules live here so every format shares them:

- nothing is shown twice: a quote whose sentence is already a key point (or the
  bottom line) is not repeated under Voices; the point carries the speaker instead;
- long unbreakable tokens are capped for display (``MAX_TOKEN_CHARS``, with an
  ellipsis) and titles at ``MAX_TITLE_CHARS``; the JSON keeps the full text.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from briefing.facts.date_events import readable, says_more_than
from briefing.models import Brief, Figure
from briefing.renderers.stand_in import stand_in_heading
from briefing.text import one_line, safe_link

# HTML (not page-limited) still shows at most this many of each list.
SCREEN_LIMITS = {"figures": 12, "dates": 6, "people": 10, "places": 10,
                 "organizations": 10, "quotes": 6}
# Display caps. 60 characters keeps a typical article URL or a long compound word whole
# (the longest tokens in samples/ and the dev corpora are URLs of 40-55 characters); a
# longer run without spaces is clutter or an attack, and laying it out costs WeasyPrint
# time quadratic in its length.
MAX_TOKEN_CHARS = 60
# A headline longer than this (about three lines at the PDF's size) is not a headline.
MAX_TITLE_CHARS = 240
_LONG_TOKEN = re.compile(r"\S{" + str(MAX_TOKEN_CHARS + 1) + ",}")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def shown(text: str | None, limit: int | None = None) -> str:
    """``text`` on one line as the page shows it: overlong tokens cut with an ellipsis,
    and at most ``limit`` characters (cut at a space)."""
    line = _LONG_TOKEN.sub(lambda m: m.group()[:MAX_TOKEN_CHARS] + "…", one_line(text))
    if limit is not None and len(line) > limit:
        line = line[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return line


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
    bottom_raw = one_line(brief.bottom_line)
    bottom_sentence = brief.bottom_sentence if bottom_raw else None
    points = [p for p in brief.points if one_line(p.text) != bottom_raw]
    # An untitled article (pasted text) gets a short stand-in heading; its top sentence
    # is the bottom line, as in any other brief.
    title = shown(article.title, MAX_TITLE_CHARS) or stand_in_heading(
        bottom_raw, *[one_line(p.text) for p in points])
    view: dict[str, Any] = {
        "title": title,
        "publisher": shown(article.publisher, 120),
        "agency": shown(article.agency, 120),
        "date": format_date(article.published),
        "date_iso": article.published.isoformat() if article.published else "",
        "byline": shown(article.byline, 160),
        "link": safe_link(article.url),
        "language": language_tag(article.language),
        "author": shown(article.byline, 160) or shown(article.publisher, 120) or brief.generator,
        "bottom_line": shown(bottom_raw),
        "bottom_sentence": bottom_sentence,
        "points": [
            {"text": shown(p.text), "sentence": p.sentence, "fit": f"point:{p.sentence}",
             "speaker": ""}
            for p in points
        ],
        "method": brief.method,
        "generator": brief.generator,
        "made_at": format_made_at(brief.made_at),
        "made_at_iso": brief.made_at.isoformat(timespec="seconds"),
        "trimmed": brief.trimmed,
        "notes": [one_line(n) for n in brief.notes if one_line(n)],
        "bottom_speaker": "",
        "fit_note": "",  # the PDF fitter's line on what did not fit
        "title_sentence": None,
    }
    if article.title and same_text(title, bottom_raw):
        # A headline that is the top sentence word for word: print it once, as the
        # headline, with its sentence reference.
        view["title_sentence"], view["bottom_line"] = bottom_sentence, ""
    shown_count = len(view["points"]) + (1 if bottom_raw else 0)
    view["coverage"] = (f"{shown_count} key sentence{'s' if shown_count != 1 else ''} "
                        f"of {len(brief.sentences)}") if brief.sentences else ""
    box = fact_box(brief)
    box["quotes"] = voices_not_shown_as_points(
        box["quotes"], view, [bottom_raw] + [one_line(p.text) for p in points])
    view["hidden"], parts = 0, []
    for name, items in box.items():
        limit = (limits or {}).get(name)
        view[name] = items if limit is None else items[:limit]
        left = len(items) - len(view[name])
        view["hidden"] += left
        if left:
            parts.append(f"{left} {_SECTION_NOUNS[name][left != 1]}")
    # The footer says what each list lost: "3 more facts" made a Places line cut
    # mid-series read as complete (review of 16 briefs).
    view["hidden_parts"] = ", ".join(parts)
    view["has_facts"] = any(view[k] for k in ("figures", "dates", "people", "places",
                                              "organizations"))
    view["cited"] = cited_sentences(brief, view)
    return view


_SECTION_NOUNS = {"figures": ("figure", "figures"), "dates": ("date", "dates"),
                  "people": ("person", "people"), "places": ("place", "places"),
                  "organizations": ("organisation", "organisations"),
                  "quotes": ("quote", "quotes")}


def voices_not_shown_as_points(
    quotes: list[dict[str, Any]], view: dict[str, Any], texts: list[str]
) -> list[dict[str, Any]]:
    """Quotes that are not already on the page as a key point or the bottom line.

    A quote inside a shown sentence stays with that sentence (which gives its context)
    and the point takes the speaker's name, unless the sentence already names them.
    """
    by_sentence = {p["sentence"]: p for p in view["points"]}
    folded = [t.casefold() for t in texts if t]
    kept = []
    for quote in quotes:
        point = by_sentence.get(quote["sentence"])
        is_bottom = quote["sentence"] is not None and quote["sentence"] == view["bottom_sentence"]
        words = quote["full"].casefold()
        inside = bool(words) and any(words in text for text in folded)
        if point is None and not is_bottom and not inside:
            kept.append(quote)
            continue
        speaker = quote["speaker"]
        surname = speaker.split()[-1].casefold() if speaker else ""
        if point is not None and surname and surname not in point["text"].casefold():
            point["speaker"] = point["speaker"] or speaker
        if is_bottom and surname and surname not in view["bottom_line"].casefold():
            view["bottom_speaker"] = view["bottom_speaker"] or speaker
    return kept


def same_text(one: str, other: str) -> bool:
    """The same words, ignoring case and the closing punctuation."""
    def key(text: str) -> str:
        return one_line(text).casefold().rstrip(" .!?…")
    return bool(key(one)) and key(one) == key(other)


def amount_text(figure: Figure) -> str:
    """The figure as the article wrote it, with the rate its sentence gave elsewhere: "7.5
    million tonnes of LPG annually" is "7.5 million tonnes a year" (the unit is tonnes per
    year; the span stops before "of LPG", the label). Without it a yearly amount reads as a
    total (an analyst's reading of a gas-deal brief, 2026-12-06)."""
    text = figure.text
    if " per " not in (figure.unit or ""):
        return text
    per = figure.unit.rsplit(" per ", 1)[1]
    said = text.casefold()
    if per in said or any(word in said for word in ("annual", "yearly", "annum", "/")):
        return text
    article = "an" if per[:1] in "aeiou" or per.startswith("hour") else "a"
    return f"{text} {article} {per}"


def fact_box(brief: Brief) -> dict[str, list[dict[str, Any]]]:
    """Fact lists as template rows, empty and repeated entries dropped, order kept.

    ``fit`` names each row by its list and position in the Brief (which
    ``briefing.brief.shorten`` keeps stable), so the PDF fitter can measure it.
    """
    facts = brief.facts
    figures = unique(_joined_restatements([
        {"text": shown(amount_text(f)), "label": shown(f.label), "sentence": f.sentence,
         "fit": f"figures:{i}", "restated": f.label_evidence.startswith("restated in brackets")}
        for i, f in enumerate(facts.figures)
    ]), key="text")
    dates = unique([
        {"text": shown(d.text), "value": d.value or "", "sentence": d.sentence,
         "fit": f"dates:{i}", "event": shown(d.event, 90),
         "when": readable(d.value) if says_more_than(readable(d.value), d.text) else ""}
        for i, d in enumerate(facts.dates)
    ], key="text")
    people = unique([
        {"name": shown(p.name), "role": shown(p.role), "sentence": first(p.sentences),
         "fit": f"people:{i}"}
        for i, p in enumerate(facts.people)
    ], key="name")
    places = unique([{"name": shown(e.name), "sentence": first(e.sentences)}
                     for e in facts.places], key="name")
    organizations = unique([{"name": shown(e.name), "sentence": first(e.sentences)}
                            for e in facts.organizations], key="name")
    quotes = unique([
        {"text": shown(quote_text(q.text)), "full": quote_text(q.text),
         "speaker": shown(q.speaker, 120), "sentence": q.sentence, "fit": f"quotes:{i}"}
        for i, q in enumerate(facts.quotes)
    ], key="text")
    return {"figures": figures, "dates": dates, "people": people, "places": places,
            "organizations": organizations, "quotes": quotes}


def quote_text(text: str) -> str:
    """The quoted words without their own quote marks or a dangling comma."""
    return one_line(text).strip("\"“”„'‘’ ").rstrip(",;: ")


def first(indexes: list[int]) -> int | None:
    return min(indexes) if indexes else None


def _joined_restatements(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A figure restated in brackets joins the line of the figure it restates ("$9.4bn
    (£5bn)"): on a line of its own, with the same label, it reads as a second amount."""
    joined: list[dict[str, Any]] = []
    for row in rows:
        restated = row.pop("restated")
        last = joined[-1] if joined else None
        if restated and last and (last["sentence"], last["label"]) == (
                row["sentence"], row["label"]):
            last["text"] = f"{last['text']} ({row['text']})"
        else:
            joined.append(row)
    return joined


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
    for name in ("points", "figures", "dates", "people", "quotes"):
        wanted.update(item["sentence"] for item in view[name] if item["sentence"] is not None)
    return [
        {"index": i, "text": shown(brief.sentences[i])}
        for i in sorted(wanted)
        if 0 <= i < len(brief.sentences)
    ]
