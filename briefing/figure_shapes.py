"""A third reading of a figure's line with its sentence: shapes that ``figure_lines`` and
``figure_context`` let through, found on a fresh sample of BBC, PolNeAR and web pages
(``benchmarks/shown_figures.py --extra 7``, graded by hand):

- a label that says only the kind of figure: a change noun alone ("104%: increase"), a unit
  word ("percentage points"), an idiom's noun ("£11bn: shape" of "in the shape of"), a stretch
  of time ("five-month: period");
- the level before a move ("from $2.8bn" after "rose to $3.1bn"), shown alone as if current;
- a goal the figure is ("needs ... to reach 1,237");
- a record in brackets after a name ("Cocoa (1-2)");
- an adverb read as the subject ("so far has won");
- a label inside a longer subject: the object of a preposition ("sales across its retail and
  mail order divisions were up 12.4%": not the divisions');
- a figure given to a name between the verb and it ("voters who gave Blair two victories");
- a label that ends in a phrase of the deal ("cosmetics company in a deal worth $600m");
- an item of a list under a heading ("Containers: 2 Green, 1 Purple").

``shape_doubt`` returns why the figure is held back, or "" when none of these applies.
"""

from __future__ import annotations

import re

from briefing.facts.units import singular as singular_unit
from briefing.figure_lines import span_of
from briefing.lang.en.figures import (
    ADVERB_SUBJECTS,
    BARE_CHANGE_LABELS,
    EMPTY_SPAN_HEADS,
    GOAL_VERBS,
    IDIOM_OF_NOUNS,
    UNIT_WORD_LABELS,
)
from briefing.models import Figure

_ACTOR_EVIDENCE = ("subject of its verb", "owner of a relative clause", "sentence subject",
                   "clause subject")
_RECORD = re.compile(r"\d{1,3}-\d{1,3}(?:-\d{1,3})?")
_GOAL_BEFORE = re.compile(
    rf"\bneed(?:s|ed|ing)?\b[^,;.]{{0,80}}\bto\s+(?:{'|'.join(sorted(GOAL_VERBS))})\s+$", re.I)
_PREPOSITIONS = frozenset("across in at of by from for among with on within between".split())
# Words that may stand between a preposition and the label's first word: "across both its
# retail and mail order divisions", "by new store openings".
_LINK_WORDS = frozenset("the a an its their his her both all new and or".split())
_DEAL_TAIL = re.compile(r"\S\s+(?:in|under|as\s+part\s+of)\s+an?\s+[a-z]+$")
_NAME_BEFORE = re.compile(r"\b[a-z]+\s+(?:[A-Z][\w'’.-]*\s+){1,3}$")
# "culminated in two nights of violence": the of-noun is what the stretch of time measures
# ("had 75 microgrammes of alcohol" is the owner's measure of a substance: right).
_TIME_UNITS = frozenset("night day week month year hour minute season decade".split())
_OF_NOUN_AFTER = re.compile(r"^\s+of\s+(?:the\s+|a\s+|an\s+)?[a-z]")
_OF_AFTER_LABEL = re.compile(r"^\s*[\w-]*\s+of\s")  # "a two-month period of matches"
# "growth at the stores ... by new store openings in their locality was 0.5%": the label is
# a subject whose verb is right before the figure (not "an annual rate of 3.8%").
_BE_AFTER_LABEL = re.compile(r"\s(?:is|are|was|were)\s+(?:\w+\s+)?$")
_ALL_BEFORE = re.compile(r"\ball\s+$", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def shape_doubt(figure: Figure, sentence: str) -> str:
    """Why the figure's line would mislead or say nothing, read with its sentence, or ""."""
    label = figure.label.strip()
    low = label.lower()
    if low in BARE_CHANGE_LABELS or low in UNIT_WORD_LABELS:
        return "held back: the label says what kind of figure, not what it measures"
    if figure.label_evidence.startswith("earlier level"):
        return "held back: the level before a move, shown alone it reads as the current one"
    if low in ADVERB_SUBJECTS:
        return "held back: the label is an adverb"
    span = span_of(figure, sentence)
    if span is None:
        return ""
    before, after = span
    if figure.kind == "measure" and "-" in figure.text and low.split()[-1:] and (
        low.split()[-1] in EMPTY_SPAN_HEADS and not _OF_AFTER_LABEL.match(after)
    ):
        return "held back: a stretch of time whose label says not what of"
    if low.split()[-1:] and low.split()[-1] in IDIOM_OF_NOUNS and re.search(
        rf"\b{re.escape(low.split()[-1])}\s+of\s+$", before, re.I
    ):  # "in the shape of £11bn" (not "a $2bn Boeing order")
        return "held back: the label is an idiom's noun ('in the shape of')"
    if _GOAL_BEFORE.search(before):
        return "held back: a goal the sentence says is needed, not a level"
    if figure.label_evidence.startswith("name in brackets") and _RECORD.fullmatch(figure.text):
        return "held back: a record or a score in brackets, not an amount"
    if (figure.label_evidence.startswith("subject of its verb") or (
        figure.label_evidence.startswith("noun of figure") and _BE_AFTER_LABEL.search(before)
    )) and _inside_a_subject(label, before):
        return "held back: the label is inside a longer subject (after a preposition)"
    if figure.kind in ("count", "measure") and figure.label_evidence.startswith(
        _ACTOR_EVIDENCE
    ) and singular_unit(figure.unit) in _TIME_UNITS and _OF_NOUN_AFTER.match(after):
        return "held back: the figure measures the noun after it, not its label's"
    if figure.kind == "count" and _ALL_BEFORE.search(before):
        return "held back: all of a set the story names elsewhere ('lost all three')"
    if figure.label_evidence.startswith(_ACTOR_EVIDENCE) and _given_to_a_name(label, before):
        return "held back: the figure is given to another named in the sentence"
    if figure.label_evidence.startswith("noun of figure") and _DEAL_TAIL.search(label):
        return "held back: the label runs into a phrase of the deal ('in a deal')"
    if figure.label_evidence.startswith("noun of figure") and _heading_item(figure, before):
        return "held back: an item of a list under a heading"
    return ""


def _inside_a_subject(label: str, before: str) -> bool:
    """Whether the label is the object of a preposition inside a longer subject: the words
    back from it, over link words and at most one modifier, reach a preposition that has
    words before it in the same clause ("Overall sales across both its retail and mail
    order divisions", "stores directly affected by new store openings")."""
    at = before.rfind(label)
    if at <= 0:
        return False
    clause = re.split(r"[,;:()]|\s[-–—]\s", before[:at])[-1]
    words = _WORD.findall(clause)
    modifiers = 0
    for position in range(len(words) - 1, max(-1, len(words) - 7), -1):
        word = words[position]
        if word.lower() in _PREPOSITIONS:
            return position > 0
        if word.lower() in _LINK_WORDS:
            continue
        if word[:1].isupper() or modifiers:
            return False
        modifiers += 1
    return False


def _given_to_a_name(label: str, before: str) -> bool:
    """ "voters who gave Tony Blair two election victories": a name right before the
    figure, after the verb, is whom the figure goes to."""
    at = before.rfind(label)
    if at < 0:
        return False
    between = before[at + len(label):]
    return bool(_NAME_BEFORE.search(between)) and len(between.split()) <= 8


def _heading_item(figure: Figure, before: str) -> bool:
    """ "Portion Fix Containers: 2 Green, 1 Purple": the label is a heading before a
    colon at the start of the sentence and the count has its own noun."""
    head = before.split(":", 1)
    return (len(head) == 2 and head[0].strip() == figure.label.strip() and figure.kind == "count"
            and bool(figure.unit))
