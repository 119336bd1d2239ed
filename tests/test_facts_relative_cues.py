"""A quote inside a relative clause with a cue of its own is that clause's speaker's."""

from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_the_relative_clause_cue_beats_the_cue_closing_the_sentence():
    assert speakers([
        "Changes to a bill which critics claim would allow closures \"through the back door "
        "of the council\" were no ploy, the minister has said.",
    ]) == ["critics"]


def test_a_named_speaker_in_the_relative_clause():
    assert speakers([
        "Harold Voss chairs the board.",
        'The deal that Voss says is "the best we could ever have hoped for" was signed, '
        "officials said.",
    ]) == ["Harold Voss"]


def test_a_clause_that_is_no_noun_phrase_leaves_the_cue_after():
    assert speakers([
        "The report that the committee published said the plan was \"a waste of public "
        'money, plain and simple", Jones said.',
    ]) == ["Jones"]
