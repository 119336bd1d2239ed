from datetime import date, datetime

import pytest
from test_facts_article import make_doc

from briefing.facts.dates import extract_dates, find_in_text

WEDNESDAY = date(2022, 10, 12)


def one(text: str, published: date | None = WEDNESDAY) -> tuple[str, str, str | None]:
    found = find_in_text(text, published)
    assert len(found) == 1, found
    return found[0].text, found[0].kind, found[0].value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The treaty was signed on 12 March 2022.", ("on 12 March 2022", "absolute", "2022-03-12")),
        ("It was filed on 2021-11-30 in court.", ("2021-11-30", "absolute", "2021-11-30")),
        (
            "Talks began on March 3, 2020, in Geneva.",
            ("on March 3, 2020", "absolute", "2020-03-03"),
        ),
        ("The plant closed in 2019.", ("in 2019", "absolute", "2019")),
        ("Sales slumped in September 2021.", ("in September 2021", "absolute", "2021-09")),
        ("She has ruled since 1994.", ("since 1994", "since", "1994")),
        ("He has been in power in the region since 1994.", ("since 1994", "since", "1994")),
        ("Prices rose in the 1990s.", ("in the 1990s", "period", "199X")),
        ("Output grew between 2010 and 2015.", ("between 2010 and 2015", "period", "2010/2015")),
    ],
)
def test_absolute_dates(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Troops moved two days ago.", ("two days ago", "relative", "2022-10-10")),
        ("On Sunday, guards met.", ("On Sunday", "relative", "2022-10-09")),
        ("They will meet next Friday.", ("next Friday", "relative", "2022-10-14")),
        ("Earlier this year, exports fell.", ("Earlier this year", "relative", "2022")),
        ("The vote was held last week.", ("last week", "relative", "2022-W40")),
        ("He spoke yesterday.", ("yesterday", "relative", "2022-10-11")),
        ("Fuel has been rationed since last month.", ("since last month", "since", "2022-09")),
        ("Prices have risen since March.", ("since March", "since", "2022-03")),
    ],
)
def test_relative_dates_resolve_against_publication(text, expected):
    assert one(text) == expected


def test_relative_dates_without_publication_have_no_value():
    assert one("He spoke yesterday.", None) == ("yesterday", "relative", None)
    assert one("She has ruled since 1994.", None)[2] == "1994"


def test_dated_weekday_is_read_with_its_date():
    found = find_in_text("The summit opened on Monday, March 7, 2022.", WEDNESDAY)
    assert [(f.text, f.value) for f in found] == [("March 7, 2022", "2022-03-07")]


@pytest.mark.parametrize(
    "text",
    [
        "You may go now.",
        "Section 427 Row 21 was empty.",
        "The video runs 01:22.",
        "They sold 1994 tickets.",
        "The Sunday Times ran the story.",
        "A survey for the Independent on Sunday put the party at 31%.",
        "She hosted Saturday Night Live twice.",
    ],
)
def test_things_that_are_not_dates(text):
    assert find_in_text(text, WEDNESDAY) == []


def test_dates_keep_their_sentence_in_a_document():
    doc = make_doc()
    found = {(d.text, d.sentence, d.value) for d in extract_dates(doc)}
    assert ("on Tuesday", 0, "2024-05-14") in found
    assert ("since 2019", 1, "2019") in found
    assert ("last week", 1, "2024-W19") in found


def test_a_weekday_after_a_name_is_still_a_date():
    found = find_in_text("The mayor on Sunday opened the bridge.", WEDNESDAY)
    assert [f.text for f in found] == ["on Sunday"]


def test_a_paper_named_in_capitals_is_no_day():
    found = find_in_text("The survey for USA TODAY found most voters undecided.", WEDNESDAY)
    assert not [d for d in found if "TODAY" in d.text]


def test_the_day_of_writing_is_kind_today_and_kept_off_the_page():
    import briefing

    assert one("The council meets today to set the budget.")[1] == "today"
    assert one("The council met yesterday to set the budget.")[1] == "relative"
    brief = briefing.make_brief(
        "The port council meets today to set its budget for the coming year.\n\n"
        "It met on Monday as well, when members argued about dredging costs for hours.")
    assert "today" not in [d.text for d in brief.facts.dates]
    assert "today" in [d.text for d in brief.held_back.dates]


def test_an_unanchored_relative_date_stays_off_the_page_but_in_the_json():
    import briefing
    from briefing.models import Article

    text = ("The harbour board voted last month to close the quay. The board met on "
            "Monday to back the plan. The quay opened in March 2019.")
    undated = briefing.make_brief(text)
    assert [d.text for d in undated.facts.dates] == ["in March 2019"]
    assert {"last month", "on Monday"} <= {d.text for d in undated.held_back.dates}
    dated = briefing.make_brief(Article(paragraphs=[text], title="Quay to close",
                                        published=datetime(2021, 3, 12)))
    assert {"last month", "on Monday"} <= {d.text for d in dated.facts.dates}


def test_a_date_whose_sentence_gives_no_event_stays_off_the_page():
    import briefing

    text = ("The harbour board voted to close the quay in May 2020. Trade at the quay fell "
            "30% from 2015. Its last ship was the one of 2019.")
    brief = briefing.make_brief(text)
    assert [(d.text, d.event) for d in brief.facts.dates] == [
        ("in May 2020", "The harbour board voted to close the quay")]
    held = {d.text: d for d in brief.held_back.dates}
    assert held["2019"].event == "" and held["2019"].confidence < 0.5
    assert "what happened" in held["2019"].reason


def test_a_year_after_of_is_shown_without_it():
    assert one("The mill closed in the winter of 1962.") == ("1962", "absolute", "1962")


@pytest.mark.parametrize("text", ["The pier closed several months ago.",
                                  "The pier closed a few years ago."])
def test_a_vague_count_of_units_resolves_to_no_date(text):
    assert one(text)[2] is None
