"""Numbers inside compounds, proportions, scores and ranks are read for what they are.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from briefing.facts.figures import figures_in_sentence


def one(sentence: str):
    found = figures_in_sentence(sentence)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The nursery in Millbrook now takes two-year-olds as well as older children.",
        "The couple stayed in a five-star hotel by the lake.",
        "The mother-of-six from Ashby was cleared by the court.",
        "Grandfather-of-two Tom Reeve opened the new library.",
        "Ellis wants a top-six finish for the club this season.",
        "Marsh will wear the number two shirt next season.",
        "There are no two rivers in the county as wide as the Ouse.",
        "The mall promised shoppers a one-stop answer to every errand.",
        "Voters face a three-way race for the seat in Fernley.",
        "Critics warn of a two-tier service for rural patients.",
    ],
)
def test_compounds_and_ranks_are_not_amounts(sentence):
    assert figures_in_sentence(sentence) == []


def test_an_age_compound_before_a_noun_is_the_age_of_that_noun():
    figure = one("A 10-year-old boy was rescued from the river.")
    assert (figure.value, figure.unit, figure.kind, figure.label) == (10, "years", "age", "boy")


def test_a_hyphened_count_labels_the_noun_it_modifies():
    figure = one("The defender was given a three-match ban by the league.")
    assert (figure.value, figure.kind, figure.label) == (3, "count", "ban")
    assert figure.label_evidence.startswith("compound")


def test_strong_counts_the_members_of_what_follows():
    figure = one("The 6,000-strong workforce voted to strike.")
    assert (figure.value, figure.unit, figure.label) == (6000, "member", "workforce")


@pytest.mark.parametrize(
    ("sentence", "value", "label"),
    [
        ("Almost two in three voters backed the new bypass.", 2 / 3, "voters"),
        ("Three out of four tenants said rents were too high.", 0.75, "tenants"),
    ],
)
def test_n_in_m_is_a_proportion_of_the_noun_that_follows(sentence, value, label):
    figure = one(sentence)
    assert figure.unit == "fraction" and figure.kind == "fraction"
    assert figure.value == pytest.approx(value, abs=1e-6)
    assert figure.label == label


def test_n_in_m_units_of_time_is_not_a_proportion():
    units = [f.unit for f in figures_in_sentence("She scored two in three minutes.")]
    assert "fraction" not in units


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Ortiz won 6-3 6-4 to reach the final.",
        "Harwick beat Dunmore 2-1 at home.",
    ],
)
def test_match_results_are_not_quantities(sentence):
    assert all(f.kind == "score" for f in figures_in_sentence(sentence))


def test_a_lead_in_points_is_a_score():
    found = figures_in_sentence("Redvale are third in the league, two points behind the leaders.")
    assert [f.kind for f in found] == ["score"]


def test_trailing_the_leaders_by_points_in_a_league_is_a_score():
    figure = one("Redvale sit fourth in the league, trailing the champions by 11 points.")
    assert figure.kind == "score"


@pytest.mark.parametrize(
    "sentence",
    [
        "A new survey found Okafor leading Brandt by nine points among older voters.",
        "Okafor trails the incumbent by six points in the northern counties.",
    ],
)
def test_a_poll_lead_by_points_stays_a_figure(sentence):
    assert one(sentence).kind != "score"


def test_a_race_distance_is_metres_not_millions():
    figure = one("Ortiz finished third in the 400m and set a personal best.")
    assert (figure.value, figure.unit) == (400, "m")


def test_half_a_trillion_is_one_amount():
    figure = one("The deficit will stay close to half a trillion dollars.")
    assert (figure.value, figure.unit) == (5e11, "USD")
    assert figure.text == "close to half a trillion dollars"


def test_a_year_earlier_is_a_comparison_not_a_yearly_rate():
    found = figures_in_sentence("The bakery made £2.1m, compared with £1.8m a year earlier.")
    assert [f.unit for f in found] == ["GBP", "GBP"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her first three 2002 marriages ended in divorce.",
        "Most of the 1997 intake and afterwards stayed on.",
        "He ran in the 2016 presidential race twice.",
    ],
)
def test_a_year_before_a_noun_phrase_is_a_year(sentence):
    assert all(f.value < 1900 for f in figures_in_sentence(sentence))


def test_a_table_row_is_not_a_counted_noun():
    found = figures_in_sentence("Career: Matches: 88 Highest score: 140 Runs: 5120")
    assert [(f.value, f.unit) for f in found] == [(88, ""), (140, ""), (5120, "")]


def test_a_two_digit_year_after_an_apostrophe_is_not_a_figure():
    assert figures_in_sentence("Debut: Leeds, May 2, '98 Final game: Hull, Sep 9, '07") == []


def test_a_decimal_in_words_is_read_whole():
    figure = one("Volume sales fell by only one point three per cent last year.")
    assert (figure.value, figure.unit) == (1.3, "%")


def test_a_rate_then_a_dash_then_a_total_are_two_figures():
    found = figures_in_sentence("Couples need £2,100 a year – £17,800 in total.")
    assert [(f.value, f.high, f.unit) for f in found] == [
        (2100, None, "GBP per year"), (17800, None, "GBP")]


def test_a_suspended_hyphen_before_an_age_class_is_not_a_figure():
    assert figures_in_sentence("Places for three- and four-year-olds will rise.") == []


def test_a_distance_before_indoors_is_metres():
    figure = one("She hopes to run well over 60m indoors this winter.")
    assert (figure.value, figure.unit) == (60, "m")


def test_a_change_in_its_things_names_the_owner_opening_the_sentence():
    found = figures_in_sentence(
        "Plumly added two million users last year, leading to a 12% rise in its sales.")
    assert [f.label for f in found if f.text == "12%"] == ["rise in Plumly's sales"]
    assert one("It posted a 4% rise in its sales.").label == "rise in sales"
