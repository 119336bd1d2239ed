"""Labels of figures: the rules that find what a figure measures, and the label score."""

from __future__ import annotations

from briefing.facts.evaluate import concept_heads, label_matches


def test_concept_head_is_the_word_before_a_dropped_preposition():
    sentence = "The city already had a 25% levy on imported bicycles."
    assert concept_heads("levy imported bicycles", sentence) == {"levy", "bicycle"}
    assert label_matches("levy", ("levy imported bicycles",), sentence) == (False, True, False)


def test_concept_head_without_the_sentence_is_the_last_word():
    assert concept_heads("levy imported bicycles") == {"bicycle"}
    assert label_matches("bicycles", ("levy imported bicycles",)) == (False, True, True)


def test_concept_words_that_were_not_dropped_keep_the_last_word_head():
    sentence = "The average monthly rent rose 4% in Leeds."
    # nothing was dropped inside "average monthly rent": its head stays "rent"
    assert concept_heads("average monthly rent", sentence) == {"rent"}
    assert label_matches("monthly", ("average monthly rent",), sentence)[1] is False


def test_a_possessive_concept_keeps_its_owner_apart():
    sentence = "Norway's economy in 2021 grew by 4%."
    assert "economy" in concept_heads("Norway economy 2021", sentence)
    assert label_matches("Norway's economy", ("Norway economy 2021",), sentence)[1]
