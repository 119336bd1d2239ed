"""Label shapes from the analyst reviews: the noun a hyphenated figure modifies, a name that
goes on past a stop word, a share of a whole, a label that is a clause or another figure's
unit. The sentences are written for these tests."""

from __future__ import annotations

from briefing.facts.figures import figures_in_sentence


def _figure(text: str, value: float):
    return next(f for f in figures_in_sentence(text) if f.value == value)


def test_a_cue_after_a_comma_is_the_verb_of_the_clause_around_the_figure():
    text = "The scheme, part of the council's ten-year housing plan, aims to build new flats."
    figure = _figure(text, 10)
    assert figure.label == "housing plan"
    # with no comma the words between are who expected it ("the $3bn analysts had forecast")
    assert figure.label_evidence.startswith("modified noun")


def test_a_noun_modified_by_a_duration_ends_before_its_verb():
    assert _figure("The ten-minute film includes interviews with staff.", 10).label == "film"


def test_a_capitalised_stop_word_inside_a_name_goes_on_with_the_name():
    figure = _figure("Officers found a 9-year-old Fort Worth boy who had run away.", 9)
    assert figure.label == "Fort Worth boy"


def test_a_label_ending_in_a_pronoun_and_its_verb_is_a_clause():
    figure = _figure("For touring, in eco mode you’re looking at up to 400 km a charge.", 400)
    assert "you" not in figure.label.lower()


def test_a_label_does_not_open_with_another_figures_unit():
    figure = _figure("The van's 12.5 cubic foot hold has three fold-down seats.", 3)
    assert figure.label == "hold"


def test_a_subject_that_accounts_for_a_share_owns_the_share():
    figure = _figure("Electric cars accounted for 12% of new car sales last month.", 12)
    assert figure.label == "Electric cars' share of new car sales"
    assert figure.label_confidence >= 0.75
    plain = _figure("About 12% of new car sales were electric.", 12)
    assert "share" not in plain.label


def test_an_ing_noun_ending_the_phrase_after_of_is_its_head():
    figure = _figure("Card payments now make up 30 percent of household spending.", 30)
    assert figure.label.endswith("household spending")


def test_an_adjective_before_an_ing_modifier_is_no_label():
    figure = _figure("She laughed after about 40 seconds of a long tracking shot that ran on.", 40)
    assert figure.label != "long"


def test_a_name_that_moved_after_shares_in_keeps_the_shares():
    figure = _figure("In Tokyo trading, shares in Osaka-based Kirin lost 12% on the news.", 12)
    assert figure.label == "shares in Osaka-based Kirin"


def test_leading_a_table_is_no_lead_over_a_rival_called_table():
    assert _figure("Okafor leads the polls by four points.", 4).label == "Okafor lead"
    # a lead at the top of a league table is a score, shown with no label
    assert _figure("Leeds lead the table by four points.", 4).kind == "score"
    assert _figure("Leeds lead Derby by four points.", 4).label == "Leeds lead over Derby"
