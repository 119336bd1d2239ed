"""People's names: dotted initials, a surname the text gives two people, and names that
are a greeting, a firm, a building, a town or a family word (sentences written for these
tests)."""

from test_facts_article import make_doc
from test_facts_name_parts import entities_of as maps_of

from briefing import extract_facts
from briefing.facts.entities import find_entities


def entities_of(paragraphs):
    """test_facts_name_parts' three maps, and the index itself (for its surnames)."""
    return (*maps_of(paragraphs), find_entities(make_doc(paragraphs)))


def test_dotted_initials_with_a_lone_surname_later_are_a_person():
    people, _, _, _ = entities_of(
        ["Jazz great R.T. Wexley cancelled his tour.", "Doctors said Wexley was tired."]
    )
    assert people["R.T. Wexley"].confidence >= 0.85


def test_dotted_initials_after_a_role_word_or_before_a_cue_are_a_person():
    people, _, _, _ = entities_of(
        ["The novelist P.J. Dorrance signed copies.", "\"It was fun,\" said J.M. Lomax."]
    )
    assert "P.J. Dorrance" in people and "J.M. Lomax" in people


def test_dotted_initials_of_a_place_or_with_no_person_cue_make_no_person():
    people, _, _, _ = entities_of(
        ["Shoppers crowded the J.C. Fenwick store.", "Officials in Washington D.C. Harper met."]
    )
    assert "J.C. Fenwick" not in people
    assert not any(name.startswith("D.C.") for name in people)


def test_a_surname_another_given_name_shares_is_left_unresolved():
    _, _, _, index = entities_of(
        [
            "The singer R. Talbot was in hospital, his niece, Marion Talbot, told reporters.",
            "\"I am feeling much better,\" Talbot said on Tuesday.",
        ]
    )
    assert "Talbot" in index.shared_surnames
    assert index.resolve_person("Talbot") != "Marion Talbot"
    assert index.resolve_person("Marion Talbot") == "Marion Talbot"


def test_a_quote_by_a_shared_surname_does_not_go_to_the_one_full_name():
    text = (
        "Blues singer W.D. Harlan was taken to hospital, his niece, Marion Harlan, told "
        "reporters.\n\n\"I am feeling much better and I will go home today,\" Harlan said."
    )
    quotes = extract_facts(text).quotes
    assert quotes and all(q.speaker != "Marion Harlan" for q in quotes)


def test_a_title_or_a_middle_initial_names_no_other_bearer():
    _, _, _, index = entities_of(
        [
            "President Walter P. Dunmore met reporters in the morning.",
            "\"We will win,\" Dunmore said. Mr Dunmore smiled. Later Walter Dunmore left.",
        ]
    )
    assert not index.shared_surnames
    assert index.resolve_person("Dunmore") == "Walter P. Dunmore"


def test_a_greeting_in_a_subject_line_is_no_person():
    people, _, _, _ = entities_of(
        ["The e-mail's subject line says \"Merry Christmas\" and it spreads fast.",
         "Users saw Merry Christmas in their inbox before Christmas."]
    )
    assert not any(name.startswith("Merry") for name in people)


def test_a_name_ending_in_a_firm_word_is_an_organisation():
    people, _, orgs, _ = entities_of(
        ["\"A bold sale,\" said Harwick Investment Research analyst Tom Gale.",
         "Shares were backed by Dalton Partners and Corvin Securities."]
    )
    assert "Harwick Investment Research" not in people
    assert "Tom Gale" in people
    assert {"Harwick Investment Research", "Dalton Partners", "Corvin Securities"} <= set(orgs)


def test_a_family_word_opening_a_caption_is_no_title():
    people, _, _, _ = entities_of(
        ["Father Owen Pritchard said he was upset by the noise.",
         "Pritchard had taken his son to the service."]
    )
    assert "Owen Pritchard" in people
    assert "Father Owen Pritchard" not in people


def test_a_royal_title_before_a_building_name_is_held_back():
    people, _, _, _ = entities_of(
        ["The estate already has a Prince Albert House.", "Prince Edward opened it."]
    )
    assert people["Albert House"].confidence < 0.85


def test_a_caption_run_into_a_town_name_is_held_back():
    people, _, _, _ = entities_of(
        [
            "One building is named after his grandson Arthur Brackley is the model village.",
            "Visitors to the village Brackley love it. A pub in Brackley opens soon.",
        ]
    )
    assert people["Arthur Brackley"].confidence < 0.85


def test_a_body_cut_from_a_title_case_name_is_no_organisation():
    _, _, orgs, _ = entities_of(
        ["The photos came from the campaign group Delmora is Being Watched Quietly online.",
         "Food is scarce in Delmora this winter."]
    )
    assert "Delmora" not in orgs


def test_a_short_given_name_or_a_club_before_the_surname_is_no_other_bearer():
    _, _, _, index = entities_of(
        [
            "Defender Matthew Corbin is fit again. Matt Corbin trained on Monday.",
            "Everton Corbin, as fans call him, said he was ready. \"I feel good,\" Corbin said.",
        ]
    )
    assert "Corbin" not in index.shared_surnames
