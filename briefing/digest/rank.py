"""Ordering stories: most widely reported first, then the freshest, then the richest.

score = 3 x (number of other sources) + 2 x freshness (1 at the end of the window,
0 at its start, 0.5 when the time is unknown) + 0.2 x min(figures + quotes, 5).
Ties are broken by title so the order is stable from run to run.
"""

from __future__ import annotations

from datetime import datetime

from briefing.digest.items import Item, Story


def freshness(item: Item, since: datetime, until: datetime) -> float:
    if item.published is None:
        return 0.5
    span = (until - since).total_seconds() or 1.0
    return min(1.0, max(0.0, (item.published - since).total_seconds() / span))


def richness(item: Item) -> float:
    if item.brief is None:
        return 0.0
    facts = item.brief.facts
    return min(len(facts.figures) + len(facts.quotes), 5) * 0.2


def score(story: Story, since: datetime, until: datetime) -> float:
    sources = {i.source_name or i.url for i in story.items}
    fresh = max(freshness(i, since, until) for i in story.items)
    return 3 * (len(sources) - 1) + 2 * fresh + richness(story.lead)


def rank(stories: list[Story], since: datetime, until: datetime) -> list[Story]:
    for story in stories:
        story.score = round(score(story, since, until), 4)
    return sorted(stories, key=lambda s: (-s.score, s.lead.title.casefold(), s.lead.item_id))
