"""People named once in full and then by the surname alone ("victory over Ivo Minar ...
Minar, ranked 158th, ..."), whose given name no list holds (rule ``repeated-surname``).

A run of exactly two name-shaped words is a person when the second is later written alone,
in the middle of a sentence, in no longer capitalised name, and the first never is; neither
word is a place, a listed body, a role, a demonym, a body's keyword or a word the article
writes in lower case. Sports sides and titles that repeat their last word ("Sale Sharks
... the Sharks") are plurals or listed, and fall out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.facts.text_words import written_whole
from briefing.facts.things import thing_noun_after
from briefing.facts.title_people import PersonFind
from briefing.facts.tokens import (
    Token,
    is_name_word,
    joined,
    opens_sentence,
    past_stop_caps,
    words_of,
)
from briefing.lang.en.lexicon import ORG_KEYWORDS, ROAD_WORDS
from briefing.lang.en.name_shapes import HOLIDAY_NAMES, NOT_GIVEN_OPENERS
from briefing.lang.en.numbers import SMALL_NUMBERS
from briefing.lang.en.speech import COMPANY_WORDS, census_surnames, given_name
from briefing.lang.gazetteer import organizations, places

_DETERMINERS = frozenset("the a an this that his her their its our my your".split())
_NAME_SHAPE = re.compile(r"[A-Z][a-z\u00df-\u024f'’]+(?:-[A-Z][a-z\u00df-\u024f'’]+)?")


def _plain_name_word(token: Token, text: str, first: bool) -> bool:
    word = token.text
    return (
        is_name_word(token, first=first)
        and _NAME_SHAPE.fullmatch(word) is not None  # not "Bergamo-based"
        and len(word) > 2
        and word not in places()
        and word not in organizations()
        and word not in ORG_KEYWORDS
        and word not in COMPANY_WORDS
        and word not in ROAD_WORDS
        and word not in HOLIDAY_NAMES  # "Merry Christmas ... at Christmas"
        and not (word.endswith("s") and word not in census_surnames())  # "Sharks", "Wasps"
        and not written_whole(word.lower(), text)
    )


def _alone_mid_sentence(text: str, tokens: list[Token], k: int) -> bool:
    """Token k stands alone: no capitalised word joined before or after, not first."""
    if opens_sentence(text, tokens[k]):
        return False
    if k > 0 and tokens[k - 1].text.lower() in _DETERMINERS:
        return False  # "the Hulk", "the Palace": a thing's or a place's name
    before = k > 0 and tokens[k - 1].capitalised and joined(text, tokens[k - 1], tokens[k])
    after = (
        k + 1 < len(tokens)
        and tokens[k + 1].capitalised
        and joined(text, tokens[k], tokens[k + 1])
    )
    return not before and not after


def repeated_surname_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]], known: set[str],
    taken: set[str],
) -> Iterable[PersonFind]:
    """Pairs whose surname recurs alone or is ``known`` as a person's (a lone surname
    before "said"), and which are not ``taken`` (found names and their first words)."""
    alone: dict[str, int] = {}
    for k, token in enumerate(tokens):
        if token.capitalised and _alone_mid_sentence(text, tokens, k):
            alone[token.text] = alone.get(token.text, 0) + 1
    pairs: dict[str, list[int]] = {}
    for i, j in runs:
        start = past_stop_caps(tokens, i, j)
        if j - start == 2 and not tokens[start].possessive:
            pairs.setdefault(words_of(tokens, start, j), []).append(start)
    seen: set[str] = set()
    for name, starts in pairs.items():
        if all(opens_sentence(text, tokens[k]) and not _comma_after(text, tokens[k + 1])
               for k in starts):  # fmt: skip
            continue  # "Classy Henman", "Often Pipex": a headline's or an opener's word
        given, last = tokens[starts[0]], tokens[starts[0] + 1]
        if name in taken or name in seen or given.text in alone or given.text in taken:
            continue
        lone = alone.get(last.text, 0)
        if not lone and last.text not in known:
            continue  # "Hewitt said" makes "Lleyton Hewitt" his full name
        if not _given_word(given, text) or not _plain_name_word(last, text, False):
            continue
        k = starts[0]
        if k > 0 and joined(text, tokens[k - 1], given) and tokens[k - 1].text[:1].isdigit():
            continue  # "20th Century Fox", "the RBS 6 Nations"
        if all(thing_noun_after(text, tokens, k + 2) for k in starts):
            continue  # "the Spread Firefox website": a site, its last word a product's name
        seen.add(name)
        rule = "repeated-surname" if lone >= 2 or last.text in known else "surname-once"
        yield PersonFind(name, rule, "", given.start)


def _comma_after(text: str, token: Token) -> bool:
    """ "Flavio Cotti, the Swiss foreign minister, ...": a name set off as a subject."""
    return text[token.end : token.end + 1] == ","


def _given_word(token: Token, text: str) -> bool:
    """The first word may be a given name: no verb's form ("Laughing", "Married") or
    adverb ("Eventually"), no
    number, month or word that opens a title or a place's name ("Father", "Mount")."""
    word = token.text
    return (
        _plain_name_word(token, text, True)
        and is_name_word(token, first=True)  # no month
        and not (word.endswith(("ing", "ed", "ly")) and not given_name(word))
        and word.lower() not in SMALL_NUMBERS
        and word not in NOT_GIVEN_OPENERS
    )
