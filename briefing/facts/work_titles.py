"""Works whose titles open with "The" read as people: "17 years after The Joshua Tree
cemented their place", "In 1987, The Joshua Tree broke sales records". A capital "The"
inside a sentence belongs to the name that follows (an album, a film, a band, a paper);
a person's name takes no article. And brands named with a royal title, read as the title
of the product after them: "doctors recommend Chun King Chow Mein", "a Burger King
Whopper". And a lone word after a title that also heads bands', brands' and characters'
names ("King Crimson", "Gen Xers", "Miss Universe"). Such a name is held back, not
dropped: the JSON keeps it with its confidence."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.facts.person_shapes import origin_word
from briefing.facts.tokens import whole_word_starts
from briefing.lang.en.lexicon import ROYAL_TITLES, THING_NAME_TAILS
from briefing.lang.en.name_shapes import THING_PRONE_TITLES
from briefing.lang.en.speech import census_surnames, given_name
from briefing.lang.gazetteer import first_names, organizations, places, role_phrases
from briefing.models import Person

# Below the brief's person threshold (0.85), as for a company-shaped person.
WORK_TITLE_CONFIDENCE = 0.5

# Rules that vouch for a person whatever stands before the name: "President X", "X, a
# director,", "X said".
_VOUCHING_RULES = ("title+name", "apposition", "said-cue")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])([Tt]he)\s+$")


def _opens_sentence(text: str, offset: int) -> bool:
    before = text[max(0, offset - 40) : offset].rstrip(" \t\"“'‘")
    return not before or before[-1] in ".!?:\n"


def titled_with_the(name: str, text: str) -> bool:
    """Every mention of ``name`` has "the" before it, and at least one a capital "The"
    inside a sentence (not the sentence's first word, where any "The" is capitalised).
    "The Rachel Maddow Show" names its host: no title."""
    capital_inside = False
    for start in whole_word_starts(text, name):
        tail = re.match(r"\s+(\w+)", text[start + len(name) : start + len(name) + 20])
        if tail and tail.group(1) in THING_NAME_TAILS:
            return False
        article = _ARTICLE_BEFORE.search(text, max(0, start - 8), start)
        if article is None:
            return False
        if article.group(1) == "The" and not _opens_sentence(text, article.start()):
            capital_inside = True
    return capital_inside


def hold_back_work_titles(people: list[Person], text: str) -> list[Person]:
    """A name of two words or more that no vouching rule found and that the article only
    writes after "the", once as "The" inside a sentence, is a work's title: held back."""
    result = []
    for person in people:
        rules = {r.strip() for r in person.rule.split(",")}
        if (
            " " in person.name
            and not rules & set(_VOUCHING_RULES)
            and person.confidence > WORK_TITLE_CONFIDENCE
            and titled_with_the(person.name, text)
        ):
            person = replace(person, confidence=WORK_TITLE_CONFIDENCE)
        result.append(person)
    return result


def brand_title(role: str) -> bool:
    """ "Chun King", "Dairy Queen": a person's royal title follows a known word ("Crown
    Prince", "Saudi King") or none; a capitalised word that is no role, place, body or
    origin before a royal title is a brand's name, not the person's title."""
    words = role.split()
    if len(words) != 2 or words[1].lower() not in ROYAL_TITLES:
        return False
    first = words[0]
    return (
        first[:1].isupper()
        and first.isalpha()  # not "Cambodia's King", "Co-Premiers Prince"
        and role.lower() not in role_phrases()
        and first.lower() not in role_phrases()
        and first not in places()
        and first not in organizations()
        and not origin_word(first)
    )


def hold_back_brand_titles(people: list[Person]) -> list[Person]:
    """A person whose only role is a brand's name ("Chow Mein (Chun King)"): held back."""
    return [
        replace(p, confidence=WORK_TITLE_CONFIDENCE)
        if p.confidence > WORK_TITLE_CONFIDENCE and brand_title(p.role)
        else p
        for p in people
    ]


_TITLE_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]*\.?)\s+$")


def hold_back_titled_words(people: list[Person], text: str) -> list[Person]:
    """A one-word person found only by a title ("King Crimson", "Gen Xers"), whose
    word is no census surname and no given name, and every mention of which follows one of
    ``THING_PRONE_TITLES``: held back. "Lady Hale", "General Dempsey" are surnames."""
    result = []
    for person in people:
        word = person.name
        if (
            " " not in word
            and person.rule == "title+name"
            and person.confidence > WORK_TITLE_CONFIDENCE
            and word not in census_surnames()
            and word not in first_names()
            and not given_name(word)
            and _only_after_titles(word, text)
        ):
            person = replace(person, confidence=WORK_TITLE_CONFIDENCE)
        result.append(person)
    return result


def _only_after_titles(word: str, text: str) -> bool:
    starts = whole_word_starts(text, word)
    for start in starts:
        title = _TITLE_BEFORE.search(text, max(0, start - 12), start)
        if title is None or title.group(1) not in THING_PRONE_TITLES:
            return False
    return bool(starts)
