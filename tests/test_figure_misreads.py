"""Fact-box lines that would say what their sentence does not (briefing.brief.figure_misreads), on
made-up sentences: each figure is shown in a plain sentence and held back in the shape."""

from __future__ import annotations

import pytest
from test_figure_context import _held, _shown


@pytest.mark.parametrize(("plain", "shape", "text"), [
    # a negated clause
    ("Orlan earned a six-figure salary at the bank.",
     "Orlan never earned a six-figure salary, but saved every month.", "six-figure"),
    ("The lamp costs $140 in most shops.", "The lamp is not cheap at $140, but well made.",
     "$140"),
    # the level a change came from, named by its noun
    ("The firm made a profit of $133m a year ago.",
     "The firm earned $10m, down from a profit of $133m a year ago.", "$133m"),
    # a name cut at its initial
    ("The plan was drafted by 26-year-old editor Tam Evans.",
     "The plan was drafted by 26-year-old editor T. Evans.", "26-year-old"),
    # a house number after a street name
    ("Keld Marrow, 15, won the prize.", "Keld showroom, corso Marrow, 15, Milan", "15"),
    # a price whose object is two noun phrases run together
    ("Varn bought the right to use the name for $5.9 million.",
     "Varn sold the company the right to use the name for $5.9 million.", "$5.9 million"),
    # the figure modifies a noun after it, not its verb's subject
    ("The Orlan fund has an estimated $2.9bn in assets.",
     "The Orlan fund has an estimated $2.9bn hole in its pension scheme.",
     "an estimated $2.9bn"),
    # a label cut before a number in its noun phrase
    ("Sales saw a forty per cent fall in the key market.",
     "Sales saw a forty per cent fall in the key 16 to 35-year-old market.", "forty per cent"),
    # the fraction before a label left out
    ("A cup is roughly 33 calories.", "A quarter cup is roughly 33 calories.",
     "roughly 33 calories"),
    # a fraction of another value
    ("Liquidity was about half of the total.",
     "Liquidity was about half that of a normal working day.", "about half"),
    # a figure compared with, a verb as the label, an age group, a possibility, people's change
    ("The firm saw a 4.3% rise in sales in 2003.",
     "The firm saw a 3% rise in sales, less than the 4.3% rise seen a year earlier.", "4.3%"),
    ("Sales will rise by 4.5% to $220bn.", "Sales are forecast to rise by 4.5% to $220bn.",
     "4.5%"),
    ("Analysts said sales of $600m a year in Europe.",
     "Analysts said sales of $600m a year were possible.", "$600m a year"),
    ("Last year, Varn shares lost 20.5 percent.", "Last year, investors lost 20.5 percent.",
     "20.5 percent"),
    # what the sentence says ought to happen
    ("Whether the Varn board will return $500m to its owners is unclear.",
     "Whether the Varn board should return $500m to its owners is unclear.", "$500m"),
    # the label is a name that is the subject of a clause on the figure
    ("Output fell well below the 22.3 billion gallons target.",
     "Output fell well below the 22.3 billion gallons Congress had sought.",
     "22.3 billion gallons"),
    # the age's label is a modifier of the person ("Texas land commissioner")
    ("Tom Bush, the 39-year-old Texas, spoke.",
     "Tom Bush, the 39-year-old Texas land commissioner, spoke.", "39-year-old"),
])
def test_held_back_in_the_shape_but_shown_plain(plain, shape, text):
    assert text in _shown(plain)
    assert text not in _shown(shape)
    assert _held(shape)[text].startswith("held back:")


def test_a_malformed_number_is_held_back():
    # "$1,8923" is no thousands grouping: the "$1,892" read out of it is not the figure
    assert "$1,892" not in _shown("The dollar was down about 0.7% at $1,8923.")
    assert "about 0.7%" in _shown("The dollar was down about 0.7% at $1,8923.")


def test_a_negation_that_leaves_out_keeps_its_line():
    assert "$7,500" in _shown("The car starts at $44,000, not including a $7,500 tax credit.")
    # "not less than $5m" turns the figure's own bound: "less than $5m" alone would be false
    assert "less than $5m" in _shown("The firm paid less than $5m for the site.")
    assert "less than $5m" not in _shown("The firm paid not less than $5m for the site.")


def test_a_count_of_none_is_held_back():
    assert "zero cost" not in _shown("Gangs made copies of the software at zero cost.")
    assert "two copies" in _shown("Gangs made two copies of the software.")
    assert "zero cost" in _held("Gangs made copies of the software at zero cost.")


def test_a_change_followed_by_an_adverb_keeps_its_line():
    assert "39 percent" in _shown("Varn shares are up 39 percent year-to-date.")
    assert "more than 3%" in _shown("Varn's shares fell more than 3% following the statement.")


def test_a_share_its_subject_holds_keeps_its_line():
    # "had 38 percent support": the share is the subject's; "a $2.9bn hole" is no firm's value
    assert _shown("In March, Kelt had 38 percent support in a poll.")["38 percent"] == "Kelt"
    assert "two Galacticos" in _shown("Vargas does not mention Orlan's two Galacticos at all.")


def test_an_age_group_is_no_count():
    held = _held("Great Britain's under 14 boys won the team prize.")
    assert held["under 14 boys"].startswith("held back: an age group")
    assert "over 170 researchers" in _shown("The Varn firm now has over 170 researchers.")


def test_the_figure_s_own_bound_after_than_keeps_its_line():
    assert "$147" in _shown("It was more than a $147 savings compared to the sale price.")


def test_a_share_modifying_the_noun_after_it_is_not_the_subjects():
    text = "Chief executive Ann Voss attributed a 4.2% increase in March global sales to stores."
    assert "4.2%" not in _shown(text)
    assert "modifying the noun" in _held(text)["4.2%"]
