"""A quote whose words introduce its own speaker has run over the article's sentences."""
from test_facts_quotes import quotes_of


def test_a_dropped_closing_mark_leaves_the_quote_unattributed():
    found = quotes_of([
        "Midfielder Jan Dekker wants a new contract at the club. \"I told them I would "
        'like to stay for one more year," he said. "The main worry is my age but I think '
        "I have shown I am fit enough. Dekker joined from Ajax in 2003 and at first he found "
        "the pace hard, but his work rate impressed manager Tom Brandt. \"He drove himself "
        'back into the team and he is an unsung hero," said Brandt.'
    ])
    by_text = {text[:12]: speaker for speaker, _cue, text in found}
    assert by_text["The main wor"] == ""


def test_a_speaker_who_names_himself_keeps_his_quote():
    found = quotes_of([
        '"Nobody will fight harder for this state than Walt Hendry," said Walt Hendry, '
        "the Republican candidate, at a rally on Tuesday."
    ])
    assert [speaker for speaker, _cue, _text in found] == ["Walt Hendry"]


def test_a_quote_running_over_a_glued_caption_is_held_back():
    from briefing.facts.entities import find_entities
    from briefing.facts.quote_checks import RUN_THROUGH_CONFIDENCE
    from briefing.facts.quotes import extract_quotes
    from briefing.pipeline import text_document

    text = ("Headline\n\nThe report by Professor Ada Quell said the county would change fast. "
            "'Towns outside the city are growing in size and share, and this will go on. "
            "Older residents will move to the coast in large numbers by the end of the decade "
            "'At a local level, younger families will move inland to cheaper homes.'")
    doc = text_document(text)
    quotes = [q for q in extract_quotes(doc, find_entities(doc)) if q.speaker]
    assert quotes and all(q.confidence <= RUN_THROUGH_CONFIDENCE for q in quotes)


def test_an_inner_quotation_after_a_function_word_is_no_seam():
    from briefing.facts.quote_checks import runs_through_narration
    from briefing.models import Quote

    quote = Quote("I think the 'American dream' has changed for good", "Dana Ruiz", "said", 1,
                  0.95, "cue-after:name", "name")
    assert not runs_through_narration(quote)
