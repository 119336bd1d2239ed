"""Render stage: lay out a Brief as json, md, html, pdf or email.

(Skeleton implementation; the render owner deepens this.)
"""

from __future__ import annotations

import json

from briefing.errors import InputError
from briefing.models import Brief

FORMATS = ("pdf", "html", "md", "json", "email")


def render(brief: Brief, fmt: str, **options: object) -> bytes:
    if fmt == "json":
        return json.dumps(brief.to_dict(), indent=2, ensure_ascii=False).encode("utf-8")
    if fmt == "md":
        lines = [f"# {brief.article.title or 'Brief'}", ""]
        lines += [f"- {p.text}" for p in brief.points]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise InputError(f"format {fmt!r} is not available yet")
