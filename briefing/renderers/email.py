"""Email rendering: one brief as a multipart/alternative message, and the parts the
digest's message (``briefing.digest.message``) shares: views, cleaning, message building.

Plain-text part + HTML part built with the standard ``email`` package; table-based
HTML with CSS inlined by css-inline (``@media`` rules for phones and dark mode are
kept in a <style> block); no images at all; autoescaped templates; every header value
cleaned of CR/LF and control characters so an article title cannot inject headers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from briefing.__about__ import __version__
from briefing.models import Brief
from briefing.renderers.view import amount_text
from briefing.text import one_line, safe_link

GENERATOR = f"newsbrief {__version__}"
MAX_HEADER_CHARS = 200
DIGEST_POINTS = 3
BRIEF_POINTS = 5
MAX_FIGURES = 3
# A brief email carries the brief's fact box too, shorter than the page's.
BRIEF_DETAIL_LIMITS = {"figures": 5, "dates": 3, "people": 5, "places": 6,
                       "organizations": 4, "quotes": 3}
# RFC 5322 allows 998-character lines; folding at 78 makes Python's folder start some
# long subjects on a continuation line, which mail readers show with a leading space.
MESSAGE_POLICY = policy.SMTP.clone(max_line_length=998)
_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


# --- templates ---------------------------------------------------------------------


def template_env(template_dir: str | Path | None = None) -> Any:
    """The render stage's shared Jinja2 environment (user folder first, autoescaped
    *.html.j2), so email templates are found and overridden like every other template."""
    from briefing.renderers.templates import environment

    return environment(template_dir)


def inline_css(html: str) -> str:
    import css_inline

    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)
    return inliner.inline(html)


# --- cleaning ----------------------------------------------------------------------


def header_text(value: str, limit: int = MAX_HEADER_CHARS) -> str:
    """One line, no control characters, at most ``limit`` characters."""
    text = " ".join(_CONTROL_OR_BREAK.sub(" ", unicodedata.normalize("NFC", value)).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def when(moment: datetime | None, tz: Any = None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(tz) if tz else moment
    return local.strftime("%d %b %Y, %H:%M ") + (local.tzname() or "")


# --- views: what the templates see -------------------------------------------------


def story_view(
    brief: Brief,
    *,
    link: str = "",
    source: str = "",
    published: datetime | None = None,
    also: Sequence[tuple[str, str]] = (),
    watch: Sequence[str] = (),
    points: int = DIGEST_POINTS,
    tz: Any = None,
) -> dict[str, Any]:
    article = brief.article
    bottom = one_line(brief.bottom_line)
    title = one_line(article.title) or header_text(bottom, 120) or "Untitled"
    meta = [one_line(source or article.publisher), when(published or article.published, tz),
            one_line(article.byline)]
    figures = []
    for figure in brief.facts.figures:
        text = one_line(amount_text(figure))
        if text and text not in figures:
            figures.append(text)
    return {
        "title": title,
        "link": safe_link(link or article.url),
        "meta": " · ".join(m for m in meta if m.strip()),
        "bottom_line": bottom,
        "points": [one_line(p.text) for p in brief.points if one_line(p.text) != bottom][:points],
        "figures": figures[:MAX_FIGURES],
        "also": [{"name": one_line(name), "link": safe_link(url)} for name, url in also],
        "watch": [one_line(hit) for hit in watch],
        "update_note": "",
    }


def brief_details(brief: Brief, points: int = BRIEF_POINTS) -> dict[str, Any]:
    """The labelled fact box of a one-brief email: figures with what they measure,
    people with roles, quotes with speakers. Built by the brief's own view, so a quote
    already shown as a point is not repeated (the point carries the speaker)."""
    from briefing.brief import shorten
    from briefing.renderers.view import brief_view

    # The email shows ``points`` points besides the bottom line, whose own point is first.
    view = brief_view(shorten(brief, keep_points=points + 1), BRIEF_DETAIL_LIMITS)
    return {
        "points": [p["text"] + (f" — {p['speaker']}" if p["speaker"] else "")
                   for p in view["points"]][:points],
        "details": {
            "figures": [{"text": f["text"], "label": f["label"]} for f in view["figures"]],
            "dates": [d["text"] + (f" ({d['when']})" if d["when"] else "") for d in view["dates"]],
            "people": [{"name": p["name"], "role": p["role"]} for p in view["people"]],
            "places": [e["name"] for e in view["places"]],
            "organizations": [e["name"] for e in view["organizations"]],
            "quotes": [{"text": q["text"], "speaker": q["speaker"] or "unattributed"}
                       for q in view["quotes"]],
        },
    }


# --- messages ----------------------------------------------------------------------


@dataclass
class Rendered:
    message: EmailMessage
    subject: str
    message_id: str
    html: str
    text: str

    def as_bytes(self) -> bytes:
        return self.message.as_bytes(policy=MESSAGE_POLICY)


def build_message(
    *,
    subject: str,
    text: str,
    html: str,
    sender: str = "",
    sender_name: str = "",
    to: Sequence[str] = (),
    made_at: datetime | None = None,
    unsubscribe: str = "",
) -> tuple[EmailMessage, str]:
    """A multipart/alternative message (text first, HTML preferred); returns it and its id."""
    message = EmailMessage(policy=MESSAGE_POLICY)
    domain = sender.rpartition("@")[2] or "newsbrief.invalid"
    message_id = make_msgid(idstring="newsbrief", domain=domain)
    message["Subject"] = header_text(subject)
    if sender:
        message["From"] = Address(display_name=header_text(sender_name, 80), addr_spec=sender)
    if to:
        message["To"] = ", ".join(header_text(a, 254) for a in to)
    message["Date"] = format_datetime(made_at or datetime.now(UTC))
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    message["X-Mailer"] = GENERATOR
    if unsubscribe:
        message["List-Unsubscribe"] = f"<{header_text(unsubscribe, 500)}>"
    # quoted-printable: 7-bit safe for any relay, and keeps long HTML lines legal.
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return message, message_id


def render_email(
    brief: Brief,
    template_dir: str | Path | None = None,
    *,
    sender: str = "",
    sender_name: str = "newsbrief",
    to: Sequence[str] = (),
    made_at: datetime | None = None,
) -> bytes:
    """One brief as a full RFC 5322 message (CRLF line ends)."""
    return render_brief_message(brief, template_dir, sender=sender, sender_name=sender_name,
                                to=to, made_at=made_at).as_bytes()


def render_brief_message(
    brief: Brief,
    template_dir: str | Path | None = None,
    *,
    sender: str = "",
    sender_name: str = "newsbrief",
    to: Sequence[str] = (),
    made_at: datetime | None = None,
) -> Rendered:
    env = template_env(template_dir)
    view = story_view(brief, points=BRIEF_POINTS)
    view.update(brief_details(brief))
    subject = f"Brief: {view['title']}"
    made = made_at or datetime.now(UTC)
    context = {
        "subject": header_text(subject),
        "language": one_line(brief.article.language) or "en",
        "preheader": view["bottom_line"],
        "stories": [view],
        "footer": "Sentences are quoted from the article; check the source before relying on them.",
        "generator": GENERATOR,
        "made_at": when(made),
    }
    html = inline_css(env.get_template("email.html.j2").render(context))
    text = env.get_template("email.txt.j2").render(context)
    message, message_id = build_message(subject=subject, text=text, html=html, sender=sender,
                                        sender_name=sender_name, to=to, made_at=made)
    return Rendered(message, header_text(subject), message_id, html, text)
