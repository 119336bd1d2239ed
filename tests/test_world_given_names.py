"""World given names (Faker's locales, built into given_names_world.tsv): people introduced
without a title or cue (invented sentences)."""

from test_facts_article import make_doc
from test_facts_quotes import quotes_of

from briefing.facts.entities import find_entities
from briefing.lang.en.speech import given_name
from briefing.lang.gazetteer import world_given_names


def people(paragraphs):
    return {p.name for p in find_entities(make_doc(paragraphs)).people}


def test_welsh_dutch_and_indian_given_names_make_people():
    found = people([
        "Flanker Iwan Pryce was keen not to talk about the title race.",
        "Midfielder Sjoerd Vellekoop has signed a two-year deal with the club.",
        "Batsman Akshay Moorthi made his maiden century on the second morning.",
    ])
    assert {"Iwan Pryce", "Sjoerd Vellekoop", "Akshay Moorthi"} <= found


def test_both_spellings_of_an_accented_name_are_known():
    assert given_name("Aurélien") and given_name("Aurelien")


def test_places_and_everyday_words_among_fakers_names_are_not_given_names():
    # Faker lists "Kingston", "Bergen", "Nazi", "Zika" and "Latin" as given names.
    for word in ("Kingston", "Bergen", "Manila", "Nazi", "Zika", "Latin", "Peace", "Job"):
        assert word not in world_given_names()
    found = people([
        "Kingston Harbour reopened on Monday after the storm.",
        "Latin Grammy nominations were announced in the capital.",
    ])
    assert not {"Kingston Harbour", "Latin Grammy"} & found


def test_a_pair_that_takes_were_is_a_band_not_a_person():
    found = people([
        "Nevertheless Franz Hollister were the only Scottish band to win.",
        "Franz Hollister's second album sold well.",
        "Wouter Leenders and Anouk Brandt were among the guests at the party.",
        "If Bettina Kroll were a man, nobody would ask, said Bettina Kroll's agent.",
    ])
    assert "Franz Hollister" not in found
    assert {"Anouk Brandt", "Wouter Leenders", "Bettina Kroll"} <= found


def test_a_person_known_only_by_a_world_given_name_keeps_the_previous_speaker_off():
    # On the census list alone "Martyn Pugh" is nobody and "he said" went to Dan Reilly.
    # The world list's genders are not used for pronouns (measured worse on the BBC gold).
    quotes = quotes_of([
        "Coach Dan Reilly said the side had worked hard all week for the win over Italy.",
        "Double try scorer Martyn Pugh was keen not to talk about the title. "
        '"We have to keep our feet on the ground and take each game as it comes," he said.',
    ])
    assert [speaker for speaker, _cue, _text in quotes] != ["Dan Reilly"]
    assert "Martyn Pugh" in people(["Double try scorer Martyn Pugh was keen to talk."])
