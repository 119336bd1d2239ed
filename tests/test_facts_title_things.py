"""A title and a one-word name that name a thing, a work or a longer title (invented)."""

from test_facts_article import make_doc

from briefing import extract_facts
from briefing.brief import split_by_confidence
from briefing.facts.entities import find_entities


def shown_people(text):
    shown, _held = split_by_confidence(extract_facts(text))
    return {p.name for p in shown.people}


def people(index):
    return {p.name: p for p in index.people}


def test_a_law_an_order_or_a_day_after_a_title_word_is_no_person():
    names = shown_people(
        "The Youth Justice Act came into force in May, ministers said.\n\n"
        "The president signed an Executive Order on Friday, before Martin Luther King Day."
    )
    assert not {"Act", "Order", "Day"} & names


def test_a_work_named_by_a_title_and_one_word_is_held_back_not_shown():
    text = (
        "Two episodes of the new Miss Fenwick drama will air at Christmas.\n\n"
        "She won an award for the hit track Lady Treacle, a song called Judge Mayhem was cut."
    )
    index = find_entities(make_doc(text.split("\n\n")))
    found = people(index)
    assert "Fenwick" in found and found["Fenwick"].confidence < 0.85  # held, not dropped
    assert not {"Fenwick", "Treacle", "Mayhem"} & shown_people(text)


def test_mr_and_ms_keep_the_person_beside_a_works_cue():
    names = shown_people(
        "Critics are painting Mr. Hartwell as a spendthrift, a rival said on Sunday.\n\n"
        "President Sam Hartwell said he would not stand down."
    )
    assert "Sam Hartwell" in names


def test_a_job_title_read_on_after_a_title_is_no_person():
    index = find_entities(make_doc([
        "Dr Ann Lowry, Consultant Clinical Oncologist at Hillside Hospital, said it worked.",
        "The head of the unit, Acting Detective Chief Superintendent Tom Reyes, said so too.",
    ]))
    found = people(index)
    assert "Clinical Oncologist" not in found and "Superintendent" not in found
    assert "Ann Lowry" in found and "Tom Reyes" in found


def test_a_title_and_one_word_listed_among_works_is_the_works_even_past_a_number():
    text = "Among the overlooked films were Dirty Money, The 12 Lanterns and King Crumble."
    index = find_entities(make_doc([text]))
    found = people(index)
    assert "Crumble" not in found or found["Crumble"].confidence < 0.85
    assert "Crumble" not in shown_people(text)
