"""The digest as an email: the edition's stories through the shared email templates.

Built on the render stage's email parts (``briefing.renderers.email``); the renderers
never import the digest, only this module imports both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefing.digest.config import DigestConfig
from briefing.digest.conflicts import figure_conflicts
from briefing.digest.items import Edition, Story
from briefing.models import Brief
from briefing.renderers.email import (
    DIGEST_POINTS,
    GENERATOR,
    MAX_FIGURES,
    Rendered,
    build_message,
    header_text,
    inline_css,
    one_line,
    safe_link,
    story_view,
    template_env,
    when,
)

__all__ = ["Rendered", "digest_story_view", "render_digest"]


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
    view["section"] = one_line(story.section)
    view["conflicts"] = [one_line(line) for line in figure_conflicts(story)]
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
    edition: Edition, config: DigestConfig, template_dir: str | Path | None = None,
    to: list[str] | None = None,
) -> Rendered:
    """The digest message (to ``to``, default the [email] list); stories are cut from
    the end until the HTML fits the limit."""
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
        sender_name=config.email.sender_name, to=to or config.email.to, made_at=edition.made_at,
        unsubscribe=unsubscribe_target(config),
    )
    return Rendered(message, header_text(subject), message_id, html, text)
