"""Person names whose shape says they are a group, a side, a product or a longer name."""

from test_facts_article import make_doc

from briefing.facts.entities import find_entities
from briefing.facts.person_shapes import plural_demonym, reshaped
from briefing.lang.en.speech import given_name


def people_of(*paragraphs: str) -> dict:
    return {p.name: p for p in find_entities(make_doc(list(paragraphs))).people}


def test_a_plural_demonym_makes_the_run_a_group():
    assert plural_demonym("Czechs") and plural_demonym("Texans")
    assert not plural_demonym("Czech") and not plural_demonym("Jones")
    assert reshaped("Roma Czechs") == ""
    people = people_of("Figures suggested Roma Czechs were far more likely to be stopped.")
    assert "Roma Czechs" not in people
    people = people_of("The club meets fellow Londoners Millwall Rovers at home next month.")
    assert not any("Millwall" in name for name in people)


def test_a_demonym_before_a_name_is_dropped():
    assert reshaped("Kentuckian Rand Paul") == "Rand Paul"
    people = people_of("Senator Ann Brook backed fellow Ohioan Carla Denton on Monday.")
    assert "Carla Denton" in people and "Ohioan Carla Denton" not in people


def test_hyphenated_given_names_and_particle_chains():
    assert given_name("Anna-Lena") and not given_name("Anna-Xqzt")
    people = people_of("Maria Lopez beat Anna-Lena Vorberg in the final at Pattaya.")
    assert "Anna-Lena Vorberg" in people
    people = people_of("Actor Tomas de la Fuente took the debut prize for his role.")
    assert "Tomas de la Fuente" in people


def test_a_function_word_can_be_a_surname_after_a_given_name():
    people = people_of("The ballad was written by the radio DJ Mike Read last year.")
    assert "Mike Read" in people and "Mike" not in people


def test_a_fronted_phrase_opens_no_apposition():
    people = people_of("With Vexa Move, the company created a speaker that is portable.")
    assert "Vexa Move" not in people


def test_a_title_before_a_club_and_a_position_names_the_next_person():
    people = people_of("Fellow Bath prop Dan Wells will start on the bench on Saturday.")
    assert "Bath" not in people and "Dan Wells" in people


def test_a_title_before_a_firm_and_its_region_names_no_person():
    people = people_of("Ron Hale, President Zentex North America, says the deal is good.")
    assert "Zentex North" not in people


def test_a_pair_whose_surname_recurs_alone_is_a_person():
    people = people_of(
        "Lars Brandt beat Orlek Kravec in the final at Sydney on Sunday.",
        "The match turned when Kravec won five games in a row, and later Kravec served well.",
    )
    assert people["Orlek Kravec"].rule == "repeated-surname"
    assert people["Orlek Kravec"].confidence >= 0.85
    assert people["Orlek Kravec"].mentions == 3


def test_a_surname_alone_only_once_is_held_back():
    people = people_of(
        "Lars Brandt beat Orlek Kravec in the final at Sydney on Sunday.",
        "The match turned when Kravec won five games in a row.",
    )
    assert people["Orlek Kravec"].confidence < 0.85


def test_openers_and_title_words_make_no_repeated_surname():
    people = people_of(
        "Classy Kravec reaches the final.",
        "Fans saw Kravec win again, and Kravec smiled.",
        "He hopes to climb Mount Kestrel, the peak Kestrel fans love, as Kestrel did.",
    )
    assert "Classy Kravec" not in people and "Mount Kestrel" not in people
