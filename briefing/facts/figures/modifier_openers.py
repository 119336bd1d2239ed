"""Where a figure that modifies a noun may stand without an article before it, and where
its noun starts: "sub-300 sq m office space", "Tylenol 500mg tablets", "eight million 250ml
bottles", "because 50 foot building lots", "in 50mph winds", "a 37m (121ft)-long skeleton",
"a 1.0l 3 cylinder engine"."""

from __future__ import annotations

import re

from briefing.facts.figures.nouns import is_plural
from briefing.facts.figures.quantity import Quantity
from briefing.lang.en import numbers as nb
from briefing.lang.en.figures import DIMENSION_ADJECTIVES, MODIFIER_CONJUNCTIONS

# Units of a span of time: after a noun or a preposition a span says when ("in 30 minutes").
_SPANS = frozenset("years months weeks days hours minutes seconds".split())
_LAST_WORD = re.compile(r"([\w'’-]+)\s+$")
# A determiner, a hyphenated figure and a comma: "a five-year, " before a second figure.
_COORDINATED = re.compile(r"\b(?:a|an|the|its|their|his|her|our)\s+[\w.,]+-[a-z]+,\s+$", re.I)
_PREPOSITIONS = frozenset("in to with from for by at on under into".split())


def opens_a_modifier(text: str, q: Quantity) -> str:
    """What lets a figure with no article modify the noun after it ('' if nothing):

    * "sub": "demand for sub-300 sq m office space" (any figure);
    * for a measure (not a span of time):
      "name": a name right before it ("the ATV Madness 2.4Ghz toy", "Tylenol 500mg tablets");
      "count": a number of the measured things ("eight million 250ml bottles");
      "clause": a conjunction opening its clause ("because 50 foot building lots are ...");
      "preposition": a preposition, if the noun after is plural ("due to 50mph winds");
      "bracket": an opening bracket ("a syringe tip (1.5mm internal diameter)");
    * "coordinated": a determiner's hyphenated figure and a comma ("a five-year, 1.8
      billion-mile journey").
    """
    head = text[max(0, q.start - 30) : q.start]
    if head.lower().endswith("sub-"):
        return "sub"
    if _COORDINATED.search(head):
        return "coordinated"  # "a five-year, 1.8 billion-mile journey": two of one noun
    if q.kind != "measure" or q.unit in _SPANS:
        return ""
    if head.endswith("("):
        return "bracket"  # "a 14 gauge tip (1.5mm internal diameter)"
    last = _LAST_WORD.search(head)
    if not last:
        return ""
    word = last.group(1)
    low = word.lower()
    if low in nb.SMALL_NUMBERS or low in nb.MAGNITUDES or word[0].isdigit():
        return "count"
    if low in MODIFIER_CONJUNCTIONS:
        return "clause"
    if low in _PREPOSITIONS:
        return "preposition"
    if word[0].isupper() and _inside_the_sentence(text, q.start - len(last.group(0))):
        return "name"
    return ""


def _inside_the_sentence(text: str, at: int) -> bool:
    """Not the sentence's first word ("Almost 50 miles ..." is no name before the figure)."""
    return bool(text[:at].strip(" \"“‘'(")) and not text[:at].rstrip().endswith((".", ":"))


def modifier_head(opener: str, phrase: str) -> bool:
    """The noun after such a figure is its noun: not another name ("Paris 2 km Lyon"),
    and plural after a preposition or a count ("in 50mph winds", "two 500ml bottles";
    "rose to 50mph today" has no noun)."""
    words = phrase.split()
    if not words or words[-1].istitle():
        return False  # a name ("Lyon"); an acronym's plural is a noun ("sub-7 nm ICs")
    if opener in ("preposition", "count"):
        return is_plural(words[-1].lower())
    return True


# "(121ft)" restating the figure, "-long" of a dimension, or a second figure of the same
# noun ("1.0l 3 cylinder engine", "640bhp 5.2 litre V10 engine"): what stands between a
# figure and the noun it modifies.
_RESTATED = re.compile(r"\s*\([^()]{1,20}\)")
# ("the 9km long electrified track": the adjective written apart, before another word)
_DIMENSION = re.compile(
    r"(?:-|\s)(?:" + "|".join(sorted(DIMENSION_ADJECTIVES)) + r")\b(?=-|\s+[a-z])", re.I
)
_SECOND_FIGURE = re.compile(
    r"\s+(?:\d[\d.,]*|" + "|".join(sorted(nb.SMALL_NUMBERS)) + r")[\s-]?[a-z]+(?=\s+[\w])",
    re.I,
)


def noun_start(text: str, end: int, after_of: bool = False) -> int:
    """Where the noun a figure modifies starts: after a bracketed restatement, a dimension
    adjective and a second figure of the same noun. After "of" a restatement closes the
    phrase: "the launch price of £99 (149 euros) compares favourably"."""
    if not after_of and (match := _RESTATED.match(text, end)):
        end = match.end()
    if match := _DIMENSION.match(text, end):
        return match.end()
    if match := _SECOND_FIGURE.match(text, end):
        return match.end()
    return end
