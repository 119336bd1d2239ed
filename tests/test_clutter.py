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


def test_sentences_about_contributions_and_following_stay() -> None:
    text = ("Donors fund the bridge\n"
            "Local firms contributed to this report's findings on traffic, the council said. "
            "Residents follow the works on a public webcam. "
            "Police said they would follow the suspect's trail on foot.\n"
            "She said two charities contributed to this report's findings.")
    article = ingest.from_text(text)
    assert article.text.count(".") == 4
    assert {r.rule for r in article.removed} <= {"moved-to-title"}
