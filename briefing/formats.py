"""The input file suffixes, in one table: ingest, batch and the digest read the same files."""

from __future__ import annotations

import os
from pathlib import Path

# suffix -> the kind of text ingest reads it as
INPUT_KINDS = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".mkd": "md",
}


def input_kind(path: str | os.PathLike[str]) -> str:
    """"text", "html" or "md" by the suffix of ``path``; "" for any other file (sniffed)."""
    return INPUT_KINDS.get(Path(path).suffix.lower(), "")
