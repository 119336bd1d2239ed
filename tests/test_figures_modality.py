"""A figure someone expected says so, and a number that names a model is not shown as a
count (sentences written for these tests)."""

from __future__ import annotations

import pytest

from briefing.facts.figures.extract import figures_in_sentence


def labels(sentence: str) -> dict[str, str]:
    return {figure.text: figure.label for figure in figures_in_sentence(sentence)}


def test_an_expected_figure_is_labelled_expected():
    found = labels("Analysts polled by the bank were expecting revenue of $4.1 billion.")
    assert found["$4.1 billion"] == "expected revenue"


def test_a_result_compared_with_expectations_is_the_result():
    found = labels("Harbour Holdings' revenue rose more than expected to $4.3 billion.")
    assert not found["$4.3 billion"].startswith("expected")


def test_the_expecting_side_is_not_the_label_of_what_it_expected():
    found = labels("Net profit was $2.8bn, below the $3bn analysts had forecast.")
    assert found["$3bn"] == "expected"
    assert not found["$2.8bn"].startswith("expected")


def test_an_expectation_ends_at_its_clause():
    found = labels("Traders had expected a loss, but the ferry firm made a profit of $2m.")
    assert not found["$2m"].startswith("expected")


def test_an_estimated_amount_is_an_approximation_not_an_expectation():
    found = labels("An estimated 60,000 people marched through the harbour town.")
    assert not any(label.startswith("expected") for label in found.values())


@pytest.mark.parametrize("sentence", [
    "The navy ordered 30 F-35 fighters for its new carrier.",
    "The airline ordered Airbus A350-900 jets for long routes.",
])
def test_a_model_name_holds_no_figure(sentence):
    assert figures_in_sentence(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The airline has struggled with its 777 program this year.",
    "The grounding of the 737 Max jet hurt the harbour airline.",
])
def test_a_number_before_a_singular_noun_is_not_shown_as_a_count(sentence):
    from briefing.brief import speaks_for_itself

    (figure,) = figures_in_sentence(sentence)
    assert not speaks_for_itself(figure)


@pytest.mark.parametrize(("sentence", "text"), [
    ("The farm lost 200 sheep in the storm.", "200 sheep"),
    ("The council hired 300 Chinese engineers.", "300 Chinese engineers"),
])
def test_real_counts_speak_for_themselves(sentence, text):
    from briefing.brief import speaks_for_itself

    figure = next(f for f in figures_in_sentence(sentence) if f.text == text)
    assert speaks_for_itself(figure)
