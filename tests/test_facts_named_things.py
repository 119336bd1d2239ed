"""Names given to things are not people or places (made-up text)."""
from briefing.facts.entities import find_entities
from briefing.pipeline import text_document


def index(text: str):
    return find_entities(text_document("Headline\n\n" + text))


def test_a_name_before_website_every_time_is_no_person():
    found = index("Fans ran the Boost Lynxo website for a year. Lynxo is a free browser. "
                  "Lynxo grew fast, and Lynxo now has ten million users.")
    assert "Boost Lynxo" not in [p.name for p in found.people]


def test_a_city_name_given_to_a_product_is_held_back():
    found = index("Early versions of the browser were called Phoenix and Firebird. "
                  "It was called Firebird and before that Phoenix, until a clash over names.")
    assert all(p.confidence < 0.85 for p in found.places if p.name == "Phoenix")
    kept = index("Leaders called for talks in Phoenix on Monday.")
    assert [p.name for p in kept.places if p.confidence >= 0.85] == ["Phoenix"]
