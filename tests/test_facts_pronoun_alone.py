"""A he/she after a quote is sure when no one else it could mean is named nearby."""

from test_facts_article import make_doc

from briefing.facts.entities import find_entities
from briefing.facts.quotes import extract_quotes


def quotes(paragraphs):
    doc = make_doc(paragraphs)
    return [(q.speaker, q.confidence) for q in extract_quotes(doc, find_entities(doc))]


def test_a_pronoun_with_nobody_else_in_reach_is_shown():
    found = quotes([
        "Sheriff Dan Cole met the families of the missing climbers on Monday.",
        '"We will find out what happened on that mountain," he said. "We owe them that."',
    ])
    assert found == [("Dan Cole", 0.9), ("Dan Cole", 0.9)]


def test_another_man_named_nearby_keeps_the_pronoun_held_back():
    found = quotes([
        "Sheriff Dan Cole met the families on Monday, and the ranger Tom Reed joined "
        "him later at the lodge.",
        "Cole spoke first to reporters outside.",
        '"We will find out what happened on that mountain," he said.',
    ])
    assert found and all(confidence < 0.9 for _speaker, confidence in found)


def test_a_woman_named_nearby_is_no_rival_for_he():
    found = quotes([
        "Sheriff Dan Cole met Mrs Ann Pike, whose son is missing, on Monday.",
        '"We will find out what happened on that mountain," he said.',
    ])
    assert found == [("Dan Cole", 0.9)]
