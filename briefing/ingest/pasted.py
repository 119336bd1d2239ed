"""Cleaning text pasted from a news web page.

Copying a page from a browser brings along the page's furniture: share buttons
("Download", "Share"), video durations ("01:22"), "READ MORE" boxes with related
headlines, photo captions with credit lines ("... /Name/AFP"), trending widgets
("Search Trends"). Each line is judged by small, named rules; every dropped line is
kept as a ``Removed(text, rule)`` so ``briefing brief --explain`` can show why.

Metadata lines (headline, publisher, byline, date, "Source(s): Reuters") are moved
into the Article's fields and recorded the same way with a ``moved-to-...`` rule.

The rules only ever look at whole lines, and sentences of real prose (long lines
ending in sentence punctuation) are never dropped except as exact duplicates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from briefing.ingest import clutter
from briefing.lang.en.lexicon import (
    HEADLINE_PRESENT_WORDS,
    LEDE_OPENERS,
    LEDE_WORDS,
    MONTH_PREFIXES,
    TITLE_ABBREVIATIONS,
    TITLE_CASE_SMALL_WORDS,
)
from briefing.models import Removed
from briefing.segment.headings import is_caps_label

# --- vocabulary -----------------------------------------------------------------------

# Words that make up share bars and media controls. A line is UI furniture when every
# word is in this set and at least one is an ANCHOR (so "the" or "more" alone stay).
UI_WORDS = {
    "download", "share", "shares", "print", "email", "e-mail", "mail", "copy", "link",
    "copied", "comment", "comments", "save", "saved", "subscribe", "follow", "listen",
    "play", "pause", "watch", "video", "audio", "advertisement", "advert", "ad", "ads",
    "sponsored", "close", "menu", "tweet", "facebook", "twitter", "x", "whatsapp",
    "linkedin", "reddit", "pinterest", "telegram", "weibo", "wechat", "messenger",
    "more", "less", "expand", "collapse", "next", "previous", "prev", "back", "top",
    "to", "this", "article", "story", "page", "on", "via", "the", "skip", "content",
    "loading", "bookmark", "gift", "zoom", "fullscreen", "full", "screen", "replay",
    "mute", "unmute", "image", "images", "photo", "photos", "gallery", "view", "open",
    "in", "app", "a", "a+", "a-", "aa", "font", "size", "text", "translate", "feedback",
    "report", "like", "likes",
}
UI_ANCHORS = {
    "download", "share", "print", "email", "e-mail", "copy", "comment", "comments", "save",
    "subscribe", "listen", "play", "watch", "advertisement", "advert", "ads", "sponsored",
    "close", "menu", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "reddit",
    "pinterest", "telegram", "weibo", "wechat", "skip", "bookmark", "replay", "fullscreen",
    "gallery", "a+", "a-", "aa", "feedback", "like",
}

# Headings of boxes that list links to other stories. The headline-like lines right
# after such a heading are the links' titles.
READ_MORE_MARKERS = {
    "read more", "read also", "also read", "see also", "related", "related stories",
    "related articles", "related news", "related content", "more on this story",
    "more on this topic", "you may also like", "you might also like", "recommended",
    "recommended for you", "recommended stories", "editor's picks", "editors' picks",
    "further reading", "more stories", "more from this section", "don't miss",
}
WIDGET_MARKERS = {
    "search trends", "trending", "trending now", "trending stories", "trending topics",
    "most read", "most popular", "most viewed", "most shared", "most watched",
    "top stories", "latest news", "latest stories", "hot topics", "popular",
    "related topics", "topics", "tags", "explore more", "more news", "in other news",
    "what's hot", "top picks", "explore further",
}
# Markers that need their colon to be markers: "More:" above links, not the word "More".
COLON_MARKERS = {"more", "also", "see more"}

# Outlets whose name often sits alone on a line under a pasted headline.
KNOWN_PUBLISHERS = {
    "cgtn", "cgtn europe", "cgtn africa", "cgtn america", "bbc", "bbc news", "cnn", "reuters",
    "associated press", "the associated press", "afp", "al jazeera", "the guardian",
    "guardian", "the new york times", "new york times", "the washington post",
    "washington post", "bloomberg", "sky news", "xinhua", "china daily", "global times",
    "dw", "deutsche welle", "euronews", "france 24", "npr", "politico", "the independent",
    "the telegraph", "financial times", "the times", "abc news", "nbc news", "cbs news",
    "fox news", "the economist", "rt", "tass", "nhk world", "kyodo", "yonhap", "the hindu",
    "times of india", "the irish times", "rte", "rté", "abc", "sbs news", "cbc news",
}

# --- line patterns --------------------------------------------------------------------

DURATION = re.compile(
    r"^(?:video|audio|duration|watch|play|listen)?[\s:,-]*\d{1,2}:\d{2}(?::\d{2})?$", re.I
)
READING_TIME = re.compile(r"^\d{1,3}\s*(?:min|mins|minutes?)\s*(?:read|listen|watch)?$", re.I)
# "... country. /Alexander Nemenov/AFP", "... /CFP", "... /Getty Images"
CREDIT_TAIL = re.compile(
    r"(?:^|[\s.!?\"”’)])/\s*(?:[^/\n]{2,60}/\s*)?[A-Z][\w&.'’ -]{0,40}$"
)
CAPTION_PREFIX = re.compile(
    r"^(?:image|media|photo|video)\s+(?:caption|source|credit)\s*[,:]"
    r"|^(?:photo|photograph|picture|image|credit|photo credit|file photo)\s*:",
    re.IGNORECASE,
)
CREDIT_PARENS = re.compile(
    r"\((?:photo|photograph|image|picture|credit)[^()]{0,80}\)$"
    r"|\((?:[A-Z][\w.'’ -]{1,40}/)?(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock)\)$",
    re.IGNORECASE,
)
SOURCE_LINE = re.compile(r"^sources?(?:\s*\(s\))?\s*:\s*(?P<agency>.{2,80})$", re.IGNORECASE)
BYLINE = re.compile(
    r"^[Bb][Yy]\s+(?P<name>[A-Z][\w.'’-]*(?:[\s,]+(?:and\s+)?[A-Z][\w.'’-]*){0,8})$"
)
INLINE_READ_MORE = re.compile(r"^(?:read more|read also|also read|see also|related)\s*[:>|-]\s*\S",
                              re.IGNORECASE)
CALL_TO_ACTION = re.compile(
    r"^(?:click here|tap here|sign up|subscribe (?:to|now|for)|follow us|join us on|"
    r"download (?:the|our)|get the app|listen to (?:this|the) (?:article|story)|"
    r"share this|share on|share via|copy link|we use cookies|accept (?:all )?cookies)\b",
    re.IGNORECASE,
)
TAG_LIST = re.compile(r"^(?:tags|topics|related topics|filed under|categories)\s*:\s*\S", re.I)
COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\.?$", re.IGNORECASE
)
DATE_PREFIX = re.compile(r"^(?:updated|published|last updated|posted|first published)\s*[:,]?\s*",
                         re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
MONTH = re.compile(rf"\b(?:{'|'.join(MONTH_PREFIXES)})[a-z]*\b", re.I)
NUMERIC_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
ACRONYM_BRAND = re.compile(r"^[A-Z]{2,6}(?:\s+(?:News|Europe|Africa|America|Asia|World|Digital|"
                           r"Online|Live|Today|International))?$")

MAX_HEADLINE_WORDS = 25
# A headline some archives end with a full stop is at most this long (PolNeAR: 632 of the 633
# first lines that end in one); a longer first line is read as the lead.
MAX_STOPPED_TITLE_WORDS = 20
# A stopped first line this short may report in the present ("Clinton says she won't rule
# out a female running mate."): a lede that short, alone in its paragraph, is rare (PolNeAR
# train: the change takes 7 more titles and no lede; CNN/DM and BBC titles unchanged).
SHORT_HEADLINE_WORDS = 12
# Capitalised share of a title-case headline's words, small words aside.
TITLE_CASE_SHARE = 0.6
# Words before the colon of a labelled headline ("The Latest: ...", "News Guide: ...").
LABEL_MAX_WORDS = 4
# A deck line shorter than this under a "Headline; " is the column's name, not a summary
# (PolNeAR's New York Times decks: "Letter from America.", "Your Money.").
MIN_DECK_WORDS = 4
# A full stop, then a capital: a second sentence, unless the word before is "Mr", "U.S"...
SENTENCE_INSIDE = re.compile(r"([\w.]+)[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")
MAX_RELATED_WORDS = 16
MAX_RELATED_LINKS = 8
HEADER_LINES = 8  # metadata lines (publisher, date, byline) only count near the top


@dataclass
class Cleaned:
    """What the cleaner kept, the metadata it found and what it dropped."""

    paragraphs: list[str]
    title: str = ""
    publisher: str = ""
    agency: str = ""
    byline: str = ""
    published: datetime | None = None
    removed: list[Removed] = field(default_factory=list)


# --- helpers ---------------------------------------------------------------------------


def normalize_line(line: str) -> str:
    """Unify the invisible variety browsers paste: NBSP, zero-width marks, tabs."""
    line = line.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")
    line = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", line)
    return re.sub(r" {2,}", " ", line).strip()


def words_of(line: str) -> list[str]:
    return WORD.findall(line)


@lru_cache(maxsize=4096)
def word_count(line: str) -> int:
    """Words of a line; cached because the line rules ask it of the same lines again."""
    return len(WORD.findall(line))


def key_of(line: str) -> str:
    """Comparison key for markers and duplicates: lower case, no edge punctuation."""
    key = line.strip(" \t:|>-–—•·*#[](){}\"'").lower()
    # Lines come normalised: most hold single spaces only, which the rewrite would keep
    # (the test halves key_of's cost, 0.1 ms an article in bench_facts).
    return _SPACES.sub(" ", key) if _ODD_SPACE.search(key) else key


_SPACES = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"[^\S ]|  ")  # a space other than " ", or two together


def is_prose(line: str) -> bool:
    """A line of running text: a real sentence, or too long to be anything else."""
    count = word_count(line)
    return count >= 30 or (count >= 8 and bool(SENTENCE_END.search(line)))


def is_headline_like(line: str, max_words: int = MAX_HEADLINE_WORDS) -> bool:
    """Short, starts like a title, and does not end like a sentence (a '?' or '!' may)."""
    count = word_count(line)
    if not 1 <= count <= max_words or len(line) > 220:
        return False
    ending = line.rstrip("\"'”’")
    if ending.endswith((",", ";", ":")) or (ending.endswith(".") and not ending.endswith("...")):
        return False
    first = line.split()[0]
    # "iTunes", "eBay": brand names may start a headline in lower case
    return first[0].isupper() or first[0].isdigit() or first[0] in "\"'“‘" or (
        first[0].islower() and any(ch.isupper() for ch in first)
    )


# --- single-line rules ------------------------------------------------------------------


def is_ui_words(line: str) -> bool:
    tokens = [t for t in re.split(r"[\s|/·•,]+", line.lower()) if t]
    if not tokens or len(tokens) > 8:
        return False
    tokens = [t.strip("()[]:!") for t in tokens]
    return all(t in UI_WORDS or t.isdigit() for t in tokens) and any(
        t in UI_ANCHORS for t in tokens
    )


def is_photo_caption(line: str) -> bool:
    if word_count(line) > 60:
        return False
    return bool(CREDIT_TAIL.search(line) or CAPTION_PREFIX.search(line)
                or CREDIT_PARENS.search(line))


def is_punctuation_only(line: str) -> bool:
    return not any(ch.isalnum() for ch in line)


def is_short(line: str, limit: int = 20) -> bool:
    return word_count(line) <= limit


# Rules that drop a line wherever it appears, in the order they are tried.
LINE_RULES: list[tuple[str, object]] = [
    ("punctuation-only-line", is_punctuation_only),
    ("ui-button-words", is_ui_words),
    ("video-duration", lambda line: bool(DURATION.match(line))),
    ("reading-time", lambda line: bool(READING_TIME.match(line))),
    ("photo-caption-with-credit", is_photo_caption),
    ("read-more-link", lambda line: is_short(line) and bool(INLINE_READ_MORE.match(line))),
    ("call-to-action", lambda line: is_short(line, 15) and bool(CALL_TO_ACTION.match(line))),
    ("copyright-line", lambda line: is_short(line) and bool(COPYRIGHT.search(line))),
    ("tag-list", lambda line: is_short(line) and bool(TAG_LIST.match(line))),
    *clutter.LINE_RULES,
]


def line_rule(line: str) -> str | None:
    """The name of the first drop-anywhere rule that matches ``line``, if any."""
    for name, test in LINE_RULES:
        if test(line):  # type: ignore[operator]
            return name
    return None


# --- metadata rules ----------------------------------------------------------------------


def publisher_of(line: str) -> str | None:
    """An outlet name standing alone on a line: known names or a short acronym ('CGTN')."""
    if len(line) > 40 or SENTENCE_END.search(line):
        return None
    if key_of(line) in KNOWN_PUBLISHERS or ACRONYM_BRAND.match(line):
        return line
    return None


def agency_of(line: str) -> str | None:
    match = SOURCE_LINE.match(line)
    if match and word_count(match.group("agency")) <= 8:
        return match.group("agency").strip().rstrip(".")
    return None


def byline_of(line: str) -> str | None:
    match = BYLINE.match(line)
    return match.group("name").strip(" ,") if match else None


def date_of(line: str) -> datetime | None:
    """A line that is only a date (optionally 'Updated ...'), parsed; None otherwise."""
    text = DATE_PREFIX.sub("", line)
    if not text or len(text) > 40 or not any(ch.isdigit() for ch in text):
        return None
    # A year is required: "Tuesday, 1 March" could be any year (sports fixtures list those).
    if word_count(text) > 6 or not YEAR.search(text):
        return None
    if not (MONTH.search(text) or NUMERIC_DATE.search(text)):
        return None
    from dateutil import parser

    try:
        return parser.parse(text.replace(" GMT", "").replace(" UTC", ""), fuzzy=False)
    except (ValueError, OverflowError):
        return None


# --- the cleaner ---------------------------------------------------------------------------


def split_lines(text: str) -> list[str]:
    """Lines of the text with blank lines kept as '' (they separate paragraphs)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [normalize_line(line) for line in text.split("\n")]


def clean(text: str, *, find_title: bool = True) -> Cleaned:
    """Apply every rule to pasted page text; see the module docstring."""
    # The word counts are remembered within one text only: a second text (or a benchmark's
    # second run of the same one) counts afresh.
    word_count.cache_clear()
    clutter.forget_word_counts()
    lines = split_lines(text)
    result = Cleaned(paragraphs=[])
    kept = drop_furniture(lines, result.removed)
    kept = split_title_deck(kept)
    kept = join_wrapped(kept)  # before the header rules, so half a sentence is never a title
    kept = take_header(kept, result, find_title=find_title)
    result.paragraphs = [line for line in take_trailer(kept, result) if line]
    result.removed.sort(key=lambda item: position_in(text, item.text))
    return result


def position_in(text: str, piece: str) -> int:
    """Where a removed line sat, so --explain lists removals in reading order."""
    found = text.find(piece)
    return found if found >= 0 else len(text)


def drop_furniture(lines: list[str], removed: list[Removed]) -> list[str]:
    """Drop UI lines, captions, related-link boxes, widgets and duplicate lines.

    Returns the remaining lines, with '' where paragraph breaks were.
    """
    kept: list[str] = []
    seen: set[str] = set()
    content_repeats = repeated_content(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line:
            kept.append("")
            continue
        line = clutter.cut(line, removed)
        if not line:
            continue
        key = key_of(line)
        marker = marker_key(line, key)
        if marker in READ_MORE_MARKERS or marker in WIDGET_MARKERS:
            rule = "read-more-marker" if marker in READ_MORE_MARKERS else "widget-heading"
            removed.append(Removed(line, rule))
            index = drop_related_headlines(lines, index, removed, rule)
            continue
        rule = line_rule(line)
        if rule is None and key in seen and is_clutter_repeat(line, key, content_repeats):
            rule = "duplicate-line"
        if rule:
            removed.append(Removed(line, rule))
            continue
        seen.add(key)
        kept.append(line)
    return kept


def marker_key(line: str, key: str) -> str:
    """The key a marker line is looked up by: "You may also like..." -> "you may also like";
    "More:" -> "related" (a colon marker)."""
    key = key.rstrip(".…").strip()
    if line.rstrip().endswith(":") and key in COLON_MARKERS:
        return "related"
    return key


# A page that repeats several different short lines is a plan, a recipe, a Q&A or a
# table, not a page repeating its captions (Zyte dev pages: a meal plan repeats 30
# different lines, while clutter repeats 1 or 2: a caption, a shop link).
STRUCTURED_REPEATS = 3
STRUCTURED_MAX_WORDS = 12


def repeated_content(lines: list[str]) -> set[str]:
    """Keys of repeated lines that are the page's own structure; empty when none are."""
    counts: dict[str, int] = {}
    sizes: dict[str, int] = {}
    for line in lines:
        if line and word_count(line) >= 3:
            key = key_of(line)
            counts[key] = counts.get(key, 0) + 1
            sizes[key] = word_count(line)
    repeated = sorted((k for k, n in counts.items() if n > 1), key=lambda k: sizes[k])
    if len(repeated) < STRUCTURED_REPEATS:
        return set()
    if sizes[repeated[len(repeated) // 2]] > STRUCTURED_MAX_WORDS:
        return set()
    return set(repeated)


def is_clutter_repeat(line: str, key: str, content_repeats: set[str]) -> bool:
    """A second copy of a line is dropped unless it is a question (interviews repeat
    theirs) or part of the page's repeated structure (see ``repeated_content``)."""
    if word_count(line) < 3 or key in content_repeats:
        return False
    return not line.rstrip("\"'”’ ").endswith("?")


def drop_related_headlines(
    lines: list[str], index: int, removed: list[Removed], marker_rule: str
) -> int:
    """After a READ MORE / trending heading, drop the headline-like lines that follow."""
    rule = "related-headline" if marker_rule == "read-more-marker" else "widget-link"
    taken = 0
    while index < len(lines) and taken < MAX_RELATED_LINKS:
        line = lines[index]
        if line and (is_prose(line) or not is_headline_like(line, MAX_RELATED_WORDS)):
            break
        if line:
            removed.append(Removed(line, rule))
            taken += 1
        index += 1
    return index


def first_content_line(lines: list[str]) -> int | None:
    return next((i for i, line in enumerate(lines) if line), None)


def split_title_deck(lines: list[str]) -> list[str]:
    """ "Headline; " over a deck line (a newspaper archive's form) becomes two paragraphs,
    so the headline is not joined to the deck as one wrapped sentence."""
    first = first_content_line(lines)
    if first is None or first + 1 >= len(lines) or not lines[first].endswith(";"):
        return lines
    title, deck = lines[first].rstrip(" ;"), lines[first + 1]
    if not (deck and deck[0].isupper() and is_headline_like(title)):
        return lines
    if word_count(deck) < MIN_DECK_WORDS:  # "Letter from America.", "Your Money."
        return [*lines[:first], title, "", *lines[first + 2 :]]
    return [*lines[:first], title, "", *lines[first + 1 :]]


def take_header(lines: list[str], result: Cleaned, *, find_title: bool) -> list[str]:
    """Move headline, publisher, byline and date lines above the first prose into metadata.

    One- or two-word lines above the headline are section labels ("World", "City Hall").
    """
    if find_title:
        lines = take_stopped_title(lines, result)
    body_start = next((i for i, line in enumerate(lines) if line and is_prose(line)), len(lines))
    kept: list[str] = []
    labels: list[str] = []
    content_seen = 0
    for position, line in enumerate(lines[:body_start]):
        if not line:
            kept.append(line)
            continue
        if content_seen < HEADER_LINES and take_metadata_line(line, result):
            continue
        if find_title and not result.title and is_title(lines, position, body_start):
            result.title = line
            result.removed.append(Removed(line, "moved-to-title"))
            drop_labels(kept, labels, result.removed)
            continue
        if find_title and not result.title and word_count(line) <= 2:
            labels.append(line)
        kept.append(line)
        content_seen += 1
    return kept + lines[body_start:]


def take_stopped_title(lines: list[str], result: Cleaned) -> list[str]:
    """A first paragraph that is one short sentence with a full stop, over prose, is the
    headline of an archive that stops every headline ("O'Malley campaign to shift staff.").
    Were it a one-sentence lead instead, showing it as the headline still says it."""
    first = first_content_line(lines)
    if first is None or first + 2 >= len(lines) or lines[first + 1]:
        return lines
    line = lines[first]
    # an archive's section label between them ("ABSTRACT.", "FULL TEXT.") is no body
    following = next((other for other in lines[first + 2 :]
                      if other and not is_caps_label(other)), "")
    if not (is_stopped_headline(line) and is_prose(following)):
        return lines
    result.title = without_final_stop(line)
    result.removed.append(Removed(line, "moved-to-title"))
    return lines[:first] + lines[first + 1 :]


def without_final_stop(line: str) -> str:
    """The headline without the archive's full stop; "U.S." and a quote's own stop stay."""
    last = line.split()[-1]
    if not last.endswith(".") or is_initialism(last[:-1]) or last[:-1] in TITLE_ABBREVIATIONS:
        return line
    return line[:-1]


def is_stopped_headline(line: str) -> bool:
    """One sentence of at most MAX_STOPPED_TITLE_WORDS words, ending in a full stop."""
    ending = line.rstrip("\"'”’")
    if not ending.endswith(".") or ending.endswith("...") or not line[0].isupper():
        return False
    if word_count(line) > MAX_STOPPED_TITLE_WORDS:
        return False
    if any(
        match.group(1).rstrip(".") not in TITLE_ABBREVIATIONS and not is_initialism(match.group(1))
        for match in SENTENCE_INSIDE.finditer(ending)
    ):
        return False
    return is_title_case(line) or has_a_label(line) or not reads_as_lede(line)


def is_title_case(line: str) -> bool:
    """Most words after the first capitalised ("Bernie Sanders Promises Action On ...")."""
    words = [w for w in words_of(line)[1:] if w.lower() not in TITLE_CASE_SMALL_WORDS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def has_a_label(line: str) -> bool:
    """ "The Latest: ...", "Lynch: No outside influence ...": a label or speaker and a colon."""
    head, colon, _ = line.partition(": ")
    return bool(colon) and len(head.split()) <= LABEL_MAX_WORDS


def reads_as_lede(line: str) -> bool:
    """An auxiliary, a reporting verb, a past "-ed" or an opening article: a lede's shape."""
    words = words_of(line)
    if words and words[0].lower() in LEDE_OPENERS:
        return True
    present = HEADLINE_PRESENT_WORDS if len(words) <= SHORT_HEADLINE_WORDS else frozenset()
    return any(
        (w.lower() in LEDE_WORDS and w.lower() not in present)
        or (len(w) > 4 and w.endswith("ed") and w[0].islower())
        for w in words
    )


def is_initialism(word: str) -> bool:
    """ "U.S", "D.C": a dotted abbreviation, so its full stop ends no sentence."""
    return "." in word or (len(word) == 1 and word.isupper())


def is_title(lines: list[str], position: int, body_start: int) -> bool:
    """Headline-like, with text under it; a one- or two-word line only right above the body."""
    line = lines[position]
    if not is_headline_like(line):
        return False
    after = [other for other in lines[position + 1 :] if other]
    if not after:
        return False  # a lone short line is the article itself
    if word_count(line) >= 3:
        return True
    return lines.index(after[0], position + 1) >= body_start


def drop_labels(kept: list[str], labels: list[str], removed: list[Removed]) -> None:
    for label in labels:
        kept.remove(label)
        removed.append(Removed(label, "section-label-above-headline"))


def take_metadata_line(line: str, result: Cleaned) -> bool:
    if not result.publisher and (name := publisher_of(line)):
        result.publisher = name
        result.removed.append(Removed(line, "moved-to-publisher"))
        return True
    if not result.byline and (name := byline_of(line)):
        result.byline = name
        result.removed.append(Removed(line, "moved-to-byline"))
        return True
    if result.published is None and (when := date_of(line)):
        result.published = when
        result.removed.append(Removed(line, "moved-to-date"))
        return True
    return False


def take_trailer(lines: list[str], result: Cleaned) -> list[str]:
    """'Source(s): Reuters' lines (anywhere, usually last) become the agency."""
    kept: list[str] = []
    for line in lines:
        agency = agency_of(line) if line else None
        if agency:
            result.agency = result.agency or agency
            result.removed.append(Removed(line, "moved-to-agency"))
            continue
        kept.append(line)
    return kept


def join_wrapped(lines: list[str]) -> list[str]:
    """Each line is a paragraph (as pasted from a browser), except that a line broken
    mid-sentence (hard-wrapped text) is joined to the next. Blank lines are kept."""
    joined: list[str] = []
    for line in lines:
        if line and joined and joined[-1] and continues_with(joined[-1], line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def continues_with(previous: str, line: str) -> bool:
    """The previous line stopped mid-sentence and this one carries on in lower case."""
    if SENTENCE_END.search(previous):
        return False
    return previous.endswith((",", "-", "–", "—", ";")) or line[0].islower()
