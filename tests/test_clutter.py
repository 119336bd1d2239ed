"""Clutter families: each is removed with a named rule, and the story's text stays."""

from briefing import ingest

STORY = ("The council voted on Tuesday to close the quarry road for eight weeks while the "
         "bridge is rebuilt, officials said.")


def rules_of(article) -> dict[str, str]:
    return {r.text: r.rule for r in article.removed}


def test_line_clutter_is_dropped_with_its_rule() -> None:
    lines = {
        "Tempo de leitura: 2 minutos": "reading-time",
        "Lesezeit: 4 Min.": "reading-time",
        "7 min read": "reading-time",
        "XY-ZW--Bridge-Closure, 2nd Ld-Writethru": "wire-slug",
        "Dana Whitfield, AP Transport Writer": "wire-byline",
        "Copyright 2024 Valley Courier Ltd. All rights reserved.": "copyright-line",
        "The Valley Courier (ISSN 0000-1111) is published daily except Sundays": (
            "copyright-issn-line"),
        "- Order Reprints": "reprint-or-tool-line",
        "Image 3 of 12": "gallery-counter",
        "Already a subscriber? Log in to read every road newsletter": "subscription-call",
    }
    text = "Quarry road to close for bridge works\n" + "\n".join([STORY, *lines])
    article = ingest.from_text(text)
    found = rules_of(article)
    for line, rule in lines.items():
        assert found.get(line) == rule, line
        assert line not in article.text
    assert STORY in article.text


def test_pieces_inside_a_line_are_cut_and_the_sentence_kept() -> None:
    text = ("Quarry road to close for bridge works\n"
            "(CNN) -- The council voted on Tuesday to close the quarry road. Scroll down for "
            "video Crews will start on Monday. The map (above) shows the detour. Sign up for "
            "the free daily newsletter here. Mayor Ana RuizAna Maria Ruiz said the work was "
            "overdue.")
    article = ingest.from_text(text)
    body = article.text
    assert body.startswith("The council voted on Tuesday")
    for piece in ("(CNN)", "Scroll down for video", "(above)", "newsletter", "RuizAna"):
        assert piece not in body, piece
    assert "Crews will start on Monday." in body
    assert "The map shows the detour." in body
    assert "Mayor Ana Ruiz said the work was overdue." in body
    rules = set(rules_of(article).values())
    assert {"dateline-agency-mark", "video-pointer", "picture-pointer", "newsletter-call",
            "glued-pop-up-text"} <= rules


def test_real_sentences_about_newsletters_and_pictures_stay() -> None:
    text = ("Local paper changes hands\n"
            "The paper's newsletter, which reaches 40,000 readers, will keep its name. "
            "Readers who sign up before May get a discount, the new owner said. "
            "Pictures taken from above the valley show the old mill.")
    article = ingest.from_text(text)
    assert "will keep its name." in article.text
    assert "Readers who sign up before May get a discount" in article.text
    assert "Pictures taken from above the valley show the old mill." in article.text


def test_pop_up_cards_caption_toggles_and_timestamp_lines() -> None:
    text = ("Quarry road to close for bridge works\n"
            "6:10 AM EST 03/04/2024 by Dana Whitfield\n"
            "Crews cross the old bridge on Monday, March 4, 2024. The bridge is 90 years old."
            " less\n"
            "Mayor Ana RuizAna Maria RuizCouncil backs new bus lane Ferry fares rise MORE (Ind.) "
            "said the closure would last eight weeks, the council said.\n" + STORY)
    article = ingest.from_text(text)
    rules = rules_of(article)
    assert rules.get("6:10 AM EST 03/04/2024 by Dana Whitfield") in ("timestamp-line",
                                                                     "moved-to-date")
    assert any(rule == "caption-toggle" for rule in rules.values())
    assert "Mayor Ana Ruiz (Ind.) said the closure would last eight weeks" in article.text
    assert "Ferry fares rise" not in article.text


def test_closing_credits_and_follow_calls_are_cut_from_their_paragraph() -> None:
    text = ("Quarry road to close for bridge works\n"
            "The council voted on Tuesday to close the quarry road. Crews start on Monday. "
            "Valley Courier's Dana Whitfield contributed to this report.\n"
            "The old bridge is 90 years old, the engineers said. Follow him on Twitter "
            "@danaw. Follow us on Twitter @valleycourier or Facebook.")
    article = ingest.from_text(text)
    body = article.text
    assert "contributed to this report" not in body and "Follow" not in body
    assert "Crews start on Monday." in body
    assert "The old bridge is 90 years old, the engineers said." in body
    assert {"contributor-credit", "social-follow-call"} <= set(rules_of(article).values())


def test_reported_from_credits_closing_a_story_are_cut_one_after_another() -> None:
    """The reporters of "X reported from Boston. Y reported from Atlanta." are no people
    of the story, nor Atlanta one of its places; a glued video title before the first
    credit stays as it is."""
    text = ("Jury reaches verdict in harbour bombing trial\n"
            "The jury found the defendant guilty on all counts on Tuesday, the court said. "
            "Watch the families react Lena Ortiz reported from Boston. "
            "CNN's Omar Haddad and Ruth Ames reported from Atlanta.")
    article = ingest.from_text(text)
    assert "reported from" not in article.text
    assert "the court said." in article.text
    credits = {r.text for r in article.removed if r.rule == "contributor-credit"}
    assert credits == {"CNN's Omar Haddad and Ruth Ames reported from Atlanta.",
                       "Lena Ortiz reported from Boston."}


def test_news_reported_from_a_place_stays() -> None:
    text = ("Storm hits the coast\n"
            "Flooding closed the coast road on Monday, the agency said. Damage was worse "
            "than officials reported from Dover. Cases of cholera were reported in Calais.")
    assert "reported from Dover." in ingest.from_text(text).text


def test_sentences_about_contributions_and_following_stay() -> None:
    text = ("Donors fund the bridge\n"
            "Local firms contributed to this report's findings on traffic, the council said. "
            "Residents follow the works on a public webcam. "
            "Police said they would follow the suspect's trail on foot.\n"
            "She said two charities contributed to this report's findings.")
    article = ingest.from_text(text)
    assert article.text.count(".") == 4
    assert {r.rule for r in article.removed} <= {"moved-to-title"}


def test_glued_photo_captions_are_cut_with_their_rule() -> None:
    text = ("Quarry road to close for bridge works\n"
            "The council voted on Tuesday to close the quarry road for eight weeks. "
            "Old timer: The stone bridge has carried the valley's traffic since 1931 "
            "Closed off: Barriers went up at both ends of the road on Monday morning "
            "However, the ferry will run an extra crossing every hour, officials said. "
            "Crews will start on Monday.Night shift: Floodlights stand by the river bank "
            "The work will go on through the night.")
    article = ingest.from_text(text)
    body = article.text
    assert body.startswith("The council voted on Tuesday to close the quarry road")
    for piece in ("Old timer:", "since 1931", "Closed off:", "Night shift:", "Floodlights"):
        assert piece not in body, piece
    assert ("for eight weeks. However, the ferry will run an extra crossing every hour, "
            "officials said.") in body
    assert "Crews will start on Monday. The work will go on through the night." in body
    cut = [r.text for r in article.removed if r.rule == "glued-photo-caption"]
    assert cut == ["Old timer: The stone bridge has carried the valley's traffic since 1931",
                   "Closed off: Barriers went up at both ends of the road on Monday morning",
                   "Night shift: Floodlights stand by the river bank"]


def test_a_caption_that_closes_a_paragraph_is_cut_but_not_a_whole_line() -> None:
    text = ("Quarry road to close for bridge works\n"
            "The council voted on Tuesday to close the quarry road. Detour: Drivers head "
            "north through Millbrook on the old county lane\n"
            "Update: Crews moved the start to Wednesday after the rain\n" + STORY)
    article = ingest.from_text(text)
    assert "Detour:" not in article.text
    assert "The council voted on Tuesday to close the quarry road." in article.text
    assert "Update: Crews moved the start to Wednesday after the rain" in article.text


def test_labels_that_are_not_captions_stay() -> None:
    text = ("Quarry road to close for bridge works\n"
            "The mayor spoke on Tuesday. Mayor Ana Ruiz said: That bridge has served us well "
            "and the detour is short Many drivers agree.\n"
            "The plan was agreed. Update: The council will meet again in May.\n"
            "The league table was posted. Kick-off: Saturday, 3pm Venue: Riverside Park "
            "Referee: Sam Cole\n"
            "Rovers 2, United 1: Kim scored twice and Rovers held on for the win.\n"
            "He rode in the 1959 film. Ben-Hur: The Chariot Race shows the scene in full.\n"
            "The crew met in the U.S. Senate: Three senators were there.")
    article = ingest.from_text(text)
    assert not [r for r in article.removed if r.rule == "glued-photo-caption"]
    for kept in ("That bridge has served us well", "Update: The council will meet again",
                 "Kick-off: Saturday, 3pm", "Referee: Sam Cole", "Rovers 2, United 1: Kim",
                 "Ben-Hur: The Chariot Race", "Senate: Three senators"):
        assert kept in article.text, kept


def test_calls_credits_and_offers_at_a_story_end_are_dropped() -> None:
    lines = {
        "Updated at 4:05 p.m.": "timestamp-line",
        "Tell us what YOU think...": "comment-call",
        "Listen to Valley Radio live at 07:30 weekdays - or listen back here.": (
            "listen-or-watch-call"),
        "Originally published on Valley Courier.": "republication-credit",
        "Get Bridge Monthly through your door every month. 6 issues for £9.99. Click here "
        "to order.": "subscription-offer",
        "Follow Valley Radio on Instagram, Facebook and YouTube.": "social-follow-call",
    }
    text = "Quarry road to close for bridge works\n" + "\n".join([STORY, *lines])
    article = ingest.from_text(text)
    found = rules_of(article)
    for line, rule in lines.items():
        assert found.get(line) == rule, line
    assert article.text == STORY


def test_reports_of_prices_listening_and_updates_stay() -> None:
    text = ("Bridge magazine changes hands\n"
            "The new owner will sell 6 issues for £9.99 from May, the company said.\n"
            "Listen to the engineers and you hear the same worry about the old bridge.\n"
            "The plan was updated at 4:05 p.m. on Monday after the vote.\n"
            "Residents follow the works on a public webcam.")
    article = ingest.from_text(text)
    assert article.text.count("\n\n") == 3
    assert {r.rule for r in article.removed} <= {"moved-to-title"}


PARAGRAPHS = (STORY,
              "Crews will start on Monday and work through the night on the old stone piers, "
              "the engineers said on Tuesday.",
              "The ferry will run an extra crossing every hour until the bridge opens again, the "
              "operator said.")


def page_with(after_story: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>Quarry road to close</title></head><body><article>"
            f"<h1>Quarry road to close</h1>{body}{after_story}</article></body></html>")


def test_related_links_after_the_story_are_dropped() -> None:
    items = ("Five Bridges That Changed The Valley", "How The Old Ferry Kept Running In 1950",
             "The 10 Best Walks Along The River")
    article = ingest.from_html(page_with("<ul>" + "".join(f"<li>{t}</li>" for t in items)
                                         + "</ul>"))
    assert article.paragraphs == list(PARAGRAPHS)
    assert [r.rule for r in article.removed].count("link-list-below-body") == 3


def test_a_series_of_the_sites_pages_after_the_story_is_dropped() -> None:
    items = ("Valley Week 2024 | a tour of the old mill",
             "Valley Week 2024 | ‘OPEN DOORS’ lets visitors into the town hall",
             "Valley Week 2024 | a night walk by the river")
    article = ingest.from_html(page_with("".join(f"<p>{t}</p>" for t in items)))
    assert article.paragraphs == list(PARAGRAPHS)


def test_a_long_list_of_dates_after_the_story_stays() -> None:
    dates = [f"<li>June {day} – Millbrook Town Hall, Valley Road</li>" for day in range(1, 16)]
    article = ingest.from_html(page_with("<ul>" + "".join(dates) + "</ul>"))
    assert "June 15 – Millbrook Town Hall, Valley Road" in article.text
    assert "link-list-below-body" not in {r.rule for r in article.removed}


def test_a_newsletter_box_and_the_teasers_after_it_are_dropped() -> None:
    box = ("<h3>Valley Mornings Newsletter</h3><p>The week's walks, markets and road works.</p>"
           "<p>Thanks for signing up!</p><p>Keep an eye on your inbox for the first issue.</p>"
           "<p>Sorry!</p><p>There was a problem with your request.</p>"
           "<ul><li>Mill reopens Visitors can tour the restored wheel from May.</li>"
           "<li>Ferry fares Council sets summer prices for the river crossing.</li>"
           "<li>Market moves The Saturday stalls shift to the square.</li></ul>")
    article = ingest.from_html(page_with(box))
    assert article.paragraphs == list(PARAGRAPHS)
    assert "newsletter-box-at-end" in {r.rule for r in article.removed}


def test_a_closing_newsletter_pitch_is_dropped_but_news_about_newsletters_stays() -> None:
    pitch = "<p>Get the valley's headlines delivered to your inbox by signing up here.</p>"
    article = ingest.from_html(page_with(pitch))
    assert article.paragraphs == list(PARAGRAPHS)
    news = ("<p>The council's own newsletter, sent to 4,000 homes, will now go out by email "
            "only, a change the printers' union says will cost six jobs at the works.</p>")
    kept = ingest.from_html(page_with(news))
    assert kept.paragraphs[-1].startswith("The council's own newsletter")


def test_a_pitch_inside_a_run_of_short_paragraphs_keeps_what_follows() -> None:
    updates = "".join(f"<p>{t} the quarry road crew reported at {h} o'clock, with lorries "
                      "queuing at the gate.</p>" for t, h in
                      [("Work stopped,", 9), ("Work restarted,", 10), ("Rain again,", 11),
                       ("The gate closed,", 12), ("Lorries turned back,", 1),
                       ("A second crew arrived,", 2), ("The gate reopened,", 3)])
    article = ingest.from_html(page_with(
        "<p>Follow the closure in your inbox: sign up for alerts.</p>" + updates))
    assert article.paragraphs[-1].startswith("The gate reopened,")


def test_marker_lines_with_dots_or_colons() -> None:
    text = ("Quarry road to close for bridge works\n" + STORY + "\n"
            "More:\n"
            "“It is the right time to do it,” the mayor said of the closure on Tuesday.\n")
    article = ingest.from_text(text)
    assert "the mayor said of the closure" in article.text
    assert rules_of(article)["More:"] == "read-more-marker"
    dotted = ingest.from_text("Quarry road to close for bridge works\n" + STORY + "\n"
                              "You may also like...\nWho will fix the mill road next?\n")
    assert rules_of(dotted)["You may also like..."] == "read-more-marker"
    assert dotted.text == STORY


def test_a_list_of_headings_between_paragraphs_stays() -> None:
    text = ("Quarry road to close for bridge works\n" + STORY + "\n"
            "What The Closure Means For Drivers\n"
            "Drivers will head north through Millbrook on the old county lane instead.\n"
            "What The Closure Means For Walkers\n"
            "Walkers keep the footbridge, which stays open through the works.\n")
    article = ingest.from_text(text)
    assert "What The Closure Means For Walkers" in article.text
    assert "Walkers keep the footbridge" in article.text


def test_wire_datelines_with_a_date_or_without_an_agency_are_cut() -> None:
    text = ("Harbour deal signed\n"
            "EASTBROOK, March 3 (AP) — The port company signed the new wage deal on Monday "
            "after three weeks of talks.\n"
            "NEW PORT, Westshire — Dock workers in the next town are expected to vote on a "
            "similar offer.\n"
            "NATO said nothing about it, and the union leader said the vote would be close.")
    article = ingest.from_text(text)
    body = article.text
    assert body.startswith("The port company signed")
    assert "\nDock workers in the next town" in body
    assert "NATO said nothing" in body
    assert {"dateline-agency-mark", "dateline"} <= set(rules_of(article).values())


def test_embedded_post_links_and_signatures_are_dropped() -> None:
    text = ("Quarry road to close for bridge works\n" + STORY + "\n"
            "Good luck to the crews on the night shift. https://t.co/Ab12Cd34\n"
            "— Valley Roads (@valleyroads) March 4, 2024\n"
            "The mayor posted a picture of the bridge. pic.twitter.com/Xy98Zw76\n"
            "https://t.co/Qr56St78\n")
    article = ingest.from_text(text)
    body = article.text
    for piece in ("t.co", "pic.twitter", "@valleyroads"):
        assert piece not in body, piece
    assert "Good luck to the crews on the night shift." in body
    assert "The mayor posted a picture of the bridge." in body
    rules = set(rules_of(article).values())
    assert {"embedded-post-link", "embedded-post-signature"} <= rules


def test_section_labels_in_capitals_are_not_sentences() -> None:
    from briefing.segment import segment

    text = ("Quarry road to close for bridge works\nABSTRACT.\n" + STORY + "\nFULL TEXT.\n"
            "Crews will start on Monday, the engineers said.\nNO WAY BACK FOR THE BRIDGE!\n")
    sentences = segment(ingest.from_text(text)).sentence_texts()
    assert "ABSTRACT." not in sentences and "FULL TEXT." not in sentences
    assert STORY in sentences and "NO WAY BACK FOR THE BRIDGE!" in sentences


def test_who_is_who_pointers_to_a_photo_are_cut() -> None:
    text = ("Quarry road to close for bridge works\n"
            "Engineer Dana Whitfield (pictured) said the piers were sound. Mayor Ana Ruiz "
            "(left) and her deputy (far right) met the crews, officials said.\n" + STORY)
    body = ingest.from_text(text).text
    assert "Engineer Dana Whitfield said the piers were sound." in body
    assert "Mayor Ana Ruiz and her deputy met the crews, officials said." in body


def test_a_place_and_country_before_a_colon_is_a_dateline() -> None:
    text = ("Tidal barrage plan goes to a vote\n"
            "Cardiff, Wales, United Kingdom: The assembly will vote next week on the tidal "
            "barrage across the bay, the energy minister said on Monday.\n"
            "Supporters say the scheme would power a hundred thousand homes for a century.")
    article = ingest.from_text(text)
    assert article.text.startswith("The assembly will vote next week")
    assert "dateline" in set(rules_of(article).values())


def test_a_list_of_names_before_a_colon_stays() -> None:
    text = ("Three captains for one season\n"
            "Okafor, Lindqvist, Moreau: the club named three captains for the coming season "
            "on Monday, one for each competition it plays in.\n"
            "The coach said the three had earned the armband in training.")
    assert ingest.from_text(text).text.startswith("Okafor, Lindqvist, Moreau:")


def test_a_caption_glued_before_quoted_speech_is_cut_from_the_speech() -> None:
    text = ("Pier crew finds a ship's bell in the harbour mud\n"
            "'It looked like any other lump of rust on the slipway. Found at last: The brass "
            "bell was lifted from the mud by the pier crew at low tide 'But when we scraped it "
            "I saw the name of the ship that sank here in 1881,' the foreman said.\n"
            "The bell will go on show in the harbour museum next month.")
    body = ingest.from_text(text).text
    assert "Found at last" not in body and "lifted from the mud" not in body
    assert "'But when we scraped it I saw the name" in body


def test_a_quoted_title_inside_a_caption_is_not_left_behind() -> None:
    text = ("A harbour film gets its premiere\n"
            "The town is proud of its pier. Big screen: The story of the pier's rebuilding is "
            "told in a film called 'The Long Tide' The film opens the festival on Friday, the "
            "organisers said, and tickets sold out within a day of going on sale.\n"
            "The director grew up in the town and worked on the pier as a teenager.")
    body = ingest.from_text(text).text
    assert "The town is proud of its pier. The film opens the festival on Friday" in body
