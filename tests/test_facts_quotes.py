import pytest
from test_facts_article import make_doc

from briefing.facts.entities import find_entities
from briefing.facts.quotes import extract_quotes, is_statement, quote_spans


def quotes_of(paragraphs):
    doc = make_doc(paragraphs)
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc, find_entities(doc))]


def test_every_cue_style_in_the_sample_article():
    found = quotes_of(None)
    speakers = [(speaker, cue) for speaker, cue, _ in found]
    assert speakers == [
        ("Anna Kowalczyk", "told"),  # "...," Kowalczyk told reporters
        ("Anna Kowalczyk", "told"),  # second quote in the same paragraph
        ("Tomas Ramanauskas", "said"),  # "he said" -> last person named
        ("Peter Lindqvist", "said"),  # said X, a senior analyst ...
        ("Peter Lindqvist", "added"),  # He called ... and added: "..."
        ("Peter Lindqvist", "context"),  # a paragraph that is only a quote
        ("Jan Nowak", "said"),  # after an unclosed quote mark
        ("Anna Kowalczyk", "wrote"),  # a quote running over two paragraphs
    ]


def test_multi_sentence_and_multi_paragraph_quotes_are_one_quote():
    texts = [text for _, _, text in quotes_of(None)]
    assert (
        texts[5]
        == "Nobody in Brussels wants another crisis at the EU's eastern edge. NATO is watching too."
    )
    assert texts[-1].startswith("Our first task") and texts[-1].endswith("keep the queues short")


def test_scare_quotes_and_names_are_not_statements():
    texts = [text for _, _, text in quotes_of(None)]
    assert "Operation Open Door" not in texts
    assert not any(text.startswith("terrible") for text in texts)
    assert not is_statement("passive")
    assert not is_statement("Crimean Bridge 2")
    assert not is_statement("The Lord of the Rings")
    assert is_statement("We will not back down.")


@pytest.mark.parametrize(
    "paragraph, speaker, cue",
    [
        (
            'General Ines Moreau said: "The brigade will stay where it is for now."',
            "Ines Moreau",
            "said",
        ),
        ('"The numbers do not add up at all," said economist Rui Tavares.', "Rui Tavares", "said"),
        (
            "According to Senator Paul Okafor, “the bill will pass before the summer recess.”",
            "Paul Okafor",
            "according to",
        ),
        (
            '"We are ready to talk at any time," Mayor Lena Fischer told the BBC.',
            "Lena Fischer",
            "told",
        ),
        (
            "« Nous ne céderons pas sur ce point », said Minister Claire Vidal.",
            "Claire Vidal",
            "said",
        ),
    ],
)
def test_cue_patterns(paragraph, speaker, cue):
    found = quotes_of([paragraph])
    assert [(s, c) for s, c, _ in found] == [(speaker, cue)]


def test_role_noun_and_pronoun_resolve_to_the_right_person():
    found = quotes_of(
        [
            "Prime Minister Dana Ilves met Karl Berg, a retired admiral, on Monday.",
            "Asked about Ilves's plan, the admiral says it is rushed. "
            '"Nobody has tested the ships yet."',
            'Ilves disagreed. "The ships are ready and the crews are trained," she said.',
        ]
    )
    assert [(s, c) for s, c, _ in found] == [("Karl Berg", "context"), ("Dana Ilves", "said")]


def test_one_stray_mark_does_not_lose_other_quotes():
    spans = quote_spans(
        'He said "no. Then she said "the deal is done for this year" and left.', 0, 0
    )
    assert len(spans) == 1
    found = quotes_of(
        [
            'Chancellor Olaf Brandt called it "a mess.',
            '"Reform will come, and it will come this year," Brandt said.',
        ]
    )
    assert found == [("Olaf Brandt", "said", "Reform will come, and it will come this year")]


def test_role_words_before_the_speaker_after_the_quote():
    from briefing import extract_facts

    text = (
        "The ferry company defended its timetable. "
        '"Every crossing will run as planned this winter," operations director Priya Nair said.'
    )
    quotes = extract_facts(text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Priya Nair", "said")]


def test_place_after_lower_case_words_is_not_a_speaker():
    from briefing import extract_facts

    text = '"The bridge will reopen next spring for all traffic," officials in Lisbon said.'
    assert all(q.speaker != "Lisbon" for q in extract_facts(text).quotes)
