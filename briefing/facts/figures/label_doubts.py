"""Labels a subject or owner rule found that say nothing of what a figure measures.

Read after the rule: the rule found the label's place right, but the words there are a
bare person noun ("a man who won $500" -> "man") or the verb of a pronoun's clause ("the
percentage of debt they receive fall from 7.3% to 6.9%" -> "receive"). Both were shown
in the session 10 analyst review of unseen briefs.
"""

from __future__ import annotations

import re

from briefing.facts.figures.quantity import Quantity
from briefing.lang.en.figures import VAGUE_PERSON_NOUNS

_OWNER_RULES = frozenset({"owner of a relative clause", "subject of its verb"})
_SUBJECT_RULES = frozenset({"subject of its verb", "clause subject"})
# "they receive fall": a subject pronoun, its verb, then the verb of the sentence
_PRONOUN_AND_VERB = re.compile(
    r"\b(?:they|he|she|we|you|I|it)\s+([a-z]+)\s+[a-z]+\s+(?:\S+\s+){0,3}$"
)


def label_rule(rule: str, label: str, text: str, q: Quantity) -> str:
    """The rule to rate ``label`` by: "" when the label is no label at all, "vague owner"
    (below the showing threshold) for money owned by a bare person noun, else ``rule``."""
    if rule in _SUBJECT_RULES:
        clause = _PRONOUN_AND_VERB.search(text, max(0, q.start - 80), q.start)
        if clause and clause.group(1) == label:
            return ""
    if rule in _OWNER_RULES and q.kind == "currency" and label.lower() in VAGUE_PERSON_NOUNS:
        return "vague owner"
    return rule
