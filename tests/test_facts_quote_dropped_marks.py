"""A quoted passage whose closing mark was dropped does not take the next quote's cue."""
from test_facts_quotes import quotes_of


def test_a_reopened_part_naming_the_later_speaker_in_full_ends_with_its_first_sentence():
    found = quotes_of([
        'Midfielder Paul Dekker wants to stay. "I would like one more year," he said. '
        '"The worry is my age but I am fit enough. Dekker joined the club in 2003 and '
        "impressed manager Colm Ruane. "
        '"He is an unsung hero and we want him here," said Ruane.',
    ])
    assert [(s, t) for s, _cue, t in found] == [
        ("Paul Dekker", "I would like one more year"),
        ("Paul Dekker", "The worry is my age but I am fit enough."),
        ("Colm Ruane", "He is an unsung hero and we want him here"),
    ]


def test_a_reopened_quote_that_names_someone_else_stays_one_quote():
    # The speaker names another person in full inside the quote: no dropped mark.
    found = quotes_of([
        'Ruane said: "We have a fine squad. Players like Paul Dekker are rare. '
        '"He is an unsung hero and we want him here," said Ruane.',
    ])
    assert len(found) == 1 and found[0][0] == "Ruane"
