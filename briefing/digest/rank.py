"""Ordering stories by news value.

score = 3 x (outlets covering the story - 1)   a story many outlets carry matters more
      + 2 x freshness                          1 at the end of the window, 0 at its start,
                                               0.5 when the time is unknown
      + the best source priority (config, -10 to 10)
      + 2 when the story matches a watch rule

How many figures and quotes a story has says little about its news value (junk figures
would push gossip up), so that "richness" only breaks ties, then recency, then the title,
so the order is stable from run to run. Each story keeps the reason for its score.
"""

from __future__ import annotations

from datetime import datetime

from briefing.digest.items import Item, Story

OUTLET_WEIGHT = 3.0
FRESHNESS_WEIGHT = 2.0
WATCH_BONUS = 2.0


def freshness(item: Item, since: datetime, until: datetime) -> float:
    if item.published is None:
        return 0.5
    span = (until - since).total_seconds() or 1.0
    return min(1.0, max(0.0, (item.published - since).total_seconds() / span))


def richness(item: Item) -> int:
    if item.brief is None:
        return 0
    facts = item.brief.facts
    return min(len(facts.figures) + len(facts.quotes), 5)


def outlets(story: Story) -> int:
    return len({i.source_name or i.url or i.item_id for i in story.items})


def score(story: Story, since: datetime, until: datetime) -> tuple[float, str]:
    """The story's score and a short account of it."""
    count = outlets(story)
    fresh = max(freshness(i, since, until) for i in story.items)
    priority = max(i.priority for i in story.items)
    watched = WATCH_BONUS if story.watch_hits else 0.0
    parts = [f"{count} outlet{'s' if count != 1 else ''}", f"freshness {fresh:.2f}"]
    if priority:
        parts.append(f"priority {priority:+d}")
    if story.watch_hits:
        parts.append("watch: " + ", ".join(story.watch_hits))
    total = OUTLET_WEIGHT * (count - 1) + FRESHNESS_WEIGHT * fresh + priority + watched
    return total, "; ".join(parts)


def rank(stories: list[Story], since: datetime, until: datetime) -> list[Story]:
    for story in stories:
        total, story.reason = score(story, since, until)
        story.score = round(total, 4)

    def order(story: Story) -> tuple:
        newest = max((i.published.timestamp() for i in story.items if i.published), default=0)
        return (-story.score, -richness(story.lead), -newest, story.lead.title.casefold(),
                story.lead.item_id)

    return sorted(stories, key=order)
