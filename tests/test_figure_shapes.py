"""The third reading of a fact-box line (briefing.brief.figure_shapes), on made-up sentences:
each figure is shown in a plain sentence and held back in the shape, with its reason."""

from __future__ import annotations

import pytest
from test_figure_context import _held, _shown

from briefing.facts.figures import extract_figures


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
    # someone's part
    ("Harlan was fined £10,000 for the fraud.",
     "Harlan was ordered to pay £10,000 for his part in the fraud.", "£10,000"),
    # a phrase of the deal
    ("The club paid a transfer fee of £3m.", "The club signed the striker for a fee of £3m.",
     "£3m"),
])
def test_held_back_in_the_shape_but_shown_plain(plain, shape, text):
    assert text in _shown(plain)
    assert text not in _shown(shape)
    assert _held(shape)[text].startswith("held back:")


@pytest.mark.parametrize(("sentence", "text"), [
    ("Sales grew strongly during the five-month period.", "five-month"),
    ("Morlan now needs 55 percent of the remaining votes to reach 1,400.", "1,400"),
    ("A candidate needs 1,991 delegates to win the nomination.", "1,991 delegates"),
    ("The rally led to the protests that ended in two nights of rioting.", "two nights"),
    ("Brindle (2-5): Sam Ortley 12 points.", "2-5"),
    ("Kettle Bowls: 2 Green, 1 Red, 1 Blue.", "2 Green"),
    ("The firm took a stake in the Pando cosmetics company in a deal worth $300 million.",
     "$300 million"),
    # the object of a verb before "at"
    ("The boxer tipped the scales at 20 stone before the fight.", "20 stone"),
    ("The train came off the tracks at 115 mph.", "115 mph"),
    # an earlier figure, the level a change came from, a stretch of a sequence
    ("Sales at Corvo rose 3.7%, from a previous estimate of 2.1%.", "2.1%"),
    ("Previous schemes brought 40,000 pupils back to school.", "40,000 pupils"),
    ("Profit was £20m, a dramatic change from the loss of £5m a year before.", "£5m"),
    ("Ortley took the last two frames to seal the match.", "two frames"),
    # a difference restated in brackets
    ("The Pando project ran 1.45bn euros (£1bn; $1.9bn) over budget.", "£1bn"),
    # a bracket restating a figure held back goes with it
    ("Vell passed into the hands of the firm Korrin in a deal worth $2.1bn (£1.1bn).",
     "£1.1bn"),
    # a plan's horizon, how a thing is built, one example of many
    ("The chief executive will present the company's five-year plan.", "five-year"),
    ("The jet seats 300 passengers in a two-class layout.", "two-class"),
    ("For instance, one 6-month study in 77 people showed a fall.", "6-month"),
    # what a thing can do
    ("Some people own one of the new players that can store thousands of songs.",
     "thousands of songs"),
    # a name cut out of a word or a longer name, an owner before "whose", a total's exclusion
    ("Shares in online retailer eZorra fell 9.8% in late trade.", "9.8%"),
    ("Announcing a £5 billion Future Homes Fund, he said the party would build homes.",
     "£5 billion"),
    ("Kessler AG - whose market capitalisation is more than £3bn - said it still hoped to bid.",
     "more than £3bn"),
    ("The firm made earnings excluding items of $1.48 per share.", "$1.48 per share"),
    # an abbreviation, an owner cut from its noun, a modifier of the person an age is of
    ("In 1990, migrants accounted for just 6.1 per cent of U.S. population.", "6.1 per cent"),
    ("Spam words make up 14% of security firm Norvax' top 50 words.", "14%"),
    ("The 31-year-old World Cup winning scrum-half has impressed since joining.",
     "31-year-old"),
    # a fraction of a thing: the first noun is a unit ("1.3 megapixel")
    ("In Europe, phone cameras can take 1.3 megapixel images.", "1.3 megapixel images"),
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


def test_a_valuation_at_a_figure_is_the_object_s_measure():
    assert _shown("The deal valued the exchange at £1.35bn.").get("£1.35bn") == "exchange"


def test_a_two_word_preposition_is_no_part_of_the_label():
    assert _shown("Kestrel won a $1m tournament thanks to a late birdie.")["$1m"] == "tournament"


def test_a_study_a_contract_and_a_programme_keep_their_span():
    for sentence, text in (("A two-year study found the drug worked.", "two-year"),
                           ("He signed a one-year contract.", "one-year"),
                           ("It put $300m into a three-year software programme.", "three-year")):
        assert text in _shown(sentence)


def test_a_verb_before_from_is_no_part_of_the_label():
    shown = _shown("Issues at the five-day conference range from trade to climate.")
    assert shown["five-day"] == "conference"


@pytest.mark.parametrize(("sentence", "text", "label"), [
    ("The government will spend £200m on drugs to treat flu.", "£200m", "spending on drugs"),
    ("The firm will pay $76 for each Tamsin share.", "$76", "payment for each Tamsin share"),
    ("The state will pump 154m naira into subsidies.", "154m naira", "subsidies"),
])
def test_an_amount_paid_out_says_what_the_money_does(sentence, text, label):
    assert _shown(sentence)[text] == label


def test_a_common_noun_opening_the_sentence_reads_as_the_actor():
    shown = _shown("Police identified three suspects in the theft: Ann Orr and Tom Bell.")
    assert shown["three suspects"] == "identified by police"


def test_a_whole_name_keeps_the_label():
    assert "9.8%" in _shown("Shares in Corvo fell 9.8% on Wednesday.")
    assert "4%" in _shown("Sales at Tesco rose 4% in January.")


def test_what_a_subject_needs_with_no_goal_is_shown():
    assert "300 nurses" in _shown("The hospital needs 300 nurses.")


def test_an_owner_and_a_person_that_stand_whole_keep_their_line():
    assert "5%" in _shown("Profits at Corvo rose 5%, Corvo's chief said.")
    assert _shown("The 31-year-old Lewis has impressed since joining.")["31-year-old"] == "Lewis"


def test_a_bracket_restatement_joins_the_line_of_its_figure():
    from briefing import ingest
    from briefing.pipeline import brief_of
    from briefing.renderers.view import SCREEN_LIMITS, brief_view

    text = ("Fuel bill grows\n\nThe state spent 59.2 trillion rupiah ($6.58bn) on fuel "
            "subsidies in 2004, the ministry said.\nOil prices rose again this year.\n")
    rows = brief_view(brief_of(ingest.from_text(text, source="t")), SCREEN_LIMITS)["figures"]
    assert [(r["text"], r["label"]) for r in rows] == [
        ("59.2 trillion rupiah ($6.58bn)", "spending on fuel subsidies")]
