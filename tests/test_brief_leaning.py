"""Key points and bottom lines that lean on a sentence the page does not show."""

from __future__ import annotations

import pytest

from briefing import make_brief
from briefing.brief import cannot_head_the_page, reversed_by_the_next
from briefing.ingest import from_text
from briefing.standalone import cannot_stand_alone


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
