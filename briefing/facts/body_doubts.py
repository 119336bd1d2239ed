"""Organisation evidence the article itself contradicts.

``org_evidence`` reads a body from the words around a name ("producer X", "X group",
"the X consortium"); a name so read is shown once it recurs. Some of those names are not
bodies, and the same article says so:

* a person after a noun that names people as well as bodies: "record producer Terry
  Melcher", "producer Andi Peters" (a given name, or the surname of one);
* a place: "Hollywood newspaper Variety", "the group's self-declared capital Raqqa";
* a word for people, whose plural the article uses: "a Muslim group" ... "Muslims",
  "the Nazi movement" ... "the Nazis";
* a product: "the Cell consortium" ... "the Cell processor" (not "Intel chips": a
  company's products), or a thing the article spells out in lower case ("a multimedia
  message (MMS)" ... "MMS firm Adamind");
* "firm" as an adjective: "Parry firm over Gerrard".

The first kind is no evidence at all (the person rules then read the name); the others
are not shown on repetition alone.
"""

from __future__ import annotations

import re

from briefing.facts.text_words import written_whole
from briefing.lang.en.lexicon import PERSON_OR_BODY_NOUNS, PRODUCT_NOUNS
from briefing.lang.en.speech import census_surnames, given_name
from briefing.lang.gazetteer import organizations, places


def without_people(bodies: dict[str, tuple[str, str]], text: str) -> dict[str, tuple[str, str]]:
    """``bodies`` less the person-shaped names read after a person-or-body noun."""
    nouns = "|".join(sorted(PERSON_OR_BODY_NOUNS))
    kept = {}
    for name, evidence in bodies.items():
        after_noun = evidence[1] == "org-noun" and re.search(
            rf"\b(?:{nouns})\s+{re.escape(name)}(?![\w-])", text
        )
        if after_noun and _person_shaped(name, text):
            continue
        kept[name] = evidence
    return kept


def _person_shaped(name: str, text: str) -> bool:
    """ "Terry Melcher"; or "Melcher" where the article also writes "Terry Melcher"."""
    words = name.split()
    if name in organizations():
        return False
    if len(words) in (2, 3):  # "Terry Melcher"; "Andi Peters" (no word of the article)
        lowered = written_whole(words[0].lower(), text)
        return given_name(words[0]) or (words[-1] in census_surnames() and not lowered)
    return len(words) == 1 and any(
        given_name(before) for before in re.findall(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", text)
    )


def repetition_doubted(name: str, text: str) -> bool:
    """Is the recurring ``name`` a place, a word for people or a product here?"""
    if name in places() and name not in organizations():
        return True  # "Hollywood newspaper", "capital Raqqa"
    escaped = re.escape(name)
    if re.search(rf"(?<![\w-]){escaped}s(?![\w-])", text):
        return True  # "Muslims", "Nazis": people, not one body
    products = "|".join(sorted(PRODUCT_NOUNS))
    product = rf"\b[Tt]he\s+(?:so-called\s+)?{escaped}\s+(?:{products})\b"
    if re.search(product, text) or re.search(rf"(?<![\w-]){escaped}\s+{_FIRM_ADJECTIVE}", text):
        return True
    return _spelled_in_lower_case(name, text)


# "Parry firm over Gerrard", "stand firm on": "firm" before a preposition is no noun.
_FIRM_ADJECTIVE = r"firm\s+(?:over|on|against|about|in\s+the\s+face)\b"


def _spelled_in_lower_case(name: str, text: str) -> bool:
    """ "a multimedia message (MMS)", "gross domestic product (GDP)": an acronym in
    brackets after lower-case words stands for a thing, not a body's name."""
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return False
    spelled = rf"\b{name[0].lower()}[a-z-]*\s+(?:[a-z-]+\s+)*?\(\s*{name}s?\s*\)"
    return re.search(spelled, text) is not None
