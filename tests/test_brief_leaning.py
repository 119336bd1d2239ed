"""Key points and bottom lines that lean on a sentence the page does not show."""

from __future__ import annotations

import pytest

from briefing import make_brief
from briefing.brief import cannot_head_the_page, reversed_by_the_next, unreadable_alone
from briefing.brief.standalone import answers_one_before, cannot_stand_alone
from briefing.ingest import from_text
from briefing.segment import segment


@pytest.mark.parametrize(("line", "signpost"), [
    ("There are some caveats involved, of course.", True),
    ("Then, of course, there are the more fatal risks.", True),
    ("But there are several exceptions.", True),
    ("Then there was the question of the budget.", True),
    ("There were no injuries in the blaze.", False),
    ("There are two other lawsuits over the college.", False),
    ("There are whispered briefings to selected reporters from both camps.", False),
    ("There is a queue of buyers for the Acme stake.", False),
])
def test_a_there_is_signpost_to_the_next_sentence_cannot_stand_alone(line, signpost):
    assert cannot_stand_alone(line, "en") is signpost


def test_a_sentence_the_next_one_reverses_cannot_head_the_page():
    texts = ["Taxes have long been a subject the big parties have avoided at election time.",
             "But no longer.",
             "Both parties now plan to put tax at the centre of their campaigns this spring.",
             "The reversal follows polling showing that voters rank it above health."]
    assert reversed_by_the_next(texts, "en") == {0}
    assert 0 in cannot_head_the_page(texts, set(), set(), "en")
    brief = make_brief(from_text("\n\n".join(texts)))
    assert brief.bottom_line != texts[0]
    assert texts[0] not in [point.text for point in brief.points]


def test_a_sentence_followed_by_more_of_the_same_is_not_reversed():
    texts = ["Taxes have long been a subject the parties avoided.", "But they still do."]
    assert reversed_by_the_next(texts, "en") == set()


@pytest.mark.parametrize(("line", "leans"), [
    ("The centre, who is in line for a first start against Wales, will wait 48 hours.", True),
    ("The firm, whose finance chief is now based abroad, filed for bankruptcy.", True),
    ("The former governor, who dropped his own bid last year, backed the senator.", True),
    ("The Pope, who is 88, will visit Kenya in May.", False),
    ("The club said the striker, who is on loan, would miss the cup final.", False),
])
def test_a_description_and_who_standing_for_a_name_needs_the_sentence_before(line, leans):
    assert answers_one_before(line, "en") is leans


def test_a_description_standing_for_a_name_cannot_head_the_page():
    texts = ["The singer, who has sold millions of albums, is to tour Japan next spring.",
             "Pop star Ada Reyes is to play ten dates in Tokyo and Osaka, her label said."]
    doc = segment(from_text("\n\n".join(texts)))
    never, after_previous = unreadable_alone(doc)
    assert after_previous == {0}
    assert cannot_head_the_page(doc.sentence_texts(), never, after_previous, "en") == {0}


@pytest.mark.parametrize(("line", "restates"), [
    ("That was also true at the last general election and the issue faded.", True),
    ("The same is true of the large warehouses in the valley.", True),
    ("And that is especially true when the council has shown no interest.", True),
    ("That was the first time a minister had resigned over the issue.", False),
    ("It is true that the council raised taxes by 4% last year.", False),
])
def test_a_line_restating_the_one_before_cannot_stand_alone(line, restates):
    assert cannot_stand_alone(line, "en") is restates


@pytest.mark.parametrize(("line", "leans"), [
    ("Such absences are often due to family holidays in term time.", True),
    ("But such measures have been met with fierce opposition from the unions.", True),
    ("Such is the success of the novel that tours of its sites have been organised.", False),
    ("Sales of such devices rose by 40% last year, the group said.", False),
])
def test_such_and_a_noun_for_what_the_sentence_before_named_needs_it(line, leans):
    assert answers_one_before(line, "en") is leans


def test_a_transcript_s_turns_are_no_key_points():
    from briefing.brief import spoken_turns
    from briefing.ingest import from_text
    from briefing.segment import segment

    text = ("Flood walls finished\n\n"
            "Mayor Lena Holt spoke to a radio host on Sunday about the flood defences.\n\n"
            "HOST: Are the town's defences ready for the winter?\n\n"
            "HOLT: The walls are finished. Every home is safer now.\n\n"
            "HOST: What about the river path?\n\n"
            "HOLT: It opens in March.")
    doc = segment(from_text(text))
    spoken = spoken_turns(doc)
    assert 0 not in spoken
    assert {s.index for s in doc.sentences if "walls" in s.text or "safer" in s.text} <= spoken
    # one capitals label heads a paragraph; it names no speaker taking turns
    doc = segment(from_text("Gun sale\n\nUPDATE: The site removed the listing.\n\n"
                            "The gun sold on Friday.\n\nUPDATE: It is on another site."))
    assert spoken_turns(doc) == set()
