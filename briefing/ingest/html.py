"""HTML pages: trafilatura finds the main text and the metadata.

Trafilatura drops navigation, footers, scripts and ads; what it keeps still goes
through the pasted-text rules, which catch captions and share bars inside articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

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
    # The text of each social post the page embeds (a tweet, an Instagram post).
    embedded: tuple[str, ...] = ()


def extract(html: str | bytes, *, url: str = "", name: str = "page") -> Extracted:
    """Run trafilatura on a page; InputError when it finds no article text."""
    import trafilatura

    try:
        page, posts = prepared(without_noscript(html))
        doc = trafilatura.bare_extraction(
            page,
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
        embedded=posts,
    )


_NOSCRIPT = re.compile(r"<noscript\b.*?</noscript\s*>", re.I | re.S)
_NOSCRIPT_BYTES = re.compile(rb"<noscript\b.*?</noscript\s*>", re.I | re.S)


def without_noscript(html: str | bytes) -> str | bytes:
    """Drop <noscript> blocks: they hold "enable JavaScript" notices, never article text."""
    if isinstance(html, bytes):
        return _NOSCRIPT_BYTES.sub(b"", html)
    return _NOSCRIPT.sub("", html)


# A hover card is a box of links shown when the pointer rests on a name; it sits inside
# the paragraph, so its teasers run into the sentence ("Rep. Alexandria Ocasio-Cortez
# Sanders doubles down on Bolivia ... MORE (D-N.Y.)", The Hill). Its box is named with
# one of these words and ends in a container word; the link around the name ends
# otherwise ("rollover-people", "rollover-people-link") and stays.
_HOVER_WORDS = ("tooltip", "popup", "popover", "hovercard", "rollover")
_BOX_ENDINGS = ("block", "text", "box", "content", "body", "card", "panel", "container",
                "wrapper") + _HOVER_WORDS
_CLASS_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# The classes the social networks' embed code puts on a post's blockquote.
_POST_CLASSES = frozenset(("twitter-tweet", "instagram-media", "tiktok-embed",
                           "bluesky-embed", "reddit-embed-bq"))
_HINT = re.compile(r"class\s*=\s*[\"'][^\"']*(?:"
                   + "|".join(_HOVER_WORDS + tuple(sorted(_POST_CLASSES))) + ")", re.I)
_HINT_BYTES = re.compile(_HINT.pattern.encode(), re.I)


def is_hover_box(class_token: str) -> bool:
    """'rollover-people-block', 'tooltiptext', 'tooltip_popup': a hover card's box."""
    parts = [part.lower() for part in _CLASS_PARTS.findall(class_token)]
    if not parts or not any(word in part for part in parts for word in _HOVER_WORDS):
        return False
    return parts[-1].endswith(_BOX_ENDINGS)


def prepared(html: str | bytes) -> tuple[object, tuple[str, ...]]:
    """The page for trafilatura, with its hover cards' boxes removed (then an lxml tree),
    and the text of the social posts it embeds. A page whose markup names neither (most
    pages) is passed on as it is, not parsed twice."""
    hint = _HINT_BYTES if isinstance(html, bytes) else _HINT
    if not hint.search(html):
        return html, ()
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return html, ()
    posts = tuple(" ".join(post.text_content().split()) for post in tree.iter("blockquote")
                  if _POST_CLASSES.intersection((post.get("class") or "").split()))
    drop_hover_boxes(tree)
    return tree, posts


def drop_hover_boxes(tree: Any) -> None:
    # A box holding paragraphs is page structure, not a card: it stays.
    boxes = [element for element in tree.iter("*")
             if element.tag != "a"
             and any(is_hover_box(token) for token in (element.get("class") or "").split())
             and element.find(".//p") is None]
    for box in boxes:
        if box.getparent() is not None:
            box.drop_tree()


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
