"""Sides, competitions and places in sports reports (invented sentences)."""

from test_facts_article import make_doc

from briefing.facts.entities import find_entities


def names(items):
    return {e.name for e in items}


def test_a_town_and_a_plural_nickname_is_a_side_and_the_town_alone_is_it_too():
    index = find_entities(make_doc([
        "Dale Ormsby homered twice as the Boston Red Sox blanked the Seattle Mariners 7-0.",
        "Seattle has lost four straight, and its pitcher left after two innings.",
    ]))
    assert {"Boston Red Sox", "Seattle Mariners"} <= names(index.organizations)
    assert not {"Boston", "Seattle"} & names(index.places)
    assert "Boston Red Sox" not in names(index.people)


def test_in_a_sports_report_a_bare_town_is_a_side_but_a_town_after_in_is_the_place():
    index = find_entities(make_doc([
        "The striker scored twice in the first half and the goalkeeper saved a penalty.",
        "It was a narrow win for Bristol, who play in Leicester next week.",
    ]))
    assert "Bristol" not in names(index.places)
    assert "Leicester" in names(index.places)


def test_a_fixture_line_names_two_sides_and_a_country_keeps_its_name():
    index = find_entities(make_doc([
        "Fixtures for the weekend:", "KANSAS CITY AT DETROIT", "Norwich 1 Wolverhampton 0",
        "France v Mexico",
    ]))
    assert not {"Kansas City", "Detroit", "Norwich", "Wolverhampton"} & names(index.places)
    assert {"France", "Mexico"} <= names(index.places)


def test_in_a_sports_report_a_league_is_a_competition_and_elsewhere_a_body():
    sports = find_entities(make_doc([
        "The pitcher threw six scoreless innings, the best start in the Coastal League.",
    ]))
    assert "Coastal League" not in names(sports.organizations)
    news = find_entities(make_doc(["The Coastal League of Towns asked for more money."]))
    assert "Coastal League of Towns" in names(news.organizations)


def test_against_makes_a_side_only_in_a_sports_report_and_an_open_is_no_place():
    index = find_entities(make_doc([
        "Rebels fought against Baghdad for a week, officials in Baghdad said.",
    ]))
    assert "Baghdad" in names(index.places)
    index = find_entities(make_doc(["Mara Lindqvist won the Hong Kong Open on Sunday."]))
    assert "Hong Kong" not in names(index.places)


def test_a_given_name_that_is_a_country_starts_a_name():
    index = find_entities(make_doc(["A single by Chad Ormsby won the game in the ninth."]))
    assert "Chad Ormsby" in names(index.people)
    assert "Chad" not in names(index.places)


def test_in_a_sports_report_a_state_is_a_side_and_a_nation_keeps_its_name():
    index = find_entities(make_doc([
        "A homer in the ninth inning gave Minnesota a 4-2 lead, and the pitcher left.",
        "England named three new batsmen for the tour.",
    ]))
    assert "Minnesota" not in names(index.places)
    assert "England" in names(index.places)


def test_lines_of_names_and_whole_numbers_make_a_sports_report_and_money_does_not():
    golf = find_entities(make_doc([
        "Leading scores:", "70 68 71 - 209 Jo Lund (Sweden)", "69 70 71 - 210 Ari Pell",
        "72 69 70 - 211 Sam Oduya", "He flew back to Denver on Monday with Bristol's Ed Mor.",
        "A day for Bristol.",
    ]))
    assert "Bristol" not in names(golf.places)
    money = find_entities(make_doc([
        "Results for the half:", "Sales 9.06 9.31 8.42", "Net 415 million 490 million",
        "Costs 2.1 2.4 2.2", "The group is based in Bristol. A day for Bristol.",
    ]))
    assert "Bristol" in names(money.places)


def test_an_acronym_in_brackets_that_spells_the_name_keeps_it_whole():
    index = find_entities(make_doc([
        "The Council for Trade and Fisheries in Norland (CTFN) met in Norland on Monday.",
    ]))
    assert "Council for Trade and Fisheries in Norland" in names(index.organizations)
    index = find_entities(make_doc(["The Fisheries Council in Brussels (EU) met again."]))
    assert "Fisheries Council" in names(index.organizations)


def test_a_club_named_by_its_town_is_evidence_of_sport():
    index = find_entities(make_doc([
        "The defender joined Leeds United from Real Madrid and hopes to play in the Premier",
        "League next year. He scored against Preston last week.",
        "The Barclays Premier League starts in August.",
    ]))
    assert not {"Premier League", "Barclays Premier League"} & names(index.organizations)
    assert "Preston" not in names(index.places)
    news = find_entities(make_doc(["Officials in Kansas City said the Fair Trade League met."]))
    assert "Fair Trade League" in names(news.organizations)
