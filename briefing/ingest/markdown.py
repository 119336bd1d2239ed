"""Markdown to plain paragraphs: strip the syntax, keep the words.

Front matter (``title:``, ``author:``, ``date:``...) and the first ``# Heading``
become metadata; images, code blocks and rules are recorded as removed. Sub-headings
stay as paragraphs of their own, listed in ``headings`` so the segmenter keeps them out
of the sentences: a reader expects the section's text under its heading, and a heading
is structure, not a key point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.models import Removed

FRONT_MATTER = re.compile(r"\A---\s*\n(?P<body>.*?\n)---\s*(?:\n|\Z)", re.DOTALL)
HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
SETEXT_UNDERLINE = re.compile(r"^(?:=+|-+)\s*$")
FENCE = re.compile(r"^\s*(?:```|~~~)")
RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)")
REF_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\[[^\]]*\]")
LINK_DEFINITION = re.compile(r"^\s*\[[^\]]+\]:\s+\S+")
AUTOLINK = re.compile(r"<(?P<url>https?://[^>]+)>")
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
EMPHASIS = re.compile(r"(\*\*|\*|~~)(?=\S)(?P<text>.+?)(?<=\S)\1")
# Underscores only count at word edges, so snake_case words survive.
UNDERSCORE_EMPHASIS = re.compile(r"(?<!\w)(__|_)(?=\S)(?P<text>.+?)(?<=\S)\1(?!\w)")
CODE = re.compile(r"`+(?P<text>[^`]+)`+")
LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")

META_KEYS = {
    "title": "title",
    "author": "byline",
    "authors": "byline",
    "byline": "byline",
    "date": "date",
    "published": "date",
    "publisher": "publisher",
    "site": "publisher",
    "source": "agency",
    "agency": "agency",
    "url": "url",
}


@dataclass
class MarkdownText:
    """Markdown reduced to plain text lines (blank lines between paragraphs)."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)
    removed: list[Removed] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)


# Plain pasted text rarely has a line starting "## " (a hashtag has no space after "#");
# one such sub-heading, or two "# " lines, or front matter says the text is Markdown.
SUBHEADING_LINE = re.compile(r"^#{2,6}\s+\S", re.MULTILINE)
HEADING_LINE = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    """Whether pasted text is Markdown: front matter, a "## " sub-heading or two headings."""
    head = text.lstrip("\ufeff")
    if FRONT_MATTER.match(head.replace("\r\n", "\n")):
        return True
    return bool(SUBHEADING_LINE.search(text)) or len(HEADING_LINE.findall(text)) >= 2


def strip_markdown(source: str) -> MarkdownText:
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    result = MarkdownText(text="")
    source = take_front_matter(source, result)
    blocks = to_blocks(source.split("\n"), result)
    result.text = "\n\n".join(blocks)
    return result


def take_front_matter(source: str, result: MarkdownText) -> str:
    match = FRONT_MATTER.match(source)
    if not match:
        return source
    for line in match.group("body").splitlines():
        key, sep, value = line.partition(":")
        field_name = META_KEYS.get(key.strip().lower())
        if sep and field_name and value.strip():
            result.meta.setdefault(field_name, value.strip().strip("\"'"))
    result.removed.append(Removed(match.group(0).strip(), "markdown-front-matter"))
    return source[match.end() :]


def to_blocks(lines: list[str], result: MarkdownText) -> list[str]:
    """Group lines into paragraphs; each list item and heading is its own block."""
    blocks: list[str] = []
    current: list[str] = []
    in_code = False

    def flush() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    for index, raw in enumerate(lines):
        if FENCE.match(raw):
            in_code = not in_code
            flush()
            result.removed.append(Removed(raw.strip(), "markdown-code-fence"))
            continue
        if in_code:
            if raw.strip():
                result.removed.append(Removed(raw.strip(), "markdown-code-block"))
            continue
        if not raw.strip() or LINK_DEFINITION.match(raw):
            flush()
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if SETEXT_UNDERLINE.match(raw) and not current:
            continue  # the underline of a heading handled on the previous line
        if RULE.match(raw):
            flush()
            continue
        heading = heading_of(raw, following, current)
        if heading is not None:
            flush()
            take_heading(heading, result, blocks)
            continue
        if LIST_MARK.match(raw):
            flush()
        current.append(inline(raw, result))
    flush()
    return [block for block in blocks if block.strip()]


def heading_of(raw: str, following: str, current: list[str]) -> tuple[int, str] | None:
    match = HEADING.match(raw)
    if match:
        return len(match.group("marks")), match.group("text")
    if not current and following.strip() and SETEXT_UNDERLINE.match(following):
        return (1 if following.strip().startswith("=") else 2), raw.strip()
    return None


def take_heading(heading: tuple[int, str], result: MarkdownText, blocks: list[str]) -> None:
    """The first heading before any text is the title; later headings are sub-heads, kept
    as blocks of their own."""
    level, text = heading
    text = inline(text, result)
    if "title" not in result.meta and not blocks and level <= 2:
        result.meta["title"] = text
        result.removed.append(Removed(text, "moved-to-title"))
    elif text:
        result.headings.append(text)
        blocks.append(text)


def inline(line: str, result: MarkdownText) -> str:
    """Strip inline syntax from one line of text."""
    line = QUOTE_MARK.sub("", line)
    line = LIST_MARK.sub("", line)
    for image in IMAGE.finditer(line):
        result.removed.append(Removed(image.group(0), "markdown-image"))
    line = IMAGE.sub("", line)
    line = LINK.sub(r"\g<text>", line)
    line = REF_LINK.sub(r"\g<text>", line)
    line = AUTOLINK.sub(r"\g<url>", line)
    line = HTML_TAG.sub("", line)
    line = CODE.sub(r"\g<text>", line)
    for _ in range(2):  # nested emphasis such as ***bold italic***
        line = EMPHASIS.sub(r"\g<text>", line)
        line = UNDERSCORE_EMPHASIS.sub(r"\g<text>", line)
    line = ESCAPE.sub(r"\1", line)
    return line.strip()
