"""Email rendering: one brief, or a daily digest, as a multipart/alternative message.

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
from typing import TYPE_CHECKING, Any

from briefing.__about__ import __version__
from briefing.models import Brief
from briefing.text import one_line, safe_link

if TYPE_CHECKING:
    from briefing.digest.config import DigestConfig
    from briefing.digest.items import Edition, Story

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
        text = one_line(figure.text)
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
            "dates": [d["text"] for d in view["dates"]],
            "people": [{"name": p["name"], "role": p["role"]} for p in view["people"]],
            "places": [e["name"] for e in view["places"]],
            "organizations": [e["name"] for e in view["organizations"]],
            "quotes": [{"text": q["text"], "speaker": q["speaker"] or "unattributed"}
                       for q in view["quotes"]],
        },
    }


def digest_story_view(story: Story, tz: Any = None) -> dict[str, Any]:
    lead = story.lead
    seen = {lead.source_name}
    also = []
    for item in story.also:
        if item.source_name in seen and not item.link:
            continue
        seen.add(item.source_name)
        also.append((item.source_name or item.link or "another source", item.link))
    assert lead.brief is not None
    # A page fetched by URL often has no date; a feed's copy of the same story may.
    dates = [i.published for i in story.items if i.published is not None]
    published = lead.published or (min(dates) if dates else None)
    view = story_view(lead.brief, link=lead.link, source=lead.source_name,
                      published=published, also=also, watch=story.watch_hits, tz=tz)
    if lead.update is not None:
        view.update(update_view(lead.brief, lead.update.sentences, lead.update.since))
    return view


def update_view(brief: Brief, new: list[int], since: str) -> dict[str, Any]:
    """For a story sent before: only what is new since, each with its sentence number."""
    fresh = set(new)
    figures = [one_line(f.text) for f in brief.facts.figures if f.sentence in fresh]
    return {
        "title": "Updated: " + one_line(brief.article.title or "story"),
        "update_note": f"First sent in the digest of {since}. New since then:",
        "bottom_line": "",
        "points": [f"{one_line(brief.sentences[i])} [s{i + 1}]" for i in new][:DIGEST_POINTS],
        "figures": list(dict.fromkeys(figures))[:MAX_FIGURES],
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


def digest_subject(edition: Edition, shown: int | None = None) -> str:
    count = len(edition.stories) if shown is None else shown
    noun = "story" if count == 1 else "stories"
    return f"{edition.title}, {edition.day:%a %d %b %Y}: {count} {noun}"


def unsubscribe_target(config: DigestConfig) -> str:
    email = config.email
    return email.unsubscribe or f"mailto:{email.sender}?subject=unsubscribe"


def digest_context(edition: Edition, config: DigestConfig, views: list[dict], cut: int) -> dict:
    shown = len(views)
    # Configured sources, not publishers: one folder of many outlets' articles is one source.
    sources = {i.origin or i.source_name for s in edition.stories[:shown] for i in s.items}
    lede = (f"{shown} {'story' if shown == 1 else 'stories'} from {len(sources)} "
            f"{'source' if len(sources) == 1 else 'sources'}." if shown
            else "Nothing new since the last digest.")
    notes = []
    if cut:
        notes.append(f"{cut} more {'story was' if cut == 1 else 'stories were'} left out to keep "
                     "this email small enough to show in full (under 100 KB).")
    if edition.over_limit:
        notes.append(f"{edition.over_limit} lower-ranked stories beyond the limit of "
                     f"{config.max_items} were left out.")
    if edition.skipped_sources:
        notes.append(f"{len(edition.skipped_sources)} source(s) or article(s) could not be read: "
                     + "; ".join(header_text(s, 160) for s in edition.skipped_sources[:5]))
    return {
        "subject": header_text(digest_subject(edition, shown)),
        "title": one_line(edition.title),
        "language": "en",
        "day_text": f"{edition.day:%A %d %B %Y}",
        "lede": lede,
        "preheader": " · ".join(v["title"] for v in views[:3]),
        "stories": views,
        "notes": notes,
        "footer": f"You get this digest because you are on the list in {config.path.name}.",
        "unsubscribe": safe_link(unsubscribe_target(config)) or unsubscribe_target(config),
        "generator": GENERATOR,
        "made_at": when(edition.made_at, config.schedule.tz),
    }


def render_digest(
    edition: Edition, config: DigestConfig, template_dir: str | Path | None = None
) -> Rendered:
    """The digest message; stories are cut from the end until the HTML fits the limit."""
    env = template_env(template_dir)
    tz = config.schedule.tz
    views = [digest_story_view(story, tz) for story in edition.stories]
    html_template = env.get_template("digest.html.j2")

    def html_for(count: int) -> str:
        return inline_css(html_template.render(digest_context(edition, config, views[:count],
                                                              len(views) - count)))

    count = len(views)
    html = html_for(count)
    while len(html.encode("utf-8")) > config.max_html_bytes and count > 0:
        size = len(html.encode("utf-8"))
        # Jump close to the fitting count in one step, then settle one story at a time.
        estimate = int(count * config.max_html_bytes / size)
        count = max(0, min(count - 1, estimate))
        html = html_for(count)
    edition.cut = len(views) - count
    context = digest_context(edition, config, views[:count], edition.cut)
    text = env.get_template("digest.txt.j2").render(context)
    subject = digest_subject(edition, count)
    message, message_id = build_message(
        subject=subject, text=text, html=html, sender=config.email.sender,
        sender_name=config.email.sender_name, to=config.email.to, made_at=edition.made_at,
        unsubscribe=unsubscribe_target(config),
    )
    return Rendered(message, header_text(subject), message_id, html, text)
