"""A role read from an apposition stops before the sentence's cue verb (made-up text)."""
from briefing.facts.entities import find_entities
from briefing.pipeline import text_document


def roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in find_entities(text_document("Headline\n\n" + text)).people}


def test_a_cue_verb_after_an_apposition_with_no_comma_is_cut_from_the_role():
    got = roles('"It is a new start for the lender," Marta Quill, HFA director said.')
    assert got["Marta Quill"] == "HFA director"


def test_a_role_that_ends_in_another_persons_name_before_the_verb_is_none():
    got = roles("Seats targeted include Owen Pratt, the party's campaign chief Lord Vane said.")
    assert got.get("Owen Pratt", "") == ""


def test_a_relation_noun_with_a_capital_mid_sentence_is_no_title():
    got = roles("Leeds welcome back Ally Brackwell for the cup tie on Saturday.")
    assert got.get("Brackwell", "") != "Ally"
    assert roles("Blair ally Tom Venner said the plan was fine.")["Tom Venner"] == "Blair ally"
