"""Names that are part of something else: a brand before a product, a currency, a
nickname, a venue, a sports club, an event."""

from test_facts_article import make_doc

from briefing.facts.entities import find_entities


def entities_of(paragraphs):
    index = find_entities(make_doc(paragraphs))
    return (
        {p.name: p for p in index.people},
        {e.name: e for e in index.places},
        {e.name: e for e in index.organizations},
    )


def test_a_maker_name_before_a_product_noun_is_a_brand():
    people, _, _ = entities_of(
        [
            "She wore flat boots and carried her beloved Emma Pellow quilted handbag to the show.",
            "Later Julia Marsh met the buyers of the shop.",
        ]
    )
    assert people["Emma Pellow"].confidence < 0.85
    assert people["Julia Marsh"].confidence >= 0.85


def test_a_brand_the_article_also_uses_as_a_person_stays():
    people, _, _ = entities_of(
        ["Emma Pellow handbags sold out.", "Emma Pellow met the buyers on Monday."]
    )
    assert people["Emma Pellow"].confidence >= 0.85


def test_a_country_before_a_currency_noun_is_the_money():
    _, places, _ = entities_of(
        ["The franc rose against the US dollar on Monday.", "Exports to France grew by 3%."]
    )
    assert places["United States"].confidence < 0.85
    assert places["France"].confidence >= 0.85


def test_a_nickname_or_a_venue_short_form_invents_no_place_or_company():
    _, places, orgs = entities_of(
        [
            "Fans left their seats at the Emirates on Sunday in a protest over prices.",
            "She is busy in the Big Apple this week.",
        ]
    )
    assert "United Arab Emirates" not in places
    assert "Apple" not in orgs
    assert "New York City" in places


def test_clubs_named_like_towns_in_a_football_story_are_no_places():
    _, places, _ = entities_of(
        [
            "The pair worked together at Valencia and Porto before the coach moved on.",
            "He has a big game against Valencia next week and a lead in the Premiership.",
        ]
    )
    assert "Valencia" not in places
    assert "Porto" not in places


def test_towns_listed_after_a_place_cue_in_a_sports_report_stay_places():
    _, places, _ = entities_of(
        [
            "The sprinter missed tests in Tel Aviv, Chicago and Athens, the striker said.",
            "The midfielder and the goalkeeper live in west Belfast.",
        ]
    )
    assert {"Tel Aviv", "Chicago", "Athens", "Belfast"} <= set(places)


def test_a_gathering_named_party_is_no_body():
    _, _, orgs = entities_of(["She went to the Serpentine Gallery Summer Party last June."])
    assert not any(name.endswith("Party") for name in orgs)


def test_a_caption_run_on_does_not_glue_two_royals_or_a_body_and_a_person():
    people, _, orgs = entities_of(
        [
            "Princess Beatrice is at home in the city, with her mother, Emma, Duchess of Kent.",
            "He sang to his daughter Princess Beatrice Emma added: 'Well done.'",
            "Speaking outside the Court of Appeal Mr Hallam said he would go on.",
        ]
    )
    assert "Beatrice Emma" not in people and "Beatrice" in people
    assert "Court of Appeal" in orgs and not any("Hallam" in name for name in orgs)


def test_companies_named_like_people_and_a_show_on_broadway_are_no_people():
    people, _, orgs = entities_of(
        [
            "The bid is backed by Morgan Stanley, and Louis Vuitton sales rose.",
            "The tourists went to see Les Miserables on Broadway that night.",
        ]
    )
    assert not {"Morgan Stanley", "Louis Vuitton", "Les Miserables"} & set(people)
    assert {"Morgan Stanley", "Louis Vuitton"} <= set(orgs)


def test_one_body_named_two_ways_is_listed_once():
    _, _, orgs = entities_of(
        [
            "The Labour Party met on Monday. Labour said the vote was close.",
            "The US Federal Reserve raised rates; the Federal Reserve meets again in May.",
            "The Scottish Labour Party disagreed.",
        ]
    )
    assert ("Labour" in orgs) != ("Labour Party" in orgs)
    assert ("Federal Reserve" in orgs) != ("US Federal Reserve" in orgs)
    assert "Scottish Labour Party" in orgs


def test_a_keyword_name_before_a_technology_noun_is_no_body():
    _, _, orgs = entities_of(["The order included switching kit and Smart Network (SN) products."])
    assert "Smart Network" not in orgs


def test_a_football_club_not_named_for_a_town_is_a_body():
    _, _, orgs = entities_of(["Arsenal beat Everton 2-1 in the Premiership on Saturday."])
    assert {"Arsenal", "Everton"} <= set(orgs)


def test_a_mountain_a_story_is_about_is_a_place():
    _, places, _ = entities_of(["He plans to climb K2 next summer, after a winter in the Alps."])
    assert {"K2", "Alps"} <= set(places)


def test_british_abbreviated_ranks_and_the_speaker_are_titles():
    people, _, _ = entities_of(
        [
            "Security for Gen Pervez Musharraf's visit was reviewed, officials said.",
            "It was brought to Speaker Michael Martin's attention on Monday.",
        ]
    )
    assert {"Pervez Musharraf", "Michael Martin"} <= set(people)
    assert not {"Gen Musharraf", "Martin"} & set(people)


def test_initials_before_a_surname_are_no_acronym_of_a_body():
    _, _, orgs = entities_of(
        ["The crowd cheered AP McCoy at Sandown.", "McCoy's last ride was on Saturday."]
    )
    assert "Associated Press" not in orgs
    _, _, orgs = entities_of(["AP reported the vote on Monday."])
    assert "Associated Press" in orgs


def test_a_listed_body_name_after_a_given_name_is_a_surname():
    people, _, orgs = entities_of(["He met former New York Mayor Michael Bloomberg on Monday."])
    assert "Michael Bloomberg" in people and "Bloomberg" not in orgs


def test_a_keyword_inside_a_longer_name_gives_no_cut_body():
    _, _, orgs = entities_of(
        [
            "She won at the Norwich Union Grand Prix, the New York Daily News said.",
            "A company of British Army Gurkhas was sent; the Labour Party Co-Chairman spoke.",
        ]
    )
    assert not {"Norwich Union", "New York Daily"} & set(orgs)
    assert {"British Army", "Labour Party"} <= set(orgs)


def test_reporters_named_only_in_a_credit_line_are_not_shown():
    people, places, _ = entities_of(
        [
            "The jury found Tom Harlow guilty in Boston on Monday, the court said.",
            "Mark Delaney and Julia Marsh contributed to this report. Anna Fenwick reported"
            " from Atlanta.",
        ]
    )
    assert people["Tom Harlow"].confidence >= 0.85
    assert all(people[n].confidence < 0.85 for n in ("Mark Delaney", "Anna Fenwick"))
    assert places["Atlanta"].confidence < 0.85 and places["Boston"].confidence >= 0.85


def test_a_designated_name_reads_back_over_an_ampersand():
    _, _, orgs = entities_of(["Firms led by the Oil & Natural Gas Corporation will assist."])
    assert "Oil & Natural Gas Corporation" in orgs and "Natural Gas Corporation" not in orgs


def test_a_demonym_after_a_given_name_is_a_surname_unless_a_body_name_goes_on():
    people, _places, _orgs = entities_of([
        "Billionaire Mark Cuban says he may run one day, and Ruth English agrees.",
        "The Oneida Indian Nation backed the plan.",
        '"It is too early to tell," Cuban said.',
    ])
    assert {"Mark Cuban", "Ruth English"} <= set(people)
    assert not any("Indian" in name for name in people)


def test_a_bare_new_york_stays_as_written_unless_the_city_is_named():
    _, places, _ = entities_of(["A New York man was charged on Monday over threats he made "
                                "to a state senator from his home near Albany."])
    assert "New York" in places and "New York City" not in places
    _, places, _ = entities_of(["New York City police closed two subway lines on Friday.",
                                "Crowds across New York waited for hours in the cold."])
    assert "New York City" in places and "New York" not in places
    assert places["New York City"].mentions == 2
