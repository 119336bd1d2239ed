"""More shapes of a misleading fact-box line (briefing.brief.figure_context), on made-up
sentences: each figure is shown in a plain sentence and held back in the shape."""

from __future__ import annotations

import pytest

from briefing.brief import figures_with_sure_labels
from briefing.facts.figures import figures_in_sentence


def _shown(sentence: str) -> dict[str, str]:
    shown, _held = figures_with_sure_labels(figures_in_sentence(sentence), [sentence])
    return {f.text: f.label for f in shown}


def _held(sentence: str) -> dict[str, str]:
    _shown_, held = figures_with_sure_labels(figures_in_sentence(sentence), [sentence])
    return {f.text: f.reason for f in held}


@pytest.mark.parametrize(("plain", "shape", "text"), [
    ("The club has spent £90m on players since 2019.",
     "Has the club spent £90m on players since 2019?", "£90m"),
    ("The senator imposed a 20 percent tax on imports.",
     "The senator vowed to impose a 20 percent tax on imports.", "20 percent"),
    ("The firm paid a $40m fine after the inquiry.",
     "Corvex, the country's other big lender, paid a $40m fine after the inquiry.", "$40m"),
])
def test_a_figure_is_held_back_in_the_shape_but_shown_plain(plain, shape, text):
    assert text in _shown(plain)
    assert text not in _shown(shape)
    assert _held(shape)[text].startswith("held back:")


def test_a_result_compared_with_an_expectation_is_still_shown():
    shown = _shown("The economy grew more than expected, expanding at an annual rate of 3.1%.")
    assert "3.1%" in shown


def test_a_question_in_quoted_words_does_not_hold_back_the_narrative_figure():
    sentence = "Mrs Tolland, 41, heard the boy ask: 'Why is she so tall?'"
    assert _shown(sentence).get("41") == "age of Mrs Tolland"


@pytest.mark.parametrize(("sentence", "text"), [
    ("The governor is 6-foot-2 and rarely stoops.", "6-foot"),  # a cut value
    ("Nine-Lives hopes the new players will win.", "Nine-Lives"),  # a team's name
    ("One in eight pupils now walk to school.", "One in eight"),  # a share with no verb
    ("The party's support level was below 40 percent for the first time.", "40 percent"),
    ("The side are four points above the relegation zone.", "four points"),
    ("The poll is based on a survey of 2,000 people conducted by Pollco.", "2,000 people"),
    ("Skyway, which is 30% owned by the state, reported a loss.", "30%"),
])
def test_a_line_that_would_mislead_is_held_back(sentence, text):
    assert text not in _shown(sentence)


def test_a_clause_verb_gives_no_gloss():
    # "emerged" is the clause's verb, not what happened to the people
    assert "more than 5,000 people" not in _shown("It emerged more than 5,000 people were waiting.")


def test_a_caption_run_on_gives_no_gloss():
    shown = _shown("Old clocks which are being sold Dozens of clocks are in the sale.")
    assert "sold" not in shown.get("Dozens of clocks", "")  # not "sold by Old clocks"


@pytest.mark.parametrize(("sentence", "text", "label"), [
    ("Zentro has agreed to pay a total of $9.5m to settle the case.", "$9.5m",
     "Zentro has agreed to pay"),
    ("The carmaker, Zentro, is spending $40m over three years.", "$40m", "Zentro is spending"),
])
def test_money_with_its_named_payer_is_shown_with_the_payer(sentence, text, label):
    assert _shown(sentence).get(text) == label


@pytest.mark.parametrize(("sentence", "text"), [
    ("The judge ordered Zentro to pay back $9.5m.", "$9.5m"),  # the judge does not pay
    ("Motors of the Zentro group is to pay $9.5m.", "$9.5m"),  # a name inside the payer's
])
def test_money_whose_payer_the_line_would_misname_is_held_back(sentence, text):
    assert not _shown(sentence).get(text, "").startswith(("judge", "Zentro"))


def test_a_named_possessor_labels_a_count():
    assert _shown("Zentro's 300 million users saw the change.").get("300 million users") == (
        "Zentro")


def test_a_relative_clause_owner_inside_another_phrase_is_held_back():
    assert "nearly 2,000 people" not in _shown(
        "She held a rally in Millbrook that drew nearly 2,000 people.")
    assert _shown("The course, which cost £150, was full.").get("£150") == "course"
    assert _shown("The pier reopened after two years of repairs that cost 9 million pounds.").get(
        "9 million pounds") == "repairs"
