"""Documents and companies named by a common noun, and cues after an according-to phrase."""

from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_his_report_is_its_author():
    assert speakers([
        "There was urgency in the report, out on Wednesday, by the former premier Wim Kaak. "
        "Mr Kaak was asked by the commission in March to judge the targets.",
        'Lisbon risks becoming a "synonym for missed goals and broken promises", his '
        "report said.",
    ]) == ["Wim Kaak"]


def test_the_corporation_is_the_one_company_named():
    assert speakers([
        "The broadcaster Orbis Media Ltd is to move its flagship music show to Sundays.",
        'The corporation said the new show "aims to appeal to a wide audience of music '
        'lovers".',
    ]) == ["Orbis Media Ltd"]


def test_a_cue_after_an_according_to_phrase_names_the_speaker():
    assert speakers([
        "Chancellor Gordon Brine addressed the conference behind closed doors.",
        "According to an advance text released by officials, he told delegates: \"We must "
        'all show the strength to take the long-term decisions."',
    ]) == ["Gordon Brine"]


def test_a_passive_after_an_according_to_phrase_leaves_the_document():
    assert speakers([
        "According to the court-released sales playbook, staff were told, \"You do not "
        'sell products. You sell feelings."',
    ]) == ["the court-released sales playbook"]
