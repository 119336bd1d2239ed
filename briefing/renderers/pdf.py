"""The one-page PDF: WeasyPrint, a safe URL fetcher and the fitting loop.

The PDF is tagged PDF/UA-1 (WeasyPrint's ``pdf/ua-1`` variant): a structure tree in
the template's source order (headline, bottom line, key points, voices, fact box,
footer), the document language from ``<html lang>`` and the title from ``<title>``,
shown as the window title. The brief has no images, so no alternative text is
needed; decorative rules and tints are drawn as artifacts.

Fitting (``briefing.renderers.fit``) measures one layout, predicts what else fits,
and checks its choice with one more layout; most briefs need one or two layouts.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from briefing.brief import counts
from briefing.errors import InputError
from briefing.models import Brief
from briefing.renderers import fit as fitting

PAPER_SIZES = {"a4": "A4", "letter": "letter"}
PDF_VARIANT = "pdf/ua-1"
# Layouts spent adding what the first fitting layout showed there is still room for;
# each one teaches the height model, so two nearly always reach a full page.
REFILLS = 2
# Re-exported for callers that read the fitter's limits from here.
BASE_PT, FLOOR_PT = fitting.BASE_PT, fitting.FLOOR_PT
PAGE_CAPS, COMFORT = fitting.PAGE_CAPS, fitting.COMFORT


# --- safety: nothing from the article may make WeasyPrint read files or reach hosts --


class RefusedURL(ValueError):
    """A URL the brief's PDF renderer will not fetch."""


def check_url(url: str) -> str:
    """Allow only inline ``data:`` URLs; refuse file://, http(s):// and everything else."""
    if not url.strip().lower().startswith("data:"):
        raise RefusedURL(f"refused to fetch {url[:80]!r}: only data: URLs are allowed")
    return url


@functools.cache
def safe_fetcher() -> Any:
    """A WeasyPrint URL fetcher that serves data: URLs and refuses every other scheme."""
    from weasyprint.urls import URLFetcher

    class DataOnlyFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            return super().fetch(check_url(url), headers)

    return DataOnlyFetcher(allowed_protocols={"data"}, allow_redirects=False, timeout=1)


# --- WeasyPrint plumbing, prepared once per process -----------------------------------


@functools.cache
def font_config() -> Any:
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def page_css(paper: str, points: float) -> str:
    """The per-attempt rules: a page as wide as the paper and tall enough for any
    brief (the fitter measures it, then cuts it to the paper), and the root type size."""
    width = fitting.PAPER_PX[paper][0]
    return (f"@page {{ size: {width:.2f}px {fitting.TALL_PAGE_PX}px; }} "
            f"html {{ font-size: {points}pt; }}")


def lay_out(brief: Brief, paper: str, points: float, template_dir: str | None,
            note: str = "") -> tuple[fitting.Layout, dict[str, Any]]:
    """WeasyPrint's layout of ``brief`` at a root size of ``points``, measured, and the
    view it was made from."""
    from weasyprint import HTML

    from briefing.renderers.html import render_html
    from briefing.renderers.view import brief_view

    html = render_html(brief, template_dir, for_print=True, page_css=page_css(paper, points),
                       limits={}, fit_note=note)
    document = HTML(string=html, base_url=None, url_fetcher=safe_fetcher()).render(
        font_config=font_config(), pdf_variant=PDF_VARIANT)
    view = brief_view(brief, {})
    view["fit_note"] = note
    return fitting.measure(document, points, paper), view


# --- the fitting loop ------------------------------------------------------------------


class Fitter:
    """Finds the fullest brief that fits one page, counting its layouts."""

    def __init__(self, brief: Brief, paper: str, template_dir: str | None) -> None:
        self.brief, self.paper, self.template_dir = brief, paper, template_dir
        self.caps = fitting.caps_of(brief)
        self.model = fitting.HeightModel()
        self.layouts = 0
        self.room = 0.0  # the paper's content height, known after the first layout

    def attempt(self, keep: dict[str, int], points: float, note_fill: float | None = None):
        shown = fitting.cut(self.brief, keep)
        note = self.note(shown, keep, points, note_fill)
        layout, view = lay_out(shown, self.paper, points, self.template_dir, note)
        self.layouts += 1
        self.model.learn(layout, view)
        return layout, shown, note

    def note(self, shown: Brief, keep: dict[str, int], points: float,
             fill_ratio: float | None) -> str:
        if fill_ratio is None:  # predict the fill to word the note; checked afterwards
            fill_ratio = self.predicted(keep, points) / self.room if self.room else 1.0
        return fitting.fit_note(self.brief, shown, keep, self.caps, fill_ratio)

    def predicted(self, keep: dict[str, int], points: float, note: bool = True) -> float:
        from briefing.renderers.view import brief_view

        shown = fitting.cut(self.brief, keep)
        view = brief_view(shown, {})
        view["fit_note"] = "x" if note and fitting.left_out(self.brief, shown) else ""
        return self.model.height(view, points)

    def run(self) -> tuple[fitting.Layout, Brief, float, dict[str, int]]:
        caps = self.caps
        layout, shown, _ = self.attempt(caps, fitting.BASE_PT)
        self.room = layout.room
        if layout.fits:
            return layout, shown, fitting.BASE_PT, caps
        for points in fitting.type_sizes():
            for _ in range(2):  # a second try with the heights the first one measured
                if self.layouts >= fitting.MAX_LAYOUTS:
                    break
                keep = fitting.fill(caps, lambda k, p=points: self.predicted(k, p) <= self.room)
                if points > fitting.FLOOR_PT and not fitting.comfortable(keep, caps):
                    break
                layout, shown, note = self.attempt(keep, points)
                if layout.fits:
                    return self.settle(layout, shown, points, keep, note)
        return self.last_resort()

    def settle(self, layout: fitting.Layout, shown: Brief, points: float,
               keep: dict[str, int], note: str):
        """Fill what room is left (the model has just learned this very layout, so its
        prediction is close), then make sure the note tells the truth about the fill."""
        for _ in range(REFILLS):
            if self.layouts >= fitting.MAX_LAYOUTS:
                break
            more = fitting.fill(self.caps, lambda k: self.predicted(k, points) <= self.room,
                                start=keep)
            if more == keep:
                break
            bigger, bigger_shown, bigger_note = self.attempt(more, points)
            if not bigger.fits:
                break
            layout, shown, keep, note = bigger, bigger_shown, more, bigger_note
        honest = fitting.fit_note(self.brief, shown, keep, self.caps, layout.fill)
        if honest != note:
            again, again_shown, _ = self.attempt(keep, points, note_fill=layout.fill)
            if again.fits:
                layout, shown = again, again_shown
        return layout, shown, points, keep

    def last_resort(self):
        """Even the barest brief overflows (enormous sentences): leave the sentences out.

        First the points go, then the bottom line too; the page then says the sentences
        were too long to print, which is honest where a cut sentence would not be.
        """
        from dataclasses import replace

        bare = {name: 0 for name in self.caps}
        shown = fitting.cut(self.brief, bare)
        for candidate in (shown, replace(shown, bottom_line="", bottom_sentence=None)):
            note = fitting.fit_note(self.brief, candidate, bare, self.caps, 1.0)
            layout, _ = lay_out(candidate, self.paper, fitting.FLOOR_PT, self.template_dir, note)
            self.layouts += 1
            if layout.fits:
                return layout, candidate, fitting.FLOOR_PT, bare
        raise InputError("the article's headline is too long to print on one page; "
                         "use --format html or md")


def fit(brief: Brief, paper: str, template_dir: str | None) -> tuple[Any, Brief, dict]:
    """The fullest brief that fits one page: its one-page document, the brief shown,
    and what fitting did."""
    fitter = Fitter(brief, paper, template_dir)
    layout, shown, points, keep = fitter.run()
    note = fitting.fit_note(brief, shown, keep, fitter.caps, layout.fill)
    report = {"pages": 1, "type_pt": points, "fill": round(layout.fill, 3),
              "layouts": fitter.layouts, "left_out": fitting.left_out(brief, shown),
              "trimmed": note.startswith("Trimmed to fit"), "note": note,
              "kept": counts(shown)}
    return fitting.to_paper(layout, paper), shown, report


def render_pdf(brief: Brief, paper: str = "a4", template_dir: str | Path | None = None) -> bytes:
    """``brief`` as a one-page tagged (PDF/UA-1) PDF on ``paper`` ("a4" or "letter")."""
    paper = (paper or "a4").lower()
    if paper not in PAPER_SIZES:
        raise InputError(f"unknown paper {paper!r}; choose a4 or letter")
    folder = str(template_dir) if template_dir else None
    document, _, _ = fit(brief, paper, folder)
    return document.write_pdf(pdf_variant=PDF_VARIANT)


def fit_report(brief: Brief, paper: str = "a4") -> dict[str, Any]:
    """What fitting chose for ``brief`` (for tests and the benchmark)."""
    return fit(brief, paper, None)[2]
