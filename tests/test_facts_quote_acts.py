"""Speakers recovered from abstentions: partial quotes after a named subject's speech act
that is no cue verb (act_quotes.py), inverted sources with a topic or an age, respellings."""

from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [(speaker, text) for speaker, _cue, text in quotes_of(paragraphs)]


def test_a_named_subject_s_speech_act_gives_the_partial_quote_in_its_sentence():
    assert speakers([
        "Former minister Harriet Olsen has accused both rivals of waging a "
        '"race to the bottom on public spending".',
    ]) == [("Harriet Olsen", "race to the bottom on public spending")]


def test_an_owner_named_in_passing_does_not_stop_the_reading():
    assert speakers([
        "Opposition leader Grant Whitlow dismissed Mary Keane's spending plan as "
        '"borrow now, pay for ever".',
    ]) == [("Grant Whitlow", "borrow now, pay for ever")]


def test_cited_words_of_someone_else_are_not_read_as_the_subject_s():
    found = speakers([
        "Opposition leader Grant Whitlow rejected claims that his party had "
        '"no plan at all for the railways".',
        "Opposition leader Grant Whitlow praised Mary Keane, who called the deal "
        '"a fair settlement for every side".',
    ])
    assert [speaker for speaker, _ in found] == ["", "Mary Keane"]  # her own cue


def test_an_inverted_source_ending_in_what_the_words_were_about_is_the_person():
    assert [s for s, _ in speakers([
        '"The valley has a long and proud farming history," said Heritage minister '
        "Alma Treloar of the survey.",
    ])] == ["Alma Treloar"]


def test_an_age_before_an_inverted_source_s_name_is_no_part_of_it():
    assert [s for s, _ in speakers([
        "Radio presenter Dean Cottle says the charts still matter to younger listeners. "
        '"I still buy singles on vinyl every single week," says 31-year-old Cottle.',
    ])] == ["Dean Cottle"]


def test_an_uncued_quote_after_a_named_speech_act_carries_on_its_subject():
    assert [s for s, _ in speakers([
        "Liberal Democrat spokesman Rupert Ashdown repeated his party's calls for the full "
        'report to be published. "Nothing short of the whole text will restore trust in the '
        'inquiry, which has taken years."',
    ])] == ["Rupert Ashdown"]


def test_a_speech_act_participle_in_the_subject_s_clause_gives_the_quote():
    assert [s for s, _ in speakers([
        "Green chairman Harriet Olsen has written to the regulator accusing the "
        'developers of "a charter for cowboy builders".',
    ])] == ["Harriet Olsen"]


def test_a_surname_after_an_honorific_misspelt_by_a_doubled_letter_is_the_person():
    assert [s for s, _ in speakers([
        "Fisheries Commissioner Anton Kessell said the review would be quick. "
        '"The Danish plan is a serious and careful one," said Mr Kesel.',
    ])] == ["Anton Kessell"]
