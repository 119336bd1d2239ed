"""Works titled "The ...", brands with a royal title, plural titles before lists (invented)."""

from test_facts_article import make_doc

from briefing import extract_facts
from briefing.brief import split_by_confidence
from briefing.facts.entities import find_entities
from briefing.facts.work_titles import brand_title, titled_with_the


def shown_people(text):
    shown, _held = split_by_confidence(extract_facts(text))
    return {p.name for p in shown.people}


def people(text):
    return {p.name: p for p in find_entities(make_doc(text.split("\n\n"))).people}


def test_a_capital_the_inside_a_sentence_opens_a_works_title_held_back():
    text = (
        "Their new record comes ten years after The Martin Hollow made them famous.\n\n"
        "In 1990, The Martin Hollow sold five million copies around the world."
    )
    found = people(text)
    assert "Martin Hollow" in found and found["Martin Hollow"].confidence < 0.85
    assert "Martin Hollow" not in shown_people(text)


def test_a_name_also_written_without_the_stays_a_person():
    text = (
        "The prize went to The Martin Hollow last year, critics said.\n\n"
        "Martin Hollow said he was delighted with the result of the vote."
    )
    assert not titled_with_the("Martin Hollow", text)
    assert "Martin Hollow" in shown_people(text)


def test_a_the_opening_the_sentence_or_a_show_named_after_its_host_is_no_title():
    assert not titled_with_the("Martin Hollow", "The Martin Hollow sold five million copies.")
    assert not titled_with_the(
        "Dana Kirsch", 'She appeared on "The Dana Kirsch Show" on Thursday, aides said.'
    )


def test_a_brand_with_a_royal_title_is_no_persons_role():
    assert brand_title("Chun King") and brand_title("Dairy Queen")
    assert not brand_title("Crown Prince") and not brand_title("Crown Princess")
    assert not brand_title("Saudi King") and not brand_title("Prime Minister")
    text = 'His best advert said "Nine out of 10 cooks recommend Bonzo King Noodle Soup," then.'
    found = people(text)
    assert "Noodle Soup" in found and found["Noodle Soup"].confidence < 0.85  # held
    assert not shown_people(text) & {"Noodle Soup", "Noodle"}


def test_a_plural_title_before_a_list_gives_each_name_the_title():
    text = (
        "He joined Sens. Ralph Orrin (D-N.J.), Tomas Greer Jr. (D-Va.) and Dana Kolb (R-Ohio)."
        "\n\nOrrin said the bill would pass. Republican Reps. Lyle Varga of Utah and Kim Oster"
        " of Iowa voted against it."
    )
    found = people(text)
    assert found["Ralph Orrin"].role == "Sen."  # "Orrin said" joins the full name
    assert "Orrin" not in found
    assert found["Dana Kolb"].role == "Sen."
    assert found["Lyle Varga"].role == found["Kim Oster"].role == "Republican Rep."


def test_an_opening_imperative_owns_no_title():
    found = people("Consider Ohio Republican Sens. Lyle Varga and Kim Oster.\n\nVarga said no.")
    assert found["Lyle Varga"].role == found["Kim Oster"].role == "Ohio Republican Sen."
