"""The headline of an HTML page, without the site's name or section.

A page names its story three times: the ``<h1>`` (the headline readers see),
``og:title`` and ``<title>`` (often "Headline | Section | Site"). We strip site
furniture from the meta titles, then prefer the ``<h1>`` when it agrees with them, and
a meta title when the ``<h1>`` is something else (a logo, a section name, a sidebar).

A site's furniture is learnt from the page itself: ``og:site_name``,
``application-name``, the publisher trafilatura found and the host name
("slashgear" for www.slashgear.com). A short part repeated at the end of the titles of
several pages from the same host (a section, a slogan) is learnt as furniture too.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / " between the parts of a title
SEPARATOR = re.compile(r"\s+(?:[|\-–—·•»/]|::)\s+|\s*[|]\s*")
_TOKEN = re.compile(r"\w+")
SECTION_MAX_WORDS = 3  # "Afghanistan News", "Editorial", "World": Zyte dev titles, at most 3
MAIN_MIN_WORDS = 4  # a headline left after dropping parts has at least this many words
AGREEMENT = 0.6  # share of the shorter title's words found in the other, to call them one headline
REPEATS_TO_LEARN = 2  # pages of one host ending in the same part before it counts as furniture
SITE_MAX_WORDS = 6  # longest og:site_name part in the Zyte dev pages: 4 words
HOST_MEMORY = 500  # hosts remembered per process (a digest run reads a few dozen)


@dataclass
class Candidates:
    h1: list[str] = field(default_factory=list)
    meta: list[str] = field(default_factory=list)  # og:title, twitter:title, <title>
    sites: list[str] = field(default_factory=list)
    host: str = ""


_seen_tails: dict[str, Counter[str]] = defaultdict(Counter)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def compact(text: str) -> str:
    return "".join(tokens(text))


def host_of(url: str) -> str:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host.removeprefix("www.")


def host_names(host: str) -> set[str]:
    """'www.cbssports.com' -> {'cbssports', 'cbssportscom'}; 'express.co.uk' -> {'express', ...}."""
    if not host:
        return set()
    labels = [label for label in host.split(".") if label]
    names = {compact(host)}
    if labels:
        names.add(labels[0])
    if len(labels) >= 2:
        names.add(compact(".".join(labels[-2:])))
        names.add(labels[-2] if len(labels[-2]) > 3 else labels[0])
    return {n for n in names if len(n) >= 3}


def is_site_part(part: str, candidates: Candidates) -> bool:
    """Whether one part of a title names the site (its og:site_name, publisher or host)."""
    key = compact(part)
    if not key:
        return True
    names = {compact(s) for s in candidates.sites if compact(s)} | host_names(candidates.host)
    if key in names:
        return True
    for name in names:
        shorter, longer = sorted((key, name), key=len)
        # "Hollywood Reporter" / "The Hollywood Reporter", "Express.co" / "Express.co.uk"
        if len(shorter) >= 4 and longer.startswith(("the" + shorter, shorter)) and (
            len(longer) - len(shorter) <= 6
        ):
            return True
    return key in {compact(t) for t, n in _seen_tails[candidates.host].items()
                   if n >= REPEATS_TO_LEARN}


def words(text: str) -> int:
    return len(tokens(text))


def strip_furniture(title: str, candidates: Candidates) -> str:
    """Drop site names and short section parts from either end of a meta title."""
    parts = [p.strip() for p in SEPARATOR.split(title) if p and p.strip()]
    if len(parts) < 2:
        return title.strip()
    while len(parts) > 1 and is_site_part(parts[-1], candidates):
        parts.pop()
    while len(parts) > 1 and is_site_part(parts[0], candidates):
        parts.pop(0)
    # "Headline | Editorial | Opinion": short parts after a full headline are sections
    while (len(parts) > 1 and words(parts[-1]) <= SECTION_MAX_WORDS
           and words(parts[0]) >= MAIN_MIN_WORDS):
        parts.pop()
    # "Opinion | Headline": a one- or two-word part before a full headline and a pipe
    if (len(parts) == 2 and words(parts[0]) <= 2 and words(parts[1]) >= MAIN_MIN_WORDS
            and "|" in title[: title.find(parts[1])]):
        parts.pop(0)
    return rejoin(title, parts)


def rejoin(title: str, parts: list[str]) -> str:
    """The title from its first kept part to its last, with the page's own separators."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    if start < 0 or end < start:
        return " - ".join(parts)
    return title[start:end].strip()


def agree(a: str, b: str) -> bool:
    """Whether two titles are the same headline (one may be shortened or re-punctuated)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    shorter, longer = sorted((ta, tb), key=len)
    found = sum(1 for t in shorter if t in set(longer))
    return found / len(shorter) >= AGREEMENT


def choose(candidates: Candidates) -> str:
    """The page's headline (see the module docstring); '' when the page names none."""
    metas = [strip_furniture(m, candidates) for m in candidates.meta if m.strip()]
    metas = [m for m in metas if m and not is_site_part(m, candidates)]
    h1s = [h for h in candidates.h1 if h and not is_site_part(h, candidates)]
    for h1 in h1s[:3]:
        if any(agree(h1, m) for m in metas) or (not metas and words(h1) >= 2):
            return strip_furniture(h1, candidates) if not metas else h1
    if metas:
        return metas[0]
    return h1s[0] if h1s else ""


def learn(candidates: Candidates, raw_titles: list[str]) -> None:
    """Remember each title's last part for its host, so repeated sections are learnt."""
    if not candidates.host:
        return
    if len(_seen_tails) > HOST_MEMORY:
        _seen_tails.clear()
    tails = set()
    for title in raw_titles:
        parts = [p.strip() for p in SEPARATOR.split(title) if p.strip()]
        if len(parts) > 1 and words(parts[-1]) <= SECTION_MAX_WORDS + 2:
            tails.add(parts[-1])
    for tail in tails:
        _seen_tails[candidates.host][tail] += 1


def parse(html: str | bytes) -> object | None:
    """An lxml tree of the page, or None; str pages with an XML declaration go in as bytes."""
    from lxml import html as lxml_html

    if isinstance(html, bytes):
        from briefing.errors import InputError
        from briefing.ingest.sources import decode_html

        with contextlib.suppress(InputError):
            html = decode_html(html)
    for data in (html, html.encode("utf-8", "replace") if isinstance(html, str) else None):
        if data is None:
            continue
        try:
            return lxml_html.fromstring(data)
        except Exception:  # lxml raises several types on broken, empty or declared markup
            continue
    return None


def candidates_of(html: str | bytes, url: str = "", publisher: str = "") -> Candidates:
    """Headline candidates and site names of a page, read with lxml."""
    found = Candidates(host=host_of(url))
    tree = parse(html)
    if tree is None:
        return found
    found.h1 = [" ".join(h.text_content().split()) for h in tree.iter("h1")][:5]
    for xpath in ("//meta[@property='og:title']/@content",
                  "//meta[@name='twitter:title']/@content", "//title/text()"):
        found.meta += [" ".join(str(v).split()) for v in tree.xpath(xpath)[:1]]
    for xpath in ("//meta[@property='og:site_name']/@content",
                  "//meta[@name='application-name']/@content",
                  "//meta[@name='apple-mobile-web-app-title']/@content"):
        found.sites += [" ".join(str(v).split()) for v in tree.xpath(xpath)[:1]]
    if publisher:
        found.sites.append(publisher)
    if not found.host:
        found.host = host_of(next(iter(tree.xpath("//link[@rel='canonical']/@href")), ""))
    # "Site | Slogan" as og:site_name: each part names the site
    found.sites += [p for s in list(found.sites) for p in SEPARATOR.split(s) if p.strip()]
    # Some pages put the headline in application-name: a site name is short and is no title
    titles = {compact(t) for t in found.meta}
    found.sites = [s for s in found.sites
                   if compact(s) and compact(s) not in titles and words(s) <= SITE_MAX_WORDS]
    return found


def headline(html: str | bytes, *, url: str = "", publisher: str = "", fallback: str = "") -> str:
    """The page's headline without site furniture; ``fallback`` when none is found."""
    candidates = candidates_of(html, url, publisher)
    if fallback:
        candidates.meta.append(fallback)
    learn(candidates, candidates.meta)
    return choose(candidates) or fallback
