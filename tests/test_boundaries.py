"""Sentence boundaries of the kinds the Golden Rules test (our own sentences)."""

import pytest

from briefing.models import Article
from briefing.segment import segment, split_sentences

CASES = [
    # an abbreviation before a word that starts a sentence ends it
    ("Her family moved to the U.K. Why they left is unclear.",
     ["Her family moved to the U.K.", "Why they left is unclear."]),
    ("The flight lands at 7 P.M. The crew then rests.",
     ["The flight lands at 7 P.M.", "The crew then rests."]),
    # ... but not before a name or a noun
    ("The U.S. Navy sent two ships.", ["The U.S. Navy sent two ships."]),
    ("Trains leave at 6 a.m. Mr. Okafor drives the first one.",
     ["Trains leave at 6 a.m. Mr. Okafor drives the first one."]),
    # single-quoted speech followed by its cue
    ("He looked at the map, 'We are lost.' he admitted.",
     ["He looked at the map, 'We are lost.' he admitted."]),
    # a sentence inside brackets does not end the outer one
    ("She runs the bakery (She bought it in 2019.) on the corner.",
     ["She runs the bakery (She bought it in 2019.) on the corner."]),
    # one-line lists: each item is a sentence, markers stay with their item
    ("1) Check the tide 2) Pack the boat", ["1) Check the tide", "2) Pack the boat"]),
    ("1. Sand the hull. 2. Paint it.", ["1. Sand the hull.", "2. Paint it."]),
    ("a. rope b. oars c. a lamp", ["a. rope", "b. oars", "c. a lamp"]),
    ("• 4. Tie the knot • 5. Cast off", ["• 4. Tie the knot", "• 5. Cast off"]),
    # ellipses
    ("We waited.... Nobody came.", ["We waited....", "Nobody came."]),
    ("It was . . . well, strange . . . I cannot say more.",
     ["It was . . . well, strange . . . I cannot say more."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_golden_rule_kinds(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_the_quote_rule_still_joins_a_multi_sentence_quote_with_its_cue() -> None:
    text = '"The pier is safe. We will reopen it on Monday," the harbour master said.'
    assert split_sentences(text) == [text]


def test_a_repeated_sentence_is_indexed_once() -> None:
    line = "The ferry will run every hour from Monday."
    article = Article(paragraphs=[line, "Tickets cost less at weekends.", line])
    texts = segment(article).sentence_texts()
    assert texts.count(line) == 1
    assert texts == [line, "Tickets cost less at weekends."]
