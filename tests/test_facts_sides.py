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


def _titled(title, paragraphs):
    from briefing.models import Article
    from briefing.segment import segment

    return find_entities(segment(Article(paragraphs=paragraphs, title=title)))


def test_a_sport_leading_the_headline_makes_a_sports_report():
    lines = ["The touring party meets Bristol on Friday and then flies home."]
    assert "Bristol" not in names(_titled("CRICKET - TOUR PLANS", lines).places)
    assert "Bristol" in names(_titled("Cricket fans join the march", lines).places)
    untitled = _titled("", ["RUGBY UNION - LATE WIN", "It was a narrow win for Bristol."])
    assert "Bristol" not in names(untitled.places)


def test_a_side_named_by_its_town_keeps_the_town_where_the_text_places_it():
    index = find_entities(make_doc([
        "The striker scored twice as Bristol beat Leicester 2-0 in the semifinal.",
        "Fans celebrated in Bristol until dawn; the manager took over at Bristol in May.",
        "Nevertheless, Bristol were lucky.",
    ]))
    bristol = [e for e in index.places if e.name == "Bristol"]
    assert bristol and bristol[0].mentions == 1  # only "in Bristol"
    kinds = [k for _s, _e, k, n in index.spans if n == "Bristol"]
    assert kinds.count("organization") == 3


def test_in_a_sports_report_rugby_union_is_the_game_and_a_center_the_ground():
    index = find_entities(make_doc([
        "The striker and the goalkeeper both played rugby at school.",
        "Rugby Union is growing, the Welsh Rugby Union said at the Marlow Center.",
    ]))
    orgs = {e.name: e for e in index.organizations}
    assert "Rugby Union" not in orgs and "Welsh Rugby Union" in orgs
    assert orgs["Marlow Center"].confidence < 0.85


def test_a_common_given_name_before_a_paper_word_is_a_person_and_the_games_no_body():
    index = find_entities(make_doc([
        "Rusedski fell to Jim Courier in the deciding rubber before the Olympics.",
    ]))
    assert "Jim Courier" in names(index.people)
    assert not {"Jim Courier", "Olympics"} & names(index.organizations)
