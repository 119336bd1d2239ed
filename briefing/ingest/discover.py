"""Finding a site's feeds from one of its pages.

The page is fetched by the ingest stage's own fetcher (same limits and URL policy as
every other fetch); trafilatura's feed finder reads the ``<link rel="alternate">``
declarations, falling back to links that look like feeds. A URL that already is a feed
is returned as it is.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from briefing.errors import InputError

FEED_OR_PAGE_TYPES = ("text/html", "application/xhtml", "application/rss", "application/atom",
                      "application/xml", "text/xml", "application/rdf")


def discover_feeds(url: str, timeout: float = 10) -> list[str]:
    """Feed URLs for the site of ``url``, most explicit first; InputError if none."""
    from briefing.ingest.sources import fetch

    body, content_type, final_url = fetch(url, timeout=timeout, allowed_types=FEED_OR_PAGE_TYPES)
    if is_feed(body):
        return [final_url or url]
    from trafilatura.feeds import FeedParameters, determine_feed

    text = body.decode("utf-8", errors="replace")
    base = final_url or url
    parts = urlsplit(base)
    found = determine_feed(text, FeedParameters(f"{parts.scheme}://{parts.netloc}",
                                                parts.hostname or "", base))
    if not found:
        raise InputError(f"{url}: no feed found on this page")
    return found


def is_feed(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
