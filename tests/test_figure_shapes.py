"""The third reading of a fact-box line (briefing.figure_shapes), on made-up sentences:
each figure is shown in a plain sentence and held back in the shape, with its reason."""

from __future__ import annotations

import pytest

from briefing.brief import figures_with_sure_labels
from briefing.facts.figures import extract_figures, figures_in_sentence


def _shown(sentence: str) -> dict[str, str]:
    shown, _held = figures_with_sure_labels(figures_in_sentence(sentence), [sentence])
    return {f.text: f.label for f in shown}


def _held(sentence: str) -> dict[str, str]:
    _shown_, held = figures_with_sure_labels(figures_in_sentence(sentence), [sentence])
    return {f.text: f.reason for f in held}


@pytest.mark.parametrize(("plain", "shape", "text"), [
    # a change noun alone
    ("Sales at Corvo rose 12% last year.",
     "Corvo will sell 40 million units, an increase of 12%.", "12%"),
    # the level before a move
    ("Turnover at Velmar was $3.9bn.",
     "Turnover at Velmar rose 9% to $4.2bn, from $3.9bn a year earlier.", "$3.9bn"),
    # an idiom's noun
    ("The council faces a deficit of £3 billion next year.",
     "There is a shadow over the budget in the shape of £3 billion.", "£3 billion"),
    # the label inside a longer subject
    ("Sales at Pellow were up 8.2%, the firm said.",
     "Total sales across both its shops and online arm were up 8.2%, the firm said.", "8.2%"),
])
def test_held_back_in_the_shape_but_shown_plain(plain, shape, text):
    assert text in _shown(plain)
    assert text not in _shown(shape)
    assert _held(shape)[text].startswith("held back:")


@pytest.mark.parametrize(("sentence", "text"), [
    ("Sales grew strongly during the five-month period.", "five-month"),
    ("Morlan now needs 55 percent of the remaining votes to reach 1,400.", "1,400"),
    ("The rally led to the protests that ended in two nights of rioting.", "two nights"),
    ("Brindle (2-5): Sam Ortley 12 points.", "2-5"),
    ("Kettle Bowls: 2 Green, 1 Red, 1 Blue.", "2 Green"),
    ("The firm took a stake in the Pando cosmetics company in a deal worth $300 million.",
     "$300 million"),
])
def test_a_line_that_says_nothing_or_misleads_is_held_back(sentence, text):
    assert text not in _shown(sentence)


def test_a_stretch_of_time_that_says_what_of_is_shown():
    assert "two-month" in _shown("The league proposes a two-month period of home matches.")


def test_an_opening_word_is_no_part_of_the_owner():
    shown = _shown("Despite Harlow's four missed kicks, the coach kept him in the side.")
    assert shown.get("four missed kicks") == "Harlow"


def test_people_related_to_the_owner_are_no_fact_of_his():
    assert "two Senate colleagues" not in _shown(
        "Those most keen to attack him were Dorran's two Senate colleagues.")


def test_a_finished_passive_expectation_does_not_mark_a_later_figure():
    (figure,) = extract_figures(
        "The sale has been widely expected and the firm will pay $52 for each Tamsin share.")
    assert not figure.label.startswith("expected")
    (cued,) = extract_figures("The firm is expected to pay $52 for each Tamsin share.")
    assert cued.label.startswith("expected")
