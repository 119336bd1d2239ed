"""Ingest stage: turn a path, URL, stdin or raw text into an :class:`Article`.

    load(source)                      a path (.txt/.html/.htm/.md), an http(s) URL or "-"
    from_text(text, source=...)       pasted web text or plain text (title on the first line)
    from_html(html, url=..., ...)     an HTML page, through trafilatura
    from_markdown(text, source=...)   Markdown, syntax stripped
    fetch(url, ...)                   bytes, content type and final URL of an http(s) resource

Modules: ``sources`` reads and decodes, ``pasted`` holds the cleaning rules,
``html`` and ``markdown`` handle those formats, ``language`` detects the language.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from briefing.errors import InputError, TooShortError
from briefing.formats import input_kind
from briefing.ingest import pasted, sources
from briefing.ingest.sources import MAX_BYTES, fetch, is_url
from briefing.lang import alternation
from briefing.lang.en import lexicon as en
from briefing.models import Article, Removed

__all__ = ["MAX_BYTES", "fetch", "from_html", "from_markdown", "from_text", "load"]

# What a page URL may answer with when we want an article (feeds are the digest's job).
PAGE_TYPES = (
    "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"
)
URL_TIMEOUT = 10.0  # seconds for the whole download of an article page
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 3  # fewer real words than this left after cleaning is not an article


def load(source: str, *, allow_private: bool | None = None) -> Article:
    """Read ``source`` (a path, an http(s) URL, or "-" for stdin) into an Article.

    ``allow_private`` lets a URL reach internal addresses (see briefing.netpolicy;
    None reads BRIEFING_ALLOW_PRIVATE_URLS)."""
    if not isinstance(source, str) or not source.strip():
        raise InputError("no input given: expected a path, an http(s) URL or -")
    if is_url(source):
        return load_url(source, allow_private=allow_private)
    if source == "-":
        return from_bytes(sources.read_stdin(), kind="", source="-")
    return from_bytes(sources.read_file(source), kind=input_kind(source), source=source)


def load_url(url: str, *, timeout: float | None = None,
             allow_private: bool | None = None) -> Article:
    body, content_type, final_url = fetch(url, timeout=timeout or URL_TIMEOUT,
                                          allowed_types=PAGE_TYPES, allow_private=allow_private)
    kind = {"text/plain": "text", "text/markdown": "md", "text/x-markdown": "md"}.get(
        content_type, "html" if content_type else ""
    )
    return from_bytes(body, kind=kind, source=url, url=final_url)


def from_bytes(data: bytes, *, kind: str, source: str, url: str = "") -> Article:
    """Dispatch raw bytes by kind ("html", "md", "text", or "" to sniff)."""
    name = source or "input"
    check_not_empty(data, name)
    if kind == "html":
        return from_html(data, url=url, source=source)
    text = sources.decode(data, name)
    if kind == "md":
        return from_markdown(text, source=source, url=url)
    if not kind and looks_like_html(text):
        return from_html(text, url=url, source=source)
    return from_text(text, source=source, url=url)


def check_not_empty(data: bytes | str, name: str) -> None:
    if not data:
        raise InputError(f"{name} is empty")
    if not data.strip():
        raise InputError(f"{name} contains only whitespace")


def check_size(text: str, name: str) -> None:
    if len(text) > MAX_BYTES:
        raise InputError(
            f"{name}: too large (over the {sources.describe_size(MAX_BYTES)} limit)"
        )


def from_text(text: str, *, source: str = "", url: str = "") -> Article:
    """Build an Article from pasted web text or plain text, cleaning page furniture."""
    from briefing.ingest.markdown import looks_like_markdown

    name = source or "input"
    if not isinstance(text, str):
        raise InputError(f"{name}: expected text, not {type(text).__name__}")
    check_size(text, name)
    check_not_empty(text, name)
    sources.check_text(text, name)
    if looks_like_markdown(text):  # pasted Markdown: its headings are structure, not text
        return from_markdown(text, source=source, url=url)
    cleaned = pasted.clean(text)
    drop_title_repeats(cleaned, cleaned.title)
    drop_newsletter_box_at_end(cleaned)
    return finish(cleaned, source=source, url=url)


def from_html(html: str | bytes, *, url: str = "", source: str = "") -> Article:
    """Build an Article from an HTML page: trafilatura's main text, then the text rules."""
    from briefing.ingest import html as html_stage

    name = source or url or "page"
    if not isinstance(html, (str, bytes)):
        raise InputError(f"{name}: expected HTML text, not {type(html).__name__}")
    check_size_any(html, name)
    check_not_empty(html, name)
    if isinstance(html, bytes) and b"\x00" in html[:8192]:
        raise InputError(f"{name}: looks like a binary file, not HTML")
    page = html_stage.extract(html, url=url, name=name)
    # trafilatura already looks for <title>, <h1> and meta tags; a first <p> is never a title
    cleaned = pasted.clean(page.text, find_title=False)
    drop_title_repeats(cleaned, page.title)
    drop_link_list_above_body(cleaned)
    drop_link_list_below_body(cleaned)
    drop_newsletter_box_at_end(cleaned)
    # Sub-headings stay in the text; the segmenter leaves them out of the sentences.
    cleaned.title = page.title
    cleaned.publisher = page.publisher or cleaned.publisher
    cleaned.byline = page.byline or cleaned.byline
    cleaned.published = page.published or cleaned.published
    article = finish(cleaned, source=source, url=page.url or url)
    article.embedded = embedded_paragraphs(article.paragraphs, page.embedded)
    return article


def embedded_paragraphs(paragraphs: list[str], posts: tuple[str, ...]) -> tuple[str, ...]:
    """The paragraphs that are lines of an embedded social post. They are someone's words
    with no sentence of the article saying whose, so the segmenter leaves them out of the
    sentences (a tweet's line shown as a key point reads as the brief's own claim). Three
    words at least: a short line could match a post by chance."""
    if not posts:
        return ()
    lines = ((paragraph, " ".join(paragraph.split())) for paragraph in paragraphs)
    return tuple(paragraph for paragraph, line in lines
                 if len(line.split()) >= 3 and any(line in post for post in posts))


def check_size_any(data: str | bytes, name: str) -> None:
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name}: too large (over the {sources.describe_size(MAX_BYTES)} limit)"
        )


def drop_title_repeats(cleaned: pasted.Cleaned, title: str) -> None:
    """Pages repeat their <title> as an <h1> in the text; short labels above it are kickers."""
    if not title:
        return
    keep: list[str] = []
    for paragraph in cleaned.paragraphs:
        if headline_with_date(paragraph, title):
            cleaned.removed.append(Removed(paragraph, "headline-with-date"))
            continue
        if not same_headline(paragraph, title):
            keep.append(paragraph)
            continue
        cleaned.removed.append(Removed(paragraph, "repeats-title"))
        if all(is_label(p) for p in keep):
            cleaned.removed.extend(Removed(p, "section-label-above-headline") for p in keep)
            keep.clear()
    cleaned.paragraphs = keep


HEADLINE_OVERLAP = 0.8  # share of words two lines share to be one headline (Zyte dev: 0.85+)
_HEADLINE_TOKEN = re.compile(r"\w+")


def same_headline(paragraph: str, title: str) -> bool:
    """Whether a paragraph is the headline again, maybe re-punctuated, shortened or with a
    kicker: most words shared both ways, so a first sentence that retells it is kept."""
    if pasted.key_of(paragraph) == pasted.key_of(title):
        return True
    theirs = _HEADLINE_TOKEN.findall(title.lower())
    # A paragraph's words are read only up to one past the most a headline may have:
    # most paragraphs are long (their whole scan cost 0.1 ms an article, bench_facts).
    most = int(1.25 * len(theirs) + 2)
    ours = [m.group() for m in islice(_HEADLINE_TOKEN.finditer(paragraph.lower()), most + 1)]
    if not ours or not theirs or len(ours) > 1.25 * len(theirs) + 2:
        return False
    shared = sum((Counter(ours) & Counter(theirs)).values())
    return shared / max(len(ours), len(theirs)) >= HEADLINE_OVERLAP


_DATE_BITS = re.compile(r"\d{1,2}[:.h]\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)")


def headline_with_date(paragraph: str, title: str) -> bool:
    """'Headline Friday, 22 October 2010 at 20:13': the headline with its date glued on."""
    if len(title) < 8 or not paragraph.lower().startswith(title.lower()):
        return False
    rest = paragraph[len(title):].strip()
    return 0 < len(rest.split()) <= 10 and bool(_DATE_BITS.search(rest)) and not (
        pasted.SENTENCE_END.search(rest) and len(rest.split()) > 6)


LINK_LIST_MIN = 3  # headline lines in a row above the body (Zyte dev: a block of 5)
TITLE_CASE_SHARE = 0.6  # capitalised share of a linked headline's words


def drop_link_list_above_body(cleaned: pasted.Cleaned) -> None:
    """Three or more headline lines in a row above the first paragraph of prose are links
    to other stories (a box without a READ MORE heading), not the article."""
    paragraphs = cleaned.paragraphs
    run = 0
    while run < len(paragraphs) and is_linked_headline(paragraphs[run]):
        run += 1
    if run >= LINK_LIST_MIN and run < len(paragraphs) and pasted.is_prose(paragraphs[run]):
        cleaned.removed.extend(Removed(p, "link-list-above-body") for p in paragraphs[:run])
        cleaned.paragraphs = paragraphs[run:]


LIST_MARK = re.compile(r"^[-–•*·]\s+")  # how the extracted text marks a page's list items
SERIES_MAX_WORDS = 6  # "Milan Design Week 2018 | ...": the name a site's series of pages shares
LINK_LIST_MAX = 12  # a related-links box (Zyte dev: 3 to 8 links); a longer list is data


def drop_link_list_below_body(cleaned: pasted.Cleaned) -> None:
    """Three to twelve linked headlines in a row after the last paragraph of prose, each a
    list item ("- The 11 Biggest Questions About Dark Matter") or one of the site's series
    of pages ("Design Week 2018 | A preview of ..."), are links to other stories. A list of
    tour dates or fixtures is data, not links, and stays."""
    paragraphs = cleaned.paragraphs
    last_prose = max((i for i, p in enumerate(paragraphs) if pasted.is_prose(p)), default=-1)
    if last_prose < 0:
        return
    series = series_of(paragraphs[-1])
    start = len(paragraphs)
    while start > last_prose + 1 and is_trailing_link(paragraphs[start - 1], series):
        start -= 1
    if LINK_LIST_MIN <= len(paragraphs) - start <= LINK_LIST_MAX:
        cleaned.removed.extend(Removed(p, "link-list-below-body") for p in paragraphs[start:])
        cleaned.paragraphs = paragraphs[:start]


BOX_MAX_WORDS = 80  # a box's own words, list items aside (Zyte dev: 11 to 49)
BOX_LINE_MAX_WORDS = 20  # lines of a box: "Thanks for signing up!", "Sorry!" (dev: <= 16)
PITCH_MAX_WORDS = 40  # the longest newsletter pitch in the Zyte dev pages: 23 words
_BOX_WORD = re.compile(rf"\b(?:{alternation(en.NEWSLETTER_BOX_WORDS)})\b", re.IGNORECASE)
_PITCH_WORD = re.compile(rf"\b(?:{alternation(en.NEWSLETTER_PITCH_WORDS)})\b", re.IGNORECASE)


def drop_newsletter_box_at_end(cleaned: pasted.Cleaned) -> None:
    """A newsletter box closing the page and all that follows it: its title, its pitch,
    its thank-you and error notes, then a related-links list whose teasers are sentences
    (so the headline-list rule cannot see them). The box starts at a newsletter pitch;
    only short lines or list items follow it, and a few words besides the list."""
    paragraphs = cleaned.paragraphs
    for start in range(1, len(paragraphs)):
        rest = paragraphs[start:]
        if is_newsletter_pitch(rest[0]) and all(is_box_line(p) for p in rest[1:]) and sum(
                len(p.split()) for p in rest if not LIST_MARK.match(p)) <= BOX_MAX_WORDS:
            cleaned.removed.extend(Removed(p, "newsletter-box-at-end")
                                   for p in paragraphs[start:])
            cleaned.paragraphs = paragraphs[:start]
            return


def is_newsletter_pitch(paragraph: str) -> bool:
    """"Pick Six Newsletter" (a box's title), or a line on a newsletter or inbox that
    talks to the reader ("Keep an eye on your inbox", "Subscribe to our newsletters")."""
    words = paragraph.split()
    if len(words) > PITCH_MAX_WORDS or not _BOX_WORD.search(paragraph):
        return False
    is_box_title = len(words) <= 4 and not pasted.SENTENCE_END.search(paragraph)
    return is_box_title or bool(_PITCH_WORD.search(paragraph))


def is_box_line(paragraph: str) -> bool:
    return bool(LIST_MARK.match(paragraph)) or len(paragraph.split()) <= BOX_LINE_MAX_WORDS


def is_trailing_link(paragraph: str, series: str) -> bool:
    if series and series_of(paragraph) == series:
        return pasted.is_headline_like(paragraph)
    item = LIST_MARK.sub("", paragraph)
    return item != paragraph and is_linked_headline(item)


def series_of(line: str) -> str:
    head, separator, _ = line.partition(" | ")
    return head.lower() if separator and len(head.split()) <= SERIES_MAX_WORDS else ""


def is_linked_headline(paragraph: str) -> bool:
    words = pasted.words_of(paragraph)
    if len(words) < 3 or pasted.SENTENCE_END.search(paragraph):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return pasted.is_headline_like(paragraph) and capitalised / len(words) >= TITLE_CASE_SHARE


def is_label(paragraph: str) -> bool:
    return len(paragraph.split()) <= 3 and not pasted.SENTENCE_END.search(paragraph)


def from_markdown(text: str, *, source: str = "", url: str = "") -> Article:
    """Build an Article from Markdown: syntax stripped, front matter and '# Title' as metadata."""
    from briefing.ingest import markdown

    name = source or "input"
    check_size(text, name)
    check_not_empty(text, name)
    sources.check_text(text, name)
    plain = markdown.strip_markdown(text)
    meta = plain.meta
    cleaned = pasted.clean(plain.text, find_title="title" not in meta)
    headings = {pasted.normalize_line(h) for h in plain.headings}
    cleaned.removed[:0] = plain.removed
    cleaned.title = meta.get("title") or cleaned.title
    cleaned.byline = meta.get("byline") or cleaned.byline
    cleaned.publisher = meta.get("publisher") or cleaned.publisher
    cleaned.agency = meta.get("agency") or cleaned.agency
    if "date" in meta and cleaned.published is None:
        cleaned.published = pasted.date_of(meta["date"])
    article = finish(cleaned, source=source, url=meta.get("url") or url)
    article.headings = tuple(p for p in article.paragraphs if p in headings)
    return article


def finish(cleaned: pasted.Cleaned, *, source: str, url: str = "") -> Article:
    """Check that prose is left, detect the language and assemble the Article."""
    from briefing.ingest import language

    # counted up to MIN_WORDS only: every word of an article cost 0.05 ms (bench_facts)
    words = (word for p in cleaned.paragraphs for word in LETTER_WORD.finditer(p))
    if sum(1 for _ in islice(words, MIN_WORDS)) < MIN_WORDS:
        raise TooShortError(f"{source or 'input'}: no article text found (fewer than {MIN_WORDS}"
                         " words left once page furniture is removed)")
    return Article(
        paragraphs=cleaned.paragraphs,
        title=cleaned.title,
        publisher=cleaned.publisher,
        agency=cleaned.agency,
        url=url,
        published=cleaned.published,
        byline=cleaned.byline,
        language=language.detect("\n".join(cleaned.paragraphs)),
        source=source,
        removed=cleaned.removed,
    )


def looks_like_html(text: str) -> bool:
    from briefing.ingest.html import looks_like_html as sniff

    return sniff(text)
