"""Figures that disagree across the outlets of one merged story.

Two outlets reporting "unemployment rose to 3%" and "unemployment rose to 4.5%" cannot
both be right, and an analyst must see that before quoting either. A disagreement is the
same label (what the figure measures, case ignored), the same unit and the same kind of
change, with different values in different items. To stay precise, an item that gives
several values for one label (a range, a before-and-after) says nothing about it: its
figure is ambiguous, not conflicting.
"""

from __future__ import annotations

from collections import defaultdict

from briefing.brief import sure_label
from briefing.digest.items import Item, Story
from briefing.models import Figure

MAX_CONFLICTS = 3  # per story: a longer list is noise in a one-screen card


def figure_key(figure: Figure) -> tuple[str, str, str] | None:
    label = " ".join(figure.label.casefold().split())
    if not label or figure.high is not None:  # ranges are not single claims
        return None
    return label, figure.unit, figure.change


def single_values(item: Item) -> dict[tuple[str, str, str], Figure]:
    """The item's figures by key, leaving out keys it gives more than one value for."""
    if item.brief is None:
        return {}
    found: dict[tuple[str, str, str], list[Figure]] = defaultdict(list)
    for figure in with_guessed_labels(item):
        key = figure_key(figure)
        if key is not None:
            found[key].append(figure)
    return {key: figures[0] for key, figures in found.items()
            if len({f.value for f in figures}) == 1}


def with_guessed_labels(item: Item) -> list[Figure]:
    """The item's shown figures, each with the label the facts stage guessed even where
    the brief left an unsure one off the page (it is still a fair key for matching the
    same figure across outlets, which read it with the same rules)."""
    assert item.brief is not None
    guessed = {(f.sentence, f.text): f for f in item.brief.held_back.figures}
    return [guessed.get((f.sentence, f.text), f) for f in item.brief.facts.figures]


def figure_conflicts(story: Story) -> list[str]:
    """One line per disagreeing figure: ``Sales: 12% (Eastport) / 15% (Gazette)``."""
    claims: dict[tuple[str, str, str], dict[float, tuple[str, str]]] = defaultdict(dict)
    labels: dict[tuple[str, str, str], str] = {}
    for item in story.items:
        outlet = item.source_name or item.link or item.item_id
        for key, figure in single_values(item).items():
            claims[key].setdefault(figure.value, (figure.text, outlet))
            labels.setdefault(key, " ".join(figure.label.split()))
    lines = []
    for key, by_value in claims.items():
        outlets = {outlet for _, outlet in by_value.values()}
        if len(by_value) < 2 or len(outlets) < 2:
            continue
        shown = " / ".join(f"{text} ({outlet})" for text, outlet in by_value.values())
        lines.append(f"{labels[key]}: {shown}" if sure_label(labels[key]) else shown)
    return lines[:MAX_CONFLICTS]
