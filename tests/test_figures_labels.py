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


def _only(text):
    from briefing.facts.figures import figures_in_sentence

    found = figures_in_sentence(text)
    assert len(found) == 1, found
    return found[0]


def test_subject_after_a_reporting_verb_with_no_noun_before_it():
    figure = _only("In her statement, she said Brannock has 40 shops across the region.")
    assert figure.label == "Brannock"
    assert figure.label_evidence.startswith("subject of its verb")


def test_a_heading_noun_right_before_its_figure_is_the_label():
    figure = _only("floor space ≈ 120m2.")
    assert (figure.label, figure.label_evidence) == ("floor space", "noun before: floor space")
    assert figure.label_confidence < 0.75  # not shown on the page by this rule alone


def test_a_plural_noun_and_its_verb_are_not_a_heading():
    figure = _only("Rents range from $900 to $1,200.")
    assert "range" not in figure.label


def test_a_clause_after_a_relative_word_is_not_a_heading():
    figure = _only("It rests on a ridge that extends 40 kilometres south.")
    assert figure.label != "extends"


def _all(text):
    from briefing.facts.figures import figures_in_sentence

    return figures_in_sentence(text)


def test_a_second_figure_joined_by_and_measures_the_same_thing():
    first, second = _all("The lead level was 4 ppb and 6 ppb.")
    assert first.label == "lead level"
    assert second.label == "lead level"
    assert second.label_evidence.startswith("coordinated")
    assert second.label_confidence == first.label_confidence


def test_figures_with_other_units_do_not_share_a_label_by_and():
    first, second = _all("The tank holds 40 litres and weighs 12 kg.")
    assert not second.label_evidence.startswith("coordinated")


def test_a_move_verb_marks_the_subject_before_it():
    figures = _all("Output rose 4% but exports decrease by 2%.")
    assert figures[-1].label == "exports"


def test_the_unit_of_another_figure_is_not_a_subject():
    figures = _all("The Voltra 15 inch is priced at $1,400.")
    price = [f for f in figures if f.unit == "USD"][0]
    assert price.label != "inch"
    assert price.label == "Voltra"


def test_a_modified_noun_ends_before_its_verb():
    figure = _only("The phone's 6.5-inch screen remains the best in its class.")
    assert figure.label == "screen"
    figure = _only("Staff won a 4% pay rise this spring.")
    assert figure.label == "pay rise"
