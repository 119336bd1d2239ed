"""Two apostrophes as a double quote mark (''We will,'' he said), as archive text writes
them: paired like a straight double mark, never taken from an elision or a nested pair."""

from test_facts_quotes import quotes_of

from briefing.facts.quote_eval import GoldQuote, score_article
from briefing.lang.quotes import double_quoted_spans, pair_quote_marks
from briefing.models import Article
from briefing.segment import segment

NYT_STYLE = [
    "Senator Ada Morrow pressed her attack on the governor on Tuesday in Dayton.",
    "''I do not think he is fit to lead this state, and I will keep saying so,'' Ms. "
    "Morrow told reporters. ''They are not used to this.''",
    "The governor, Tom Bexley, brushed it aside. ''Well, we will get used to it fast,'' "
    "Mr. Bexley said.",
]


def test_doubled_apostrophes_pair_and_the_quoted_text_lies_between_them():
    text = "''We will win,'' he said."
    (pair,) = pair_quote_marks(text)
    assert text[pair.opened + 1 : pair.closed] == "We will win,"
    assert text[pair.after_closing :] == " he said."
    assert double_quoted_spans(text) == [(pair.opened, pair.closed)]


def test_an_elision_or_a_nested_closing_pair_is_no_double_mark():
    assert pair_quote_marks("LL Cool J's song 'Loungin'' played on.") == []
    assert pair_quote_marks("they include 'top people with skills.'' Then he left.") == []


def test_quotes_in_doubled_apostrophes_are_found_with_their_speakers():
    found = [(speaker, text) for speaker, _cue, text in quotes_of(NYT_STYLE)]
    assert found == [
        ("Ada Morrow", "I do not think he is fit to lead this state, and I will keep saying so"),
        ("Ada Morrow", "They are not used to this."),
        ("Tom Bexley", "Well, we will get used to it fast"),
    ]


def test_a_quote_and_its_cue_stay_one_sentence():
    doc = segment(Article(paragraphs=NYT_STYLE))
    sentences = [doc.article.text[s.start : s.end] for s in doc.sentences]
    assert "''Well, we will get used to it fast,'' Mr. Bexley said." in sentences


def test_gold_without_doubled_apostrophe_quotes_does_not_score_them():
    # A corpus whose labels cover only double-marked quotes (PolNeAR) holds none of them.
    doc = segment(Article(paragraphs=NYT_STYLE))
    tally, _ = score_article(doc, [], None)
    assert tally.found == 0
    text = doc.article.text
    start = text.index("Well, we")
    gold = GoldQuote(start, start + 33, 7, "name", "Mr. Bexley", ["Tom Bexley"])
    tally, _ = score_article(doc, [gold], None)
    assert tally.found == 3 and tally.right == 1


def test_a_single_mark_typed_twice_in_british_copy_is_no_double_mark():
    # The school's statement runs in single marks; one opening mark is doubled.
    text = ("It said: 'We apologise for the video. 'It does not represent our values. "
            "''Measures are being taken with the pupils involved.' Then the term ended.")
    assert pair_quote_marks(text) == []
    found = quotes_of([
        "Head teacher Ruth Amble said: 'We apologise for the video that upset many "
        "families. ''Measures are being taken with the pupils involved.'",
    ])
    assert [speaker for speaker, _cue, _text in found] == ["Ruth Amble"]


def test_a_quote_reopened_inside_the_paragraph_it_opens_still_opens_it():
    # The paragraph is all quote, reopened after a full stop: the last voice carries.
    found = quotes_of([
        'Commissioner Rhona Tait set out the rules. "We keep what we can," she said.',
        '"If in doubt, retain: that has been the rule for years. "We will not change it '
        'for anyone now."',
    ])
    assert [speaker for speaker, _cue, _text in found] == ["Rhona Tait", "Rhona Tait"]


def test_a_continued_quote_joins_a_paragraph_that_reopens_it():
    found = quotes_of([
        "Manager Joe Brannock was not sure the player had signed. ''Robbie has an "
        "agreement that lets him talk to other clubs.",
        "''Personally, I would rather see him play here for a year first. ''He has been "
        "on trial with a number of clubs this winter.''",
    ])
    assert len(found) == 1 and found[0][2].startswith("Robbie has an agreement")
    assert found[0][2].endswith("clubs this winter.")
