"""Reading RSS/Atom feeds with feedparser.

The feed is downloaded by the ingest fetcher (size and time limits, http(s) only) and
only parsed by feedparser, so feedparser never opens a connection itself.
"""

from __future__ import annotations

import calendar
import html
import re
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime

from briefing.errors import InputError
from briefing.text import one_line

FEED_MAX_BYTES = 5 * 1024 * 1024


@dataclass
class FeedEntry:
    title: str
    link: str  # absolute URL of the article page
    published: datetime | None = None  # UTC
    guid: str = ""
    summary: str = ""


@dataclass
class Feed:
    url: str
    title: str = ""
    entries: list[FeedEntry] = field(default_factory=list)


def read_feed(url: str, *, timeout: float = 15, max_bytes: int = FEED_MAX_BYTES,
              allow_private: bool | None = None) -> Feed:
    """Download and parse the feed at ``url``; InputError when it is unreachable or no feed.

    Any content type is accepted (servers label feeds application/x-rss+xml,
    application/octet-stream, text/plain...): the body decides, by parsing as a feed.
    """
    from briefing.ingest.sources import fetch

    body, _type, final_url = fetch(url, timeout=timeout, max_bytes=max_bytes,
                                   allowed_types=("",), allow_private=allow_private)
    return parse_feed(body, final_url or url)


def parse_feed(body: bytes, url: str) -> Feed:
    """Parse feed bytes; relative entry links are resolved against ``url``."""
    import feedparser

    parsed = feedparser.parse(body)
    if not parsed.get("version") and not parsed.entries:  # HTML, JSON, garbage...
        raise InputError(f"{url}: not an RSS or Atom feed")
    feed = Feed(url=url, title=plain_text(parsed.feed.get("title", "")))
    for entry in parsed.entries:
        link = entry.get("link", "")
        if not link:
            continue  # nothing to fetch and brief
        feed.entries.append(
            FeedEntry(
                title=plain_text(entry.get("title", "")),
                link=urllib.parse.urljoin(url, link),
                published=entry_time(entry),
                guid=entry.get("id", ""),
                summary=entry.get("summary", ""),
            )
        )
    return feed


_TAG = re.compile(r"<[^>]*>")
_SPACE_BEFORE_PUNCT = re.compile(r" ([,.;:!?])")


def plain_text(value: str) -> str:
    """A feed title as one line of text: markup removed, entities decoded.

    Feeds often put HTML in titles (``Harbour <b>News</b>``, sometimes escaped twice);
    tags are dropped before and after unescaping."""
    text = _TAG.sub(" ", str(value or ""))
    text = _TAG.sub(" ", html.unescape(text))
    return _SPACE_BEFORE_PUNCT.sub(r"\1", one_line(text))


def entry_time(entry: dict) -> datetime | None:
    # Ask for the key that is there: feedparser warns when "published_parsed" is read
    # from an entry that only has "updated_parsed".
    key = "published_parsed" if "published_parsed" in entry else "updated_parsed"
    stamp = entry.get(key)
    if not stamp:
        return None
    return datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC)
