"""Main actors the brief must name, and names of the wrong kind it must not show."""

from test_facts_article import make_doc

from briefing.brief import SHOW_AT
from briefing.facts.entities import find_entities


def entities_of(*paragraphs: str):
    return find_entities(make_doc(list(paragraphs)))


def shown(items: list, kind: str) -> set[str]:
    return {item.name for item in items if item.confidence >= SHOW_AT[kind]}


def test_a_nationality_before_a_name_in_a_pair_joined_by_and():
    found = entities_of("The rebels freed Canadian Marcus Lowe and Irish Patrick Dunne on "
                        "Tuesday. Lowe was a teacher.")
    people = shown(found.people, "person")
    assert {"Marcus Lowe", "Patrick Dunne"} <= people
    assert not any(name.startswith(("Canadian", "Irish")) for name in people)


def test_two_sides_joined_by_and_name_no_person():
    found = entities_of("The game between the Denver Broncos and Carolina Panthers was close.")
    assert "Carolina Panthers" not in {p.name for p in found.people}
    found = entities_of("He played for Nice and Paris St Germain before he retired.")
    assert not any("Paris" in p.name for p in found.people)


def test_a_faith_after_a_nationality_is_no_surname():
    found = entities_of("The talks were run by an Italian Roman Catholic group of monks.")
    assert "Roman Catholic" not in {p.name for p in found.people}


def test_a_rugby_position_before_a_name_is_a_title():
    found = entities_of("Wing Pierre Lamotte says France can still win the title.",
                        "Lamotte scored twice.")
    people = {p.name: p for p in found.people}
    assert "Pierre Lamotte" in people and "Wing Pierre Lamotte" not in people
    assert people["Pierre Lamotte"].role == "Wing"


def test_a_show_named_after_its_host_names_the_host():
    found = entities_of('She sat down with "The Dana Pellow Show" on Monday.',
                        "The chat ended with Pellow asking about the vote.")
    assert "Dana Pellow" in shown(found.people, "person")


def test_a_firm_with_a_given_name_shaped_word_is_no_person():
    found = entities_of("A former guard at contractor Morgan Security said the rules were ignored.")
    assert not any("Security" in p.name for p in found.people)


def test_a_job_after_a_body_name_is_no_body():
    found = entities_of("White House Press Secretary Dana Lyle said the talks went well.")
    assert "White House Press" not in shown(found.organizations, "organization")
    assert "Dana Lyle" in {p.name for p in found.people}


def test_a_numbered_name_is_no_place():
    found = entities_of("Shops cleared shelves in the Sudan 1 food scare last year.")
    assert "Sudan" not in shown(found.places, "place")
    found = entities_of("Aid reached Sudan 10 years ago, officials in Sudan said.")
    assert "Sudan" in shown(found.places, "place")


def test_a_listed_body_keeps_its_rule_beside_its_spokesman():
    found = entities_of("A Taliban spokesman said the group shot down the helicopter.",
                        "The Taliban later denied it.")
    assert "Taliban" in shown(found.organizations, "organization")


def test_a_contender_title_before_a_name():
    found = entities_of("He mocked fellow contender Jed Marlow on Twitter.")
    assert "Jed Marlow" in {p.name for p in found.people}


def test_a_list_of_bodies_joined_by_and_names_no_person():
    found = entities_of("Paramount, Universal and Warner Brothers said they would back it.")
    assert not any("Warner" in p.name for p in found.people)


def test_a_word_written_twice_ends_the_name_once():
    found = entities_of("He starts ahead of Nico Rosberg and Sebastian Vettel Vettel, who won.")
    assert "Sebastian Vettel Vettel" not in {p.name for p in found.people}


def test_a_run_of_function_words_joined_by_and():
    found = entities_of("The And The Band played.", "THE AND THE")
    assert isinstance(found.people, list)
