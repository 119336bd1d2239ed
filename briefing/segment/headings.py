"""Paragraphs that are structure, not sentences: headings, labels, timestamps, list markers.

Ingestion keeps a page's sub-headings in the article text (they are part of the body a
reader sees, and the extraction benchmark counts them), and the segmenter asks
:func:`is_structure` which paragraphs to leave out of the sentence list, so a heading
such as "Why prices are going up", a live-blog time "23:58 GMT", a bare list number
"1.", a label "Key points:" or a section label in capitals "FULL TEXT." never becomes a
key point.

Data lines stay sentences: a results line "Palm Bay 18 22 13 17 — 70" or a line of code
carries figures a reader may want, so lines with several numbers or code punctuation
are never taken for headings.
"""

from __future__ import annotations

import re

HEADING_MAX_WORDS = 10  # longest sub-heading seen in the Zyte dev pages' <h2>/<h3>: 10 words
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_CODE_MARKS = re.compile(r"[{}<>=;]|\(\)|\w\.\w+\(")
# "23:58", "23:58 GMT", "9.15am", "12:30 BST" on a line of its own (live blogs)
_TIMESTAMP = re.compile(
    r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
    r"(?:\s+(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|[A-Z]{2,4}))?$",
    re.IGNORECASE,
)
# "1.", "2)", "iv.", "a)", "•" alone on a line
_LIST_MARKER = re.compile(r"^(?:\d{1,3}|[ivxlc]{1,6}|[a-z])[.)]$|^[•·▪‣◦*–-]$", re.IGNORECASE)
# "Key points:", "What we know so far:", "Background:" -- a short label that introduces a list
LABEL_MAX_WORDS = 6
_QUOTE_OPENERS = "\"“‘'«„"
_NUMBERED_HEADING = re.compile(r"^\d{1,3}[.)]\s+\S")


def is_timestamp(paragraph: str) -> bool:
    return bool(_TIMESTAMP.match(paragraph.strip()))


def is_list_marker(paragraph: str) -> bool:
    return bool(_LIST_MARKER.match(paragraph.strip()))


def is_label(paragraph: str, following: str = "") -> bool:
    """A short line ending in a colon: "Key points:". "He said:" above a quotation
    introduces speech, and the quotes stage needs it as a sentence."""
    text = paragraph.strip()
    return (
        text.endswith(":")
        and 0 < len(_WORD.findall(text)) <= LABEL_MAX_WORDS
        and following.lstrip()[:1] not in _QUOTE_OPENERS
    )


CAPS_LABEL_MAX_WORDS = 4  # PolNeAR train: "ABSTRACT.", "FULL TEXT.", "CORRECTION APPENDED."


def is_caps_label(paragraph: str) -> bool:
    """A short line in capitals, maybe closed by a full stop or colon: a database's or a
    newsletter's section label ("ABSTRACT.", "FULL TEXT.", "TOP STORIES."), not a sentence."""
    text = paragraph.strip().rstrip(".:")
    words = _WORD.findall(text)
    return (0 < len(words) <= CAPS_LABEL_MAX_WORDS and text == text.upper()
            and not _NUMBER.search(text) and not any(ch in text for ch in "!?\"“”"))


def is_data_line(paragraph: str) -> bool:
    """Results, tables and code: several numbers, or code punctuation."""
    body = _NUMBERED_HEADING.sub("", paragraph.strip(), count=1)
    return len(_NUMBER.findall(body)) >= 2 or bool(_CODE_MARKS.search(body))


def is_heading(paragraph: str, following: str) -> bool:
    """A short unpunctuated line right above a paragraph of prose."""
    text = paragraph.strip()
    words = text.split()
    return (
        0 < len(words) <= HEADING_MAX_WORDS
        and not _SENTENCE_END.search(text)
        and not any(mark in text for mark in "\"“”;,")
        and not text.endswith(":")
        and not is_data_line(text)
        and bool(_SENTENCE_END.search(following.strip()))
    )


def is_structure(paragraph: str, following: str = "") -> bool:
    """Whether a paragraph is a heading, label, timestamp or list marker, not a sentence."""
    return (
        is_timestamp(paragraph)
        or is_list_marker(paragraph)
        or is_label(paragraph, following)
        or is_caps_label(paragraph)
        or is_heading(paragraph, following)
    )
