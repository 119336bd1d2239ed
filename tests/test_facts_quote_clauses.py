"""Which clause of a sentence a quote's cue belongs to: sentence adverbs, conjunctions."""
from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_a_pronoun_after_a_sentence_adverb_is_the_subject():
    assert speakers([
        'Mayor Ruth Okafor said the budget was "the best this city has had in years".',
        'Sure, she admits that "the cuts to the library service will hurt some families".',
    ]) == ["Ruth Okafor", "Ruth Okafor"]
