"""A poll's share answers its question: the question's "would" is no possibility of the
share (briefing.brief.figure_polls), on made-up sentences."""

from __future__ import annotations

from test_figure_context import _held, _shown


def test_a_poll_share_is_shown_with_its_condition():
    sentence = ("In the Varley poll, 41% of registered voters would be angry if the mayor "
                "won a third term.")
    assert _shown(sentence)["41%"] == (
        "registered voters who would be angry if the mayor won a third term")


def test_a_said_they_answer_keeps_its_verb():
    sentence = "The survey found that 63 percent of nurses said they would quit within a year."
    assert _shown(sentence)["63 percent"] == "nurses who said they would quit within a year"


def test_without_a_poll_the_modal_still_holds():
    sentence = "Analysts think 41% of the shares would be sold if the bid failed."
    assert "41%" not in _shown(sentence)
    assert "possibility" in _held(sentence)["41%"]


def test_a_condition_too_long_to_be_sure_of_is_held():
    sentence = ("In the poll, 41% of registered voters would be angry if the mayor who won "
                "in 2019 after a long and bitter race against the former police chief won again.")
    assert "41%" not in _shown(sentence)


def test_a_hedge_or_a_pointing_word_is_no_sure_label():
    # "may" with no answer verb is the writer's hedge; "him" is someone the label cannot name
    assert "17 percent" not in _shown(
        "In the poll, 17 percent of voters may still be undecided in the race.")
    assert "25 percent" not in _shown(
        "In the poll, 25 percent of voters say they would not support him.")
    assert _shown("In the poll, 25 percent of voters say they might back Dunn.")[
        "25 percent"] == "voters who say they might back Dunn"
