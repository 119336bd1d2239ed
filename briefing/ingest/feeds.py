"""Reading RSS/Atom feeds with feedparser.

The feed is downloaded by the ingest fetcher (size and time limits, http(s) only) and
only parsed by feedparser, so feedparser never opens a connection itself.
"""

from __future__ import annotations

import calendar
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime

from briefing.errors import InputError

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


def read_feed(url: str, *, timeout: float = 15, max_bytes: int = FEED_MAX_BYTES) -> Feed:
    """Download and parse the feed at ``url``; InputError when it is unreachable or no feed."""
    body, final_url = download(url, timeout, max_bytes)
    return parse_feed(body, final_url or url)


def download(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    from briefing.ingest.sources import fetch

    body, _type, final_url = fetch(url, timeout=timeout, max_bytes=max_bytes)
    return body, final_url


def parse_feed(body: bytes, url: str) -> Feed:
    """Parse feed bytes; relative entry links are resolved against ``url``."""
    import feedparser

    parsed = feedparser.parse(body)
    if not parsed.get("version") and not parsed.entries:  # HTML, JSON, garbage...
        raise InputError(f"{url}: not an RSS or Atom feed")
    feed = Feed(url=url, title=" ".join(parsed.feed.get("title", "").split()))
    for entry in parsed.entries:
        link = entry.get("link", "")
        if not link:
            continue  # nothing to fetch and brief
        feed.entries.append(
            FeedEntry(
                title=" ".join(entry.get("title", "").split()),
                link=urllib.parse.urljoin(url, link),
                published=entry_time(entry),
                guid=entry.get("id", ""),
                summary=entry.get("summary", ""),
            )
        )
    return feed


def entry_time(entry: dict) -> datetime | None:
    # Ask for the key that is there: feedparser warns when "published_parsed" is read
    # from an entry that only has "updated_parsed".
    key = "published_parsed" if "published_parsed" in entry else "updated_parsed"
    stamp = entry.get(key)
    if not stamp:
        return None
    return datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC)
