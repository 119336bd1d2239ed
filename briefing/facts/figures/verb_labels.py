"""Labels read from the verb before an amount: who pays it, what it pays for, who is fined.

A subject that pays an amount out ("the firm will pay $76 for each share") is the payer,
not what the amount is: a label naming it would be wrong on the page.
"""

from __future__ import annotations

import re

from briefing.facts.figures.nouns import noun_run
from briefing.facts.figures.quantity import Quantity
from briefing.lang.en.figures import CHARGE_VERB_NOUNS, PAYER_VERBS, PAYMENT_PURPOSES

# Words the payer verb may have between it and the amount: an object ("pay them $5m",
# "fined CBS $550,000") or a qualifier ("pay up to $76").
_MAX_GAP = 3
_WORD = re.compile(r"[\w'’&.-]+|[,;:()]")

_PURPOSE = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:a\s+year\s+|a\s+month\s+|each\s+year\s+)?(?P<prep>"
    + "|".join(sorted(PAYMENT_PURPOSES))
    + r")\s+(?:(?:each|every|a|an|the|its|their|his|her|our|new|extra|additional)\s+)*(?=\w)",
    re.I,
)


def payer_verb(text: str, q: Quantity, clause_start: int) -> tuple[str, list[str]]:
    """The verb that pays the amount or charges it to its object, when it stands in the
    figure's clause at most three words before it ('will pump 154m naira'), and the words
    between them; ('', []) when there is none."""
    if q.kind != "currency":
        return "", []
    words = _WORD.findall(text[clause_start : q.start])[-(_MAX_GAP + 1) :]
    for index in range(len(words) - 1, -1, -1):
        if words[index] in ",;:()":
            return "", []
        low = words[index].lower()
        if low in PAYER_VERBS or low in CHARGE_VERB_NOUNS:
            return low, words[index + 1 :]
    return "", []


def label_by_verb(text: str, q: Quantity, verb: str, gap: list[str]) -> tuple[str, str]:
    """(label, rule) for an amount after ``verb``: what it pays for ('into subsidies' ->
    'subsidies'), or the charge it is ('fined CBS $550,000' -> 'fine on CBS'); ('', '')
    when the sentence does not say."""
    if verb in CHARGE_VERB_NOUNS:
        name = " ".join(w for w in gap if w[:1].isupper())
        noun = CHARGE_VERB_NOUNS[verb]
        return (f"{noun} on {name}" if name else noun), "charge of its verb"
    purpose = _PURPOSE.match(text, q.end)
    if not purpose:
        return "", ""
    phrase, _ = noun_run(text, purpose.end())
    words = phrase.split()
    if not words or not words[-1][:1].islower():
        return "", ""  # "invested $1bn in China": where, not what the amount buys
    return " ".join(words[-4:]), "what it pays for"
