"""Countries named only as a person's nationality are not places of the story.

"Nico Hulkenberg (Germany)", "Fognini of Italy", "France's Ronald Pognon", and a country
inside a title ("U.S. Attorney Andy Luger", "UK actress Kate Beckinsale"): the country
says where the person is from or whom they serve, not where anything happened. A country
every mention of which reads so is held back (kept in the JSON with a lower confidence),
not shown.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.lang.en.lexicon import ROLE_MODIFIERS
from briefing.lang.gazetteer import role_phrases
from briefing.models import Entity

# Below the brief's place threshold (0.85): the JSON keeps the country.
NATIONALITY_CONFIDENCE = 0.6
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+")


def hold_back_nationalities(
    places: list[Entity],
    spans: list[tuple[int, int, str, str]],
    people: list[tuple[int, int]],
    text: str,
) -> list[Entity]:
    """``places`` with each country named only as someone's nationality held back.

    ``spans`` are the place and organisation mentions, ``people`` the (start, end) of
    every person mention in text order."""
    starts = {start for start, _end in people}
    ends = {end for _start, end in people}
    tagged: dict[str, list[bool]] = {}
    for start, end, kind, name in spans:
        if kind == "place":
            tagged.setdefault(name, []).append(_tags_a_person(text, start, end, starts, ends))
    return [
        replace(place, confidence=min(place.confidence, NATIONALITY_CONFIDENCE))
        if place.rule == "list:countries" and tagged.get(place.name) and all(tagged[place.name])
        else place
        for place in places
    ]


def _tags_a_person(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    before, after = text[max(0, start - 4) : start], text[end : end + 4]
    if before.endswith("(") and after.startswith(")"):
        return start - 2 in ends or start - 1 in ends  # "Nico Hulkenberg (Germany)"
    if before.endswith(" of "):
        return start - 4 in ends  # "Fabio Fognini of Italy"
    possessive = _POSSESSIVE_AFTER.match(text[end : end + 4])
    if possessive and end + possessive.end() in starts:
        return True  # "France's Ronald Pognon"
    words = _WORDS_AFTER.match(text, end)
    if not words:
        return False
    # "U.S. Attorney Andy Luger", "UK finance minister Gordon Brown": a role, then the person
    offset, between = end + 1, []
    for word in words.group(1).split(" ")[:4]:
        between.append(word)
        offset += len(word) + 1
        if offset in starts:
            return _is_title(" ".join(between))
    return False


_WORDS_AFTER = re.compile(r" ((?:[A-Za-z][\w'’-]*\.? ){1,4})")


def _is_title(words: str) -> bool:
    """The words are a role, its modifiers before it: "Attorney", "finance minister"."""
    lowered = words.lower().split()
    for size in (3, 2, 1):
        head = " ".join(lowered[-size:])
        if len(lowered) >= size and head in role_phrases():
            return all(w in ROLE_MODIFIERS or w in role_phrases() for w in lowered[:-size])
    return False
