"""Person-shaped names whose last word is no surname: "Queen Mother Square", "Martin
Place", "the Marshall Plan", "Roxy Music", "Sun Grid", "Barbie Doll".

The person rules read a listed given name (or a title) and the capitalised words after
it; when the last word is a word the article itself writes in lower case ("the square",
"a plan", "music") or a word that ends a place's or a company's name ("Beach", "Zoo"),
the words name a thing. Such a person is held back (kept in the JSON below the brief's
threshold), not dropped, unless the article vouches for a person: a given name with a
title, an apposition or a speech cue ("Judge Philip Head", "chairman Mike Short"), or the
last word used alone as a surname ("Given saved twice").

Also held back: a name with a "-based" word ("Santa Monica-based Activision"), and a name
from the given-name lists alone that always follows "at" ("economist at Fannie Mae", "at
Roland Garros").
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from briefing.facts.tokens import whole_word_starts
from briefing.lang.en.lexicon import COMPANY_PLURALS_BEFORE, ROYAL_TITLES, THING_NAME_TAILS
from briefing.lang.en.name_context import PRODUCT_NOUNS
from briefing.lang.en.name_shapes import BUILDING_NAMES, SETTLEMENT_NOUNS
from briefing.lang.en.speech import COMPANY_WORDS
from briefing.models import Person

# Held back: below the brief's person threshold (0.85), as company-shaped people are.
THING_TAIL_CONFIDENCE = 0.5
# Rules that say the words name a person: a title, an apposition, a speech cue.
_VOUCHING_RULES = ("title+name", "apposition", "said-cue")


def thing_tail(name: str, rules: str, text: str, given: bool, role: str = "") -> bool:
    """Is ``name`` a thing named like a person (its last word no surname)?

    ``rules`` are the person rules that found it, ``role`` its title or role; ``given``:
    its first word is a listed given name. A royal title vouches for no surname: kings
    and princes go by given names ("King Charles Spaniel", "Prince George House")."""
    if "&" in name:
        return True  # "Jos&#233;" (an entity cut in two), "Marks &": no person's name
    words = name.split()
    if len(words) < 2:
        return False
    if any(_PLACED_BY.search(word) for word in words):
        return True  # "Santa Monica-based Activision", "the Emmy Award-winning comedy"
    if rules in _NAME_LIST_RULES and _only_after_at(name, text):
        return True  # "economist at Fannie Mae", "at Roland Garros": a workplace or venue
    if rules in _NAME_LIST_RULES and _a_place_alone(words[-1], text):
        return True  # "his grandson George / Poundbury is ...": a caption run into a town
    if rules in _NAME_LIST_RULES and _only_before_a_product(name, text):
        return True  # "her Rebecca Minkoff quilted handbag", "Adelaide City stores": a brand
    if _holds_company_plurals(text) and re.search(
        rf"\b(?:{'|'.join(sorted(COMPANY_PLURALS_BEFORE))})\s+{re.escape(name)}\b(?!\s+and\b)",
        text,
    ):
        return True  # "auditors Grant Thornton", "producers Morgan Creek": a company
    last = words[-1]
    common = (last in COMPANY_WORDS or last in THING_NAME_TAILS or last in BUILDING_NAMES
              or _written_lower(last, text))
    if not common:
        return False
    vouching = [rule for rule in _VOUCHING_RULES if rule in rules]
    if role.lower() in ROYAL_TITLES and vouching == ["title+name"]:
        vouching = []
    if given and vouching:
        return False  # "Judge Philip Head", "chairman Mike Short", "Theresa May, the ..."
    return not surname_alone(last, name, text)


_NAME_LIST_RULES = ("first-name", "given-name")
_COMPANY_PLURAL = re.compile(rf"\b(?:{'|'.join(sorted(COMPANY_PLURALS_BEFORE))})\s+[A-Z]")


@functools.lru_cache(maxsize=8)
def _holds_company_plurals(text: str) -> bool:
    """ "auditors Grant Thornton" anywhere in the text? Asked per person, answered once a
    text (the scan cost 0.3 ms an article in bench_facts, asked of each person)."""
    return _COMPANY_PLURAL.search(text) is not None


def _only_after_at(name: str, text: str) -> bool:
    """Every mention follows "at" and owns nothing ("at Merrill Lynch"; not "at Brad
    Guzan's goal")."""
    if f"at {name}" not in text:
        return False
    mentions = whole_word_starts(text, name)
    return bool(mentions) and all(
        re.search(r"\bat\s+$", text[max(0, start - 4) : start])
        and text[start + len(name) : start + len(name) + 1] not in ("'", "’")
        for start in mentions
    )


# A product noun after a name, up to two lower-case words between: "Rebecca Minkoff
# quilted handbag", "the Louis Vuitton bags".
_PRODUCT_AFTER = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{'|'.join(sorted(PRODUCT_NOUNS))})\b")


def _only_before_a_product(name: str, text: str) -> bool:
    """Every mention of the name is a maker's name before a product noun."""
    start = text.find(name)
    seen = False
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not text[start - 1].isalnum()) and not text[end : end + 1].isalnum():
            if not _PRODUCT_AFTER.match(text, end):
                return False
            seen = True
        start = text.find(name, end)
    return seen


def _a_place_alone(last: str, text: str) -> bool:
    """The last word alone is a settlement's name: after "village", "town" ("the model
    village Poundbury"), or twice after "in" or "near"; never after "Mr" or a cue."""
    escaped = re.escape(last)
    named = len(re.findall(rf"\b(?:{'|'.join(sorted(SETTLEMENT_NOUNS))})\s+{escaped}\b", text))
    placed = len(re.findall(rf"\b(?:in|near)\s+{escaped}\b(?!\s+[A-Z]|['’])", text))
    if not named and placed < 2:
        return False
    return not re.search(rf"\b(?:Mr|Mrs|Ms|Dr|said|says|told)\.?\s+{escaped}\b|"
                         rf"\b{escaped}\s+(?:said|says|told)\b", text)


# "Santa Monica-based", "Emmy Award-winning": a hyphenated participle is no name's word
_PLACED_BY = re.compile(r"-[a-z]+(?:ed|ing)$")


def _written_lower(word: str, text: str) -> bool:
    """The word in lower case as a word of the text, not in an address ("j.hodgson@")."""
    return word.lower() in _lower_case_words(text)


@functools.lru_cache(maxsize=8)
def _lower_case_words(text: str) -> frozenset[str]:
    """Every lower-case word of the text once (the person rules ask per name)."""
    return frozenset(re.findall(r"(?<![\w@.-])([a-z][\w'’-]*)(?![\w@-])(?!\.\w)", text))


def surname_alone(last: str, name: str, text: str) -> bool:
    """The last word stands alone after a lower-case word, not opening a longer name:
    "... after Given saved", "said Given" -- it is used as the person's surname."""
    # What ``(?<![\w-])(?<!<word before> )(?<=[a-z,] )<last>(?![\w-])(?!\s+[A-Z])`` finds,
    # by plain searches: that pattern, made per name, tried its look-behinds at every
    # character (0.1 ms an article in bench_facts).
    opening = f"{name.split()[-2]} "
    return any(
        start >= 2 and text[start - 1] == " " and text[start - 2] in _LOWER_OR_COMMA
        and not text.endswith(opening, 0, start)
        and not _capital_after_spaces(text, start + len(last))
        for start in whole_word_starts(text, last, overlaps=True)
    )


_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")


def _capital_after_spaces(text: str, end: int) -> bool:
    r"""``\s+[A-Z]`` at ``end``."""
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    return end < after < len(text) and "A" <= text[after] <= "Z"


def hold_back_shared_surnames(
    people: list[Person], shared: frozenset[str] = frozenset()
) -> list[Person]:
    """A surname alone ("Lane") when two or more people of the article bear it ("Chris
    Lane", "Donna Lane"), or one and someone the text names but no rule found
    (``shared``): which of them it names is unknown, so it is held back."""
    bearers: dict[str, int] = {}
    for person in people:
        words = person.name.split()
        if len(words) > 1:
            bearers[words[-1]] = bearers.get(words[-1], 0) + 1
    return [
        replace(person, confidence=min(person.confidence, THING_TAIL_CONFIDENCE))
        if " " not in person.name and (bearers.get(person.name, 0) >= 2 or person.name in shared)
        else person
        for person in people
    ]
