"""An offer turned down, or a rival's, says so on its line
(briefing.brief.figure_rivals), on made-up sentences."""

from __future__ import annotations

from test_figure_context import _shown


def test_a_rejected_or_rival_offer_says_so():
    assert _shown("Brack said Mardo had rejected a deal worth $8bn.")["$8bn"] == "rejected deal"
    assert _shown("The board turned down an $8bn offer.")["$8bn"] == "rejected offer"
    assert _shown("Kelt made a rival bid of $5m for the club.")["$5m"] == "rival bid"


def test_the_accepted_deal_keeps_its_line():
    # the rejected offer comes after the figure: the figure is the accepted deal's
    sentence = "Mardo accepted a $6.75bn buyout from Verizon, rejecting a higher offer from Brack."
    assert _shown(sentence)["$6.75bn"] == "buyout"
    assert _shown("Kelt bought the club in a $5m deal.")["$5m"] == "deal"



def test_the_bidder_joins_the_label_only_from_the_offer_s_own_phrase():
    assert _shown("The board turned down an $8bn offer from Brack.")["$8bn"] == (
        "rejected offer from Brack")
    assert _shown("Mardo had rejected a deal worth $8bn from Brack Group.")["$8bn"] == (
        "rejected deal from Brack Group")
    assert _shown("Mardo rejected Brack's $8bn offer on Monday.")["$8bn"] == (
        "Brack's rejected offer")
    # a month after "from" is no bidder; a bidder named outside the phrase is not added
    assert _shown("Mardo rejected an $8bn offer from March.")["$8bn"] == "rejected offer"
    assert _shown("Brack said Mardo had rejected a deal worth $8bn.")["$8bn"] == "rejected deal"
