"""HTML pages: trafilatura finds the main text and the metadata.

Trafilatura drops navigation, footers, scripts and ads; what it keeps still goes
through the pasted-text rules, which catch captions and share bars inside articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from briefing.errors import InputError


@dataclass
class Extracted:
    """Main text (one paragraph per line) and metadata of an HTML page."""

    text: str
    title: str = ""
    publisher: str = ""
    byline: str = ""
    url: str = ""
    published: datetime | None = None


def extract(html: str | bytes, *, url: str = "", name: str = "page") -> Extracted:
    """Run trafilatura on a page; InputError when it finds no article text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            without_noscript(html),
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            favor_recall=True,
        )
    except Exception as error:  # trafilatura/lxml raise many types on broken markup
        raise InputError(f"{name}: cannot parse HTML ({type(error).__name__})") from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{name}: no article text found in the HTML")
    from briefing.ingest.titles import headline

    publisher = (doc.sitename or "").strip()
    return Extracted(
        text=doc.text,
        title=headline(html, url=url, publisher=publisher, fallback=(doc.title or "").strip()),
        publisher=publisher,
        byline=byline_of(doc.author),
        url=(doc.url or url or "").strip(),
        published=parse_date(doc.date),
    )


_NOSCRIPT = re.compile(r"<noscript\b.*?</noscript\s*>", re.I | re.S)
_NOSCRIPT_BYTES = re.compile(rb"<noscript\b.*?</noscript\s*>", re.I | re.S)


def without_noscript(html: str | bytes) -> str | bytes:
    """Drop <noscript> blocks: they hold "enable JavaScript" notices, never article text."""
    if isinstance(html, bytes):
        return _NOSCRIPT_BYTES.sub(b"", html)
    return _NOSCRIPT.sub("", html)


def byline_of(author: str | None) -> str:
    # trafilatura joins several authors with "; "
    return ", ".join(part.strip() for part in (author or "").split(";") if part.strip())


def parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def looks_like_html(text: str) -> bool:
    """Sniff text without a telling file name or content type."""
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower()
