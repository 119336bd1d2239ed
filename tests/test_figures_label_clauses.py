"""Labels read in the clause the figure stands in, not the sentence's first clause. The
sentences are written for these tests."""

from __future__ import annotations

from briefing.facts.figures import figures_in_sentence


def _label(text: str, value: float) -> str:
    return next(f for f in figures_in_sentence(text) if f.value == value).label


def test_as_and_a_named_subject_open_a_clause_of_its_own():
    assert _label("The gap widened last year as the trade deficit grew by $40 billion.", 4e10) == (
        "trade deficit"
    )
    assert _label("The bakery closed as the owners retired after 30 years.", 30) == "owners"


def test_as_in_a_comparison_or_before_a_pronoun_opens_no_clause():
    assert _label("Exports were twice as big as the deficit of $40 billion.", 4e10) == "deficit"
    # "as he": no named subject; the label is not taken from inside the as-phrase
    assert _label("The firm grew 5% as he joined.", 5) == "firm"


def test_a_bracketed_short_form_is_no_word_of_the_subject():
    assert _label("Gross domestic output (GDO) rose by 0.8% in May.", 0.8) == (
        "Gross domestic output"
    )
    assert _label("The Northern Freight Authority (NFA) has cut 300 jobs.", 300) == (
        "Northern Freight Authority"
    )


def test_an_age_after_a_name_and_a_photo_position():
    found = figures_in_sentence("Dale Hurst (left), 38, of Leeds, was cleared.")
    assert [(f.value, f.kind, f.label) for f in found] == [(38, "age", "age of Dale Hurst")]


def test_an_ing_clause_after_of_and_an_amount_is_no_noun_the_amount_modifies():
    text = "The council set a speed limit of 20 mph requiring action from drivers."
    assert _label(text, 20) == "speed limit"
    assert _label("Staff mixed 50mL of 30% fuming nitric acid.", 30) == "fuming nitric acid"


def test_a_short_verb_form_ends_the_noun_phrase_of_a_label():
    text = "Police found the .22-calibre rifle used in the raid."
    assert _label(text, 0.22) == "rifle"
    assert _label("A three-member panel agreed with the council.", 3) == "panel"
    assert _label("In Leeds, the two candidates were tied at 38 percent.", 38) != "tied"


def test_a_participle_cue_after_the_noun_keeps_what_was_expected():
    found = figures_in_sentence("The 6% wage growth expected by spring has not come.")
    assert found[0].label == "expected wage growth"
    who = figures_in_sentence("Sales beat the $4bn analysts expected.")[0]
    assert who.label == "expected" and who.label_confidence < 0.75  # who expected: not shown


def test_a_plural_of_the_verb_list_before_of_and_a_figure_is_a_noun():
    text = "Orders fell short of analyst estimates of 12,400, the firm said."
    assert _label(text, 12400) == "analyst estimates"
    found = figures_in_sentence("The museums recorded increases of more than 10% in visits.")
    assert found[0].label == "increases" and found[0].label_confidence < 0.75  # of what?
    # a count names itself: "reports" says nothing of what was counted
    burials = figures_in_sentence("There were reports of 21 unsafe burials.")[0]
    assert burials.label != "reports" or burials.label_confidence < 0.75


def test_what_is_left_before_a_pronoun_like_noun_is_no_label_alone():
    found = figures_in_sentence("It was a quiet country that is about 90 miles wide.")
    assert found[0].label != "quiet"


def test_money_in_brackets_restates_a_bare_amount_that_lost_its_sign():
    found = figures_in_sentence("The trust has an endowment of 2.4 billion ($3.1bn), it says.")
    assert [f.label for f in found] == ["endowment", "endowment"]


def test_a_gerund_that_opens_its_clause_before_a_verb_is_its_subject():
    text = "In Elm Park, testing between 2015 and 2018 came back at 6 ppb."
    assert _label(text, 6) == "testing"
    # a verb and its object, not a subject: "trying to raise $5m"
    assert _label("The group is trying to raise $5m for the hall.", 5e6) != "trying"


def test_the_noun_phrase_before_a_move_in_ing_is_what_moves():
    assert _label("Traders can see the rand going to $0.05 if talks fail.", 0.05) == "rand"
    assert _label("It ended with its shares sliding by 7% on the day.", 7) == "shares"
    # after a comma the move is the clause subject's, not the noun before the comma
    text = "Output grew 3% in the region, slipping to 2% a year later."
    assert _label(text, 2) != "region"


def test_the_noun_phrase_before_with_and_a_figure_has_it_unsure():
    found = figures_in_sentence("It trails the Nova X2 with 4100 mAh.")
    assert (found[0].label, found[0].label_confidence) == ("Nova X2", 0.5)
    # the object of a verb, a span of time left: no owner
    assert _label("Lund leads the field with 14 nominations.", 14) != "field"
    assert _label("Hale won the game with five minutes left.", 5) != "game"


def test_the_subject_of_a_move_to_a_level_is_sure_enough_to_show():
    found = figures_in_sentence("Group turnover climbed to $8.1bn from $7.4bn.")
    assert (found[0].label, found[0].label_confidence) == ("Group turnover", 0.8)
    # a verb before the noun: it is no subject ("who called the vote a win fell to 9%")
    text = "The share of people who called the vote a win fell to 9 per cent."
    assert figures_in_sentence(text)[0].label_confidence < 0.75


def test_the_earlier_level_a_move_came_from_shares_the_label():
    found = figures_in_sentence("Group turnover climbed to $8.1bn in 2024 from $7.4bn.")
    assert [(f.label, f.label_confidence) for f in found] == [
        ("Group turnover", 0.8),
        ("Group turnover", 0.8),
    ]


def test_an_ing_verb_after_a_preposition_is_no_part_of_the_subject():
    text = "Despite seeing group profits rise by 12% to $90m, investors sold."
    assert _label(text, 12) == "group profits"
    assert _label("Heating oil rose 2 cents to $1.30 a gallon.", 1.3).endswith("oil")
