"""Bodies and places whose surroundings say they are misread (made-up fixtures)."""

from test_facts_article import make_doc

from briefing.facts.entities import find_entities


def index_of(*paragraphs: str):
    return find_entities(make_doc(list(paragraphs)))


def shown(entities) -> set[str]:
    return {e.name for e in entities if e.confidence >= 0.85}


def test_a_shouted_function_word_is_no_body():
    index = index_of("FIVE THINGS TO WATCH", "WHO IS AHEAD NOW?", "The debate is in Atlanta.")
    assert "World Health Organization" not in shown(index.organizations)
    index = index_of("The WHO said the outbreak in Kivu was over on Monday.")
    assert "World Health Organization" in shown(index.organizations)


def test_a_keyword_ending_a_title_or_a_room_is_no_body():
    index = index_of("Vance spoke on Channel 9's State of the Union on Sunday morning.")
    assert "Union" not in shown(index.organizations)
    index = index_of("Critics seized on the Oval Office address he gave on Friday.")
    assert "Oval Office" not in shown(index.organizations)
    index = index_of("The protein works like a Swiss Army knife inside the cell.")
    assert not any("Army" in name for name in shown(index.organizations))


def test_a_school_after_its_owners_possessive_is_held_unless_the_owner_is_a_town():
    index = index_of("The minister met pupils from St Alwen's Middle School in Ledbury.")
    assert "Middle School" not in shown(index.organizations)
    index = index_of("She left Bristol's Old Vic Theatre School to take the part.")
    assert "Old Vic Theatre School" in shown(index.organizations)


def test_an_opening_adjective_is_no_part_of_a_listed_body():
    index = index_of("Key Security Council members distanced themselves from the plan.")
    assert "Security Council" in shown(index.organizations)
    assert "Key Security Council" not in {e.name for e in index.organizations}


def test_an_acronym_and_a_keyword_name_are_two_bodies():
    index = index_of("Analysts named SBI and Kestrel Bank as the main winners of the ruling.")
    names = {e.name for e in index.organizations}
    assert "Kestrel Bank" in names and "SBI and Kestrel Bank" not in names


def test_a_compass_town_with_its_state_is_a_town_of_its_own():
    index = index_of("Hart was born in East Chicago, Indiana, and grew up in Gary.")
    assert "Chicago" not in shown(index.places)
    index = index_of("Hart was born in Chicago and grew up in East Chicago, Indiana.")
    assert "Chicago" in shown(index.places)


def test_a_town_after_an_unknown_name_word_and_before_a_possessive_is_a_surname():
    index = index_of("It may match the record of Taiki Nagasaki's last film, Red Sky.")
    assert "Nagasaki" not in shown(index.places)
