"""A person named by a description after the quote: "said the 24-year-old", "the singer"."""
from test_facts_quotes import quotes_of

from briefing.facts.epithets import epithet_gender, epithet_noun


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
