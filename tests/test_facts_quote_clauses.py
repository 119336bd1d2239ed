"""Which clause of a sentence a quote's cue belongs to: sentence adverbs, conjunctions."""
from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_a_pronoun_after_a_sentence_adverb_is_the_subject():
    assert speakers([
        'Mayor Ruth Okafor said the budget was "the best this city has had in years".',
        'Sure, she admits that "the cuts to the library service will hurt some families".',
    ]) == ["Ruth Okafor", "Ruth Okafor"]


def test_a_cue_after_while_belongs_to_its_own_clause():
    found = speakers([
        "Governor Ines Marlow said she would back the bill but was "
        '"not ready to sign anything this session," while Senator Paul Rennick suggested '
        "he would only vote for a shorter version.",
    ])
    assert "Paul Rennick" not in found
