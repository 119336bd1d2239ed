"""Clause openers the label readers' comma-and-conjunction breaks leave out.

"as" opens a phrase as often as a clause ("works as a nurse", "as much as 5%"), so
``CLAUSE_BREAK`` below does not hold it. Before a determiner's noun phrase of one to four
words and a verb it knows, it opens a clause with a subject of its own: "the gap widened as
the deficit grew by $43bn" (the deficit's growth, not the gap's). A pronoun after "as"
(its clause has no named subject) and a word the verb lists miss ("as the striker's effort
cruises in") leave the clause where it was: a wrong subject is worse than the sentence's.
"""

from __future__ import annotations

import re

from briefing.facts.figures.words import VERBS
from briefing.lang.en.figures import IRREGULAR_PASTS, MOVE_VERBS

# Conjunctions that open a clause with a subject of its own ("as" and the prepositions
# "after", "since" also open phrases: "rose 5% after falling 3%" keeps one subject).
CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]—–]|\s-\s|\b(?:and|but|while|whereas|which|who|that|because|although|though"
    r"|unless|whilst|if|when)\b"
)


# "as the deficit grew", "as its shares fell": a determiner, then the noun phrase and verb
_AS_DETERMINER = re.compile(r"\bas\s+(?=(?:the|its|their|his|her|our)\s)", re.I)
_WORDS_AFTER = re.compile(r"[\w'’-]+")
# "as big as the", "such as the", "so far as its", "as well as the": a comparison or a list
_COMPARED_BEFORE = re.compile(r"\b(?:as|so|such|just|same)\s+(?:[\w-]+\s+)?$", re.I)
_KNOWN_VERBS = frozenset(VERBS) | MOVE_VERBS | IRREGULAR_PASTS | {"hit", "cut", "put", "set"}
_MAX_SUBJECT_WORDS = 4  # the determiner and up to four words: "the US trade deficit"


def as_clause_start(text: str, pos: int) -> int:
    """Where the last clause opened by "as" and a named subject starts before ``pos``
    (0: none)."""
    if text.find(" as ", 0, pos) < 0 and text[:3].lower() != "as ":
        return 0  # most sentences: no "as" before the figure (no slice copied to tell)
    start = 0
    for match in _AS_DETERMINER.finditer(text, 0, pos):
        if _COMPARED_BEFORE.search(text, max(0, match.start() - 25), match.start()):
            continue
        words = _WORDS_AFTER.finditer(text, match.end(), pos)
        for count, word in enumerate(words):
            if count > _MAX_SUBJECT_WORDS:
                break
            low = word.group().lower()
            if count >= 2 and (low in _KNOWN_VERBS or (low.endswith("ed") and len(low) > 4)):
                start = match.end()  # the determiner, a noun, and a verb before the figure
                break
    return start


# Before a verb, a gerund subject may stand behind a determiner and before a time phrase
# ("the mugging occurred", "sampling between 2014 and 2017 came back").
_GERUND_SUBJECT = re.compile(
    r"\s*(?:(?:the|its|his|her|their|this)\s+)?(?P<word>[A-Za-z]+ing)\s+"
    r"(?:(?:(?:between|from)\s+\d{4}\s+(?:and|to)|in|since|during)\s+\d{4}\s+)?(?P<verb>[a-z]+)\b"
)


def gerund_subject(clause: str, label: str) -> bool:
    """A lone -ing label that opens its clause and stands right before a verb the lists know
    is a noun, the subject ("Borrowing is tipped to fall to £31bn"); not "trying to raise",
    "agreeing to pay", "cutting costs by": a verb and its object."""
    match = _GERUND_SUBJECT.match(clause)
    if not match or match.group("word").lower() != label.lower():
        return False
    verb = match.group("verb")
    return verb in _KNOWN_VERBS and verb not in _NOT_AFTER_GERUND or (
        verb.endswith("ed") and len(verb) > 4
    )


# Verb-list words that after an -ing word begin its object or complement, not its verb.
_NOT_AFTER_GERUND = frozenset("to the a an that his her their its".split())


def noun_before_modal(text: str, label: str) -> bool:
    """'affordable housing could be priced', 'the new funding will': a subject ending in -ing
    right before a modal is a noun phrase, its -ing word the head (not a verb to trim)."""
    last = label.split()[-1] if label else ""
    if not last.lower().endswith("ing") or len(label.split()) < 2:
        return False
    return re.search(re.escape(label) + _MODAL_AFTER, text) is not None


# (or a finite verb: "gross mortgage lending stood at £17.9bn", "lending for house purchases
# and gross mortgage lending were 29% lower": a verb in -ing takes no finite verb after it)
_MODAL_AFTER = (r"\s+(?:could|would|will|can|may|might|should|must|is|are|was|were|stood"
                r"|stands|rose|rises|fell|falls|grew|grows|totalled|totaled|reached|hit)\b")


_WORTH = frozenset("worth valued".split())
_AMOUNT_WORDS = frozenset(
    "million billion trillion thousand hundred bn m k about around over nearly almost some "
    "roughly more than less under at".split()
)


def worth_before(words: list[str], at: int) -> int:
    """Where "worth" stands when ``words[at]`` ends a "worth <amount>" phrase between a
    subject and its verb ("the market worth over 2 billion is growing": the amount is the
    market's worth, not the subject); -1 otherwise."""
    index = at
    while index >= 0 and (words[index][:1].isdigit() or words[index][:1] in "$£€"
                          or words[index].lower() in _AMOUNT_WORDS):
        index -= 1
    if index == at or index < 1 or words[index].lower() not in _WORTH:
        return -1
    return index
