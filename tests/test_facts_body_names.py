"""Bodies named two ways: an ampersand, a party's members or nickname, small words (invented)."""

from test_facts_article import make_doc

from briefing.facts.entities import find_entities


def by_name(items):
    return {e.name: e for e in items}


def test_a_firm_named_with_an_ampersand_is_one_body_not_its_first_half():
    index = find_entities(make_doc([
        "Drugs giant Kessler & Kessler has agreed to buy a heart-valve maker for $2bn.",
        "Kessler & Kessler said the deal would close in March.",
    ]))
    orgs = by_name(index.organizations)
    assert "Kessler & Kessler" in orgs and orgs["Kessler & Kessler"].confidence >= 0.95
    assert "Kessler" not in orgs
    assert "Kessler" not in by_name(index.people)  # "Kessler said" is the firm speaking


def test_surnames_either_side_make_a_firm_and_the_second_half_is_no_person():
    index = find_entities(make_doc([
        "Pruitt & Thorne said sales rose by a fifth over the year to March.",
    ]))
    assert by_name(index.organizations)["Pruitt & Thorne"].confidence >= 0.95
    assert "Thorne" not in by_name(index.people)


def test_common_words_either_side_are_held_back_as_a_show_or_a_film():
    index = find_entities(make_doc([
        "He told the morning show Sun & Friends that he would run again.",
    ]))
    show = by_name(index.organizations)["Sun & Friends"]
    assert show.confidence < 0.95


def test_two_places_or_two_given_names_are_not_joined():
    index = find_entities(make_doc([
        "Fans from Serbia & Montenegro cheered, and Judy & Richard signed copies in Leeds.",
    ]))
    assert {"Serbia", "Montenegro"} <= set(by_name(index.places))
    assert not any("&" in name for name in by_name(index.organizations))


def test_a_party_named_by_its_members_and_its_nickname_is_listed_once():
    index = find_entities(make_doc([
        "The Tories said the plan would fail, and Labour said it would pass.",
        "A spokesman said the Conservatives would vote against it on Tuesday.",
        "The Conservatives have opposed it for a year.",
    ]))
    orgs = by_name(index.organizations)
    assert "Conservatives" in orgs and "Tories" not in orgs
    assert orgs["Conservatives"].mentions == 3
    assert "Labour" in orgs


def test_a_nickname_is_not_the_name_kept_when_the_party_is_named_too():
    index = find_entities(make_doc([
        "GOP leaders met on Monday. GOP donors were there, and so was the GOP chairman.",
        "The Republican Party said it would name its candidate in July.",
    ]))
    orgs = by_name(index.organizations)
    assert "Republican Party" in orgs and "GOP" not in orgs


def test_a_body_written_with_another_small_word_is_one_body():
    index = find_entities(make_doc([
        "The Institute for Fiscal Studies said taxes would have to rise.",
        "The Institute of Fiscal Studies has said so before.",
    ]))
    orgs = by_name(index.organizations)
    assert "Institute for Fiscal Studies" in orgs and "Institute of Fiscal Studies" not in orgs


def test_a_function_word_in_an_inline_crosshead_is_no_body():
    index = find_entities(make_doc([
        "The film was a hit in Leeds. WHO WAS MARGO? The statue is named after a cook.",
        "The World Health Organization said the flu season was mild.",
    ]))
    who = by_name(index.organizations)["World Health Organization"]
    assert who.confidence >= 0.95  # the spelled-out mention still vouches for it
    index = find_entities(make_doc([
        "The film was a hit in Leeds. WHO WAS MARGO? The statue is named after a cook.",
    ]))
    assert all(o.confidence < 0.95 for o in index.organizations if o.name.startswith("World"))


def test_a_designator_after_role_words_alone_is_a_title_not_a_company():
    index = find_entities(make_doc([
        "Principal Deputy Assistant AG Dana Ortiz wrote the letter on Friday.",
        "Rhinemetall AG said profits rose.",
    ]))
    orgs = by_name(index.organizations)
    assert "Principal Deputy Assistant AG" not in orgs
    assert "Rhinemetall AG" in orgs


def test_a_faith_before_a_body_noun_is_no_body():
    index = find_entities(make_doc([
        "He wrote in the Beacon, a Methodist newspaper, that the plan would fail.",
        "Methodist leaders said they would meet the minister on Monday.",
    ]))
    assert "Methodist" not in by_name(index.organizations)
