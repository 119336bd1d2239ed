"""A role written as the speaker ("The Party Co-Chairman said") is the one person the
article gave that role, else the role itself: never a body, never a guess."""

from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_a_capitalised_party_title_is_the_person_given_that_role():
    assert speakers([
        'Liberal co-chairman Owen Marsh said his party offered a "fair deal" on housing.',
        "The Liberal Party Co-Chairman said tenants faced a choice between a council that "
        'had "done nothing for a decade about the rents" and his own party.',
    ]) == ["Owen Marsh"]  # "fair deal" is a scare quote


def test_a_long_capitalised_title_matches_its_qualifier():
    assert speakers([
        "Home Secretary Ada Quill and shadow home secretary Piers Lamb met on Monday.",
        'The Shadow Home Secretary said the scheme was "a recipe for chaos at every port".',
    ]) == ["Piers Lamb"]


def test_a_title_nobody_was_given_stays_the_role_not_a_body():
    found = quotes_of([
        "Labour and the Liberals set out their plans for the ports on Monday.",
        'The Liberal Party Co-Chairman said the plan "will not survive the first winter".',
    ])
    assert [speaker for speaker, _cue, _text in found] == ["The Liberal Party Co-Chairman"]


def test_a_title_two_people_hold_stays_the_role():
    assert speakers([
        "Party co-chairman Owen Marsh and party co-chairman Ruth Kell spoke first.",
        'The Party Co-Chairman said members "will have the final say on the deal".',
    ]) == ["The Party Co-Chairman"]
