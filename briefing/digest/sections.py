"""Sections of an edition: stories grouped under headings, in config order.

A ``[[sections]]`` table has a title, ``include``/``exclude`` rules written as in
``[filters]`` (see ``filters.py``) and an optional ``max_items``. A story goes into the
first section it matches (no exclude rule hits, and an include rule hits when there are
any); stories matching none go into a last "Other stories" section unless
``[digest] other_section = false``, in which case they are left out with that reason.
Within a section stories keep their rank order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.digest.filters import Rule, story_hits
from briefing.digest.items import Story

OTHER_TITLE = "Other stories"


@dataclass
class Section:
    title: str
    include: list[Rule] = field(default_factory=list)
    exclude: list[Rule] = field(default_factory=list)
    max_items: int | None = None  # None: no limit of its own


def section_matches(section: Section, story: Story) -> bool:
    if story_hits(section.exclude, story):
        return False
    return not section.include or bool(story_hits(section.include, story))


def assign_sections(
    ranked: list[Story], sections: list[Section], other_section: bool = True
) -> tuple[list[Story], list[tuple[Story, str]]]:
    """Stories in section order, each with ``story.section`` set, and the stories left
    out with why (a full section, or no section and no "Other stories")."""
    if not sections:
        return ranked, []
    groups: dict[str, list[Story]] = {s.title: [] for s in sections}
    groups.setdefault(OTHER_TITLE, [])
    limits = {s.title: s.max_items for s in sections}
    dropped: list[tuple[Story, str]] = []
    for story in ranked:
        home = next((s.title for s in sections if section_matches(s, story)), None)
        if home is None and not other_section:
            dropped.append((story, "matches no section"))
            continue
        home = home or OTHER_TITLE
        limit = limits.get(home)
        if limit is not None and len(groups[home]) >= limit:
            dropped.append((story, f"section {home!r} is full ({limit} stories)"))
            continue
        story.section = home
        groups[home].append(story)
    return [story for group in groups.values() for story in group], dropped
