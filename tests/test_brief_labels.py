"""A figure's label reaches the page only when it is sure; the guess stays in the JSON."""

from __future__ import annotations

from dataclasses import replace

import pytest

import briefing
from briefing.brief import LABEL_SHOW_AT, figures_with_sure_labels, speaks_for_itself, sure_label
from briefing.models import Figure


@pytest.mark.parametrize("label", ["Belarus's army", "pre-tax profit", "ownership position"])
def test_labels_headed_by_a_common_noun_are_sure(label):
    assert sure_label(label)


@pytest.mark.parametrize("label", ["Clinton", "Davis Cup Finals", "Brazil star Neymar", "U.S", ""])
def test_labels_headed_by_a_name_are_not(label):
    assert not sure_label(label)


def test_an_unsure_label_is_left_off_the_page_and_kept_in_the_held_back_facts():
    figures = [Figure(48e6, "GBP", "=", "48 million pounds", "Eastport", 0),
               Figure(60000, "person", "~", "about 60,000 people", "Belarus's army", 1),
               Figure(312, "cable", "=", "312 steel cables", "Harbour", 2, kind="count",
                      unit_text="steel cables")]
    shown, held = figures_with_sure_labels(figures)
    # money without a sure label says nothing on its own: held back whole; a count that
    # names what it counts is shown without its unsure label
    assert [(f.text, f.label) for f in shown] == [
        ("about 60,000 people", "Belarus's army"), ("312 steel cables", "")]
    assert [(f.text, f.label) for f in held] == [
        ("48 million pounds", "Eastport"), ("312 steel cables", "Harbour")]
    assert all(f.reason.startswith("held back") for f in held)


def test_a_rated_label_is_shown_only_at_the_confidence_threshold():
    sure = Figure(75e6, "GBP", "=", "£75m", "pre-tax profit", 0, kind="currency",
                  label_confidence=LABEL_SHOW_AT, label_evidence="noun of figure: pre-tax profit")
    unsure = replace(sure, label="airline", label_confidence=LABEL_SHOW_AT - 0.1,
                     label_evidence="sentence subject: airline")
    shown, held = figures_with_sure_labels([sure, unsure])
    assert [f.label for f in shown] == ["pre-tax profit"]
    assert [f.label for f in held] == ["airline"]
    assert "sentence subject" in held[0].reason and f"{LABEL_SHOW_AT - 0.1:.2f}" in held[0].reason


@pytest.mark.parametrize(
    ("figure", "alone"),
    [
        (Figure(224, "person", "=", "224 people", "", 0, kind="count", unit_text="people"), True),
        (Figure(31, "years", "=", "31", "", 0, kind="age"), False),
        (Figure(8, "weeks", "=", "eight weeks", "", 0, kind="measure"), False),
        (Figure(5000, "USD", "=", "$5,000", "", 0, kind="currency", unit_text="$"), False),
        (Figure(8, "man", "=", "eight men", "", 0, kind="count", unit_text="men"), False),
        (Figure(23, "carrion", "=", "23 Carrion", "", 0, kind="count", unit_text="Carrion"),
         False),
    ],
)
def test_only_a_count_naming_what_it_counts_speaks_for_itself(figure, alone):
    assert speaks_for_itself(figure) is alone


def test_an_age_is_shown_with_the_name_it_belongs_to():
    brief = briefing.make_brief(
        "Mill reopens\n\nDana Whitcombe, 61, reopened the old mill in Ashby on Monday. "
        "The mill had been closed for eleven years, and its new owners hired 40 workers.")
    shown = {f.text: f.label for f in brief.facts.figures}
    assert shown.get("61") == "age of Dana Whitcombe"
    assert "eleven years" not in shown  # a span with no sure label says nothing on the page


def test_a_brief_never_shows_a_stray_name_as_what_a_figure_measures():
    text = ("Bridge reopens\n\nThe Harbour Bridge in Eastport reopened on Monday after repairs "
            "that cost 48 million pounds, the council said. Engineers replaced 312 steel "
            "cables.")
    brief = briefing.make_brief(text)
    assert brief.facts.figures
    names = {"Harbour Bridge", "Eastport", "Harbour", "Bridge", "Monday"}
    for figure in brief.facts.figures:
        assert figure.label not in names, figure
        assert not figure.label or (figure.label_confidence or 0) >= LABEL_SHOW_AT, figure


def test_the_seed_figure_keeps_its_owner_on_the_page():
    # the same shape as the seed article's fact box line, in sentences written for the test
    brief = briefing.make_brief(
        "Army grows\n\nLorvania's army has about 60,000 people, officials said on Monday. "
        "Earlier this year, Lorvania sent 6 battalion-tactical groups to its border.")
    shown = {f.text: f.label for f in brief.facts.figures}
    assert shown["about 60,000 people"] == "Lorvania's army"
    assert shown["6 battalion-tactical groups"] == "Lorvania"
