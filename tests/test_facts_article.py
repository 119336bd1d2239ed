"""A fictional article exercising the whole fact box, shared by the test_facts_* files."""

from __future__ import annotations

from datetime import datetime

from briefing.facts import extract
from briefing.models import Article, Document
from briefing.segment import segment

# Written for these tests; the people and events are invented.
PARAGRAPHS = [
    "Polish Foreign Minister Anna Kowalczyk said on Tuesday that Poland would reopen two border "
    "crossings with Belarus by 1 June 2024.",
    "Kowalczyk, who has served in the government since 2019, made the announcement in Warsaw "
    "after talks with Lithuanian President Tomas Ramanauskas in Vilnius last week.",
    "“We cannot keep our neighbours waiting forever,” Kowalczyk told reporters. “Trade has "
    "suffered for too long, and families have been split.”",
    'Ramanauskas agreed. "This is a step towards normal life on the frontier," he said.',
    '"The crossings were closed two years ago for security reasons, and the risks have not '
    'vanished," said Peter Lindqvist, a senior analyst at the Nordic Institute of Security.',
    'He called the plan "Operation Open Door" and added: "Warsaw will have to watch the border '
    'very closely."',
    '"Nobody in Brussels wants another crisis at the EU\'s eastern edge. NATO is watching too."',
    "The European Commission and the Ministry of Interior in Vilnius declined to comment. "
    "Reuters reported on Sunday that trucks had queued near the crossing.",
    'One trucker said the wait was "terrible. Another driver, Jan Nowak, said: "I slept in my '
    'cab for three nights in a row."',
    '"Our first task is to make the crossings safe for everyone who uses them every day.',
    '"Our second task is to keep the queues short," Kowalczyk wrote in a statement.',
]
PUBLISHED = datetime(2024, 5, 16, 9, 30)  # a Thursday


def make_doc(
    paragraphs: list[str] | None = None, published: datetime | None = PUBLISHED
) -> Document:
    return segment(
        Article(paragraphs=paragraphs or PARAGRAPHS, title="Border", published=published)
    )


def test_fact_box_holds_every_section():
    facts = extract(make_doc())
    assert facts.dates and facts.people and facts.places and facts.organizations and facts.quotes
    data = facts.to_dict()
    assert set(data) == {"figures", "dates", "people", "places", "organizations", "quotes"}


def test_every_fact_points_at_a_real_sentence():
    doc = make_doc()
    facts = extract(doc)
    count = len(doc.sentences)
    assert all(0 <= d.sentence < count for d in facts.dates)
    assert all(0 <= q.sentence < count for q in facts.quotes)
    for entity in [*facts.people, *facts.places, *facts.organizations]:
        assert entity.sentences and all(0 <= s < count for s in entity.sentences)
        assert entity.rule
