"""Clause openers the label readers' comma-and-conjunction breaks leave out.

"as" opens a phrase as often as a clause ("works as a nurse", "as much as 5%"), so
``labels._CLAUSE_BREAK`` does not hold it. Before a determiner's noun phrase of one to four
words and a verb it knows, it opens a clause with a subject of its own: "the gap widened as
the deficit grew by $43bn" (the deficit's growth, not the gap's). A pronoun after "as"
(its clause has no named subject) and a word the verb lists miss ("as the striker's effort
cruises in") leave the clause where it was: a wrong subject is worse than the sentence's.
"""

from __future__ import annotations

import re

from briefing.facts.figures.words import VERBS
from briefing.lang.en.figures import IRREGULAR_PASTS, MOVE_VERBS

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
