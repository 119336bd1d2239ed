"""Pronoun quotes in sport and entertainment reports: the person a "he" or "she" means."""
from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_a_sport_role_noun_between_a_club_and_a_name_is_the_role():
    assert speakers([
        "The teenage forward is expected to sign for a bigger club this week. But Tarnby "
        "boss Gordon Dunleavy has yet to confirm the move to Ferrybridge.",
        '"I heard on Sunday that he has signed, but not from the lad himself," he said.',
    ]) == ["Gordon Dunleavy"]


def test_a_capitalised_role_noun_opening_the_sentence_is_no_part_of_the_name():
    assert speakers([
        '"We want the manager to stay, we do not want anyone else," said Callum Reid. '
        "Keeper Tony Brackley echoed the captain's words. "
        '"I think all the boys are behind the gaffer," he added.',
    ]) == ["Callum Reid", "Tony Brackley"]


def test_a_name_set_off_by_an_aside_before_its_verb_opens_the_sentence():
    assert speakers([
        "Colin Whitaker, of the Harbour Lights band, was playing another gig that day but "
        'said he would come. He said: "We were all moved by what we saw on the news."',
        "Margaret Lyle, speaking exclusively to the local radio station, also admits the "
        'club needs money. She told reporters: "We cannot sell our best player this year."',
    ]) == ["Colin Whitaker", "Margaret Lyle"]
