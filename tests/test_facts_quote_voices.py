"""Voices reported outside quotes that end or carry on a paragraph's speaker (made-up text)."""
from test_facts_quotes import make_doc, quotes_of

from briefing.facts.entities import find_entities
from briefing.facts.quotes import extract_quotes


def speakers(paragraphs):
    doc = make_doc(paragraphs)
    return [(q.speaker, q.text.split()[0]) for q in extract_quotes(doc, find_entities(doc))]


def test_a_spokesman_reported_speaking_is_the_voice_of_the_quote_in_his_sentence():
    found = speakers([
        '"Children are being sent back to nothing at all," said campaigner Mary Dunne. '
        "A spokesman for the Home Office said it was wholly wrong to suggest that the plan, "
        "which ministers announced on Monday after months of talks with charities, was to "
        'return children "and simply leave them there to fend for themselves".',
    ])
    assert found == [("Mary Dunne", "Children"), ("A spokesman for the Home Office", "and")]


def test_another_nominal_voice_ends_the_earlier_speakers_run():
    found = speakers([
        '"Children are being sent back to nothing at all," said campaigner Mary Dunne. '
        "The charity also argued that families were never asked about the plan and "
        '"had no chance to say what they wanted for their own children".',
    ])
    assert found == [("Mary Dunne", "Children"), ("", "had")]


def test_the_same_nominal_voice_again_keeps_the_speaker():
    found = speakers([
        '"Those who fish must not be given licence to cause needless suffering," the '
        "committee added. The committee also said some protections for animals "
        '"would be badly weakened by the draft bill as it stands".',
    ])
    assert [(s.lower(), w) for s, w in found] == [
        ("the committee", "Those"), ("the committee", "would")]


def test_the_one_a_publication_quoted_is_the_speaker_not_the_publication():
    found = speakers([
        '"Workers came to leave flowers and candles outside the office all day," the '
        "agency quoted factory worker Ivo Rask as saying. \"The bank must invest the "
        'money in the business rather than pay it out,\" the newspaper quotes a source '
        "close to the bank.",
    ])
    assert found == [("Ivo Rask", "Workers"), ("a source close to the bank", "The")]


def test_someone_who_was_quoted_saying_is_the_speaker():
    found = speakers([
        "Ivo Rask said he would stand. Ann Pole backed him. Mr Rask was quoted in the Herald "
        'newspaper saying: "I feel the party has lost its way on almost everything."',
    ])
    assert found == [("Ivo Rask", "I")]


def test_a_role_of_a_body_after_a_name_leaves_the_person_the_speaker():
    found = speakers([
        "Ivo Rask said he would speak. Mr Rask, Leader of the Commons, told the radio the "
        'stance was wrong. He then accused the other side of "playing opposition for '
        'the sake of opposition".',
    ])
    assert found == [("Ivo Rask", "playing")]


def test_a_participle_with_no_comma_goes_on_the_sentences_subject():
    found = speakers([
        '"The new prices are a step forward for all of our customers," Ann Pole said. '
        "Internet provider Varnet also backed the proposals saying \"we will be happy "
        'if the regulator accepts them today".',
    ])
    assert found == [("Ann Pole", "The"), ("Varnet", "we")]


def test_a_he_after_a_sentence_opening_with_a_new_spokesman_means_the_spokesman():
    found = [s for s, _c, _t in quotes_of([
        "Mr Denham believes the council should think again. He said: "
        '"We want judges told that in murder cases no discount should be given."',
        "But a spokesman for the Home Office defended the plans. He said: "
        '"By making express provision for murder tariffs, Parliament sent a clear signal."',
    ])]
    assert found == ["Denham", "a spokesman for the Home Office"]


def test_a_possessive_in_the_cue_tail_and_an_adverb_after_a_spokesman():
    found = [s for s, _c, _t in quotes_of([
        "A Department for Transport spokeswoman said of Mr Hale's award: "
        '"It reflects all that he has achieved over a long career."',
        'Mr Hale thanked his staff. A spokesman later said he was "willing to do anything '
        'that might help the families".',
    ])]
    assert found == ["A Department for Transport spokeswoman", "A spokesman"]


def test_with_a_spokesperson_saying_gives_the_spokesperson():
    found = [s for s, _c, _t in quotes_of([
        "The council defended the awards, with a spokesperson saying: "
        '"You have to look at the whole of their careers."',
    ])]
    assert found == ["a spokesperson"]


def test_a_he_reporting_speech_after_a_named_cue_means_that_speaker():
    # The reported "He said ..." is read before quotes are attributed: the name in the
    # quote's own cue must already count as the last voice, not the earlier subject.
    found = speakers([
        "Singer Tom Ardley has backed the plan to reopen the old mill theatre in Hexby.",
        "Ardley grew up in the town. He was asked to help by Mr Quarrie, a friend of many "
        'years. "I came back to Hexby to give something to the place," said Mr Quarrie. '
        "He said he was excited by the idea of running the mill as a charity. "
        '"If in five years the theatre can run without me, I shall be well pleased," he added.',
    ])
    assert found == [("Quarrie", "I"), ("Quarrie", "If")]


def test_a_name_before_its_cue_after_the_quote_is_a_voice_too():
    found = speakers([
        "Coach Tom Briggs praised his side. His captain, Mr Rudd, was less pleased.",
        '"We gave away two soft goals and that hurts," Mr Rudd said. He said the team had '
        'talked about it for an hour. "We will put it right on Saturday," he added.',
    ])
    assert found == [("Rudd", "We"), ("Rudd", "We")]


def test_a_question_clause_with_no_comma_before_the_name_still_names_the_voice():
    found = speakers([
        "Party strategist Lord Tarrant named ten rival seats. In 1997, Mark Oswin won one of "
        'them. Asked if this was the party\'s "target list" Lord Tarrant said it was not a '
        "phrase he used. But he urged voters to think hard. "
        '"We want every vote in those seats to count for something," he added.',
    ])
    assert found[-1] == ("Tarrant", "We")
