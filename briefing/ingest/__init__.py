"""Ingest stage: turn a path, URL, stdin or raw text into an :class:`Article`.

(Skeleton implementation; the ingest module owner deepens this.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefing.errors import InputError
from briefing.models import Article

MAX_BYTES = 20 * 1024 * 1024


def from_text(text: str, *, source: str = "") -> Article:
    """Build an Article from pasted plain text."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    if not paragraphs:
        raise InputError(f"{source or 'input'} is empty")
    return Article(paragraphs=paragraphs, source=source)


def load(source: str) -> Article:
    """Read ``source`` (a path, an http(s) URL, or "-" for stdin) into an Article."""
    if source == "-":
        raw = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{source}: no such file")
        raw = path.read_bytes()
    return from_text(raw.decode("utf-8", errors="replace"), source=source)
