"""Key points never show a piece of a longer quotation without its speaker."""

from __future__ import annotations

import pytest

import briefing
from briefing.brief import readable_picks
from briefing.lang.quotes import cuts_a_quotation, is_quote_fragment
from briefing.models import Pick, Summary


@pytest.mark.parametrize("sentence", [
    '"You know what I\'m saying?',
    "'Clearly there's contact.",
    '“We will not stop now.',
    'It was never enough."',
    "For the fans it was just a special day.'",
    "£40 a seat'.",
])
def test_pieces_of_a_quotation_are_fragments(sentence):
    assert is_quote_fragment(sentence)


@pytest.mark.parametrize("sentence", [
    '"We will fight on," the union leader said.',
    "He added: ‘True compassion isn’t a cheque – it’s a chance.’",
    "The players' union said there's no deal yet.",
    "Sales rose 12% in the year to March.",
    "'We will fight on,' he said.",
    "The fans cheered the players'.",
    "He joked: ‘’What was it somebody said about dogs?’",
])
def test_whole_sentences_are_not_fragments(sentence):
    assert not is_quote_fragment(sentence)


def test_the_middle_of_a_long_quotation_is_a_fragment_in_its_paragraph():
    paragraph = ('"We have waited three years. Nobody came to see us. Nobody listened," the '
                 "union leader said. The port company said talks would resume.")
    middle = paragraph.index("Nobody came")
    assert cuts_a_quotation(paragraph, 0, paragraph.index(" Nobody came"))
    assert cuts_a_quotation(paragraph, middle, paragraph.index(" Nobody listened"))
    last = paragraph.index("The port")
    assert not cuts_a_quotation(paragraph, last, len(paragraph))


def test_a_fragment_pick_gives_way_to_the_next_readable_sentence():
    ranking = [Pick(0, 0.9), Pick(1, 0.8), Pick(3, 0.7), Pick(4, 0.6), Pick(2, 0.5)]
    summary = Summary("default", picks=[Pick(0, 0.9), Pick(1, 0.8)], ranking=ranking)
    assert [p.index for p in readable_picks(summary, {1, 2})] == [0, 3]


def test_the_bottom_line_stays_even_if_it_is_a_fragment():
    summary = Summary("default", picks=[Pick(0, 0.9)], ranking=[Pick(0, 0.9), Pick(1, 0.5)])
    assert [p.index for p in readable_picks(summary, {0})] == [0]


def test_a_brief_shows_no_piece_of_a_quotation_as_a_key_point():
    from briefing import ingest
    from briefing.brief import quote_fragments
    from briefing.segment import segment

    text = ("Harbour strike goes on\n\n"
            "Dock workers at Eastbrook extended their strike on Thursday.\n\n"
            '"We will not go back," said Maria Fenwick, the union leader. "We have waited '
            "three years for a fair offer. Every month the rent goes up. Every month the pay "
            'stays where it was."\n\n'
            "The port company said it would meet the union again next week.")
    doc = segment(ingest.from_text(text))
    pieces = {doc.sentences[i].text for i in quote_fragments(doc)}
    assert any(p.startswith('"We have waited') for p in pieces), doc.sentence_texts()
    assert any(p.startswith("Every month the pay") for p in pieces)
    assert not any("said Maria Fenwick" in p for p in pieces)
    brief = briefing.make_brief(text, sentences=4)
    assert brief.points and not {p.text for p in brief.points} & pieces


def test_a_nested_straight_quote_does_not_turn_the_rest_of_the_text_into_quotation():
    # One paragraph, as pasted agency text arrives: a title inside a quote opens a second
    # straight mark before the first closes, and the outer closing mark is left unpaired.
    paragraph = ('The harbour board met on Monday. "It matters because my town is in the '
                 'film "Low Tide" -- and because jobs are at stake," Ms Orr wrote. The board '
                 "will vote in May. Its chairman said the port would stay open. Dock workers "
                 "were not consulted.")
    sentences = ["The harbour board met on Monday.", "Its chairman said the port would stay open.",
                 "Dock workers were not consulted.", "The board will vote in May."]
    for sentence in sentences:
        start = paragraph.index(sentence)
        assert not cuts_a_quotation(paragraph, start, start + len(sentence)), sentence


def test_a_quote_left_open_at_a_paragraph_end_still_runs_on():
    paragraph = 'Ms Orr said it was over. "We have waited three years. Nobody listened.'
    start = paragraph.index("Nobody")
    assert cuts_a_quotation(paragraph, start, len(paragraph))


def test_the_inside_of_a_single_quoted_passage_is_a_fragment():
    paragraph = ("The mother told detectives she was afraid. 'They came at night. We can do "
                 "this. That leaves us as the suspects.' Officers arrived at dawn.")
    for piece in ("We can do this.", "That leaves us as the suspects.'"):
        start = paragraph.index(piece)
        assert cuts_a_quotation(paragraph, start, start + len(piece)), piece
    start = paragraph.index("Officers")
    assert not cuts_a_quotation(paragraph, start, len(paragraph))


def test_a_plural_possessive_does_not_open_or_close_a_passage():
    paragraph = ("The players' union met. 'We will strike,' its leader said. The owners' "
                 "offer stands. Talks resume in May.")
    for piece in ("The owners' offer stands.", "Talks resume in May."):
        start = paragraph.index(piece)
        assert not cuts_a_quotation(paragraph, start, start + len(piece)), piece


def briefed(text: str, sentences: int = 3) -> list[str]:
    return [p.text for p in briefing.make_brief(text, sentences=sentences).points]


def test_a_question_the_article_asks_is_not_a_key_point():
    text = ("Council rejects harbour plan\n\nThe Eastbrook council rejected the harbour plan "
            "on Tuesday by nine votes to four. So what happens next? The port company said it "
            "would appeal within a month. Dock workers welcomed the vote.")
    assert not any(p.endswith("?") for p in briefed(text))


def test_a_sentence_pointing_back_needs_the_sentence_before_it():
    text = ("Six charged over harbour fraud\n\nSix men were charged on Monday with defrauding "
            "the Eastbrook harbour trust of £2m. The trust's auditor found the losses in May. "
            "A seventh man, Tom Reyes, was questioned and released. He has denied any part in "
            "it. The trial is set for March.")
    points = briefed(text, sentences=3)
    assert "He has denied any part in it." not in points or \
        "A seventh man, Tom Reyes, was questioned and released." in points


def test_a_quoted_paragraph_reopened_british_style_is_quotation_up_to_the_next_one():
    # Paragraph breaks lost in pasting: each quoted paragraph opens afresh, none closes.
    paragraph = ("The manager spoke after training. ‘I had a taste of it at my old club. I am "
                 "lucky to be here. ‘But it is about the players, not me,’ he said. The board "
                 "meets in May.")
    start = paragraph.index("I am lucky")
    assert cuts_a_quotation(paragraph, start, paragraph.index(" ‘But"))
    start = paragraph.index("The board")
    assert not cuts_a_quotation(paragraph, start, len(paragraph))


def test_an_elided_year_opens_no_quotation():
    paragraph = ("The band formed in the '90s. It split in 2004. Its singer, 'Red' Adams, "
                 "now teaches.")
    start = paragraph.index("It split")
    assert not cuts_a_quotation(paragraph, start, paragraph.index(" Its singer"))


@pytest.mark.parametrize("line", ["Harbour Road Stadium", "Tuesday, 1 March", "1945 GMT",
                                  "Subs: Marsh, Keel, Dunmore.", "The proposals include:"])
def test_page_furniture_is_no_clause(line):
    from briefing.brief.standalone import is_page_furniture

    assert is_page_furniture(line)


@pytest.mark.parametrize("line", ["Nobody was hurt.", "Prices fell in May.",
                                  "The council will review the plan in April.", "港口罢工继续"])
def test_short_sentences_and_uncased_scripts_are_not_furniture(line):
    from briefing.brief.standalone import is_page_furniture

    assert not is_page_furniture(line)


def test_a_match_preview_header_gives_no_key_points():
    text = ("Harbour Town v Eastbrook Rovers\n\nHarbour Road Stadium\n\nSaturday, 4 March\n\n"
            "1500 GMT\n\nHarbour Town have won four of their last five home games and sit "
            "third in the table. Their striker Dan Keel has scored nine goals this season. "
            "Eastbrook Rovers are without their captain, who is suspended after a red card "
            "last week. The visitors have lost three matches in a row on the road. The "
            "referee for the game will be Alan Ferris.")
    brief = briefing.make_brief(text, sentences=4)
    shown = [p.text for p in brief.points]
    assert shown and not any(t in ("Harbour Road Stadium", "Saturday, 4 March", "1500 GMT")
                             for t in shown), shown


@pytest.mark.parametrize("line", ["Email us at harbourcast@example.org.",
                                  "(Subscribe to the Harbour Hour on any podcast app.)",
                                  "Podcast produced by Nell Arden.", "Tune in each week for more."])
def test_calls_to_the_reader_and_credits_are_no_key_points(line):
    from briefing.brief.standalone import talks_to_the_reader

    assert talks_to_the_reader(line, "en")
    assert not talks_to_the_reader("Downloads of the app rose 5% in May.", "en")


@pytest.mark.parametrize("line", [
    "Here, our racing writer picks the six horses to watch at the spring meeting.",
    "Here are four things to know before the council votes on Monday:",
    "Here's how the new parking fines will work.",
    "Here, a long way from the capital, the clinics open only twice a week.",
    "Scroll down for the full list of winners.",
])
def test_a_signpost_to_the_page_is_no_key_point(line):
    from briefing.brief.standalone import cannot_stand_alone, points_at_the_page

    assert points_at_the_page(line, "en") and cannot_stand_alone(line, "en")


@pytest.mark.parametrize("line", [
    "Here in Marlow, the council has closed two of its three libraries.",
    "Hereford United lost 2-0 at home on Saturday.",
    "Below-average rainfall cut the wheat harvest by a fifth.",
])
def test_a_sentence_that_only_starts_like_a_signpost_stands(line):
    from briefing.brief.standalone import points_at_the_page

    assert not points_at_the_page(line, "en")


@pytest.mark.parametrize("line", [
    "4. THE GOAL THAT WON THE CUP Moran struck from 30 yards in the last minute.",
    "HOW TO READ YOUR METER Most homes have a dial meter under the stairs.",
    "TWO HURT IN HARBOUR ROAD CRASH Police closed the road for three hours.",
])
def test_a_capitals_subhead_glued_to_its_paragraph_is_no_key_point(line):
    from briefing.brief.standalone import cannot_stand_alone, opens_with_a_capitals_heading

    assert opens_with_a_capitals_heading(line) and cannot_stand_alone(line, "en")


@pytest.mark.parametrize("line", [
    "The NHS and the BBC both cut jobs in 2004.",
    "US NATO envoy Carla Moss said the talks would resume.",
    "THE END.",
])
def test_capitals_that_are_no_subhead_stand(line):
    from briefing.brief.standalone import opens_with_a_capitals_heading

    assert not opens_with_a_capitals_heading(line)


def test_a_quote_said_by_a_pronoun_needs_the_sentence_before():
    from briefing.brief import back_pointing_openers, said_by_pronoun

    openers = back_pointing_openers("en")
    assert said_by_pronoun("'The club has sold its soul,' he said.", openers)
    assert said_by_pronoun('"We will not move," she told reporters.', openers)
    assert not said_by_pronoun('"We will not move," Ms Arden said.', openers)


@pytest.mark.parametrize("line", [
    "'The lady at the back is my sister and it is her birthday today.'",
    '"And nobody wearing a mask will be allowed into the ground on Saturday."',
])
def test_a_quotation_with_no_cue_needs_the_sentence_before(line):
    from briefing.brief import quotes_without_a_cue

    assert quotes_without_a_cue(line, "en")


@pytest.mark.parametrize("line", [
    '"Nobody wearing a mask will be allowed in," the club said.',
    "The plan teaches walkers how to 'read the harbour tide' before setting out at dawn.",
    "The boats carry the words 'Harbour Pride' on their sails.",
    "A survey of harbour users found the pier was 'no longer safe for anyone'.",
])
def test_an_attributed_quotation_or_a_quoted_phrase_reads_alone(line):
    from briefing.brief import quotes_without_a_cue

    assert not quotes_without_a_cue(line, "en")


def test_a_pronoun_after_a_connective_still_points_back():
    from briefing.brief import back_pointing_openers, points_back
    from briefing.lang.en.lexicon import CONNECTIVE_OPENERS

    openers = back_pointing_openers("en")
    assert points_back("Now they've put out another statement.", openers, CONNECTIVE_OPENERS)
    assert points_back("But it did not say how.", openers, CONNECTIVE_OPENERS)
    assert not points_back("But the harbour board did not say how.", openers,
                           CONNECTIVE_OPENERS)


def test_a_short_exclamation_is_no_key_point():
    from briefing.brief.standalone import is_exclamation

    assert is_exclamation("How generous!")
    assert not is_exclamation("The home side scored twice in the last five minutes to win!")
    assert not is_exclamation('"We won!"')


@pytest.mark.parametrize("line", [
    "Keel celebrates with the Harbour Town bench after his second goal",
    "The match report continues below:",
    "Dunmore will now face the fourth seed",
])
def test_a_line_without_a_sentence_end_is_no_key_point(line):
    from briefing.brief.standalone import has_no_sentence_end

    assert has_no_sentence_end(line)


@pytest.mark.parametrize("line", ["The port reopened on Monday.", "Why now?",
                                  "It was a special day for the fans. '", "港口罢工继续"])
def test_finished_sentences_have_a_sentence_end(line):
    from briefing.brief.standalone import has_no_sentence_end

    assert not has_no_sentence_end(line)


@pytest.mark.parametrize("line", [
    "Dan Keel scores against Eastbrook in the cup final in 2014 The striker said he would "
    "stay at the club.",
    "Fans wait outside the ground (left) He told the crowd the club would not be sold.",
    "Keel trains at Harbour Road before the final 'He works harder than anyone,' said "
    "coach Ann Ferris.",
    "Keel signs for Eastbrook on Friday ‘I’ve wanted this move all my career,’ said Keel.",
    "Ann Ferris was fined for a breach of the harbour bylaw A ferry skipper has been banned.",
    "Keel was sent off in the last minute The 24-year-old will miss the final.",
    "Keel warms up on the Eastbrook bench However, the striker never came on.",
    "The museum marks the flood that hit the Eastbrook valley And it hopes to raise funds.",
])
def test_a_caption_glued_to_a_sentence_is_no_key_point(line):
    from briefing.brief.standalone import runs_two_sentences_together

    assert runs_two_sentences_together(line, "en")


@pytest.mark.parametrize("line", [
    "Harbour Town are in Group A together with Eastbrook.",
    "A lack of vitamin A is common in the region.",
    "The striker said 'He works harder than anyone' about his captain.",
    "He has read The Harbour Gazette every day since 1990.",
    "Lotions now block infra-red A rays as well as UV light.",
    "The ferry takes you from A to B in an hour.",
    "Her band had a hit with Not Right Now, a song about the harbour.",
    'She kept thinking \'I can win this one," said Ferris, who won.',  # marks do not pair
    "Ferris starred in Pride And Prejudice at the harbour theatre.",
])
def test_ordinary_sentences_do_not_run_together(line):
    from briefing.brief.standalone import runs_two_sentences_together

    assert not runs_two_sentences_together(line, "en")
    assert not runs_two_sentences_together("Der Hafen ist zu The Wirt", "de")


def test_glued_photo_captions_are_swapped_for_sentences_that_read_alone():
    text = ("Harbour Town beat Eastbrook Rovers 2-1 in the cup final on Saturday. Dan Keel "
            "scored both goals for the home side. Keel celebrates with the bench after his "
            "second goal The striker has now scored eleven goals this season. The visitors "
            "had a late penalty saved by the home goalkeeper. Eastbrook are without a win "
            "in five matches. Keel lifts the trophy in front of the home fans")
    brief = briefing.make_brief(text, sentences=4)
    shown = [p.text for p in brief.points]
    assert len(shown) == 4
    assert not any("celebrates" in t or "lifts the trophy" in t for t in shown), shown


def test_a_demonstrative_with_a_verb_points_back_but_not_one_with_a_noun():
    from briefing.brief import back_pointing_openers, points_back
    from briefing.lang.en import lexicon as en

    openers = back_pointing_openers("en")
    demonstratives = (en.DEMONSTRATIVE_OPENERS, en.VERBS_AFTER_DEMONSTRATIVE)
    assert points_back("However, this has now been cut to 40m euros.", openers,
                       en.CONNECTIVE_OPENERS, demonstratives)
    assert points_back("That was the plan until the storm.", openers, en.CONNECTIVE_OPENERS,
                       demonstratives)
    assert not points_back("This week the ferry will run twice a day.", openers,
                           en.CONNECTIVE_OPENERS, demonstratives)
    assert not points_back("These repairs cost the board 40,000 pounds.", openers,
                           en.CONNECTIVE_OPENERS, demonstratives)


def test_a_fact_box_lists_each_resolved_date_once():
    from briefing.brief import once_per_day
    from briefing.models import DateMention

    dates = [DateMention("on Thursday", "relative", 2, "2019-11-14"),
             DateMention("from Thursday", "relative", 5, "2019-11-14"),
             DateMention("since 2004", "since", 6, "2004"),
             DateMention("in 2004", "absolute", 7, "2004")]
    assert [d.text for d in once_per_day(dates)] == ["on Thursday", "since 2004", "in 2004"]


def ranked_0_1_3_2() -> Summary:
    """Sentences ranked 0, 1, 3, 2; the best three are the summary's picks."""
    ranking = [Pick(0, 0.9), Pick(1, 0.8), Pick(3, 0.7), Pick(2, 0.6)]
    return Summary("test", sorted(ranking[:3], key=lambda p: p.index), ranking)


def test_the_bottom_line_is_the_best_sentence_that_can_head_the_page():
    from briefing.brief import bottom_sentence, cannot_head_the_page

    texts = ["Harbour workers pictured at the gate on Monday morning The strike began at dawn.",
             "But the board said it would not raise its offer.",
             "It is the longest strike the port has seen.",
             "Dock workers at Eastbrook began a ten-day strike on Monday over pay."]
    summary = ranked_0_1_3_2()
    never, after = {0}, {1, 2}
    cannot = cannot_head_the_page(texts, never, after, "en")
    assert cannot == {0, 1}  # the glued caption and the "But" line; "It is ..." may head
    assert bottom_sentence(summary, len(texts), cannot) == 3
    assert bottom_sentence(summary, len(texts)) == 0  # the ranking's own top, unchanged


def test_a_sentence_inside_a_quotation_only_by_apostrophes_may_head_the_page():
    from briefing.brief import cannot_head_the_page

    texts = ["Crowds at the town’s memorial were angered by music during the minute’s silence.",
             "‘It was a disgrace to the town,’ one veteran said, ‘and they must apologise.",
             "The club apologised."]
    assert cannot_head_the_page(texts, {0, 1}, set(), "en") == {1}


def test_a_linked_opener_gives_the_head_of_the_page_to_a_key_point():
    from briefing.brief import choose_bottom_line

    texts = ["But nearly a third of the members said the offer should be put to a vote.",
             "Most dock workers (61%) back the ten-day strike at Eastbrook, a ballot shows.",
             "Turnout was 74%.",
             "However, the board said its offer was final."]
    summary = ranked_0_1_3_2()
    assert choose_bottom_line(texts, summary, set(), set(), "en") == 1


def test_a_linked_opener_stays_when_no_key_point_can_head_the_page():
    from briefing.brief import choose_bottom_line

    texts = ["But the union said members would decide at a mass meeting on Friday.",
             "He said the offer was an insult.",
             "Pay talks with the port's owners ended without a deal.",
             "They will meet the owners again next week."]
    summary = ranked_0_1_3_2()
    assert choose_bottom_line(texts, summary, set(), {1, 3}, "en") == 0


def test_an_opening_quotation_with_no_speaker_cannot_head_the_page():
    from briefing.brief import cannot_head_the_page

    texts = ["\"It does not matter what they offer, we will not sell the club.",
             "\"We will not sell,\" the chairman said.",
             "The club's owners rejected a third bid on Monday."]
    assert cannot_head_the_page(texts, set(), set(), "en") == {0}


def test_one_calendar_date_read_two_ways_is_listed_once():
    from briefing.brief import once_per_day
    from briefing.models import DateMention

    dates = [DateMention("June 9th", "absolute", 1, "2025-06-09"),
             DateMention("June 9", "absolute", 14, "2024-06-09"),
             DateMention("on Friday", "relative", 2, "2024-11-15"),
             DateMention("on Friday", "relative", 9, "2024-11-22")]
    assert [(d.text, d.value) for d in once_per_day(dates)] == [
        ("June 9th", "2025-06-09"), ("on Friday", "2024-11-15"), ("on Friday", "2024-11-22")]


@pytest.mark.parametrize("text, alone", [
    ("So frustrating …", False),
    ("The next big step for the harbour board is …", False),
    ("Here we look back at some of her other looks...", False),
    ("2019; 14: 211-219.", False),
    ("“We will rebuild the pier. ...", True),
    ("The pier reopens in May.", True),
])
def test_a_sentence_left_hanging_or_without_letters_cannot_stand_alone(text, alone):
    from briefing.brief.standalone import cannot_stand_alone

    assert cannot_stand_alone(text, "en") is not alone


@pytest.mark.parametrize("text, one_sentence", [
    ("Mara Quell moved to the Philippines The move paid off as she landed a role.",
     False),
    ("Mara Quell moved to the islands in 2012 and found work on a harbour sitcom there.",
     True),
    ("The crew rested at Fire Lake Casino Oklahoma The boxing champion trained alone.", False),
    ("She backed Rage Against The Machine at the festival on Sunday.", True),
])
def test_a_sentence_opener_after_a_name_marks_two_sentences_run_together(text, one_sentence):
    from briefing.brief.standalone import runs_two_sentences_together

    assert runs_two_sentences_together(text, "en") is not one_sentence


@pytest.mark.parametrize("text, caption", [
    ("Harbour views: The old ferry terminal is seen from the pier at dusk.", True),
    ("RESCUED: A fisherman was pulled from the water by the crew.", True),
    ("Wanted: Police have issued a warrant for the skipper's arrest.", True),
    ("He went on: 'We will reopen the pier in spring.'", False),
    ("Return of the Tide: The Harbour Story opens at the museum on Friday.", False),
    ("Ann Ferris: If the pier stays shut, the town loses its trade.", False),
    ("The verdict: The council votes on the pier tonight.", False),
])
def test_a_line_opening_with_a_photo_captions_label_is_no_key_point(text, caption):
    from briefing.brief.standalone import cannot_stand_alone, opens_with_a_caption_label

    assert opens_with_a_caption_label(text, "en") is caption
    assert cannot_stand_alone(text, "en") is caption


@pytest.mark.parametrize("text, row", [
    ("March 3 - Harbourside v Millbrook.", True),
    ("Harbourside v Millbrook; Port Ellis v Republic of Tarnia.", True),
    ("Kestrel Town vs Harbourside", True),
    ("Harbourside beat Millbrook in the Harbourside v Millbrook derby on Sunday.", False),
    ("The final is on 12 May.", False),
])
def test_a_fixtures_tables_row_cannot_stand_alone(text, row):
    from briefing.brief.standalone import cannot_stand_alone, is_fixture_line

    assert is_fixture_line(text, "en") is row
    assert cannot_stand_alone(text, "en") is row


@pytest.mark.parametrize("text, fragment", [
    ("May demand a say in the harbour board's plans.", True),
    ("Could face a ban of three matches.", True),
    ("Will be back in the squad next week.", True),
    ("May said the harbour would reopen in spring.", False),
    ("May performed with the band at the harbour festival.", False),
    ("Will Sefton has joined the harbour board.", False),
    ("Should the vote fail, the pier stays shut.", False),
    ("Can the board agree on the pier, the mayor wondered.", False),
])
def test_a_line_opening_with_a_modal_and_a_bare_verb_has_no_subject(text, fragment):
    from briefing.brief.standalone import cannot_stand_alone, opens_without_a_subject

    assert opens_without_a_subject(text, "en") is fragment
    assert cannot_stand_alone(text, "en") is fragment


@pytest.mark.parametrize("text, note", [
    ("This story has been updated to include comments from the harbour board.", True),
    ("This article was updated to reflect that the pier reopened.", True),
    ("This story of the harbour has been told many times.", False),
])
def test_an_editors_update_note_cannot_stand_alone(text, note):
    from briefing.brief.standalone import cannot_stand_alone, is_credit_line

    assert is_credit_line(text, "en") is note
    assert cannot_stand_alone(text, "en") is note


@pytest.mark.parametrize("text, fragment", [
    ("Protects against salt spray and frost.", True),  # a product's copy
    ("Stands empty; the crowd sits in one end.", True),
    ("Is within a mile of the harbour.", True),
    ("Is the harbour open on Sundays?", False),  # a question
    ('"Is there a plan for the pier?" the mayor asked.', False),
    ("States with harbours spend more on dredging.", False),  # a plural noun, not a verb
    ("Helps of all kinds arrived.", False),
])
def test_a_line_opening_with_a_verb_in_the_third_person_has_no_subject(text, fragment):
    from briefing.brief.standalone import cannot_stand_alone, opens_without_a_subject

    assert opens_without_a_subject(text, "en") is fragment
    if fragment:  # (a question cannot stand alone for its own reason)
        assert cannot_stand_alone(text, "en")


@pytest.mark.parametrize("text, glued", [
    ("Ann Ferris (Age 52) CURRENT JOB: Harbour master at Port Ellis.", True),
    ("The follower count looks inflated HARBOUR FAKERY: the board boasts 5,000 fans.", True),
    ("The BBC said: 'We will cover the vote.'", False),
    ("He told the US: the pier stays shut.", False),
])
def test_a_capitals_label_inside_a_line_marks_a_glued_fact_box(text, glued):
    from briefing.brief.standalone import cannot_stand_alone, has_a_capitals_label_inside

    assert has_a_capitals_label_inside(text) is glued
    assert cannot_stand_alone(text, "en") is glued


@pytest.mark.parametrize("text, fragment", [
    ("But that her party wants chaos at the harbour board.", True),
    ("And that at a dinner on Friday he told the mayor of his plan.", True),
    ("But that is not the whole story, the Bristol ferry operator said.", False),
    ("But that move has angered the ferry crews in Bristol.", False),
])
def test_but_that_and_a_clause_continues_reported_speech(text, fragment):
    from briefing.brief.standalone import cannot_stand_alone, continues_reported_speech

    assert continues_reported_speech(text, "en") is fragment
    assert cannot_stand_alone(text, "en") is fragment


def test_a_quoted_passage_reopened_in_the_other_single_mark_style_runs_on():
    # pasted text that mixes ‘ and ' to reopen a quoted paragraph whose break was lost
    paragraph = ("The skipper spoke after the vote. ‘I like the plan and the people behind "
                 "it. But nothing has changed for me. 'There will be others keen to talk. "
                 "‘I am not in a position to say more.’ The board meets in May.")
    middle = paragraph.index("But nothing")
    end = paragraph.index("me.") + 3
    assert cuts_a_quotation(paragraph, middle, end)


@pytest.mark.parametrize("text, furniture", [
    ("Ferris; Quell, Marsh, Dobbs (capt), van der Berg; Hale, Moss.", True),
    ("Quell 12, Marsh 48 pen, Dobbs 79 og.", True),
    ("A Ferris (Port Ellis Harriers), K Moss (Millbrook AC).", True),
    ("Other guests include Ann Ferris, Kim Moss and Joe Hale.", False),
    ("Quell scored twice, Marsh once.", False),
])
def test_a_team_sheet_or_list_of_scorers_cannot_stand_alone(text, furniture):
    from briefing.brief.standalone import cannot_stand_alone, is_a_list_of_names

    assert is_a_list_of_names(text, "en") is furniture
    assert cannot_stand_alone(text, "en") is furniture


@pytest.mark.parametrize("text, furniture", [
    ('<post post-id="1234567"><post/>.', True),
    (".promo-box { width:100%; margin-bottom:30px;", True),
    ("@harbourfan12.", True),
    ("#SavePier <post/>.", True),
    ("The #SavePier tag was shared 5,000 times.", False),
])
def test_markup_and_handles_left_in_pasted_text_cannot_stand_alone(text, furniture):
    from briefing.brief.standalone import cannot_stand_alone, is_markup_or_handles

    assert is_markup_or_handles(text) is furniture
    assert cannot_stand_alone(text, "en") is furniture


@pytest.mark.parametrize("text, tail", [
    (", who beat Ann Ferris of Tarnia 6-3 6-3.", True),
    ("in Port Ellis.", True),
    ("continued his fine form by winning the 3,000m.", True),
    ("(after extra time - 1-1 at 90 minutes)", True),
    ("iPads were handed out at the harbour school.", False),
    ("my4pier's app has 5,000 users in the town.", False),
    ("3G phones are cheap in Port Ellis.", False),
])
def test_a_line_opening_in_lower_case_is_the_tail_of_a_cut_sentence(text, tail):
    from briefing.brief.standalone import cannot_stand_alone, opens_in_lower_case

    assert opens_in_lower_case(text, "en") is tail
    assert cannot_stand_alone(text, "en") is tail


@pytest.mark.parametrize("text, credit", [
    ("Ann Ferris reported from Port Ellis.", True),
    ("Kim Moss and Joe Hale contributed to this report.", True),
    ("Harbour Press writer Ann Ferris contributed from Millbrook.", True),
    ("The Harbour Post reported from Port Ellis.", False),
    ("Ferris reported from Port Ellis that the ferry had sunk.", False),
])
def test_a_reporters_credit_line_cannot_stand_alone(text, credit):
    from briefing.brief.standalone import cannot_stand_alone, is_credit_line

    assert is_credit_line(text, "en") is credit
    assert cannot_stand_alone(text, "en") is credit


@pytest.mark.parametrize(("line", "answers"), [
    ("But not everyone on the harbour board was as pleased.", True),
    ("However, the ferry will still run on Sundays.", True),
    ("Marsh, however, was content with the new timetable.", True),
    ("The 28-year-old cleared 1.80m in the high jump.", True),
    ("The harbour board, which meets monthly, backed the plan.", False),
    ("Marsh cleared 1.80m, however tired she felt.", False),
    ("Butter prices rose by 4% in March.", False),
    ("A 28-year-old man was arrested at the quay.", False),
])
def test_a_sentence_that_answers_the_one_before_needs_it(line, answers):
    from briefing.brief.standalone import answers_one_before

    assert answers_one_before(line, "en") is answers


@pytest.mark.parametrize(("line", "short"), [
    ("We do.", True),
    ("Think about it.", True),
    ("There are solutions.", True),
    ("The ferry sailed at dawn.", False),
    ("Talks will resume next week.", False),
])
def test_a_sentence_of_a_few_words_is_no_key_point(line, short):
    from briefing.brief.standalone import cannot_stand_alone

    assert cannot_stand_alone(line, "en") is short


def test_an_additive_link_reads_alone_but_a_contrast_does_not():
    from briefing.brief.standalone import answers_one_before

    assert not answers_one_before("Meanwhile, the port board announced a week's closure.", "en")
    assert not answers_one_before("The board, meanwhile, announced a week's closure.", "en")
    assert answers_one_before("Still, the board announced a week's closure.", "en")


def test_a_photo_caption_and_an_attribution_tail_cannot_stand_alone():
    from briefing.brief.standalone import cannot_stand_alone

    assert cannot_stand_alone("Dock guards pictured with the senator at a rally in May.", "en")
    assert cannot_stand_alone("Olsen, second from left, handing out leaflets in May.", "en")
    assert not cannot_stand_alone("Olsen, second from left, was handing out leaflets.", "en")
    assert cannot_stand_alone("Mayor Olsen asked, according to a transcript of the call.", "en")
    # a reduced relative in a real sentence, and a speaker with what was said, stand alone
    assert not cannot_stand_alone("Dock guards pictured with the senator were suspended.", "en")
    assert not cannot_stand_alone("Olsen said the plan, according to aides, was dead.", "en")


def test_a_short_line_with_a_web_address_sends_the_reader_away():
    from briefing.brief.standalone import cannot_stand_alone

    assert cannot_stand_alone("For more details, please visit www.example-widgets.com.", "en")
    assert cannot_stand_alone("Read the full report at https://example.org/report.", "en")
    assert not cannot_stand_alone("The council approved the budget after a long debate.", "en")
