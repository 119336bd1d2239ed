"""Render stage: lay out a Brief as pdf, html, md, json or email (bytes).

Renderers only lay out what the Brief holds; the one-page PDF asks the brief stage
(``briefing.brief.shorten``) for a shorter Brief when it must leave things out.
Heavy libraries (WeasyPrint) are imported only when a PDF is asked for.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefing.errors import InputError
from briefing.models import Brief
from briefing.renderers.html import render_html

FORMATS = ("pdf", "html", "md", "json", "email")


def render(
    brief: Brief,
    fmt: str,
    *,
    paper: str = "a4",
    template_dir: str | Path | None = None,
) -> bytes:
    """``brief`` as ``fmt`` ("pdf", "html", "md", "json" or "email"), encoded as bytes.

    ``paper`` ("a4" or "letter") is read by the PDF only; ``template_dir`` holds
    templates that replace the built-in ones. Any other option is a TypeError.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt == "json":
        return render_json(brief)
    if fmt == "md":
        return render_markdown(brief, template_dir=template_dir).encode("utf-8")
    if fmt == "html":
        return render_html(brief, template_dir=template_dir).encode("utf-8")
    if fmt == "pdf":
        from briefing.renderers.pdf import render_pdf

        return render_pdf(brief, paper=paper, template_dir=template_dir)
    return render_email(brief, template_dir)


def render_json(brief: Brief) -> bytes:
    """The whole Brief (every fact with its sentence index), stable key order."""
    return (json.dumps(brief.to_dict(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def render_markdown(brief: Brief, template_dir: str | Path | None = None) -> str:
    from briefing.renderers.templates import render_template
    from briefing.renderers.view import SCREEN_LIMITS, brief_view

    return render_template("brief.md.j2", brief_view(brief, SCREEN_LIMITS), template_dir)


def render_email(brief: Brief, template_dir: str | Path | None = None) -> bytes:
    from briefing.renderers.email import render_email as render_one

    return render_one(brief, template_dir=template_dir)
