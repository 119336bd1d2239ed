"""British quote marks: single outside, double inside, plural possessives (made-up text)."""
from briefing.facts.quotes import quote_spans


def spans(paragraph):
    return [paragraph[s.start:s.end] for s in quote_spans(paragraph, 0, 0)]


def test_a_single_quoted_quote_holding_a_double_quoted_one_is_the_quote():
    text = ("'He told me \"never again, not ever\" and I believed him for years,' she said. "
            'Then he wrote "a very long letter to all of us about it".')
    assert spans(text) == [
        'He told me "never again, not ever" and I believed him for years,',
        "a very long letter to all of us about it",
    ]


def test_double_quotes_holding_single_ones_stay_as_they_are():
    text = "\"When I said, 'Look, that is not my name', he just laughed at me,\" she said."
    assert spans(text) == ["When I said, 'Look, that is not my name', he just laughed at me,"]


def test_a_plural_possessive_does_not_close_a_single_quoted_quote():
    assert spans("'We will not pay for the bankers' mistakes or their bonuses' the union "
                 "says.") == ["We will not pay for the bankers' mistakes or their bonuses"]
    assert spans("'The workers' rights matter more than the bosses' profits here,' he "
                 "said.") == ["The workers' rights matter more than the bosses' profits here,"]
    assert spans("She called it 'absolutely ridiculous' and the players' union "
                 "agreed.") == ["absolutely ridiculous"]
