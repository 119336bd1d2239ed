"""Where a name's edge is not what it looks like: an 's that is "is" ("Adam Curry's
pressing ahead"), and words glued before a surname by a lost full stop or a photo
caption ("... scoring at the World Cup Defoe added:"), or run on after one (a royal's
given name and the next speaker's: "... his daughter Princess Eugenie Sarah added:")."""

from __future__ import annotations

import re

from briefing.facts.text_words import written_whole
from briefing.lang.en.lexicon import ROYAL_TITLES
from briefing.lang.en.speech import CONTRACTED_IS_FOLLOWERS, PARTICIPLE_PARTICLES, given_name


def contracted_is(text: str, end: int) -> bool:
    """ "Adam Curry's pressing ahead": the 's before ``end`` is "is" (or "has"), no owner's."""
    following = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", text[end : end + 40])
    word, particle = following.groups(default="") if following else ("", "")
    return word in CONTRACTED_IS_FOLLOWERS or (
        word.endswith("ing") and particle in PARTICIPLE_PARTICLES
    )


def glued_before(name: str, others: list[str]) -> bool:
    """A cue-read name of three words or more with no given name before its surname, when
    the article gives that surname to someone else on other evidence ("Sunderland striker
    Jermain Defoe"): the words are glued on, the name is that person's. One unlisted given
    name ("Melania Trump" beside "Donald Trump") is still a person of her own."""
    tokens = name.split()
    if len(tokens) < 3 or any(given_name(t) for t in tokens[:-1]):
        return False
    return any(
        other != name and len(other.split()) > 1 and other.split()[-1] == tokens[-1]
        for other in others
    )


def unglued(name: str, text: str, affiliations: frozenset[str]) -> str:
    """ "Model Sophie Anderton", "Fly-half Stephen Jones", "Tory Dominic Grieve": a word
    before a given name that is no name of its own -- one the article also writes in lower
    case, a hyphenated role, or a party or people (``affiliations``) -- is cut off. Only
    before a given name: "Iain Duncan Smith" starts with one already."""
    words = name.split()
    first = words[0]
    if len(words) < 3 or not given_name(words[1]):
        return name
    if given_name(first) and first not in affiliations:
        return name  # "Tory" is a given name too
    common = written_whole(first.lower(), text)
    hyphenated = re.fullmatch(r"[A-Z][a-z]+-[a-z]+", first) is not None
    return " ".join(words[1:]) if common or hyphenated or first in affiliations else name


def royal_run_on(name: str, text: str) -> str:
    """ "Princess Eugenie Sarah added:" (a caption run into the next line): royals go by
    one given name, so a royal title's two given names are two people when the article
    also writes the title with the first alone and the second without the first."""
    words = name.split()
    if len(words) != 2 or not given_name(words[1]):
        return name
    first, second = words
    for title in _ROYAL_TITLES:
        if f"{title} {name}" in text and _alone(f"{title} {first}", second, text) and _alone(
            second, "", text, before=first
        ):
            return first
    return name


_ROYAL_TITLES = tuple(title.capitalize() for title in sorted(ROYAL_TITLES))


def _alone(words: str, not_after: str, text: str, before: str = "") -> bool:
    """``words`` stand somewhere as a whole word, not followed by ``not_after`` and not
    preceded by ``before``."""
    start = text.find(words)
    while start >= 0:
        end = start + len(words)
        whole = (start == 0 or not text[start - 1].isalnum()) and not text[end : end + 1].isalnum()
        follows = bool(not_after) and text.startswith(f" {not_after}", end)
        preceded = bool(before) and text[:start].endswith(f"{before} ")
        if whole and not follows and not preceded:
            return True
        start = text.find(words, end)
    return False
