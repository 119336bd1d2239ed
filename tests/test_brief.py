"""The brief stage: bottom line, fact priorities, shortening, JSON shape."""

from __future__ import annotations

import json

from briefing.brief import build, counts, shorten
from briefing.models import (
    Article,
    Document,
    Entity,
    Facts,
    Figure,
    Person,
    Pick,
    Quote,
    Sentence,
    Summary,
)

TEXTS = [
    "The council approved a budget of 40 million euros on Monday.",
    "It was the third vote this year.",
    "Schools get 12 new teachers, the mayor said.",
    "Opponents called the plan rushed.",
    "A park costing 2 million euros was dropped.",
]


def document() -> Document:
    article = Article(paragraphs=[" ".join(TEXTS)], title="Budget passes", language="en")
    sentences, start = [], 0
    for i, text in enumerate(TEXTS):
        sentences.append(Sentence(i, 0, text, start, start + len(text)))
        start += len(text) + 1
    return Document(article, sentences)


def summary() -> Summary:
    ranking = [Pick(2, 0.9), Pick(0, 0.8), Pick(3, 0.5), Pick(4, 0.3), Pick(1, 0.1)]
    picks = sorted(ranking[:3], key=lambda p: p.index)
    return Summary("default", picks, ranking)


def facts() -> Facts:
    return Facts(
        figures=[
            Figure(2e6, "EUR", "=", "2 million euros", "park cost", 4),
            Figure(40e6, "EUR", "=", "40 million euros", "budget", 0),
            Figure(12, "teachers", "=", "12 new teachers", "teachers hired", 2),
        ],
        people=[Person("Ann Ray", "mayor", 1, "", [2]), Person("Bo Lin", "", 3, "", [3])],
        places=[Entity("Eastbrook", "place", 2, "", [0])],
        quotes=[Quote("rushed", "opponents", "called", 3), Quote("good", "mayor", "said", 2)],
    )


def test_bottom_line_is_the_top_ranked_sentence_and_points_keep_document_order():
    brief = build(document(), summary(), facts())
    assert brief.bottom_line == TEXTS[2] and brief.bottom_sentence == 2
    assert [p.sentence for p in brief.points] == [0, 2, 3]
    assert brief.sentences == TEXTS
    assert brief.generator.startswith("newsbrief ")
    assert brief.made_at.tzinfo is not None


def test_facts_from_summary_sentences_come_first_in_rank_order():
    brief = build(document(), summary(), facts())
    # Sentences 2 and 0 are in the summary (ranked 1st and 2nd); sentence 4 is not.
    assert [f.sentence for f in brief.facts.figures] == [2, 0, 4]
    assert [q.sentence for q in brief.facts.quotes] == [2, 3]
    # People: most mentioned first.
    assert [p.name for p in brief.facts.people] == ["Bo Lin", "Ann Ray"]


def test_shorten_keeps_best_items_and_marks_trimmed():
    brief = build(document(), summary(), facts())
    short = shorten(brief, keep_points=1, keep_figures=1, keep_quotes=0)
    assert short.trimmed and not brief.trimmed
    assert [p.text for p in short.points] == [brief.bottom_line]
    assert [f.text for f in short.facts.figures] == ["12 new teachers"]
    assert short.facts.quotes == []
    assert short.facts.people == brief.facts.people  # None keeps a list whole
    assert counts(short)["points"] == 1


def test_shorten_without_losses_is_not_trimmed():
    brief = build(document(), summary(), facts())
    same = shorten(brief, keep_points=10, keep_figures=10)
    assert not same.trimmed
    assert same.points == brief.points


def test_shorten_keeps_document_order_of_the_best_points():
    brief = build(document(), summary(), facts())
    two = shorten(brief, keep_points=2)
    assert [p.sentence for p in two.points] == [0, 2]


def test_json_carries_sentence_indexes_and_stable_keys():
    brief = build(document(), summary(), facts())
    data = json.loads(json.dumps(brief.to_dict()))
    assert list(data) == ["article", "bottom_line", "points", "facts", "method", "made_at",
                          "generator", "bottom_sentence", "sentences", "trimmed", "notes",
                          "held_back"]
    assert data["sentences"][data["bottom_sentence"]] == data["bottom_line"]
    for figure in data["facts"]["figures"]:
        assert data["sentences"][figure["sentence"]].find(figure["text"]) >= 0
    for quote in data["facts"]["quotes"]:
        assert isinstance(quote["sentence"], int)


def test_empty_summary_gives_empty_bottom_line():
    brief = build(document(), Summary("default", [], []), Facts())
    assert brief.bottom_line == "" and brief.points == []
    assert brief.bottom_sentence is None
