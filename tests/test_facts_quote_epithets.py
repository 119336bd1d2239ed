"""A person named by a description after the quote: "said the 24-year-old", "the singer"."""
from test_facts_article import make_doc
from test_facts_quotes import quotes_of

from briefing.facts.entities import find_entities
from briefing.facts.epithets import epithet_gender, epithet_noun
from briefing.facts.speakers import sentence_subject


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_describing_phrases_and_what_is_no_such_phrase():
    assert epithet_noun("the 24-year-old") == "24-year-old"
    assert epithet_noun("the Black Lake singer") == "singer"
    assert epithet_noun("the DJ") == "dj"  # says the DJ: the radio presenter named before
    assert epithet_noun("the American") == "american"
    assert epithet_noun("the charity's director") == ""  # speaks for a body
    assert epithet_noun("the director behind the film") == ""
    assert epithet_noun("the prime minister") == ""  # an office another person may hold
    assert epithet_noun("the spokesman") == ""
    assert epithet_gender("actress") == "f" and epithet_gender("singer") == ""


def test_a_description_after_the_quote_is_the_person_the_story_is_about():
    assert speakers([
        "Sarah Whitlow won the women's 400m title in Glasgow on Sunday.",
        '"I feel there is a lot more to come from me this year," said the 24-year-old.',
    ]) == ["Sarah Whitlow"]


def test_an_unknown_name_between_leaves_the_description_as_it_stands():
    # "Vrenko" is known as nothing: the description may mean that newcomer.
    assert speakers([
        "Sarah Whitlow won the women's 400m title in Glasgow on Sunday.",
        '"It was a hard race from the very start," said Whitlow.',
        "Vrenko was the more powerful runner but faded over the last 50 metres.",
        '"It was my first final, a new experience for me," said the Slovenian.',
    ]) == ["Sarah Whitlow", "the Slovenian"]


def test_a_name_set_off_by_a_bare_role_is_the_subject_a_pronoun_means():
    assert speakers([
        "Dan Mercer, captain for the day and scorer of the opener, praised the crowd. "
        '"We deserved it tonight and the fans were superb," he said.',
    ]) == ["Dan Mercer"]


def test_a_common_word_opening_a_sentence_is_nobody_the_description_could_mean():
    assert speakers([
        "Chelsea's Tom Bradwell has called the derby the fiercest of the season.",
        "Past meetings have been tense and the sides meet again at the Bridge on Sunday. "
        '"It is always more personal against them," the midfielder told a newspaper.',
    ]) == ["Tom Bradwell"]


def test_a_name_spoken_to_while_the_subject_carries_on_is_no_rival():
    assert speakers([
        "Luis Ortega has fuelled talk of a move after falling for a radio hoax.",
        "The Argentine believed he was speaking to club director Pablo Serrano when he "
        'made the remarks. "I would love to play for them one day," the 23-year-old said.',
    ]) == ["Luis Ortega"]


def test_a_name_in_the_quotes_own_sentence_stays_a_rival():
    assert speakers([
        "Every morning Ruth Ambler, 91, watches a film made by her granddaughter.",
        "She wakes to a song from her granddaughter Amy Pell, who sings: "
        '"Rise and shine, my darling, the sun is out for you."',
    ]) != ["Ruth Ambler"]


def test_a_surname_after_a_role_noun_is_the_person_named_before():
    assert speakers([
        "Marc Ravailly insists his old side can win the cup this season.",
        "But they collapsed in the 2001 final, going down to goals from Tomas Brandt and "
        "Karl Ivers.",
        "Former Lyon captain Ravailly, who now coaches in Qatar, says the squad is stronger. "
        '"They have far more belief than we ever had," the 37-year-old said.',
    ]) == ["Marc Ravailly"]


def test_his_report_speaks_for_the_man_who_wrote_it():
    assert speakers([
        "The review, out on Monday, was written by the former minister Piet Dekker. "
        "Mr Dekker was asked by the government in March to assess the reforms.",
        'Reform risks becoming "a byword for broken promises", his report said.',
    ]) == ["Piet Dekker"]


def test_a_surname_after_a_role_noun_opens_the_sentence_subject():
    doc = make_doc(["Marc Ravailly insists his old side can win the cup this season."])
    subject = sentence_subject(
        "Former Lyon captain Ravailly, who now coaches in Qatar, says the squad is stronger.",
        find_entities(doc),
    )
    assert subject is not None and subject.speaker == "Marc Ravailly"
