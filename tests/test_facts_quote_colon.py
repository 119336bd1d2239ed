"""Quotes announced by a clause ending in a colon, with no cue verb of their own."""
from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_the_subject_of_a_clause_ending_in_a_colon_announces_the_quote():
    assert speakers([
        "Senator Ada Colvin took aim at the spending plan on Tuesday: "
        '"This is a bill that nobody in this building has read from end to end."',
    ]) == ["Ada Colvin"]


def test_the_clause_may_close_the_paragraph_before_the_quote():
    assert speakers([
        "Senator Ada Colvin spoke to farmers in Dunmore on Tuesday.",
        "Colvin then turned on her rivals:",
        '"They have spent ten years promising roads and they have built none of them."',
    ]) == ["Ada Colvin"]


def test_a_noun_subject_leaves_the_quote_unattributed():
    assert speakers([
        'Senator Ada Colvin said the plan was "a disgrace to this state and its people".',
        "The morning headline reads: "
        '"State senate votes to close the library on Main Street for good."',
    ]) == ["Ada Colvin", ""]


def test_the_clause_nearest_the_colon_has_the_subject():
    assert speakers([
        "Senator Ada Colvin backed the scheme at first, and the local paper has the "
        'recording: "Should every family in the county pay for this new road?"',
    ]) == [""]


def test_a_transcript_label_with_a_lower_case_role_names_the_voice():
    assert speakers([
        "Senator Ada Colvin questioned the minister at the hearing.",
        'Former secretary of state Greta Olsson: "We learned that from the treasury and its '
        'own figures."',
    ]) == ["Greta Olsson"]
