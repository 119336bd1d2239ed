"""Words before a full name that are no part of it.

A nationality or a position before a full name is the person's origin or role, not a
given name ("American Kevin Blane was freed", "Wing Christophe Dorval said"): the name
rules start after it, and the role rules read the position word as the role.
"""

from __future__ import annotations

import re

from briefing.facts.tokens import Token, is_name_word, role_at, words_of
from briefing.lang.en.lexicon import SPORTS_POSITION_WORDS
from briefing.lang.en.roles import OPENING_POSITIONS
from briefing.lang.gazetteer import demonyms


def past_descriptors(tokens: list[Token], start: int, end: int, text: str) -> int:
    """The first token of tokens[start:end] after leading nationality, title and playing
    position words, when two name words are left ("American Kevin Blane" -> "Kevin
    Blane", "Wing Christophe Dorval" -> "Christophe Dorval"). A nationality goes only
    when the last word recurs in the article: "an Italian Roman Catholic organisation"
    names no Roman Catholic."""
    k = start
    named_again = _named_again(tokens, end, text)
    while end - k >= 3:
        if words_of(tokens, k, k + 2) in demonyms() and end - k >= 4 and named_again:
            k += 2  # "South African Thabo Ncube"
            continue
        word = tokens[k].text
        nation = word in demonyms() and named_again
        if (nation or role_at(tokens, k, text) == 1) and not is_name_word(tokens[k]):
            k += 1
            continue
        if k == start and _position(word):
            k += 1  # only as the run's first word
            continue
        break
    return k


def _position(word: str) -> bool:
    lowered = word.lower()
    return word[:1].isupper() and (lowered in OPENING_POSITIONS or lowered in SPORTS_POSITION_WORDS)


def _named_again(tokens: list[Token], end: int, text: str) -> bool:
    """The run's last word (a surname) is written again elsewhere in the article."""
    last = tokens[end - 1].text
    return len(re.findall(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text)) >= 2
