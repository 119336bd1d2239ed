"""The price of a verb's object: "sold the house for $2m" -> "price of house"."""

from __future__ import annotations

import re

from briefing.facts.figures.quantity import Quantity
from briefing.facts.figures.words import STOPWORDS
from briefing.lang.en.figures import OBJECT_PRICE_VERBS, PRICE_OF, VERB_PARTICLES

# The verb, its object (one to ten words, no clause break) and "for" right before the money.
_VERB_OBJECT_FOR = re.compile(
    r"\b(?:" + "|".join(sorted(OBJECT_PRICE_VERBS)) + r")\s+(?P<object>[^,;:()]{1,120}?)\s+for\s+"
    r"(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|up\s+to\s+)?$",
    re.I,
)
# "the purchase of a 51% stake ... for": the verb's noun and "of" go too
_DETERMINER = re.compile(
    r"^(?:of\s+)?(?:the|a|an|its|their|his|her|our|this|these|those|some)\s+", re.I
)
_REACH = 160  # characters read back from the money for the verb (no clause break between)
# A figure opening the object: "a 51 per cent stake", "an 8.5 kW system".
_FIGURE = re.compile(r"^[\d.,]+[\s-]?(?:per\s+cent\b|%|[a-z]+\b)?\s*", re.I)
# Prepositions that end the object's noun phrase ("the lamp at Barn Mart", "a stake in a
# school"); "of" goes on ("the basic version of the phone").
_ENDS_OBJECT = frozenset("in at on from with to by into after before during".split())
_MAX_WORDS = 7  # a longer object is a clause, not a noun phrase (NewsQuant even/odd: up to 7)


def price_of_object(text: str, q: Quantity) -> str:
    """'sold the house for $2m' -> 'price of house'; '' when no such verb and object."""
    if q.kind != "currency" or not text[max(0, q.start - 12) : q.start].lower().rstrip().endswith(
        ("for", "just", "only", "about", "around", "nearly", "some", "than", "to")
    ):
        return ""  # a cheap test first: no "for" right before the money
    match = _VERB_OBJECT_FOR.search(text, max(0, q.start - _REACH), q.start)
    if not match:
        return ""
    phrase = match.group("object").strip()
    first, _, rest = phrase.partition(" ")
    if first.lower() in VERB_PARTICLES:
        phrase = rest  # "sold off its gloves business for £173m"
    phrase = _DETERMINER.sub("", phrase)
    phrase = _FIGURE.sub("", phrase) if phrase[:1].isdigit() else phrase
    words: list[str] = []
    for word in phrase.split():
        if word.lower() in _ENDS_OBJECT:
            break
        words.append(word)
    if not words or len(words) > _MAX_WORDS or words[-1].lower() in ("of", "and", "or"):
        return ""
    if words[0].lower() in _PRONOUN_OBJECTS or words[0].lower() in STOPWORDS:
        return ""  # "sold it for $5m", "got 9 shares each for 205 riyals apiece"
    return f"{PRICE_OF} {' '.join(words)}"


_PRONOUN_OBJECTS = frozenset("it them him her me us you one something everything".split())
