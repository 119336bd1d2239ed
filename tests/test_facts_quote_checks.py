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
