"""A figure's label reaches the page only when it is sure; the guess stays in the JSON."""

from __future__ import annotations

import pytest

import briefing
from briefing.brief import figures_with_sure_labels, sure_label
from briefing.models import Figure


@pytest.mark.parametrize("label", ["Belarus's army", "pre-tax profit", "ownership position"])
def test_labels_headed_by_a_common_noun_are_sure(label):
    assert sure_label(label)


@pytest.mark.parametrize("label", ["Clinton", "Davis Cup Finals", "Brazil star Neymar", "U.S", ""])
def test_labels_headed_by_a_name_are_not(label):
    assert not sure_label(label)


def test_an_unsure_label_is_left_off_the_page_and_kept_in_the_held_back_facts():
    figures = [Figure(48e6, "GBP", "=", "48 million pounds", "Eastport", 0),
               Figure(60000, "person", "~", "about 60,000 people", "Belarus's army", 1)]
    shown, held = figures_with_sure_labels(figures)
    assert [(f.text, f.label) for f in shown] == [
        ("48 million pounds", ""), ("about 60,000 people", "Belarus's army")]
    assert [(f.text, f.label) for f in held] == [("48 million pounds", "Eastport")]


def test_a_brief_never_shows_a_name_as_what_a_figure_measures():
    text = ("Bridge reopens\n\nThe Harbour Bridge in Eastport reopened on Monday after repairs "
            "that cost 48 million pounds, the council said. Engineers replaced 312 steel "
            "cables.")
    brief = briefing.make_brief(text)
    assert brief.facts.figures
    for figure in brief.facts.figures:
        assert not figure.label or sure_label(figure.label), figure
