"""Dates resolved relative to publication, with tense and stated years (sentences written
for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.facts.date_doubts import UNSURE_YEAR
from briefing.facts.dates import find_in_text

FRIDAY = date(2021, 3, 12)  # a Friday


def values(text: str, published: date = FRIDAY) -> dict[str, str | None]:
    return {found.text: found.value for found in find_in_text(text, published)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Marsh is expected to miss his side's trip to face Redvale in the cup on Saturday.",
         "2021-03-13"),
        ("The squad are preparing for the trip to Harwick on Saturday.", "2021-03-13"),
        ("Marsh was sent off in the defeat on Wednesday.", "2021-03-10"),
        ("The council met on Friday.", "2021-03-12"),
    ],
)
def test_a_weekday_is_the_nearest_one_in_the_direction_of_the_tense(sentence, expected):
    assert list(values(sentence).values()) == [expected]


def test_a_month_with_last_year_is_last_years_month():
    assert values("He was charged in June last year.")["in June"] == "2020-06"


def test_the_last_year_is_a_span_not_last_calendar_year():
    assert "last year" not in values("Over the last year more than 900 homes were built.")


def test_a_weekday_before_a_date_picks_the_year_where_it_fits():
    # 16 April was a Thursday in 2020, not in 2021
    assert values("The store opened on Thursday 16th April.", date(2021, 1, 5)) == {
        "16th April": "2020-04-16"}


def test_a_two_digit_year_after_a_date_is_read():
    assert values("First cap: Cardiff, Feb 24, '90")["Feb 24, '90"] == "1990-02-24"


def test_in_one_year_in_the_past_is_not_a_date_ahead():
    assert values("Six of the weddings took place in one year.") == {}


def test_a_weekday_in_a_newspapers_title_is_not_a_date():
    assert values("He told The Mail on Sunday that he regretted it.") == {}


def test_a_weekday_with_its_date_keeps_the_date_in_the_past_year():
    # published Tuesday 19 November 2019: "Saturday, May 18" fits 2019, not 2020
    found = values("The girl was taken on Saturday, May 18, from a shop.", date(2019, 11, 19))
    assert found == {"May 18": "2019-05-18"}


def test_a_span_of_days_is_one_date_from_its_first_day():
    from datetime import date

    from briefing.facts.dates import find_in_text

    published = date(2005, 2, 20)
    found = find_in_text("The indoor games run from 4-6 March in Madrid.", published)
    assert [(f.text, f.value) for f in found] == [("from 4-6 March", "2005-03-04")]
    found = find_in_text("Concerts on June 24 and 25 sold out.", published)
    assert [(f.text, f.value) for f in found] == [("on June 24 and 25", "2005-06-24")]
    assert find_in_text("They drew on June 3-2 terms.", published) == []


def test_a_passive_after_will_looks_ahead():
    # published Friday 12 March 2021: "will be allowed ... on Sunday" is the coming Sunday
    found = values("The band will be allowed to play its old songs at the harbour festival "
                   "on Sunday.")
    assert found["on Sunday"] == "2021-03-14"
    assert values("The plan was approved on Sunday.")["on Sunday"] == "2021-03-07"


def test_a_capitalised_day_word_inside_a_sentence_is_a_title():
    assert values("She told Radio Harbour's Today programme she would stand.") == {}
    assert values("Today, the council voted to close the pier.")["Today"] == "2021-03-12"


def test_a_bare_month_after_a_dated_month_of_an_earlier_year_follows_on_from_it():
    from datetime import datetime

    from briefing.facts.dates import extract_dates
    from briefing.pipeline import text_document

    doc = text_document("The fisherman first felt ill in November 2016 after a storm. "
                        "But by December, the cough had worsened.\n\n"
                        "The harbour board will review the rules in April.")
    doc.article.published = datetime(2019, 11, 18)
    resolved = {d.text: d.value for d in extract_dates(doc)}
    assert resolved["by December"] == "2016-12"
    assert resolved["in April"] == "2020-04"  # not after a dated month: publication decides


@pytest.mark.parametrize("sentence, value", [
    ("The festival, which kicks off June 9th, ends in the harbour.", "2025-06-09"),
    ("The new ferry goes on sale in late January.", "2025-01"),
    ("The strike began on 3 March and lasted a week.", "2024-03-03"),
    ("The vote will be held on 5 May.", "2025-05-05"),
    ("The vote was held on 5 May.", "2024-05-05"),
])
def test_scheduled_present_looks_ahead_and_irregular_past_looks_back(sentence, value):
    assert [d.value for d in find_in_text(sentence, date(2024, 11, 19))] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sprinter broke the county record for the second time in seven days.",
        "Output grew 3.1%, the fastest rate in two years.",
        "Shares in the miner lost 18% in one day.",
        "The fund has paid out £12m in four years.",
        "The club raised its prices twice in three years.",
    ],
)
def test_in_n_units_as_a_length_of_time_is_no_date(sentence):
    assert values(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The new bridge will open in two years.", "in two years", "2023"),
        ("Traffic is forecast to reach 9,000 cars in five years' time.",
         "in five years' time", "2026"),
        ("He was 30 then. In three weeks, the board will decide.", "In three weeks", "2021-W13"),
        ("A further £40m is to follow within 90 days.", "within 90 days", "2021-06-10"),
    ],
)
def test_in_n_units_ahead_is_a_date_read_whole(sentence, phrase, expected):
    assert values(sentence).get(phrase) == expected


# --- a yearless day whose year is a guess ----------------------------------------------

NOVEMBER = date(2019, 11, 19)


def doubts(text: str, published: date = NOVEMBER) -> dict[str, str]:
    return {found.text: found.doubt for found in find_in_text(text, published)}


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # no tense cue, and either year four months or more away
        ("The trust held 24.4% of the harbour company as of March 20.", NOVEMBER),
        # a past cue takes the day back a year, though a reading two weeks ahead is nearer
        ("The mayor predicted a big crowd at the Eastbrook fair on March 1.",
         date(2016, 2, 20)),
    ],
)
def test_an_unsure_year_is_held_back(sentence, published):
    assert set(doubts(sentence, published).values()) == {UNSURE_YEAR}


@pytest.mark.parametrize(
    "sentence",
    [
        "The board met on Nov. 12 to approve the accounts.",  # a week back, no cue needed
        "The ferry sank on Saturday, May 18, off the coast.",  # the weekday settles the year
        "The harbour will reopen on March 20.",  # a future cue, and the day is months ahead
    ],
)
def test_a_sure_year_is_kept(sentence):
    assert set(doubts(sentence).values()) == {""}


def test_a_future_cue_after_a_curly_apostrophe_is_read():
    assert values("The mayor went to that debate, and he’ll go to the one on December 15th.",
                  date(2015, 12, 3)) == {"on December 15th": "2015-12-15"}


def test_the_september_11_attacks_are_those_of_2001():
    assert values("The senator praised the response to the Sept. 11 attacks.") == {
        "Sept. 11": "2001-09-11"}
    assert doubts("The senator praised the response to the Sept. 11 attacks.") == {"Sept. 11": ""}
    # a day of the year it is written, without the noun, is read as any other day
    assert values("The rule takes effect on Sept. 11.", date(2021, 8, 30)) == {
        "on Sept. 11": "2021-09-11"}


def test_a_day_of_unsure_year_goes_to_the_json_not_the_page():
    from datetime import datetime

    import briefing
    from briefing.models import Article

    text = ("The harbour trust sold its stake in the ferry company on Monday, officials said. "
            "It had held 24.4% of the company as of March 20, the filing showed.")
    brief = briefing.make_brief(Article(paragraphs=[text], title="Trust sells ferry stake",
                                        published=datetime(2019, 11, 19)))
    assert "March 20" not in [d.text for d in brief.facts.dates]
    held = [d for d in brief.held_back.dates if d.text == "March 20"]
    assert held and held[0].reason == UNSURE_YEAR and held[0].value  # the guess stays


@pytest.mark.parametrize(
    ("sentence", "published", "unsure"),
    [
        # no cue, read seven months back: as often the coming July
        ("The ferry festival in July will crown the new queen.", date(2016, 4, 12), True),
        # a past cue reads it back, and the page may say so
        ("The harbour was closed by the storm in July.", date(2016, 4, 12), False),
        # two months back: the latest one
        ("The harbour trust's plan in February set the fees.", date(2016, 4, 12), False),
        # "last July" says which one
        ("The trust had met last July to set the fees.", date(2016, 4, 12), False),
    ],
)
def test_a_bare_month_far_back_with_no_cue_is_held_back(sentence, published, unsure):
    assert (UNSURE_YEAR in doubts(sentence, published).values()) is unsure
