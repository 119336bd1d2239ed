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
from briefing.facts.tokens import joins_word, whole_word_starts
from briefing.lang.en.lexicon import PERSON_OR_BODY_NOUNS, PRODUCT_NOUNS
from briefing.lang.en.speech import census_surnames, given_name
from briefing.lang.gazetteer import organizations, places


def without_people(bodies: dict[str, tuple[str, str]], text: str) -> dict[str, tuple[str, str]]:
    """``bodies`` less the person-shaped names read after a person-or-body noun."""
    kept = {}
    for name, evidence in bodies.items():
        after_noun = evidence[1] == "org-noun" and _after_a_noun(name, text)
        if after_noun and _person_shaped(name, text):
            continue
        kept[name] = evidence
    return kept


# Each test below finds what a search for a pattern made around the name finds (said in
# its docstring), by plain searches for the name: a pattern a name, compiled once an
# article, cost 0.3 ms in bench_facts's first runs (its articles name 20 bodies or so).


def _after_a_noun(name: str, text: str) -> bool:
    r"""Does ``\b(?:<noun>)\s+<name>(?![\w-])`` find ``name`` after a person-or-body noun?"""
    for start in whole_word_starts(text, name, overlaps=True):  # whole words, at least
        words_end = _spaces_before(text, start)
        if words_end < start and any(
            _word_ends_at(text, noun, words_end) for noun in PERSON_OR_BODY_NOUNS
        ):
            return True
    return False


def _spaces_before(text: str, end: int) -> int:
    r"""Where the ``\s`` run ending at ``end`` starts (``end`` itself when there is none)."""
    start = end
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start


def _word_ends_at(text: str, word: str, end: int) -> bool:
    r"""``\b<word>`` ends at ``end`` (``word`` opens with a letter)."""
    start = end - len(word)
    return start >= 0 and text.startswith(word, start) and not (
        start and joins_word(text[start - 1], joiners=""))

def _person_shaped(name: str, text: str) -> bool:
    """ "Terry Melcher"; or "Melcher" where the article also writes "Terry Melcher"."""
    words = name.split()
    if name in organizations():
        return False
    if len(words) in (2, 3):  # "Terry Melcher"; "Andi Peters" (no word of the article)
        lowered = written_whole(words[0].lower(), text)
        return given_name(words[0]) or (words[-1] in census_surnames() and not lowered)
    return len(words) == 1 and any(given_name(before) for before in _words_before(name, text))


def _words_before(name: str, text: str) -> list[str]:
    r"""What ``re.findall(r"\b([A-Z][a-z]+) <name>\b", text)`` finds: the capitalised
    word before each mention of the one-word ``name``, the mentions not overlapping."""
    found: list[str] = []
    taken = 0  # the end of the last match: findall's next search starts there
    start = text.find(name, 1)
    while start >= 0:
        end = start + len(name)
        word = _capitalised_word_before(text, start - 1)
        if (word and start - 1 - len(word) >= taken and text[start - 1] == " "
                and _at_boundary(text, end)):
            found.append(word)
            taken = end
        start = text.find(name, start + 1)
    return found


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _capitalised_word_before(text: str, end: int) -> str:
    r"""The ``\b[A-Z][a-z]+`` ending at ``end``, or ""."""
    start = end
    while start > 0 and text[start - 1] in _ASCII_LOWER:
        start -= 1
    if start == end or start == 0 or text[start - 1] not in _ASCII_UPPER:
        return ""
    start -= 1
    if start and joins_word(text[start - 1], joiners=""):
        return ""
    return text[start:end]


def _at_boundary(text: str, at: int) -> bool:
    r"""``\b`` at ``at``: a word character on one side only."""
    before = joins_word(text[at - 1 : at], joiners="")
    return before != joins_word(text[at : at + 1], joiners="")


def repetition_doubted(name: str, text: str) -> bool:
    """Is the recurring ``name`` a place, a word for people or a product here?"""
    if name in places() and name not in organizations():
        return True  # "Hollywood newspaper", "capital Raqqa"
    if whole_word_starts(text, f"{name}s"):
        return True  # "Muslims", "Nazis": people, not one body
    for start in whole_word_starts(text, name, overlaps=True):
        end = start + len(name)
        if _PRODUCT_AFTER.match(text, end) and _after_the(text, start):
            return True  # "the Cell processor": \b[Tt]he\s+(?:so-called\s+)?<name>\s+<product>\b
        if _FIRM_AFTER.match(text, end):
            return True  # (?<![\w-])<name>\s+firm\s+(?:over|on|...)\b
    return _spelled_in_lower_case(name, text)


# "Parry firm over Gerrard", "stand firm on": "firm" before a preposition is no noun.
_FIRM_AFTER = re.compile(r"\s+firm\s+(?:over|on|against|about|in\s+the\s+face)\b")
_PRODUCT_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(PRODUCT_NOUNS))})\b")


def _after_the(text: str, start: int) -> bool:
    r"""Does ``\b[Tt]he\s+(?:so-called\s+)?`` end at ``start``?"""
    words_end = _spaces_before(text, start)
    if words_end == start:
        return False
    if _word_ends_at(text, "the", words_end) or _word_ends_at(text, "The", words_end):
        return True
    if not text.endswith("so-called", 0, words_end):
        return False
    the_end = _spaces_before(text, words_end - len("so-called"))
    return the_end < words_end - len("so-called") and (
        _word_ends_at(text, "the", the_end) or _word_ends_at(text, "The", the_end))


def _spelled_in_lower_case(name: str, text: str) -> bool:
    """ "a multimedia message (MMS)", "gross domestic product (GDP)": an acronym in
    brackets after lower-case words stands for a thing, not a body's name."""
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return False
    spelled = rf"\b{name[0].lower()}[a-z-]*\s+(?:[a-z-]+\s+)*?\(\s*{name}s?\s*\)"
    return re.search(spelled, text) is not None
