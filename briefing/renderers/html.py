"""The brief as one self-contained HTML page: the screen page, and the page the PDF
renderer prints (which is why this lives apart from the package's dispatcher)."""

from __future__ import annotations

from pathlib import Path

from briefing.models import Brief


def render_html(
    brief: Brief,
    template_dir: str | Path | None = None,
    *,
    for_print: bool = False,
    page_css: str = "",
    limits: dict[str, int] | None = None,
    fit_note: str = "",
) -> str:
    """The brief as one self-contained HTML5 page (CSS inline, nothing external).

    ``for_print`` adds the PDF stylesheet and ``page_css`` (paper and type size,
    written by the PDF fitter, never from article text) and ``fit_note``, the
    fitter's line saying what did not fit.
    """
    from markupsafe import Markup

    from briefing.renderers.templates import render_template
    from briefing.renderers.view import SCREEN_LIMITS, brief_view

    context = brief_view(brief, SCREEN_LIMITS if limits is None else limits)
    context["for_print"] = for_print
    context["page_css"] = Markup(page_css)
    context["fit_note"] = fit_note
    return render_template("brief.html.j2", context, template_dir)
