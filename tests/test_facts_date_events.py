"""What a date on the page is the date of, lists of dates, and days the tense cannot
place (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from briefing.facts.date_events import event_of, in_a_listing, readable, says_more_than
from briefing.facts.dates import find_in_text

MONDAY = date(2021, 11, 15)  # a Monday


def values(text: str, published: date = MONDAY) -> dict[str, str | None]:
    return {found.text: found.value for found in find_in_text(text, published)}


def event(text: str, date_words: str) -> str:
    start = text.index(date_words)
    return event_of(text, start, start + len(date_words))


def test_the_event_is_the_short_clause_the_date_sits_in():
    text = "The mayor was arrested in October 2003, after a long inquiry."
    assert event(text, "in October 2003") == "The mayor was arrested"
    text = "In August 2014, a clerk came forward with the papers."
    assert event(text, "In August 2014") == "a clerk came forward with the papers"


def test_no_event_without_a_subject_the_reader_can_place():
    assert event("Rallies across the state were held on April 4.", "on April 4") != ""
    # the clause's subject is before an aside: it is given back, the aside left out
    assert event("The rallies, organised by students, were held on April 4.", "on April 4") == \
        "The rallies were held"
    # ... but not when the clause itself may be an aside, or the subject is no noun
    assert event("Kim Lee, 45, was jailed in 2010, the court heard.", "in 2010") == ""
    assert event("The plan, drawn up in 2010.", "in 2010") == ""
    assert event("In Leeds, was opened in 2010.", "in 2010") == ""
    assert event("It announced a new order on Monday.", "on Monday") == ""
    assert event("Their contracts end on Dec. 9.", "on Dec. 9") == ""


def test_no_event_inside_someone_elses_words():
    assert event('She said: "The plant closed in 2019 for good."', "in 2019") == ""


def test_dates_of_a_fixture_list_are_a_listing():
    text = "Fixtures: Redvale (home) - May 2, Harwick (away) - May 9, Linton (home) - May 16."
    spans = [(text.index(d), text.index(d) + len(d)) for d in ("May 2", "May 9", "May 16")]
    assert in_a_listing(text, spans) == {0, 1, 2}
    story = "The club lost on May 2, then won its cup game on May 9 and drew on May 16."
    spans = [(story.index(d), story.index(d) + len(d)) for d in ("May 2", "May 9", "May 16")]
    assert in_a_listing(story, spans) == set()


def test_a_day_postponed_from_a_weekday_is_the_coming_one():
    assert values("The meeting will be postponed from Tuesday to Friday.")["from Tuesday"] == \
        "2021-11-16"


def test_by_a_weekday_written_on_that_weekday_is_not_placed():
    assert values("Staff must reply by Monday.")["by Monday"] is None
    assert values("Staff must reply by Friday.")["by Friday"] == "2021-11-19"


def test_a_future_seen_from_the_past_takes_the_nearest_year_and_no_weekday():
    # "would leave on Oct. 31", written in November: the deadline just missed, not next year's
    text = "He failed to keep his vow that the country would leave the union on Oct. 31."
    assert values(text)["on Oct. 31"] == "2021-10-31"
    assert values("She said she would resign on Friday.")["on Friday"] is None
    assert values("She will resign on Friday.")["on Friday"] == "2021-11-19"


def test_a_value_is_written_for_a_reader():
    assert readable("2019-11-18") == "18 Nov 2019"
    assert readable("2019-W46") == "week of 11 Nov 2019"
    assert readable("197X") == "the 1970s"
    assert readable("2006/2012") == "2006–2012"
    assert readable("soon") == ""
    assert says_more_than("18 Nov 2019", "on Monday")
    assert not says_more_than("Oct 2003", "in October 2003")
    assert not says_more_than("the 1970s", "in the 1970s")


def test_a_participle_after_a_noun_takes_the_date_from_the_main_verb():
    text = "The league condemned the plan announced on Monday by the minister."
    assert event(text, "on Monday") == ""
    assert event("The plan was announced on Monday.", "on Monday") == "The plan was announced"


def test_this_weekend_in_a_past_clause_is_the_weekend_just_gone():
    assert values("Soldiers cleared the streets this weekend.")["this weekend"] == "2021-11-13"
    assert values("Soldiers will clear the streets this weekend.")["this weekend"] == "2021-11-20"


def test_a_figure_alone_leaves_the_clause_the_dates():
    assert event("Sales climbed by over 11% in 2005.", "in 2005") == "Sales climbed by over 11%"
    assert event("Acme hired 30,000 staff in 2005.", "in 2005") == "Acme hired 30,000 staff"
    assert event("Acme hired at least 300 staff in 2005.", "in 2005") == \
        "Acme hired at least 300 staff"
    # ... but not one of a series, nor the end of a span of dates
    assert event("Sales climbed 1.1% in 2004, 0.3% in 2003.", "in 2004") == ""
    assert event("The poll was taken Oct. 30 to Nov. 8 online.", "Nov. 8") == ""


def test_no_event_for_a_date_inside_a_noun_phrase_or_after_a_figure():
    text = "Troops arrived in the wake of the September 11, 2001 attacks."
    assert event(text, "September 11, 2001") == ""
    text = "In contrast the share of renters will drop from 40.2 per cent in 2011 to 35 per cent."
    assert event(text, "in 2011") == ""
    text = "Prices will rise sharply, meaning one in four homes will be sold by 2030."
    assert event(text, "by 2030") == ""


def test_a_subject_parted_from_its_verb_is_given_back():
    assert event("Kim Lee, 45, was jailed in 2010.", "in 2010") == "Kim Lee was jailed"
    assert event("The couple, began dating in May 2013 after meeting online.", "in May 2013") == \
        "The couple began dating"
    text = "Fans mourned the singer Ana Ruiz who reportedly retired in August after a tour."
    assert event(text, "in August") == "Ana Ruiz reportedly retired"
    assert event("The old mill, which closed in 1990, is now a museum.", "in 1990") == \
        "The old mill closed"
    # a relative word after a phrase that is neither a name nor "the + noun"
    assert event("He thanked the many of us who voted in 2010.", "in 2010") == ""
    # ... or after a name that is part of something else, or one of two
    text = "She praised his tenure at Acme Steel, which began in May 2003."
    assert event(text, "in May 2003") == ""
    assert event("Bo Kim and Ana Ruiz, who met in 2001, are wed.", "in 2001") == ""
    assert event("Fans of Ana, who retired in 2001, wept.", "in 2001") == ""
    # without a comma a one-word name may be one of many, unless a noun before it names it
    assert event("Fans who retired in 2001 wept.", "in 2001") == ""
    assert event("He met the pianist Berg who retired in 2001.", "in 2001") == "Berg retired"
    assert event("He met his wife Ana which emerged in 2001.", "in 2001") == ""


def test_a_person_after_from_or_with_owns_the_who_clause():
    text = "The remarks from Ana Ruiz, who has led the union since 1994, were sharp."
    assert event(text, "since 1994") == "Ana Ruiz has led the union"
    # after "in"/"of" the "who" is most often the noun before: a commentator, a chairman
    text = "said Bo Kim, a pundit in Leeds, who attended a rally last Friday."
    assert event(text, "last Friday") == ""
    text = "He met the chairman of Acme Steel, who died in 2014, at a dinner."
    assert event(text, "in 2014") == ""
    # without the comma the clause may be anyone's
    assert event("He met a friend of Ana Ruiz who died in 2000.", "in 2000") == ""


def test_a_date_inside_a_noun_phrase_has_no_event_of_its_own():
    from briefing.facts.dates import find_in_text

    text = "His life has been the subject of 1956 film Sky High."
    found = find_in_text(text)[0]  # its span holds the "of" the page leaves out
    assert event_of(text, found.start, found.end) == ""
    assert event("Mr Lee was elected in the wave of 2010.", "2010") == ""
    assert event("Mr Lee was criticised ahead of next Tuesday's vote.", "next Tuesday") == ""
    assert event("Mr Lee left Acme after 2008 financial turmoil.", "after 2008") == ""
    assert event("Mr Lee left Acme after 2008 for good.", "after 2008") == "Mr Lee left Acme"


def test_an_event_noun_is_the_event_of_a_verbless_clause():
    text = "With both men in camp for the fight at the Grand Arena on May 2, tickets sold out."
    assert event(text, "on May 2") == "the fight at the Grand Arena"
    # with no place the noun leans on the sentences before; a noun that names no event,
    # or a limit ("since"), gives nothing
    text = "Despite new doubts about the general election on 4 June, the party carried on."
    assert event(text, "on 4 June") == ""
    assert event("Despite doubts about the report at the Grand Arena on 4 June, it went on.",
                 "on 4 June") == ""
    assert event("He has not run in the race at Redvale since 2010.", "since 2010") == ""


def test_words_between_the_clause_and_the_date_are_left_off():
    text = "Voting ends on 3 May and the results will be known sometime between 8 and 9 May."
    assert event(text, "8 and 9 May") == "the results will be known"
    assert event("However Lee pulled out in 2002.", "in 2002") == "Lee pulled out"
    assert event("The couple were hit by tragedy early in 2002.", "in 2002") == \
        "The couple were hit by tragedy"
    assert event("The next vote will be next week.", "next week") == "The next vote"


def test_a_clause_without_its_subject_or_verb_is_no_event():
    assert event("The firm cut jobs and later fired its chief in May 2014.", "in May 2014") == ""
    assert event("Police had last month charged Lee.", "last month") == ""
    assert event("In a letter filed last month, Acme said no.", "last month") == ""
    assert event("Italy will visit on 17 August.", "on 17 August") == "Italy will visit"
    assert event("That all changed one day in June 2014.", "in June 2014") == ""
    assert event("All ten bouts will be played throughout 2005.", "throughout 2005") == \
        "All ten bouts will be played"
    assert event("The calendar looks better for him in May than in April.", "in April") == ""
    assert event("''We won,'' Lee wrote last week.", "last week") == ""
    assert event("Read more: the return He won a prize in 1959.", "in 1959") == ""
