"""Names and labels written with accents are read like their plain forms (made-up text)."""
from briefing.facts.entities import find_entities
from briefing.facts.figures import figures_in_sentence
from briefing.pipeline import text_document


def people(text: str) -> list[str]:
    return [p.name for p in find_entities(text_document("Headline\n\n" + text)).people]


def test_an_accented_given_name_is_a_given_name():
    assert people("A show of pictures by German painter Jörg Hallwacht opens today.") == [
        "Jörg Hallwacht"]


def test_a_figure_label_keeps_an_accented_name_whole():
    found = figures_in_sentence(
        "As the boat sank, 31-year-old Mateo Andrés Núñez Ruiz swam to shore.")
    assert [f.label for f in found] == ["Mateo Andrés Núñez Ruiz"]
