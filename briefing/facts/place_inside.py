"""Places named only inside a longer name are not places of the story.

"Cuba Street", "Leicester Square", "Nottingham Forest", "the Zurich Premiership",
"Reclaim Australia", "Media Labs Europe", "France Telecom", "Jordan Spieth", "the Sudan 1
food scare" (a dye, numbered like "France 2" or "Apollo 11"): the place's
name is a word of a street's, a club's, a body's, a person's or a work's name (or of a
currency's: "the US dollar"), and says
nothing about where the story happened. A place every mention of which sits inside such
a name -- a capitalised word joined right after it, or one right before it that does not
open the sentence -- is held back (kept in the JSON below the brief's threshold).

A title after it ("US President", "New York Mayor"), a direction before it ("North
London", "South East Asia"), a hyphenated modifier ("HIV-positive Ohio man") or an
article, a possessive or a preposition beside it leave the place as it is; so does
punctuation ("Cleveland, Ohio").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from briefing.lang.en.lexicon import (
    CONNECTORS,
    GENERATION_SUFFIXES,
    PLACE_DIRECTIONS,
    PLACE_SAME_AFTER,
    STOP_CAPS,
)
from briefing.lang.en.name_context import CITY_OF_A_BARE_NAME, CURRENCY_NOUNS
from briefing.lang.gazetteer import demonyms, role_phrases
from briefing.lang.gazetteer import places as gazetteer_places
from briefing.models import Entity, Person

# Below the brief's place threshold (0.85), as a country named only as a nationality.
INSIDE_A_NAME_CONFIDENCE = 0.6
_WORD_AFTER = re.compile(r" ([A-Z][\w&-]*)(['’]s?)?")
_CURRENCY_AFTER = re.compile(rf" (?:{'|'.join(sorted(CURRENCY_NOUNS))})\b")
_WORD_BEFORE = re.compile(r"(?:^|[^\w'’.&-])([A-Z][\w&-]*) $")
# A small number then a lower-case noun that counts nothing: "the Sudan 1 food scare"
# ("in Iraq 10 years ago" counts time; a score is followed by the other side's name).
_NUMBERED_NAME_AFTER = re.compile(
    r" \d{1,2} (?!(?:years?|months?|weeks?|days?|hours?|minutes?|times?|points?|goals?|per|"
    r"and|or|to|of|in|on|at|for)\b)[a-z]")


def hold_back_places_inside_names(
    places: list[Entity], spans: list[tuple[int, int, str, str]], text: str
) -> list[Entity]:
    """``places`` with each place named only inside longer names held back."""
    inside: dict[str, list[bool]] = {}
    for start, end, kind, name in spans:
        if kind == "place":
            inside.setdefault(name, []).append(_inside_a_name(text, start, end))
    return [
        replace(place, confidence=min(place.confidence, INSIDE_A_NAME_CONFIDENCE))
        if inside.get(place.name) and all(inside[place.name])
        else place
        for place in places
    ]


def _inside_a_name(text: str, start: int, end: int) -> bool:
    # "London's Leicester Square": the place owns what follows; a name word before it
    # still counts ("Hayao Miyazaki's previous film" is a person's).
    if text[end : end + 1] not in ("'", "’"):
        if _CURRENCY_AFTER.match(text, end):
            return True  # "the US dollar", "the Hong Kong dollar": the money, not the place
        if _NUMBERED_NAME_AFTER.match(text, end):
            return True  # "the Sudan 1 food scare": a numbered thing's name
        after = _WORD_AFTER.match(text, end)
        if after and _name_word(after.group(1)) and after.group(1) not in PLACE_SAME_AFTER:
            return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not before or before.group(1) in PLACE_DIRECTIONS or not _name_word(before.group(1)):
        return False
    opening = text[max(0, before.start(1) - 3) : before.start(1)].rstrip(" \"“'‘")
    return bool(opening) and opening[-1] not in ".!?:\n"  # "Reclaim Australia", not "In Rome"


def _name_word(word: str) -> bool:
    """A capitalised word that reads on a name: no article, connector, role or people."""
    lowered = word.lower()
    return not (
        word in STOP_CAPS
        or lowered in CONNECTORS
        or lowered in role_phrases()
        or f"{lowered}." in role_phrases()  # "South Carolina Gov. Carroll Campbell"
        or word in demonyms()
        or word.isupper() and len(word) <= 3  # "US TV", "UK PM": a code beside a code
        or re.search(r"-[a-z]", word) is not None  # "HIV-positive Ohio man"
    )


def hold_back_surname_places(
    places: list[Entity], spans: list[tuple[int, int, str, str]], text: str, people: list[Person]
) -> list[Entity]:
    """A place that is the surname of a person the article names in full ("Louis Jordan
    ... Jordan told CNN"), or a country or a region that is the given name of a person
    shown ("Cuba Gooding Jr. ... Cuba's best role"), is held back unless some mention is
    placed ("in Jordan"). Towns are given names too often ("Milan", "Paris") to count."""
    surnames = {_surname(person.name) for person in people if " " in person.name}
    given = {
        person.name.split()[0] for person in people
        if " " in person.name and person.confidence >= _SHOWN_PERSON
    }
    placed = {
        name for start, _end, kind, name in spans
        if kind == "place" and _PLACE_CUE.search(text, max(0, start - 12), start)
    }
    return [
        replace(place, confidence=min(place.confidence, INSIDE_A_NAME_CONFIDENCE))
        if (place.name in surnames or place.name in given and place.rule != "list:cities")
        and place.name not in placed
        else place
        for place in places
    ]


_SHOWN_PERSON = 0.85  # the brief's person threshold


def _surname(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1] in GENERATION_SUFFIXES:
        words.pop()  # "Gooding" of "Cuba Gooding Jr."
    return words[-1]


# "in Jordan", "near Jordan", "Amman, Jordan"; not "according to Jordan", "for Jordan"
_PLACE_CUE = re.compile(
    r"(?:\b(?:in|near|across|inside|outside|visit(?:ed|ing|s)?)\s+(?:the\s+)?|[A-Z][a-z]+, )$"
)


# "East Chicago, Indiana", "North Manchester, Indiana": a compass word and a town, then its
# state or region, name a town of its own, not the listed one.
_COMPASS_BEFORE = re.compile(r"(?<![\w'’.-])(?:North|South|East|West) $")
_REGION_AFTER = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def hold_back_compass_towns(
    places: list[Entity], spans: list[tuple[int, int, str, str]], text: str
) -> list[Entity]:
    """A town every mention of which is the second word of such a town's name is held
    back (the JSON keeps it below the brief's threshold)."""

    def other_town(start: int, end: int) -> bool:
        region = _REGION_AFTER.match(text, end)
        return bool(
            _COMPASS_BEFORE.search(text, max(0, start - 7), start)
            and region
            and gazetteer_places().get(region.group(1), ("", ""))[1] == "list:regions"
        )

    return _hold_back_cities_read_as(places, spans, other_town)


def _hold_back_cities_read_as(
    places: list[Entity], spans: list[tuple[int, int, str, str]],
    not_the_city: Callable[[int, int], bool],
) -> list[Entity]:
    """Listed cities every mention (start, end) of which ``not_the_city`` says means
    something else, held back below the brief's threshold."""
    readings: dict[str, list[bool]] = {}
    for start, end, kind, name in spans:
        if kind == "place":
            readings.setdefault(name, []).append(not_the_city(start, end))
    return [
        replace(place, confidence=min(place.confidence, INSIDE_A_NAME_CONFIDENCE))
        if place.rule == "list:cities" and readings.get(place.name) and all(readings[place.name])
        else place
        for place in places
    ]


def fold_bare_names_into_named_cities(places: list[Entity]) -> list[Entity]:
    """ "New York" beside "New York City" in one article is the city: one line, not two."""
    by_name = {place.name: place for place in places}
    folded = []
    for place in places:
        city = by_name.get(CITY_OF_A_BARE_NAME.get(place.name, ""))
        if city is None:
            folded.append(place)
            continue
        city.mentions += place.mentions
        city.sentences = sorted(set(city.sentences) | set(place.sentences))
        city.confidence = max(city.confidence, place.confidence)
    return folded


# A name given to something: "browsers called Phoenix and Firebird", "called Firebird and
# before that Phoenix", "a yacht dubbed Oslo" ("named" also lists: "named Birmingham, Leeds").
_NAMED_BEFORE = re.compile(
    r"\b(?:called|dubbed|renamed|codenamed|code-named|titled|nicknamed)\s+"
    r"(?:[A-Z][\w'’\-]*[\s,]+(?:(?:and|or|then|before|after|that|later|formerly|also)\s+){1,3})?$"
)


def hold_back_given_names_of_things(
    places: list[Entity], spans: list[tuple[int, int, str, str]], text: str
) -> list[Entity]:
    """A city every mention of which follows a naming verb ("were called Phoenix and
    Firebird", a browser's old names) is held back: the name is something's, not a place."""

    def given_to_a_thing(start: int, end: int) -> bool:
        chosen = text[end : end + 4] == " as "  # "she named Madrid as her favourite"
        return not chosen and bool(_NAMED_BEFORE.search(text, max(0, start - 40), start))

    return _hold_back_cities_read_as(places, spans, given_to_a_thing)
