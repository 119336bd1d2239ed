"""A poll's share is its answer, not a possibility.

"38% of likely voters would be scared if X won": the "would" is the question's (what the
respondents were asked to imagine), and the share is what the poll found. The modal hold
(``figure_lines.claim_doubt``) must not hold such a share back; its page line keeps the
condition in the label, so the reader sees what the share answered:
"38%: likely voters who would be scared if X won".
"""

from __future__ import annotations

import re

from briefing.lang.en.figure_frames import (
    POLL_ANSWER_VERBS,
    POLL_ASKED,
    POLL_CONDITION_WORDS,
    POLL_POINTING_WORDS,
    POLL_QUESTION_MODALS,
    POLL_WORDS,
)
from briefing.lang.en.figures import POSSIBILITY_MODALS
from briefing.models import Figure

_WORD = re.compile(r"[A-Za-z]+")
_MODAL = "|".join(sorted(POSSIBILITY_MODALS))
_ASKED = "|".join(sorted(POLL_ASKED))
_ANSWER = "|".join(sorted(POLL_ANSWER_VERBS))
# The clause's end: a comma, a stop, a dash, a bracket or a colon.
_CONDITION = r"(?P<condition>[^,;:()\u2014\u2013.!?]+?)"
_CLAUSE_END = r"(?:\s*(?:[,;:()\u2014\u2013.!?]|\s--|$))"


def poll_share_label(figure: Figure, sentence: str) -> str:
    """"likely voters who would be scared if X won" for "38% of likely voters would be scared
    if X won" in a sentence that reports a poll; "" when the share is no poll's answer of
    that shape (or its condition is too long to be sure of)."""
    if figure.kind != "percent" or not figure.label or not _reports_a_poll(sentence):
        return ""
    at = sentence.find(figure.text)
    if at < 0:
        return ""
    after = sentence[at + len(figure.text):]
    shape = re.compile(
        rf"^\s+of\s+(?:the\s+|those\s+)?{re.escape(figure.label)}"
        rf"(?:\s+(?:{_ASKED}))?"
        rf"(?:\s+(?P<answer>{_ANSWER})\s+(?:that\s+)?they)?"
        rf"\s+(?P<modal>{_MODAL})\s+(?!have\b){_CONDITION}{_CLAUSE_END}")
    match = shape.match(after)
    if not match:
        return ""
    condition = " ".join(match.group("condition").split())
    words = condition.split()
    if not words or len(words) > POLL_CONDITION_WORDS or re.search(r"[\"“”‘’']", condition):
        return ""  # too long, or quoting the answer: not short enough to be sure of
    modal = match.group("modal")
    if modal not in POLL_QUESTION_MODALS and not match.group("answer"):
        return ""  # "17% of voters may still be undecided": the writer's hedge
    if {w.lower() for w in _WORD.findall(condition)} & POLL_POINTING_WORDS:
        return ""  # "would not support him": whom, the label cannot say
    answer = f" {match.group('answer')} they" if match.group("answer") else ""
    return f"{figure.label} who{answer} {modal} {condition}"


def _reports_a_poll(sentence: str) -> bool:
    return bool({w.lower() for w in _WORD.findall(sentence)} & POLL_WORDS)
