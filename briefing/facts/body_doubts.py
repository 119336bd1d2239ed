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
  company's products).

The first kind is no evidence at all (the person rules then read the name); the others
are not shown on repetition alone.
"""

from __future__ import annotations

import re

from briefing.lang.en.lexicon import PERSON_OR_BODY_NOUNS, PRODUCT_NOUNS
from briefing.lang.en.speech import given_names
from briefing.lang.gazetteer import first_names, organizations, places


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


def _given(word: str) -> bool:
    return word in first_names() or word in given_names()


def _person_shaped(name: str, text: str) -> bool:
    """ "Terry Melcher"; or "Melcher" where the article also writes "Terry Melcher"."""
    words = name.split()
    if name in organizations():
        return False
    if len(words) in (2, 3):
        return _given(words[0])
    return len(words) == 1 and any(
        _given(before) for before in re.findall(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", text)
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
    return re.search(product, text) is not None
