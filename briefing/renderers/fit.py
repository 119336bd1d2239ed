"""Fitting a brief onto one page: measure the layout, fill the page, verify.

WeasyPrint lays the brief out once on a page as wide as the paper and very tall,
so nothing is paginated and every box's height can be read (``Layout``). If the
whole brief is no taller than the paper's content area, that layout *is* the page
(only the page's height is set back to the paper's). Otherwise a height model
(``HeightModel``) built from the measured boxes predicts how tall any shorter brief
will be, a greedy fill (``fill``) adds the best-ranked items of each list in turn
while the prediction says they fit, and one more layout checks the choice. The
type tightens (down to ``FLOOR_PT``) only when even a comfortable brief does not
fit at the current size. Sentences are never cut.

The page says "Trimmed to fit" only when something was left out for space and the
page is at least ``FULL_ENOUGH`` full; items left out under the page caps, or too
big for the room left, are counted in a plain note pointing to the JSON brief.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing.brief import counts, shorten
from briefing.models import Brief

BASE_PT = 10.5
FLOOR_PT = 8.0
TYPE_STEP_PT = 0.5
# "Trimmed to fit" is printed only on a page at least this full (issue 18's target).
FULL_ENOUGH = 0.85
# Before the type tightens, keep at least this much (if the brief has it). The points
# count the bottom line's own sentence, which the page shows as the bottom line.
COMFORT = {"points": 4, "figures": 4, "quotes": 1, "names": 3, "dates": 2}
# What even a full-size page shows at most: a fact box with more is not a summary.
# Points have no cap: the summary's length (--sentences, --ratio, --words) decides, and
# the page shows as many of them as fit.
PAGE_CAPS: dict[str, int | None] = {"points": None, "figures": 10, "quotes": 6, "names": 8,
                                    "dates": 6}
# Greedy fill order: one more of each in turn, best-ranked items first.
FILL_ORDER = ("points", "quotes", "figures", "dates", "names")
# Text reflows as the type shrinks (smaller lines and fewer of them): item heights
# scale faster than the type size. 1.5 sits between one-line facts (1.0) and long
# points (2.0); the verification layout corrects what the estimate misses.
TEXT_SCALING = 1.5
MAX_LAYOUTS = 10
PX_PER_PT = 96 / 72
PAPER_PX = {"a4": (210 / 25.4 * 96, 297 / 25.4 * 96), "letter": (8.5 * 96, 11 * 96)}
TALL_PAGE_PX = 12_000  # about 3 m: room for any capped brief without pagination


# --- measuring a layout ----------------------------------------------------------------


@dataclass
class Layout:
    """One WeasyPrint layout of a brief on a tall page, with its boxes measured."""

    document: Any
    points: float
    boxes: dict[str, tuple[float, float]]  # data-fit key -> (top, bottom), CSS px
    top: float  # the page's content top
    bottom: float  # the lowest box's bottom
    room: float  # the paper's content height
    single_page: bool

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def fits(self) -> bool:
        return self.single_page and self.height <= self.room + 0.5

    @property
    def fill(self) -> float:
        return self.height / self.room if self.room else 1.0

    def span(self, key: str) -> float:
        top, bottom = self.boxes.get(key, (0.0, 0.0))
        return bottom - top


def measure(document: Any, points: float, paper: str) -> Layout:
    """Read every ``data-fit`` box's extent (margins included) from page one."""
    page = document.pages[0]._page_box
    boxes: dict[str, tuple[float, float]] = {}
    bottom = page.content_box_y()
    for box in page.descendants():
        if box is page:
            continue
        edge = box_extent(box)
        if edge is None:
            continue
        bottom = max(bottom, edge[1])
        element = getattr(box, "element", None)
        key = element.get("data-fit") if element is not None else None
        if key:
            old = boxes.get(key, edge)
            boxes[key] = (min(old[0], edge[0]), max(old[1], edge[1]))
    margins = page.margin_top + page.margin_bottom + page.padding_top + page.padding_bottom
    room = PAPER_PX[paper][1] - margins
    return Layout(document, points, boxes, page.content_box_y(), bottom, room,
                  len(document.pages) == 1)


def box_extent(box: Any) -> tuple[float, float] | None:
    try:
        top = box.position_y
        return top, top + box.margin_height()
    except (AttributeError, TypeError):
        return None


def to_paper(layout: Layout, paper: str) -> Any:
    """The tall page cut to the paper's height: the same boxes, the paper's MediaBox."""
    page = layout.document.pages[0]
    page.height = PAPER_PX[paper][1]
    return layout.document


# --- predicting heights ----------------------------------------------------------------

MAIN_SECTIONS = ("points", "quotes")
FACT_SECTIONS = ("figures", "dates", "people", "places", "organizations")


@dataclass
class HeightModel:
    """Heights measured from layouts, normalised to ``BASE_PT``, to predict new briefs."""

    items: dict[str, float] = field(default_factory=dict)  # item key -> height
    chars: dict[str, float] = field(default_factory=dict)  # kind -> px per character
    overheads: dict[str, float] = field(default_factory=dict)  # section -> heading etc.
    main_fixed: float = 0.0
    facts_fixed: float = 0.0
    above: float = 0.0
    below: float = 0.0
    note: float = 0.0

    def learn(self, layout: Layout, view: dict[str, Any]) -> None:
        """Take in what ``layout`` (of ``view``) measured; later layouts win."""
        items_scale = (BASE_PT / layout.points) ** TEXT_SCALING
        scale = BASE_PT / layout.points
        sections: dict[str, float] = {}
        for name, key_items in section_items(view).items():
            heights = [layout.span(key) for key, _ in key_items]
            for (key, text), height in zip(key_items, heights, strict=True):
                self.items[key] = height * items_scale
                if text:
                    self.chars[kind_of(key)] = height * items_scale / len(text)
            span = layout.span(f"sec:{name}")
            if span:
                sections[name] = span
                self.overheads[name] = max(0.0, span - sum(heights)) * scale
        self.main_fixed = max(0.0, layout.span("col:main") - sum(
            sections.get(n, 0.0) for n in MAIN_SECTIONS)) * scale
        if layout.span("col:facts"):
            self.facts_fixed = max(0.0, layout.span("col:facts") - sum(
                sections.get(n, 0.0) for n in FACT_SECTIONS)) * scale
        columns = layout.boxes.get("columns")
        brief = layout.boxes.get("brief")
        if columns and brief:
            self.above = (columns[0] - brief[0]) * scale
            self.below = (layout.bottom - columns[1]) * scale
            self.below -= layout.span("made:note") * scale
        self.note = max(self.note, layout.span("made:note") * scale)

    def height(self, view: dict[str, Any], points: float) -> float:
        """The predicted height of ``view`` laid out at ``points``."""
        scale = points / BASE_PT
        items_scale = scale ** TEXT_SCALING
        heights: dict[str, float] = {}
        for name, key_items in section_items(view).items():
            if not key_items:
                continue
            body = sum(self.item_height(key, text) for key, text in key_items)
            heights[name] = body * items_scale + self.overhead(name) * scale
        main = self.main_fixed * scale + sum(heights.get(n, 0.0) for n in MAIN_SECTIONS)
        facts = 0.0
        if any(heights.get(n) for n in FACT_SECTIONS):
            facts = self.facts_fixed * scale + sum(heights.get(n, 0.0) for n in FACT_SECTIONS)
        note = self.note_height(points) if view.get("fit_note") else 0.0
        return (self.above + self.below) * scale + max(main, facts) + note

    def item_height(self, key: str, text: str) -> float:
        if key in self.items:
            return self.items[key]
        per_char = self.chars.get(kind_of(key)) or max(self.chars.values(), default=0.5)
        return per_char * max(len(text), 1)

    def overhead(self, name: str) -> float:
        if name in self.overheads:
            return self.overheads[name]
        return max(self.overheads.values(), default=30.0)

    def note_height(self, points: float) -> float:
        # Two lines of the footer's 0.74rem type at line-height 1.4, unless measured.
        return self.note * points / BASE_PT or 2 * 0.74 * 1.4 * points * PX_PER_PT


def kind_of(key: str) -> str:
    return key.split(":", 1)[0]


def section_items(view: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """Every measurable item of ``view`` as (fit key, shown text), by section."""
    found: dict[str, list[tuple[str, str]]] = {}
    found["points"] = [(p["fit"], p["text"]) for p in view["points"]]
    found["quotes"] = [(q["fit"], q["text"] + q["speaker"]) for q in view["quotes"]]
    found["figures"] = [(f["fit"], f["text"] + f["label"]) for f in view["figures"]]
    found["dates"] = [(d["fit"], d["text"]) for d in view["dates"]]
    found["people"] = [(p["fit"], p["name"] + p["role"]) for p in view["people"]]
    for name in ("places", "organizations"):
        text = ", ".join(e["name"] for e in view[name])
        found[name] = [(f"names:{name}:{len(view[name])}", text)] if text else []
    return found


# --- choosing what goes on the page ------------------------------------------------------


def caps_of(brief: Brief) -> dict[str, int]:
    """How many of each list a full-size page may show (the brief's count, capped)."""
    found = counts(brief)
    have = {"points": found["points"], "figures": found["figures"], "quotes": found["quotes"],
            "names": max(found["people"], found["places"], found["organizations"]),
            "dates": found["dates"]}
    return {name: have[name] if cap is None else min(have[name], cap)
            for name, cap in PAGE_CAPS.items()}


def cut(brief: Brief, keep: dict[str, int]) -> Brief:
    return shorten(brief, keep_points=keep["points"], keep_figures=keep["figures"],
                   keep_quotes=keep["quotes"], keep_names=keep["names"],
                   keep_dates=keep["dates"])


def comfortable(keep: dict[str, int], caps: dict[str, int]) -> bool:
    return all(keep[name] >= min(caps[name], COMFORT[name]) for name in COMFORT)


def fill(
    caps: dict[str, int],
    fits: Any,
    start: dict[str, int] | None = None,
) -> dict[str, int]:
    """Add one more of each list in turn (``FILL_ORDER``) while ``fits(keep)`` holds.

    A list whose next item does not fit stops growing; the others go on, so the
    page fills up instead of stopping at the first item too big for the room left.
    """
    keep = dict(start) if start else {name: 0 for name in caps}
    keep["points"] = max(keep["points"], min(1, caps["points"]))
    grown = True
    # Heights are not monotone in every list (a quote that becomes a key point leaves
    # Voices), so lists that stopped get another chance until nothing changes.
    while grown:
        grown = False
        growing = [name for name in FILL_ORDER if keep[name] < caps[name]]
        while growing:
            for name in list(growing):
                trial = dict(keep, **{name: keep[name] + 1})
                if fits(trial):
                    keep, grown = trial, True
                    if keep[name] >= caps[name]:
                        growing.remove(name)
                else:
                    growing.remove(name)
    return keep


def left_out(brief: Brief, shown: Brief) -> int:
    """How many points and facts of ``brief`` the page does not show."""
    full, kept = counts(brief), counts(shown)
    return sum(full[name] - kept[name] for name in full)


def missing_phrase(brief: Brief, shown: Brief) -> str:
    """'2 lower-ranked points and 5 facts' (empty when nothing is missing)."""
    points = len(brief.points) - len(shown.points)
    facts = left_out(brief, shown) - points
    parts = []
    if points:
        parts.append(f"{points} lower-ranked point{'s' if points != 1 else ''}")
    if facts:
        parts.append(f"{facts} {'lower-ranked ' if not points else ''}"
                     f"fact{'s' if facts != 1 else ''}")
    return " and ".join(parts)


def fit_note(brief: Brief, shown: Brief, keep: dict[str, int], caps: dict[str, int],
             fill_ratio: float) -> str:
    """The footer line saying what the page leaves out, and why."""
    things = missing_phrase(brief, shown)
    if not things:
        return ""
    for_space = any(keep[name] < caps[name] for name in caps)
    if for_space and fill_ratio >= FULL_ENOUGH:
        return f"Trimmed to fit: {things} left out; the JSON brief lists them all."
    if for_space:
        return f"{things[0].upper()}{things[1:]} did not fit in the room left; " \
               "the JSON brief lists them all."
    return f"{things[0].upper()}{things[1:]} not shown; the JSON brief lists them all."


def type_sizes() -> list[float]:
    sizes, size = [BASE_PT], BASE_PT
    while size - TYPE_STEP_PT >= FLOOR_PT - 1e-9:
        size = round(size - TYPE_STEP_PT, 2)
        sizes.append(size)
    return sizes
