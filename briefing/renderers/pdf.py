"""The one-page PDF: WeasyPrint, a safe URL fetcher and a fitter.

Fitting walks a "ladder" of layouts, each one shorter than the last: first the
lowest-ranked facts and points are left out (via ``briefing.brief.shorten``), then
the type tightens step by step down to an 8 pt floor, and only then do the last
optional parts go. Text is never cut mid-sentence. WeasyPrint lays out each
candidate (``HTML.render``) and the page count decides; a binary search over the
ladder keeps that to a handful of layouts.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from briefing.brief import counts, shorten
from briefing.errors import InputError
from briefing.models import Brief

PAPER_SIZES = {"a4": "A4", "letter": "letter"}
BASE_PT = 10.5
FLOOR_PT = 8.0
TYPE_STEP_PT = 0.5
# Before the type tightens, keep at least this much (if the brief has it). The points
# count the bottom line's own sentence, which the page shows as the bottom line.
COMFORT = {"points": 4, "figures": 4, "quotes": 1, "names": 3, "dates": 2}
# What even a full-size page shows at most: a fact box with more is not a summary.
PAGE_CAPS = {"points": 12, "figures": 10, "quotes": 6, "names": 8, "dates": 6}


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
    """The per-attempt rules: paper size and the root type size everything scales with."""
    return f"@page {{ size: {PAPER_SIZES[paper]}; }} html {{ font-size: {points}pt; }}"


def lay_out(brief: Brief, paper: str, points: float, template_dir: str | None) -> Any:
    """WeasyPrint's layout (a Document) of ``brief`` at a root size of ``points``."""
    from weasyprint import HTML

    from briefing.renderers import render_html

    html = render_html(brief, template_dir, for_print=True, page_css=page_css(paper, points),
                       limits={})
    return HTML(string=html, base_url=None, url_fetcher=safe_fetcher()).render(
        font_config=font_config()
    )


# --- the ladder ------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One candidate layout: how much to keep of each list, at which type size."""

    points: float
    keep: dict[str, int | None] = field(default_factory=dict)

    def apply(self, brief: Brief) -> Brief:
        keep = self.keep
        if not keep:
            return brief
        return shorten(
            brief,
            keep_points=keep.get("points"),
            keep_figures=keep.get("figures"),
            keep_quotes=keep.get("quotes"),
            keep_names=keep.get("names"),
            keep_dates=keep.get("dates"),
        )


def available(brief: Brief) -> dict[str, int]:
    found = counts(brief)
    names = max(found["people"], found["places"], found["organizations"])
    return {"points": found["points"], "figures": found["figures"], "quotes": found["quotes"],
            "names": names, "dates": found["dates"]}


def ladder(brief: Brief) -> list[Step]:
    """Every candidate layout, fullest first, each no longer than the one before."""
    have = available(brief)
    keep: dict[str, int | None] = {
        name: have[name] if cap is None else min(have[name], cap)
        for name, cap in PAGE_CAPS.items()
    }
    steps = [Step(BASE_PT, dict(keep))]
    # 1. Leave out the lowest-ranked items, one at a time, down to a comfortable brief.
    steps += drop_steps(keep, COMFORT, BASE_PT)
    # 2. Tighten the type down to the floor.
    size = BASE_PT
    while size - TYPE_STEP_PT >= FLOOR_PT - 1e-9:
        size = round(size - TYPE_STEP_PT, 2)
        steps.append(Step(size, dict(keep)))
    # 3. At the floor, give up the remaining optional parts.
    floor = {"points": 1, "figures": 0, "quotes": 0, "names": 0, "dates": 0}
    steps += drop_steps(keep, floor, FLOOR_PT)
    return steps


def drop_steps(keep: dict[str, int | None], target: dict[str, int], size: float) -> list[Step]:
    """Shrink ``keep`` towards ``target`` one item at a time, facts and points in turn.

    ``keep`` is updated in place so the next phase starts where this one ended.
    """
    order = ("names", "dates", "figures", "quotes", "points")
    steps = []
    while True:
        changed = False
        for name in order:
            current = keep[name] or 0
            if current > target[name]:
                keep[name] = current - 1
                steps.append(Step(size, dict(keep)))
                changed = True
        if not changed:
            return steps


# --- fitting ---------------------------------------------------------------------------


def fits(document: Any) -> bool:
    """One page, and nothing on it reaching below the page's content area."""
    if len(document.pages) != 1:
        return False
    page = document.pages[0]._page_box
    bottom = page.content_box_y() + page.height + 0.5
    return all(box_bottom(box) <= bottom for box in page.descendants() if box is not page)


def box_bottom(box: Any) -> float:
    try:
        return box.position_y + box.margin_height()
    except (AttributeError, TypeError):
        return 0.0


def fit(brief: Brief, paper: str, template_dir: str | None) -> tuple[Any, Brief, Step]:
    """The fullest step of the ladder that fits one page, with its layout."""
    steps = ladder(brief)
    first = steps[0]
    first_brief = first.apply(brief)
    document = lay_out(first_brief, paper, first.points, template_dir)
    if fits(document):
        return document, first_brief, first
    best: tuple[Any, Brief, Step] | None = None
    low, high = 1, len(steps) - 1
    while low <= high:
        middle = (low + high) // 2
        step = steps[middle]
        candidate = step.apply(brief)
        document = lay_out(candidate, paper, step.points, template_dir)
        if fits(document):
            best = (document, candidate, step)
            high = middle - 1
        else:
            low = middle + 1
    if best is None:
        return last_resort(brief, steps[-1], paper, template_dir)
    return best


def last_resort(brief: Brief, step: Step, paper: str, template_dir: str | None) -> tuple:
    """Even the barest brief overflows (enormous sentences): leave the sentences out.

    First the points go, then the bottom line too; the page then says the sentences
    were too long to print, which is honest where a cut sentence would not be.
    """
    bare = shorten(step.apply(brief), keep_points=0)
    for candidate in (bare, replace(bare, bottom_line="")):
        document = lay_out(candidate, paper, FLOOR_PT, template_dir)
        if fits(document):
            return document, candidate, step
    raise InputError("the article's headline is too long to print on one page; "
                     "use --format html or md")


def render_pdf(brief: Brief, paper: str = "a4", template_dir: str | Path | None = None) -> bytes:
    """``brief`` as a one-page PDF on ``paper`` ("a4" or "letter")."""
    paper = (paper or "a4").lower()
    if paper not in PAPER_SIZES:
        raise InputError(f"unknown paper {paper!r}; choose a4 or letter")
    folder = str(template_dir) if template_dir else None
    document, _, _ = fit(brief, paper, folder)
    return document.write_pdf()


def fit_report(brief: Brief, paper: str = "a4") -> dict[str, Any]:
    """What fitting chose for ``brief`` (for tests and the benchmark)."""
    document, fitted, step = fit(brief, paper, None)
    return {"pages": len(document.pages), "type_pt": step.points,
            "trimmed": fitted.trimmed, "kept": counts(fitted)}
