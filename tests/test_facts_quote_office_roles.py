"""An office description as a quote's speaker, read as the one person the article gives that
office (made-up text)."""
from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_the_office_named_with_a_person_earlier_is_that_person():
    assert speakers([
        "Foreign Secretary Dan Kell met his shadow, shadow foreign secretary Ada Moss, on Monday.",
        'The talks were "frank but useful in the end, and we will meet again", the foreign '
        "secretary said.",
    ]) == ["Dan Kell"]


def test_an_abbreviated_title_gives_the_office():
    assert speakers([
        "Sen. Ross Tandy of Ohio spoke to voters in a packed hall in Dayton on Friday.",
        '"I will not apologise to anybody for fighting for working families," the senator said.',
    ]) == ["Ross Tandy"]


def test_our_correspondent_is_the_reporter_the_article_named():
    assert speakers([
        "BBC correspondent Lyn Hart said the strike could close museums across the country.",
        'Opposition to the plan is "the one thing every union here agrees on", our '
        "correspondent added.",
    ]) == ["Lyn Hart"]


def test_two_holders_or_one_named_only_later_leave_the_office_literal():
    assert speakers([
        "Sen. Ross Tandy and Sen. Mae Orr both spoke at the rally in Dayton on Friday.",
        '"We will not apologise to anybody for fighting for working families," the senator said.',
    ]) == ["the senator"]
    assert speakers([
        "Ross Tandy spoke to voters in a packed hall in Dayton on Friday.",
        '"I will not apologise to anybody for fighting for working families," the senator said. '
        "Sen. Mae Orr, who backs his rival, disagreed.",
    ]) == ["the senator"]
