"""General news shapes around a quote that decide or withhold its speaker."""
from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_a_linking_adverb_without_its_comma_is_no_part_of_the_subject():
    # "However Mr Dunmore was ...": the sentence's subject is Mr Dunmore, so a "he" after
    # it means him, not the spokesman heard in the paragraph before.
    assert speakers([
        "The retailer blamed its agency for the adverts, a spokesman told the paper.",
        "However Mr Dunmore was not convinced by the excuse. It was no defence for a big "
        'brand, he said. "I would expect them to know where their money goes," he said.',
    ]) == ["Dunmore"]


def test_a_quote_read_from_a_text_is_the_texts_or_its_authors():
    found = speakers([
        "Analyst James Pryce said the sites drew big audiences. "
        '"It is a problem that will not go away," he told the paper. '
        "Adverts for Brightline were seen on the network this week. "
        '"We did not place this advert and have asked for it to be removed," read a '
        "statement from Brightline.",
        'Other emails were blunter. "Give now or we lose the seat," the email read.',
    ])
    # The statement is the firm's, not the analyst's (the earlier voice of its paragraph);
    # the email itself is the source when nobody is named as its author.
    assert found == ["James Pryce", "Brightline", "the email"]


def test_read_needs_a_text_noun():
    from briefing.facts.read_cues import read_cue

    assert read_cue(", read the minister's aide.") is None
    assert read_cue(", the judge read out.") is None
    assert read_cue(", read the statement, which was sent late.") == ("the statement", "", "read")


def test_a_quote_in_a_who_clause_is_the_antecedents():
    found = speakers([
        "The claim was dismissed by Mr Hartley, who said: "
        '"We have done nothing wrong and we will say so in court."',
        "Director Sam Okafor said he had met the author Ruth Castellan, who had told him that "
        'the villain could "stand for any power that crushes the freedom of the individual". '
        'He added: "I will keep the film as bold as the books."',
    ])
    # The second quote is Castellan's, but the sentence is Okafor's report: "He added" is his.
    assert found == ["Hartley", "Ruth Castellan", "Sam Okafor"]


def test_the_maker_behind_named_works_is_the_person_just_named():
    from briefing.facts.epithets import epithet_noun

    assert epithet_noun("the director behind Hollow Crown") == "director"
    assert epithet_noun("the director behind the scenes") == ""  # no named work
    assert speakers([
        "At a festival in Oslo last week, director Mark Tennant said he hoped the film would "
        'find a kinder audience abroad. "People here see my work a little differently," said '
        "the director behind Hollow Crown.",
    ]) == ["Mark Tennant"]


def test_and_plus_cue_inside_an_adverbial_clause_is_that_clauses_subject():
    found = speakers([
        "When Mayor Ellen Varga later visited the flooded estate and said she would "
        '"rebuild every home on this street", residents cheered.',
        "Biographer Tom Reese told the paper that the singer's manager knew the star would "
        'take the part when he tried on the costume and asked: "Do I look the part?"',
    ])
    # The first "and said" is the when-clause's (Varga); in the second the clause is inside
    # the biographer's report and its "he" is unread: no speaker rather than the biographer.
    assert found == ["Ellen Varga", ""]


def test_a_body_named_before_the_quote_and_described_after_it_speaks():
    from test_facts_quotes import make_doc

    from briefing.facts.entities import find_entities
    from briefing.facts.quotes import extract_quotes

    doc = make_doc([
        'Skyline "regrets the delays caused by the storm and by faults in its crew rota," '
        "the Northway subsidiary said in a statement.",
        'Inspector Dana Holt "will not return to the case after the inquiry," an official said.',
    ])
    found = [(q.speaker, q.confidence) for q in extract_quotes(doc, find_entities(doc))]
    # The firm, held under the page (it is named nowhere else); a person before the mark
    # leaves the official as the speaker.
    assert found[0][0] == "Skyline" and found[0][1] < 0.9
    assert found[1][0] != "Dana Holt"


def test_an_office_description_is_the_one_person_the_sentence_before_opened_with():
    found = speakers([
        "Helen Marsh has promised never to attack opposition leader Paul Grange over his "
        "faith.",
        'The prime minister told the paper: "I attack his policies, never the man."',
        "Ruth Dale said she would meet Tom Keel in the spring.",
        'The prime minister told reporters: "We will talk about trade and little else."',
    ])
    # Grange is named under another office, so Marsh alone can hold this one; with an
    # untitled second person (Keel) either could be meant and the description stays.
    assert found == ["Helen Marsh", "The prime minister"]


def test_a_known_person_of_a_group_is_the_speaker_even_with_a_word_surname():
    # "Lock" is also a common word, so the name-shape reader refuses "Dana Lock"; the
    # person found in the article is still the speaker, not the group after "of"
    text = ('Dana Lock of campaign group FairPlay said they were "starting again from '
            'nothing at all" after the vote.')
    assert speakers([text]) == ["Dana Lock"]
