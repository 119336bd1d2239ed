"""Key points that only reply to, agree with or point at the sentence before."""

from __future__ import annotations

import pytest

from briefing.brief import readable_picks, unreadable_alone
from briefing.brief.standalone import (
    agrees_with_the_one_before,
    answers_one_before,
    cannot_stand_alone,
    opens_on_that_is,
    turns_on_nothing_of_its_own,
)
from briefing.ingest import from_text
from briefing.models import Pick, Summary
from briefing.segment import segment


@pytest.mark.parametrize(("line", "bare"), [
    ("But such success is down to more than music.", True),
    ("But they might as well have.", True),
    ("Joining, however, is a lengthy process.", True),
    ("And don't forget the fees.", True),
    # a name or a number gives the reply a claim of its own
    ("But Sturrock has distanced himself from the position.", False),
    ("But the fee rose by 5% in a year.", False),
    # longer: "officials said ..." reports something
    ("But officials said stagnant growth was still stifling the job market.", False),
    # no reply to anything
    ("The ferry left on time.", False),
])
def test_a_short_reply_with_no_name_or_number_cannot_stand_alone(line, bare):
    assert turns_on_nothing_of_its_own(line, "en") is bare
    assert cannot_stand_alone(line, "en") is bare


def test_a_bare_reply_is_no_key_point_even_after_the_sentence_it_answers():
    texts = ["The band Ferrymen have sold ten million records in Europe since 1999.",
             "Their songs appeal across generations and are distinctive.",
             "But such success is down to more than music.",
             "The band's manager Ann Roe said they were highly organised on every tour."]
    doc = segment(from_text("\n\n".join(texts)))
    never, after_previous = unreadable_alone(doc)
    assert 2 in never
    picks = [Pick(index, 1.0) for index in (0, 1, 2)]
    ranking = picks + [Pick(3, 0.5)]
    summary = Summary("default", picks=picks, ranking=ranking)
    kept = [pick.index for pick in readable_picks(summary, never, after_previous)]
    assert 2 not in kept and 3 in kept


@pytest.mark.parametrize(("line", "leans"), [
    ("That's in contrast to other concerns.", True),
    ("That is 9.1% higher than the orders of a year ago.", True),
    ("'That's natural for anyone who wants to win,' said Roe.", True),
    ("That's Life host Ann Roe said he was a delight.", False),  # a title
    ("This is the moment a seal jumped onto the ferry.", False),
])
def test_that_with_is_stands_for_the_sentence_before(line, leans):
    assert opens_on_that_is(line, "en") is leans
    assert answers_one_before(line, "en") is leans


@pytest.mark.parametrize(("line", "agrees"), [
    ("Slightly more than a third of independents, 35%, agree.", True),
    ("Eastbrook University's Ann Roe agreed.", True),
    ("Those over 60 say they feel that way by 2-1.", True),
    ("The changes will go ahead unless they are agreed.", False),  # passive
    ("32% said he was right and 38% disagreed.", False),  # a claim of its own
])
def test_a_line_that_only_agrees_needs_the_sentence_before(line, agrees):
    assert agrees_with_the_one_before(line, "en") is agrees


def test_a_demonstrative_before_a_negative_points_back():
    text = ("The mayor raised the ferry fares by 20% in June. Naturally, this didn't go down "
            "well with the crews.")
    never, after_previous = unreadable_alone(segment(from_text(text)))
    assert after_previous == {1}
