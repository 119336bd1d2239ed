"""Yearless days and bare months beside a scheduled event are read towards the event."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.facts.date_doubts import UNSURE_YEAR
from briefing.facts.dates import find_in_text


def readings(text: str, published: date) -> dict[str, tuple[str | None, str]]:
    return {found.text: (found.value, found.doubt) for found in find_in_text(text, published)}


@pytest.mark.parametrize(
    ("sentence", "published", "phrase", "value"),
    [
        # a past verb of reporting would read the day back a year
        ("The mayor predicted a narrow win in Eastbrook, which votes on March 1.",
         date(2016, 2, 20), "on March 1", "2016-03-01"),
        ("The campaign vowed to stay in the race through the county primary on June 7.",
         date(2016, 4, 28), "on June 7", "2016-06-07"),
        ("Both candidates campaigned ahead of the state's June 7 primary.",
         date(2016, 5, 24), "June 7", "2016-06-07"),
        ("The party met before the Eastbrook caucuses Feb. 1 to plan its canvass.",
         date(2016, 1, 15), "Feb. 1", "2016-02-01"),
        # no cue and four months away: held before, the event says which year
        ("The nominee for the Nov. 8 election spoke at the harbour.",
         date(2016, 7, 31), "Nov. 8", "2016-11-08"),
        # a past event is read back when that is the nearer one
        ("She pointed to his strong showing in the March 15 primary.",
         date(2016, 7, 18), "March 15", "2016-03-15"),
    ],
)
def test_a_day_beside_a_scheduled_event_is_the_nearest_one(sentence, published, phrase, value):
    assert readings(sentence, published)[phrase] == (value, "")


def test_a_scheduled_day_far_from_publication_stays_held():
    # both readings are about half a year away: either could be meant
    found = readings("By the time of the Nov. 8 election the inquiry may be over.",
                     date(2016, 4, 15))
    assert found["Nov. 8"][1] == UNSURE_YEAR
    # after a past cue the day ahead is four months off: the hearing may be the past one
    found = readings("The committee said the hearing on March 21 had been delayed.",
                     date(2019, 11, 18))
    assert found["on March 21"][1] == UNSURE_YEAR


@pytest.mark.parametrize(
    ("sentence", "published", "phrase", "value"),
    [
        ("If the mayor wins in November, the ferry will run all night.",
         date(2016, 6, 1), "in November", "2016-11"),
        ("The platform goes to the party's convention in July.",
         date(2016, 4, 26), "in July", "2016-07"),
        ("Delegates meet at the convention in Eastbrook in late July.",
         date(2016, 6, 9), "late July", "2016-07"),
        ("She faces the baker in November's general election.",
         date(2016, 6, 28), "in November", "2016-11"),
        # "would" is no guide either way; the event is
        ("Aides said the fees would go should the mayor win in November.",
         date(2016, 8, 22), "in November", "2016-11"),
    ],
)
def test_a_bare_month_after_an_event_word_is_the_coming_one(sentence, published, phrase, value):
    assert readings(sentence, published)[phrase] == (value, "")


@pytest.mark.parametrize(
    ("sentence", "published", "phrase", "value", "doubt"),
    [
        # a past cue: the one that happened
        ("He won the primaries in March.", date(2016, 10, 1), "in March", "2016-03", ""),
        # a past verb after the month says it happened; the year stays unsure
        ("The election in November was won by the baker.", date(2016, 7, 1), "in November",
         "2015-11", UNSURE_YEAR),
        # "of that year" names another year
        ("The primaries in early June of that year went his way.", date(2016, 4, 20),
         "early June", "2015-06", UNSURE_YEAR),
        # not an event that is set in advance
        ("Polls in March showed him ahead.", date(2016, 10, 1), "in March", "2016-03",
         UNSURE_YEAR),
        # near enough to publication, the latest one stands
        ("The convention in March chose the mayor.", date(2016, 5, 1), "in March", "2016-03", ""),
    ],
)
def test_a_bare_month_that_happened_is_not_read_ahead(sentence, published, phrase, value, doubt):
    assert readings(sentence, published)[phrase] == (value, doubt)
