"""General news shapes around a quote that decide or withhold its speaker."""
from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_a_linking_adverb_without_its_comma_is_no_part_of_the_subject():
    # "However Mr Dunmore was ...": the sentence's subject is Mr Dunmore, so a "he" after
    # it means him, not the spokesman heard in the paragraph before.
    assert speakers([
        "The retailer blamed its agency for the adverts, a spokesman told the paper.",
        "However Mr Dunmore was not convinced by the excuse. It was no defence for a big "
        'brand, he said. "I would expect them to know where their money goes," he said.',
    ]) == ["Dunmore"]
