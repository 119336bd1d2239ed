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


# A compressed copy reads as the file inside it: saved pages often come as page.html.gz.
COMPRESSED_SUFFIXES = (".gz",)


def input_kind(path: str | os.PathLike[str]) -> str:
    """"text", "html" or "md" by the suffix of ``path`` (under a .gz); "" for any other file."""
    return INPUT_KINDS.get(Path(uncompressed_name(path)).suffix.lower(), "")


def uncompressed_name(path: str | os.PathLike[str]) -> str:
    """The name without a compression suffix: "page.html.gz" -> "page.html"."""
    name = os.fspath(path)
    for suffix in COMPRESSED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name
