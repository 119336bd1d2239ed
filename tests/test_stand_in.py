"""The heading of an untitled article: the top sentence's subject and verb, or a plain
fallback, never a fragment that names nothing."""

from __future__ import annotations

import pytest

from briefing.renderers.stand_in import FALLBACK, stand_in_heading


@pytest.mark.parametrize(
    "top, heading",
    [
        # an aside between the subject and its verb is left out
        ("The woman in her 40s, who has only been named as Ms Li, was walking her dog along "
         "the cliffs at Dover when a van hit her.",
         "The woman in her 40s was walking her dog along the cliffs…"),
        ("Ted Lowe, 61, of Hull, Yorkshire, sailed around the world in a small boat he "
         "built himself in his garden.", "Ted Lowe sailed around the world in a small boat…"),
        # an opening adverbial and a dateline are left out
        ("In about five years, robots will deliver most of the parcels in the city centre, "
         "the council said.", "Robots will deliver most of the parcels in the city centre…"),
        ("BRISTOL - Jane Roe, who runs the bakery on the corner, won the award for the "
         "best bread in the county on Friday.",
         "Jane Roe won the award for the best bread in the county on Friday…"),
        # a dash aside; "advanced" after a preposition is no verb
        ("Women with advanced heart disease - the commonest killer of older women - are to "
         "get a new pill from the health service next year.",
         "Women with advanced heart disease are to get a new pill…"),
        # a comma inside a number ends no clause; the cut is not inside "of 84"
        ("About 1,200 dock workers at Eastbrook harbour began a 72-hour strike on Monday "
         "over pay and conditions.",
         "About 1,200 dock workers at Eastbrook harbour began a 72-hour strike…"),
        ("Jo Bell has died at the age of 84 after a short illness at her home in Leeds on "
         "Sunday.", "Jo Bell has died at the age of 84…"),
        # the cut does not leave a quotation open
        ("The dashcam video from a patrol car captures a 'church of the last days of the "
         "world' fighting police.", "The dashcam video from a patrol car captures…"),
        # a present-tense verb the lists miss, before its object
        ("The new software extracts the colour of every painting in the gallery's online "
         "archive of old masters.", "The new software extracts the colour of every painting…"),
        # a short sentence is its own heading, verb or none
        ("Local bakers won the cup.", "Local bakers won the cup."),
        ("Best day of the year.", "Best day of the year."),
    ],
)
def test_the_heading_is_the_main_clause(top: str, heading: str) -> None:
    assert stand_in_heading(top) == heading


@pytest.mark.parametrize(
    "top",
    [
        # no verb at all
        "The man in his 50s, a farmer from a village near Canterbury in Kent, and his son.",
        # a subordinate clause whose commas hide where the main clause starts
        "When the city's mayor, Ann Bell, said she would resign, the council met in private.",
        # the subject sat in what reads as an adverbial
        "Over the last year more than 9,000 people, a crowd the size of a town, have "
        "signed the petition.",
        "",
    ],
)
def test_no_sure_main_clause_gives_the_plain_fallback(top: str) -> None:
    assert stand_in_heading(top) == FALLBACK


@pytest.mark.parametrize(
    "top, heading",
    [
        # the verb comes too late: the subject that names something is the topic
        ("The extraordinary global craze for the Harbour Cup final in Bristol has reached "
         "the point where every detail of the two captains' lives is studied.",
         "The extraordinary global craze for the Harbour Cup final in Bristol…"),
        ("A merry widow from Bristol who loves to party the night away dancing on tables "
         "admits her life is a far cry from that of her own grandparents.",
         "A merry widow from Bristol who loves to party…"),
        # "so many" opens a noun phrase, not a clause
        ("In about five years, so many young people in Eastbrook will be overweight that "
         "the army will be unable to recruit enough soldiers.",
         "So many young people in Eastbrook will be overweight…"),
        # "died" is a verb after the asides
        ("Ada Reyes, one of the city's best-loved singers and songwriters, died of cancer "
         "on Friday at the age of 66.", "Ada Reyes died of cancer on Friday at the age of 66…"),
    ],
)
def test_a_late_verb_leaves_the_subject_as_a_topic(top: str, heading: str) -> None:
    assert stand_in_heading(top) == heading


@pytest.mark.parametrize(
    "top",
    [
        # a topic that names nothing
        "The long and bitter row over the old harbour wall among the town's residents has "
        "spread to the villages nearby.",
        # "It's" is no subject
        "It's time for Episode 7 of the Harbour Podcast, our weekly show on the race for "
        "the mayor's office.",
        # the verb sat in what looked like an opening adverbial: the rest is an aside
        "In a startling new video harbour star Ada Reyes turns herself into a mermaid, the "
        "character from the film of the same name.",
    ],
)
def test_no_topic_that_names_something_gives_the_fallback(top: str) -> None:
    assert stand_in_heading(top) == FALLBACK


def test_a_key_point_heads_the_page_when_the_top_sentence_cannot():
    top = "The man in his 50s, a farmer from a village near Canterbury in Kent, and his son."
    point = "A farmer and his son were rescued from a flooded field in Kent by a lifeboat crew."
    assert stand_in_heading(top, point) == ("A farmer and his son were rescued from a "
                                            "flooded field…")
    assert stand_in_heading(top, top) == FALLBACK
    # a point that leans on the one before cannot head the page
    assert stand_in_heading(top, "Then the family was rescued from the field by boat.") == FALLBACK
    assert stand_in_heading(top, "Later a lifeboat crew reached the flooded farm.") == FALLBACK


def test_a_count_with_no_noun_is_no_heading_of_its_own():
    # the top sentence gives no clause; the point's "More than 4,000" counts what it named
    top = "Over the past decade more than 9,000 families, a town's worth, have left the valley."
    assert stand_in_heading(top, "More than 4,000 have never come back.") == FALLBACK
    assert stand_in_heading(top, "Most were farmers.") == FALLBACK
    assert stand_in_heading(top, "The valley's mayor has promised new jobs.") != FALLBACK
